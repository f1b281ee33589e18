// SPDX-License-Identifier: GPL-3.0-or-later
#include "connections/configimport.h"

#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Godwit;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Godwit::Engine)

namespace {

const ParsedConnection *findKind(const ImportedConnections &imported, ConnectionKind kind)
{
    for (const ParsedConnection &c : imported.connections)
        if (c.profile.kind() == kind)
            return &c;
    return nullptr;
}

QProcessEnvironment environment(const QStringList &assignments)
{
    QProcessEnvironment env;
    for (const QString &a : assignments)
        env.insert(a.section(u'=', 0, 0), a.section(u'=', 1));
    return env;
}

} // namespace

class TestConfigImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void invenioDatabase_data();
    void invenioDatabase();
    void invenioSearch_data();
    void invenioSearch();
    void invenioComputed_data();
    void invenioComputed();
    void invenioNothingUsable_data();
    void invenioNothingUsable();
    void inventree_data();
    void inventree();
    void inventreeNothingUsable_data();
    void inventreeNothingUsable();
    void realFiles();
    void fileErrors();
};

void TestConfigImport::invenioDatabase_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Engine>("engine");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("database");

    QTest::newRow("double quotes")
        << u"SQLALCHEMY_DATABASE_URI = \"postgresql+psycopg2://invenio:Pw-Double1@localhost/invenio\"\n"_s
        << Engine::PostgreSQL << u"localhost"_s << 0 << u"invenio"_s << u"Pw-Double1"_s << u"invenio"_s;
    QTest::newRow("single quotes")
        << u"SQLALCHEMY_DATABASE_URI='mysql+pymysql://zenodo:Pw-Single2@mysql.local:3306/zenodo'\n"_s << Engine::MySQL
        << u"mysql.local"_s << 3306 << u"zenodo"_s << u"Pw-Single2"_s << u"zenodo"_s;
    QTest::newRow("type annotation")
        << u"SQLALCHEMY_DATABASE_URI: str = \"postgresql://u:Pw-Annot3@h:5433/rdm\"\n"_s << Engine::PostgreSQL << u"h"_s
        << 5433 << u"u"_s << u"Pw-Annot3"_s << u"rdm"_s;
    QTest::newRow("commented-out earlier assignment")
        << u"# SQLALCHEMY_DATABASE_URI = \"postgresql://old:old@old-host/old\"\n"
           "#SQLALCHEMY_DATABASE_URI='sqlite:////tmp/old.db'\n"
           "SQLALCHEMY_DATABASE_URI = \"postgresql://new:Pw-New4@new-host/new\"\n"_s
        << Engine::PostgreSQL << u"new-host"_s << 0 << u"new"_s << u"Pw-New4"_s << u"new"_s;
    QTest::newRow("commented-out later assignment")
        << u"SQLALCHEMY_DATABASE_URI = \"postgresql://live:Pw-Live5@live-host/live\"\n"
           "# SQLALCHEMY_DATABASE_URI = \"postgresql://test:pw@test-host/test\"\n"_s
        << Engine::PostgreSQL << u"live-host"_s << 0 << u"live"_s << u"Pw-Live5"_s << u"live"_s;
    QTest::newRow("two assignments: the last wins, as in Python")
        << u"SQLALCHEMY_DATABASE_URI = \"postgresql://a:a@first/a\"\n"
           "SQLALCHEMY_DATABASE_URI = \"postgresql://b:Pw-Second6@second/b\"\n"_s
        << Engine::PostgreSQL << u"second"_s << 0 << u"b"_s << u"Pw-Second6"_s << u"b"_s;
    QTest::newRow("trailing comment with a quote and a #")
        << u"SQLALCHEMY_DATABASE_URI = 'postgresql://u:p%23x@h/db'  # don't use the \"old\" one\n"_s
        << Engine::PostgreSQL << u"h"_s << 0 << u"u"_s << u"p#x"_s << u"db"_s;
    QTest::newRow("parenthesised over two lines")
        << u"SQLALCHEMY_DATABASE_URI = (\n    \"postgresql://u:Pw-Paren7@h/db\"\n)\nOTHER = 1\n"_s << Engine::PostgreSQL << u"h"_s
        << 0 << u"u"_s << u"Pw-Paren7"_s << u"db"_s;
    QTest::newRow("similar names are not it")
        << u"MY_SQLALCHEMY_DATABASE_URI = \"postgresql://x:x@wrong/x\"\n"
           "SQLALCHEMY_DATABASE_URI_RO = \"postgresql://x:x@wrong/x\"\n"
           "SQLALCHEMY_DATABASE_URI = \"postgresql://u:Pw-Right8@right/db\"\n"_s
        << Engine::PostgreSQL << u"right"_s << 0 << u"u"_s << u"Pw-Right8"_s << u"db"_s;
    QTest::newRow("sqlite, absolute")
        << u"SQLALCHEMY_DATABASE_URI = \"sqlite:////var/lib/invenio/app.db\"\n"_s << Engine::SQLite << QString() << 0
        << QString() << QString() << u"/var/lib/invenio/app.db"_s;
}

