// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommon.h"
#include "terminal.h"

#include "connections/secretstore.h"
#include "workspace/workspace.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFileInfo>

namespace Godwit::Cli {

namespace {
QString tr(const char *text) { return QCoreApplication::translate("godwit-cli", text); }
} // namespace

Status Session::open()
{
    Workspace ws(workspaceDir);
    if (auto s = ws.ensureCreated(true); !s)
        return s;
    return connections.load(ws.connectionsFile());
}

CommandLine::CommandLine() { parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions); }

void CommandLine::add(const QString &name, const QString &help, const QString &valueName)
{
    parser.addOption(QCommandLineOption(name, help, valueName));
}

bool CommandLine::parse(const QStringList &arguments)
{
    if (!parser.parse(QStringList{QStringLiteral("godwit-cli")} + arguments)) {
        error = parser.errorText();
        return false;
    }
    args = parser.positionalArguments();
    return true;
}

void addSecretOptions(CommandLine &cl)
{
    cl.add(QStringLiteral("password-stdin"), tr("Read the password or key from the first line of standard input."));
}

void addSearchOptions(CommandLine &cl)
{
    cl.add(QStringLiteral("user"), tr("User name for basic authentication."), QStringLiteral("USER"));
    cl.add(QStringLiteral("auth"), tr("none, password, apikey or bearer."), QStringLiteral("METHOD"));
    cl.add(QStringLiteral("ca-file"), tr("PEM file of the CA that signed the server's certificate."), QStringLiteral("FILE"));
    cl.add(QStringLiteral("insecure"), tr("Do not verify TLS certificates."));
    cl.add(QStringLiteral("index-prefix"), tr("Only indices and aliases starting with this prefix."), QStringLiteral("PREFIX"));
}

Status applySearchOptions(const CommandLine &cl, ConnectionProfile &p)
{
    if (cl.has(QStringLiteral("user"))) {
        p.user = cl.value(QStringLiteral("user"));
        if (p.auth == AuthMethod::None)
            p.auth = AuthMethod::Password;
    }
    if (cl.has(QStringLiteral("auth"))) {
        const QString a = cl.value(QStringLiteral("auth"));
        if (!QStringList{QStringLiteral("none"), QStringLiteral("password"), QStringLiteral("basic"),
                         QStringLiteral("apikey"), QStringLiteral("bearer")}.contains(a))
            return Error::make(ErrorKind::InvalidInput, tr("--auth takes none, password, apikey or bearer."));
        p.auth = authFromKey(a);
    }
    if (cl.has(QStringLiteral("ca-file"))) {
        p.caFile = QFileInfo(cl.value(QStringLiteral("ca-file"))).absoluteFilePath();
        if (!QFileInfo::exists(p.caFile))
            return Error::make(ErrorKind::InvalidInput, tr("The CA file %1 does not exist.").arg(p.caFile));
    }
    if (cl.has(QStringLiteral("insecure")))
        p.verifyTls = false;
    if (cl.has(QStringLiteral("index-prefix")))
        p.indexPrefix = cl.value(QStringLiteral("index-prefix"));
    return success();
}

QString resolveSecret(const ConnectionProfile &p, const CommandLine &cl, const QString &fromUrl, bool saved)
{
    if (!p.needsSecret())
        return {};
    if (cl.has(QStringLiteral("password-stdin")))
        return readStdinLine();
    if (!fromUrl.isEmpty())
        return fromUrl;
    const QString env = qEnvironmentVariable("GODWIT_PASSWORD");
    if (!env.isEmpty())
        return env;
    if (saved) {
        QEventLoop loop;
        QString secret;
        bool found = false;
        SecretStore::instance()->fetch(p.id, nullptr, [&](const Result<QString> &r) {
            found = r.ok();
            if (found)
                secret = r.value();
            loop.quit();
        });
        loop.exec();
        if (found)
            return secret;
    }
    if (stdinIsTerminal())
        return promptSecret(tr("Password for %1: ").arg(p.displayUrl()));
    return {};
}

Result<ConnectionProfile> findConnection(Session &s, const QString &name)
{
    const int row = s.connections.find(name);
    if (row < 0)
        return Error::make(ErrorKind::NotFound, tr("No connection named “%1” (see: godwit-cli connection list).").arg(name));
    return s.connections.profileAt(row);
}


} // namespace Godwit::Cli
