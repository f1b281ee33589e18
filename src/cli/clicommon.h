// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every godwit-cli command shares: the workspace session, option parsing, secrets and saved
// connections.

#include "connections/connectionprofile.h"
#include "connections/connectionsmodel.h"
#include "jobs/jobmanager.h"

#include <QCommandLineParser>
#include <QStringList>

namespace Godwit::Cli {

struct Session
{
    QString workspaceDir;
    JobManager jobs;
    ConnectionsModel connections;

    Status open();
};

// A QCommandLineParser for one command; the remaining arguments after GROUP VERB.
struct CommandLine
{
    QCommandLineParser parser;
    QStringList args;
    QString error;

    CommandLine();
    void add(const QString &name, const QString &help, const QString &valueName = {});
    bool parse(const QStringList &arguments);
    bool has(const QString &name) const { return parser.isSet(name); }
    QString value(const QString &name) const { return parser.value(name); }
};

void addSecretOptions(CommandLine &cl);
void addSearchOptions(CommandLine &cl);
Status applySearchOptions(const CommandLine &cl, ConnectionProfile &p);
// The secret for a connection, from (in order) standard input, the URL, GODWIT_PASSWORD, the keychain, a
// prompt on a terminal. An empty secret is allowed: the server decides whether it needs one.
QString resolveSecret(const ConnectionProfile &p, const CommandLine &cl, const QString &fromUrl, bool saved);
Result<ConnectionProfile> findConnection(Session &s, const QString &name);

int runDump(Session &session, const QString &group, const QStringList &arguments);
int runIndex(Session &session, const QStringList &arguments);

} // namespace Godwit::Cli