void TestConfigImport::invenioDatabase()
{
    QFETCH(QString, text);
    QFETCH(Engine, engine);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, secret);
    QFETCH(QString, database);

    const auto imported = importInvenioConfigText(text, u"invenio.cfg"_s);
    QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
    QVERIFY2(imported->warnings.isEmpty(), qPrintable(imported->warnings.join(u'\n')));
    QCOMPARE(imported->connections.size(), 1);
    const ParsedConnection &c = imported->connections.first();
    QCOMPARE(c.profile.engine, engine);
    QCOMPARE(c.profile.host, host);
    QCOMPARE(c.profile.port, port);
    QCOMPARE(c.profile.user, user);
    QCOMPARE(c.secret, secret);
    QCOMPARE(c.profile.database, database);
    QCOMPARE(c.profile.source, u"invenio.cfg"_s);
    QVERIFY(c.profile.name.contains(database));
    if (!secret.isEmpty())
        QVERIFY(!QJsonDocument(c.profile.toJson()).toJson().contains(secret.toUtf8()));
}

void TestConfigImport::invenioSearch_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("urls");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("prefix");

    QTest::newRow("list of dicts, http_auth tuple, use_ssl")
        << u"SEARCH_HOSTS = [\n"
           "    {'host': 'search.example.org', 'port': 443, 'use_ssl': True, 'http_auth': ('admin', 'os-secret')},\n"
           "    {'host': 'search2.example.org', 'port': 443, 'use_ssl': True},\n"
           "]\n"_s
        << QStringList{u"https://search.example.org:443"_s, u"https://search2.example.org:443"_s} << u"admin"_s
        << u"os-secret"_s << QString();
    QTest::newRow("dict without port or ssl, double quotes")
        << u"SEARCH_HOSTS = [{\"host\": \"localhost\"}]\n"_s << QStringList{u"http://localhost:9200"_s} << QString()
        << QString() << QString();
    QTest::newRow("dict() call")
        << u"SEARCH_HOSTS = [dict(host='os.local', port=9201)]\n"_s << QStringList{u"http://os.local:9201"_s}
        << QString() << QString() << QString();
    QTest::newRow("list of URL strings")
        << u"SEARCH_HOSTS = [\"http://localhost:9200\", 'http://es2:9200']\n"_s
        << QStringList{u"http://localhost:9200"_s, u"http://es2:9200"_s} << QString() << QString() << QString();
    QTest::newRow("URL string with credentials")
        << u"SEARCH_HOSTS = ['https://elastic:changeme@es.example.org:9243']\n"_s
        << QStringList{u"https://es.example.org:9243"_s} << u"elastic"_s << u"changeme"_s << QString();
    QTest::newRow("with SEARCH_INDEX_PREFIX")
        << u"SEARCH_INDEX_PREFIX = \"zenodo-\"\nSEARCH_HOSTS = ['localhost:9200']\n"_s
        << QStringList{u"http://localhost:9200"_s} << QString() << QString() << u"zenodo-"_s;
    QTest::newRow("older SEARCH_ELASTIC_HOSTS")
        << u"SEARCH_ELASTIC_HOSTS = [dict(host='es-old', port=9200)]\n"_s << QStringList{u"http://es-old:9200"_s}
        << QString() << QString() << QString();
}

