// SPDX-License-Identifier: GPL-3.0-or-later
#include "configimport.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Godwit {

namespace {


Result<QString> readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::make(ErrorKind::NotFound, QCoreApplication::translate("Godwit::ConfigImport", "Cannot read %1: %2").arg(path, f.errorString()));
    const QByteArray data = f.read(4 * 1024 * 1024);
    return QString::fromUtf8(data);
}

// The value of a top-level Python assignment NAME = …, up to the end of a bracketed expression.
QString pythonAssignment(const QString &text, const QString &name)
{
    const QRegularExpression re(QStringLiteral(R"(^%1\s*(?::[^=\n]*)?=\s*)").arg(QRegularExpression::escape(name)),
                                QRegularExpression::MultilineOption);
    QString found;
    auto it = re.globalMatch(text);
    while (it.hasNext()) { // the last assignment wins, as in Python
        const auto m = it.next();
        qsizetype pos = m.capturedEnd();
        int depth = 0;
        QChar quote;
        qsizetype end = pos;
        for (; end < text.size(); ++end) {
            const QChar c = text.at(end);
            if (!quote.isNull()) {
                if (c == u'\\')
                    ++end;
                else if (c == quote)
                    quote = QChar();
                continue;
            }
            if (c == u'"' || c == u'\'')
                quote = c;
            else if (c == u'[' || c == u'(' || c == u'{')
                ++depth;
            else if (c == u']' || c == u')' || c == u'}')
                --depth;
            else if (c == u'#' && depth == 0)
                break;
            else if (c == u'\n' && depth <= 0)
                break;
        }
        found = text.mid(pos, end - pos).trimmed();
    }
    return found;
}

QStringList pythonStrings(const QString &expr)
{
    static const QRegularExpression re(QStringLiteral(R"(["']([^"']*)["'])"));
    QStringList out;
    auto it = re.globalMatch(expr);
    while (it.hasNext())
        out.append(it.next().captured(1));
    return out;
}

// {'host': 'x', 'port': 9200, 'use_ssl': True, 'http_auth': ('u', 'p')} or dict(host='x', port=9200)
QList<QUrl> pythonHostDicts(const QString &expr, QStringList &secrets)
{
    QList<QUrl> urls;
    static const QRegularExpression dictRe(QStringLiteral(R"((?:\{|dict\s*\()([^{}()]*(?:\([^()]*\)[^{}()]*)*)(?:\}|\)))"));
    static const QRegularExpression hostRe(QStringLiteral(R"(["']?host["']?\s*[:=]\s*["']([^"']+)["'])"));
    static const QRegularExpression portRe(QStringLiteral(R"(["']?port["']?\s*[:=]\s*["']?(\d+))"));
    static const QRegularExpression sslRe(QStringLiteral(R"(["']?use_ssl["']?\s*[:=]\s*True)"));
    static const QRegularExpression authRe(QStringLiteral(R"(["']?http_auth["']?\s*[:=]\s*\(\s*["']([^"']*)["']\s*,\s*["']([^"']*)["'])"));
    auto it = dictRe.globalMatch(expr);
    while (it.hasNext()) {
        const QString body = it.next().captured(1);
        const auto host = hostRe.match(body);
        if (!host.hasMatch())
            continue;
        QUrl url;
        url.setScheme(sslRe.match(body).hasMatch() ? QStringLiteral("https") : QStringLiteral("http"));
        url.setHost(host.captured(1));
        const auto port = portRe.match(body);
        url.setPort(port.hasMatch() ? port.captured(1).toInt() : 9200);
        const auto auth = authRe.match(body);
        if (auth.hasMatch()) {
            url.setUserName(auth.captured(1));
            secrets.append(auth.captured(2));
        } else {
            secrets.append(QString());
        }
        urls.append(url);
    }
    return urls;
}

} // namespace