void TestConfigImport::invenioSearch()
{
    QFETCH(QString, text);
    QFETCH(QStringList, urls);
    QFETCH(QString, user);
    QFETCH(QString, secret);
    QFETCH(QString, prefix);

    const auto imported = importInvenioConfigText(text, u"invenio.cfg"_s);
    QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
    QVERIFY2(imported->warnings.isEmpty(), qPrintable(imported->warnings.join(u'\n')));
    QCOMPARE(imported->connections.size(), 1);
    const ParsedConnection &c = imported->connections.first();
    QCOMPARE(c.profile.kind(), ConnectionKind::Search);
    QCOMPARE(c.profile.urls, urls);
    QCOMPARE(c.profile.user, user);
    QCOMPARE(c.secret, secret);
    QCOMPARE(c.profile.auth, user.isEmpty() ? AuthMethod::None : AuthMethod::Password);
    QCOMPARE(c.profile.indexPrefix, prefix);
    QVERIFY(c.profile.isValid());
    for (const QString &u : std::as_const(c.profile.urls))
        QVERIFY2(!u.contains(u'@'), qPrintable(u));
}

void TestConfigImport::invenioComputed_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("warningMentions");
    QTest::addColumn<int>("connections");

    QTest::newRow("function call") << u"SQLALCHEMY_DATABASE_URI = build_uri(os.environ)\n"_s
                                   << u"SQLALCHEMY_DATABASE_URI"_s << 0;
    QTest::newRow("environment lookup") << u"SQLALCHEMY_DATABASE_URI = os.environ[\"INVENIO_DB\"]\n"_s
                                        << u"SQLALCHEMY_DATABASE_URI"_s << 0;
    QTest::newRow("computed database, literal search")
        << u"SQLALCHEMY_DATABASE_URI = make_db_url()\nSEARCH_HOSTS = ['http://search:9200']\n"_s
        << u"SQLALCHEMY_DATABASE_URI"_s << 1;
    QTest::newRow("computed search hosts") << u"SEARCH_HOSTS = hosts_from_env()\n"_s << u"SEARCH_HOSTS"_s << 0;
}

void TestConfigImport::invenioComputed()
{
    QFETCH(QString, text);
    QFETCH(QString, warningMentions);
    QFETCH(int, connections);
    const auto imported = importInvenioConfigText(text, u"invenio.cfg"_s);
    QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
    QCOMPARE(imported->connections.size(), connections);
    QCOMPARE(imported->warnings.size(), 1);
    QVERIFY2(imported->warnings.first().contains(warningMentions), qPrintable(imported->warnings.first()));
    QVERIFY(findKind(*imported, ConnectionKind::Database) == nullptr);
}

void TestConfigImport::invenioNothingUsable_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("other settings only") << u"DEBUG = True\nSECRET_KEY = \"abc\"\nSITE_UI_URL = 'https://x'\n"_s;
    QTest::newRow("only commented out") << u"# SQLALCHEMY_DATABASE_URI = \"postgresql://u:p@h/db\"\n"
                                           "#SEARCH_HOSTS = ['http://localhost:9200']\n"_s;
    QTest::newRow("the name inside a docstring")
        << u"DOC = \"\"\"\nSQLALCHEMY_DATABASE_URI is where the database is\n\"\"\"\n"_s;
}

void TestConfigImport::invenioNothingUsable()
{
    QFETCH(QString, text);
    const auto imported = importInvenioConfigText(text, u"invenio.cfg"_s);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().kind, ErrorKind::NotFound);
    QVERIFY(imported.errorMessage().contains(u"invenio.cfg"_s));
}

void TestConfigImport::inventree_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<Engine>("engine");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("database");

    const QString postgres = u"# InvenTree\n"
                             "debug: False\n"
                             "database:\n"
                             "  # --- Example Configuration - MySQL ---\n"
                             "  #ENGINE: mysql\n"
                             "  #NAME: other\n"
                             "  ENGINE: postgresql\n"
                             "  NAME: inventree   # the database\n"
                             "  USER: 'inventree'\n"
                             "  PASSWORD: \"pa#ss: word\"\n"
                             "  HOST: \"db.local\"  # primary\n"
                             "  PORT: 5432\n"
                             "  OPTIONS:\n"
                             "    NAME: not-this-one\n"
                             "cache:\n"
                             "  HOST: redis\n"_s;
    QTest::newRow("postgresql, comments and quotes")
        << postgres << QStringList() << Engine::PostgreSQL << u"db.local"_s << 5432 << u"inventree"_s << u"pa#ss: word"_s
        << u"inventree"_s;
    QTest::newRow("INVENTREE_DB_* win")
        << postgres
        << QStringList{u"INVENTREE_DB_HOST=db.override"_s, u"INVENTREE_DB_PORT=6543"_s, u"INVENTREE_DB_PASSWORD=from-env"_s,
                       u"INVENTREE_DB_NAME=inventree_env"_s, u"UNRELATED=1"_s}
        << Engine::PostgreSQL << u"db.override"_s << 6543 << u"inventree"_s << u"from-env"_s << u"inventree_env"_s;
    QTest::newRow("engine from the environment")
        << postgres << QStringList{u"INVENTREE_DB_ENGINE=mysql"_s} << Engine::MySQL << u"db.local"_s << 5432
        << u"inventree"_s << u"pa#ss: word"_s << u"inventree"_s;
    QTest::newRow("mysql, django prefix, no host: localhost")
        << u"database:\n    ENGINE: django.db.backends.mysql\n    NAME: 'inv'\n    USER: root\n    PASSWORD: ''\n"_s
        << QStringList() << Engine::MySQL << u"localhost"_s << 0 << u"root"_s << QString() << u"inv"_s;
    QTest::newRow("sqlite3 with django prefix")
        << u"database:\n  ENGINE: django.db.backends.sqlite3\n  NAME: '/home/inventree/data/database.sqlite3'\n"_s
        << QStringList() << Engine::SQLite << QString() << 0 << QString() << QString()
        << u"/home/inventree/data/database.sqlite3"_s;
    QTest::newRow("lower-case keys")
        << u"database:\n  engine: postgresql\n  name: inv\n  user: u\n  password: p\n  host: h\n"_s << QStringList()
        << Engine::PostgreSQL << u"h"_s << 0 << u"u"_s << u"p"_s << u"inv"_s;
    QTest::newRow("environment only")
        << QString()
        << QStringList{u"INVENTREE_DB_ENGINE=postgresql"_s, u"INVENTREE_DB_NAME=inventree"_s, u"INVENTREE_DB_USER=inv"_s,
                       u"INVENTREE_DB_PASSWORD=envpw"_s, u"INVENTREE_DB_HOST=pg"_s, u"INVENTREE_DB_PORT=5433"_s}
        << Engine::PostgreSQL << u"pg"_s << 5433 << u"inv"_s << u"envpw"_s << u"inventree"_s;
}

void TestConfigImport::inventree()
{
    QFETCH(QString, yaml);
    QFETCH(QStringList, env);
    QFETCH(Engine, engine);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, secret);
    QFETCH(QString, database);

    const auto imported = importInvenTreeConfigText(yaml, environment(env), u"config.yaml"_s);
    QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
    QCOMPARE(imported->connections.size(), 1);
    const ParsedConnection &c = imported->connections.first();
    QCOMPARE(c.profile.engine, engine);
    QCOMPARE(c.profile.host, host);
    QCOMPARE(c.profile.port, port);
    QCOMPARE(c.profile.user, user);
    QCOMPARE(c.secret, secret);
    QCOMPARE(c.profile.database, database);
    QCOMPARE(c.profile.source, u"config.yaml"_s);
    QVERIFY(c.profile.isValid());
    QCOMPARE(c.profile.needsSecret(), engine != Engine::SQLite);
}

void TestConfigImport::inventreeNothingUsable_data()
{
    QTest::addColumn<QString>("yaml");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<int>("kind");

    QTest::newRow("empty") << QString() << QStringList() << int(ErrorKind::NotFound);
    QTest::newRow("no database section") << u"debug: True\nstatic_root: /x\n"_s << QStringList() << int(ErrorKind::NotFound);
    QTest::newRow("everything commented out")
        << u"database:\n  #ENGINE: postgresql\n  #NAME: inventree\nother: 1\n"_s << QStringList() << int(ErrorKind::NotFound);
    QTest::newRow("engine without name") << u"database:\n  ENGINE: postgresql\n"_s << QStringList() << int(ErrorKind::NotFound);
    QTest::newRow("keys of another section")
        << u"cache:\n  ENGINE: postgresql\n  NAME: x\ndatabase:\n  HOST: h\n"_s << QStringList() << int(ErrorKind::NotFound);
    QTest::newRow("unsupported engine") << u"database:\n  ENGINE: django.db.backends.oracle\n  NAME: orcl\n"_s
                                        << QStringList() << int(ErrorKind::InvalidInput);
    QTest::newRow("unrelated environment") << QString() << QStringList{u"INVENTREE_DEBUG=1"_s} << int(ErrorKind::NotFound);
}