Result<ImportedConnections> importInvenioConfigText(const QString &text, const QString &origin)
{
    ImportedConnections out;
    const QString db = pythonAssignment(text, QStringLiteral("SQLALCHEMY_DATABASE_URI"));
    if (!db.isEmpty()) {
        const QStringList strings = pythonStrings(db);
        if (strings.isEmpty()) {
            out.warnings.append(QCoreApplication::translate("Godwit::ConfigImport", "SQLALCHEMY_DATABASE_URI is computed, not a literal string; add that connection by hand."));
        } else {
            auto parsed = parseConnectionUrl(strings.first(), ConnectionKind::Database);
            if (parsed) {
                ParsedConnection c = parsed.take();
                c.profile.name = QCoreApplication::translate("Godwit::ConfigImport", "Invenio database (%1)").arg(c.profile.database);
                c.profile.source = origin;
                out.connections.append(c);
            } else {
                out.warnings.append(QCoreApplication::translate("Godwit::ConfigImport", "SQLALCHEMY_DATABASE_URI: %1").arg(parsed.errorMessage()));
            }
        }
    }
    QString prefix;
    const QString prefixExpr = pythonAssignment(text, QStringLiteral("SEARCH_INDEX_PREFIX"));
    if (!prefixExpr.isEmpty() && !pythonStrings(prefixExpr).isEmpty())
        prefix = pythonStrings(prefixExpr).first();
    for (const QString &name : {QStringLiteral("SEARCH_HOSTS"), QStringLiteral("SEARCH_ELASTIC_HOSTS")}) {
        const QString expr = pythonAssignment(text, name);
        if (expr.isEmpty())
            continue;
        QStringList secrets;
        QList<QUrl> urls = pythonHostDicts(expr, secrets);
        if (urls.isEmpty()) {
            for (const QString &s : pythonStrings(expr)) {
                auto parsed = parseConnectionUrl(s, ConnectionKind::Search);
                if (!parsed) {
                    out.warnings.append(name + QStringLiteral(": ") + parsed.errorMessage());
                    continue;
                }
                QUrl u(parsed->profile.urls.first());
                u.setUserName(parsed->profile.user);
                urls.append(u);
                secrets.append(parsed->secret);
            }
        }
        if (urls.isEmpty()) {
            out.warnings.append(QCoreApplication::translate("Godwit::ConfigImport", "%1 is set but names no host Godwit understands.").arg(name));
            continue;
        }
        ParsedConnection c;
        c.profile.engine = Engine::Search;
        c.profile.user = urls.first().userName();
        for (QUrl u : std::as_const(urls)) {
            u.setUserInfo({});
            c.profile.urls.append(u.toString());
        }
        c.profile.auth = c.profile.user.isEmpty() ? AuthMethod::None : AuthMethod::Password;
        c.secret = secrets.value(0);
        c.profile.indexPrefix = prefix;
        c.profile.name = QCoreApplication::translate("Godwit::ConfigImport", "Invenio search (%1)").arg(urls.first().host());
        c.profile.source = origin;
        out.connections.append(c);
        break;
    }
    if (out.connections.isEmpty() && out.warnings.isEmpty())
        return Error::make(ErrorKind::NotFound, QCoreApplication::translate("Godwit::ConfigImport", "%1 names no database (SQLALCHEMY_DATABASE_URI) and no search host "
                                                   "(SEARCH_HOSTS).").arg(origin));
    return out;
}

Result<ImportedConnections> importInvenioConfig(const QString &path)
{
    auto text = readText(path);
    if (!text)
        return text.error();
    return importInvenioConfigText(*text, QFileInfo(path).fileName());
}