void TestConfigImport::inventreeNothingUsable()
{
    QFETCH(QString, yaml);
    QFETCH(QStringList, env);
    QFETCH(int, kind);
    const auto imported = importInvenTreeConfigText(yaml, environment(env), u"config.yaml"_s);
    QVERIFY(!imported.ok());
    QCOMPARE(int(imported.error().kind), kind);
    QVERIFY(!imported.errorMessage().isEmpty());
}

void TestConfigImport::realFiles()
{
    const QString cfg = QFINDTESTDATA("data/invenio.cfg");
    QVERIFY(!cfg.isEmpty());
    const auto invenio = importApplicationConfig(cfg);
    QVERIFY2(invenio.ok(), qPrintable(invenio.errorMessage()));
    QVERIFY2(invenio->warnings.isEmpty(), qPrintable(invenio->warnings.join(u'\n')));
    QCOMPARE(invenio->connections.size(), 2);
    const ParsedConnection *db = findKind(*invenio, ConnectionKind::Database);
    QVERIFY(db);
    QCOMPARE(db->profile.engine, Engine::PostgreSQL);
    QCOMPARE(db->profile.host, u"db.example.org"_s);
    QCOMPARE(db->profile.port, 5433);
    QCOMPARE(db->profile.user, u"rdm"_s);
    QCOMPARE(db->secret, u"db/pass@word"_s);
    QCOMPARE(db->profile.database, u"rdm"_s);
    QCOMPARE(db->profile.source, u"invenio.cfg"_s);
    const ParsedConnection *search = findKind(*invenio, ConnectionKind::Search);
    QVERIFY(search);
    QCOMPARE(search->profile.urls,
             (QStringList{u"https://search1.example.org:9200"_s, u"https://search2.example.org:9200"_s}));
    QCOMPARE(search->profile.user, u"rdm-admin"_s);
    QCOMPARE(search->secret, u"search-s3cret"_s);
    QCOMPARE(search->profile.indexPrefix, u"rdm-prod-"_s);

    const QString yaml = QFINDTESTDATA("data/config.yaml");
    QVERIFY(!yaml.isEmpty());
    const auto inventree = importApplicationConfig(yaml);
    QVERIFY2(inventree.ok(), qPrintable(inventree.errorMessage()));
    QCOMPARE(inventree->connections.size(), 1);
    const ParsedConnection &c = inventree->connections.first();
    QCOMPARE(c.profile.engine, Engine::PostgreSQL);
    QCOMPARE(c.profile.database, u"inventree_prod"_s);
    QCOMPARE(c.profile.user, u"inventree"_s);
    QCOMPARE(c.secret, u"pa#ss: word"_s);
    QCOMPARE(c.profile.host, u"db.internal"_s);
    QCOMPARE(c.profile.port, 5432);
    QCOMPARE(c.profile.source, u"config.yaml"_s);
}

void TestConfigImport::fileErrors()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    const auto missing = importApplicationConfig(dir.filePath(u"invenio.cfg"_s));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, ErrorKind::NotFound);

    const auto missingYaml = importApplicationConfig(dir.filePath(u"config.yml"_s));
    QVERIFY(!missingYaml.ok());
    QCOMPARE(missingYaml.error().kind, ErrorKind::NotFound);

    QFile other(dir.filePath(u"settings.txt"_s));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("SQLALCHEMY_DATABASE_URI = 'postgresql://u:p@h/db'\n");
    other.close();
    const auto unknown = importApplicationConfig(other.fileName());
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().kind, ErrorKind::InvalidInput);

    // A .py config with the same content is read as Invenio.
    QFile py(dir.filePath(u"config.py"_s));
    QVERIFY(py.open(QIODevice::WriteOnly));
    py.write("SQLALCHEMY_DATABASE_URI = 'postgresql://u:p@h/db'\n");
    py.close();
    const auto fromPy = importApplicationConfig(py.fileName());
    QVERIFY2(fromPy.ok(), qPrintable(fromPy.errorMessage()));
    QCOMPARE(fromPy->connections.size(), 1);
    QCOMPARE(fromPy->connections.first().profile.source, u"config.py"_s);

    QFile empty(dir.filePath(u"empty.yaml"_s));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    const auto nothing = importApplicationConfig(empty.fileName());
    QVERIFY(!nothing.ok());
    QCOMPARE(nothing.error().kind, ErrorKind::NotFound);
}

QTEST_GUILESS_MAIN(TestConfigImport)
#include "tst_configimport.moc"