Result<ImportedConnections> importInvenTreeConfigText(const QString &yaml, const QProcessEnvironment &env,
                                                      const QString &origin)
{
    // The "database:" mapping of config.yaml: keys one indentation level below it.
    QHash<QString, QString> db;
    bool inDatabase = false;
    int childIndent = -1;
    const QStringList lines = yaml.split(u'\n');
    static const QRegularExpression keyValue(QStringLiteral(R"(^(\s*)([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(.*?)\s*$)"));
    for (const QString &raw : lines) {
        QString line = raw;
        if (line.trimmed().startsWith(u'#') || line.trimmed().isEmpty())
            continue;
        const auto m = keyValue.match(line);
        if (!m.hasMatch())
            continue;
        const int indent = int(m.captured(1).size());
        if (indent == 0) {
            inDatabase = m.captured(2) == QLatin1String("database");
            childIndent = -1;
            continue;
        }
        if (!inDatabase)
            continue;
        if (childIndent < 0)
            childIndent = indent;
        if (indent != childIndent)
            continue;
        QString value = m.captured(3);
        if (value.startsWith(u'"') || value.startsWith(u'\'')) {
            // A quoted scalar, perhaps followed by a comment: keep what is between the quotes.
            const qsizetype close = value.indexOf(value.front(), 1);
            if (close > 0)
                value = value.mid(1, close - 1);
        } else {
            const qsizetype comment = value.indexOf(QLatin1String(" #"));
            if (comment >= 0)
                value.truncate(comment);
            value = value.trimmed();
        }
        db.insert(m.captured(2).toUpper(), value);
    }
    static const QStringList keys{QStringLiteral("ENGINE"), QStringLiteral("NAME"), QStringLiteral("USER"),
                                  QStringLiteral("PASSWORD"), QStringLiteral("HOST"), QStringLiteral("PORT")};
    for (const QString &key : keys) {
        const QString var = QStringLiteral("INVENTREE_DB_") + key;
        if (env.contains(var))
            db.insert(key, env.value(var));
    }
    if (db.value(QStringLiteral("ENGINE")).isEmpty() || db.value(QStringLiteral("NAME")).isEmpty())
        return Error::make(ErrorKind::NotFound, QCoreApplication::translate("Godwit::ConfigImport", "%1 names no database (database: ENGINE and NAME, or INVENTREE_DB_ENGINE "
                                                   "and INVENTREE_DB_NAME).").arg(origin));
    QString engine = db.value(QStringLiteral("ENGINE")).toLower();
    engine = engine.section(u'.', -1); // django.db.backends.postgresql → postgresql
    ParsedConnection c;
    ConnectionProfile &p = c.profile;
    if (engine.startsWith(QLatin1String("sqlite")))
        p.engine = Engine::SQLite;
    else if (engine.startsWith(QLatin1String("postgres")))
        p.engine = Engine::PostgreSQL;
    else if (engine.startsWith(QLatin1String("mysql")) || engine.startsWith(QLatin1String("maria")))
        p.engine = Engine::MySQL;
    else
        return Error::make(ErrorKind::InvalidInput, QCoreApplication::translate("Godwit::ConfigImport", "Unsupported InvenTree database engine “%1”.").arg(engine));
    p.database = db.value(QStringLiteral("NAME"));
    if (p.engine != Engine::SQLite) {
        p.host = db.value(QStringLiteral("HOST"), QStringLiteral("localhost"));
        if (p.host.isEmpty())
            p.host = QStringLiteral("localhost");
        p.port = db.value(QStringLiteral("PORT")).toInt();
        p.user = db.value(QStringLiteral("USER"));
        p.auth = AuthMethod::Password;
        c.secret = db.value(QStringLiteral("PASSWORD"));
    }
    p.name = QStringLiteral("InvenTree (%1)").arg(p.engine == Engine::SQLite ? QFileInfo(p.database).fileName() : p.database);
    p.source = origin;
    ImportedConnections out;
    out.connections.append(c);
    return out;
}

Result<ImportedConnections> importInvenTreeConfig(const QString &path, const QProcessEnvironment &env)
{
    QString text;
    if (!path.isEmpty()) {
        auto t = readText(path);
        if (!t)
            return t.error();
        text = *t;
    }
    return importInvenTreeConfigText(text, env, path.isEmpty() ? QCoreApplication::translate("Godwit::ConfigImport", "environment") : QFileInfo(path).fileName());
}

Result<ImportedConnections> importApplicationConfig(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("yaml") || suffix == QLatin1String("yml"))
        return importInvenTreeConfig(path, QProcessEnvironment());
    if (suffix == QLatin1String("cfg") || suffix == QLatin1String("py"))
        return importInvenioConfig(path);
    return Error::make(ErrorKind::InvalidInput,
                       QCoreApplication::translate("Godwit::ConfigImport", "Cannot tell the application of %1: expected invenio.cfg or InvenTree's config.yaml.").arg(path));
}

} // namespace Godwit
