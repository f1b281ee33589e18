// SPDX-License-Identifier: GPL-3.0-or-later
// godwit-cli revisions ..., run as a process.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int code = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

void writeFile(const QString &path, const QString &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content.toUtf8());
}

QString script(const QString &rev, const QString &down, const QString &extra = {})
{
    return u"\"\"\"message of "_s + rev + u"\n\nRevision ID: "_s + rev + u"\nCreate Date: 2024-01-01 00:00:00\n\n\"\"\"\nrevision = '"_s
           + rev + u"'\ndown_revision = "_s + down + u'\n' + extra + u"\n\ndef upgrade():\n    pass\n"_s;
}

} // namespace

class TestRevisionsCli : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_versions;

    Run cli(const QStringList &args, const QString &cwd = {})
    {
        QProcess p;
        p.setWorkingDirectory(cwd.isEmpty() ? m_dir.path() : cwd);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"GODWIT_NO_KEYCHAIN"_s, u"1"_s);
        env.insert(u"GODWIT_WORKSPACE"_s, m_dir.filePath(u"workspace"_s));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(GODWIT_CLI_PATH), QStringList{u"revisions"_s} + args);
        Run r;
        if (!p.waitForFinished(60000))
            return r;
        r.code = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    QStringList versionsArgs() const { return {u"--versions"_s, m_versions}; }

private Q_SLOTS:
    void initTestCase();
    void usage_data();
    void usage();
    void headsHistoryShow();
    void jsonEverywhere_data();
    void jsonEverywhere();
    void graphFormats();
    void pathAndLint();
    void databaseCurrentAndCheck();
    void newAndMerge();
    void configFile();
};

void TestRevisionsCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_versions = m_dir.filePath(u"env/versions"_s);
    writeFile(m_versions + u"/c1_core.py"_s, script(u"c1aaaa"_s, u"None"_s, u"branch_labels = ('core',)"_s));
    writeFile(m_versions + u"/c2_core.py"_s, script(u"c2bbbb"_s, u"'c1aaaa'"_s));
    writeFile(m_versions + u"/m1_mod.py"_s, script(u"m1cccc"_s, u"None"_s, u"branch_labels = ('mod',)\ndepends_on = 'c1aaaa'"_s));
    writeFile(m_versions + u"/m2_mod.py"_s, script(u"m2dddd"_s, u"'m1cccc'"_s));
}

void TestRevisionsCli::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("nothing") << QStringList();
    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
    QTest::newRow("unknown option") << QStringList{u"heads"_s, u"--bogus"_s};
    QTest::newRow("new without message") << QStringList{u"new"_s, u"--versions"_s, u"."_s};
    QTest::newRow("show without revision") << QStringList{u"show"_s, u"--versions"_s, u"."_s};
    QTest::newRow("no environment") << QStringList{u"heads"_s};
    QTest::newRow("both environments") << QStringList{u"heads"_s, u"--versions"_s, u"."_s, u"--config"_s, u"x.ini"_s};
}

void TestRevisionsCli::usage()
{
    QFETCH(QStringList, args);
    const Run r = cli(args);
    QCOMPARE(r.code, 2);
    QVERIFY(!r.err.isEmpty());
}

void TestRevisionsCli::headsHistoryShow()
{
    Run r = cli(QStringList{u"heads"_s} + versionsArgs());
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, u"c2bbbb (core) (head)\nm2dddd (mod) (head)\n"_s);
    r = cli(QStringList{u"history"_s} + versionsArgs());
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, u"c1aaaa -> c2bbbb (core) (head), message of c2bbbb\n"
                    "m1cccc -> m2dddd (mod) (head), message of m2dddd\n"
                    "<base> (c1aaaa) -> m1cccc (mod), message of m1cccc\n"
                    "<base> -> c1aaaa (core), message of c1aaaa\n"_s);
    r = cli(QStringList{u"show"_s, u"m1cc"_s} + versionsArgs());
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(u"Rev: m1cccc\nParent: <base>\nAlso depends on: c1aaaa\nBranch names: mod\nPath: "_s));
    r = cli(QStringList{u"show"_s, u"head"_s} + versionsArgs());
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(u"Multiple head"_s));
    r = cli(QStringList{u"bases"_s} + versionsArgs());
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, u"c1aaaa (core), message of c1aaaa\nm1cccc (mod), message of m1cccc\n"_s);
    r = cli(QStringList{u"branches"_s} + versionsArgs());
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QString());
    r = cli(QStringList{u"history"_s, u"-r"_s, u"c1aaaa:core@head"_s} + versionsArgs());
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.count(u'\n'), 2);
}

void TestRevisionsCli::jsonEverywhere_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("key");
    QTest::newRow("heads") << QStringList{u"heads"_s} << u"heads"_s;
    QTest::newRow("bases") << QStringList{u"bases"_s} << u"bases"_s;
    QTest::newRow("branches") << QStringList{u"branches"_s} << u"branchpoints"_s;
    QTest::newRow("history") << QStringList{u"history"_s} << u"history"_s;
    QTest::newRow("show") << QStringList{u"show"_s, u"heads"_s} << u"revisions"_s;
    QTest::newRow("path") << QStringList{u"path"_s, u"base"_s, u"heads"_s} << u"upgrades"_s;
    QTest::newRow("lint") << QStringList{u"lint"_s} << u"diagnostics"_s;
    QTest::newRow("graph") << QStringList{u"graph"_s} << u"revisions"_s;
    QTest::newRow("new (dry run)") << QStringList{u"new"_s, u"-m"_s, u"x"_s, u"--head"_s, u"mod@head"_s, u"--dry-run"_s}
                                   << u"revision"_s;
    QTest::newRow("an error") << QStringList{u"show"_s, u"zzzzzz"_s} << u"message"_s;
}

void TestRevisionsCli::jsonEverywhere()
{
    QFETCH(QStringList, args);
    QFETCH(QString, key);
    const Run r = cli(args + versionsArgs() + QStringList{u"--json"_s});
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(r.out + r.err));
    QVERIFY2(doc.object().contains(key), qPrintable(r.out));
    if (key == u"message"_s) {
        QCOMPARE(r.code, 1);
        QCOMPARE(doc.object().value(u"ok"_s).toBool(true), false);
    } else {
        QCOMPARE(r.code, 0);
    }
}

void TestRevisionsCli::graphFormats()
{
    Run r = cli(QStringList{u"graph"_s, u"--json"_s} + versionsArgs());
    QCOMPARE(r.code, 0);
    const QJsonObject o = r.json();
    for (const char *k : {"heads", "bases", "branchpoints", "mergepoints", "revisions"})
        QVERIFY2(o.contains(QLatin1String(k)), k);
    QCOMPARE(o.value(u"heads"_s).toArray().size(), 2);
    const QJsonObject m1 = o.value(u"revisions"_s).toArray().at(2).toObject();
    QCOMPARE(m1.value(u"id"_s).toString(), u"m1cccc"_s);
    QCOMPARE(m1.value(u"depends_on"_s).toArray().first().toString(), u"c1aaaa"_s);
    QCOMPARE(m1.value(u"branch_labels"_s).toArray().first().toString(), u"mod"_s);
    QVERIFY(m1.value(u"path"_s).toString().endsWith(u"m1_mod.py"_s));
    QCOMPARE(m1.value(u"message"_s).toString(), u"message of m1cccc"_s);
    QVERIFY(m1.contains(u"down_revisions"_s));

    const QString dot = m_dir.filePath(u"graph.dot"_s);
    r = cli(QStringList{u"graph"_s, u"--format"_s, u"dot"_s, u"-o"_s, dot} + versionsArgs());
    QCOMPARE(r.code, 0);
    QFile f(dot);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.startsWith(u"digraph revisions {"_s));
    QVERIFY(text.contains(u"\"m1cccc\" -> \"c1aaaa\" [style=dashed];"_s));
    QVERIFY(text.contains(u"\"c2bbbb\" -> \"c1aaaa\";"_s));
    QCOMPARE(cli(QStringList{u"graph"_s, u"--format"_s, u"png"_s} + versionsArgs()).code, 2);
}

void TestRevisionsCli::pathAndLint()
{
    Run r = cli(QStringList{u"path"_s, u"base"_s, u"mod@head"_s, u"--json"_s} + versionsArgs());
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json().value(u"upgrades"_s).toArray().toVariantList(),
             (QVariantList{u"c1aaaa"_s, u"m1cccc"_s, u"m2dddd"_s}));
    r = cli(QStringList{u"path"_s, u"c2bbbb,m1cccc"_s, u"heads"_s} + versionsArgs());
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, u"m1cccc -> m2dddd, message of m2dddd\n"_s);
    // Current revisions where one is below another cannot be a database's state (as in Alembic).
    r = cli(QStringList{u"path"_s, u"c1aaaa,m1cccc"_s, u"heads"_s} + versionsArgs());
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(u"overlaps"_s));
    QCOMPARE(cli(QStringList{u"path"_s, u"nothere"_s, u"heads"_s} + versionsArgs()).code, 1);

    r = cli(QStringList{u"lint"_s} + versionsArgs());
    QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
    QVERIFY(r.out.contains(u"0 error(s)"_s));

    const QString bad = m_dir.filePath(u"bad/versions"_s);
    writeFile(bad + u"/a.py"_s, script(u"a1"_s, u"None"_s));
    writeFile(bad + u"/b.py"_s, script(u"b1"_s, u"OTHER"_s));
    writeFile(bad + u"/c.py"_s, script(u"a1"_s, u"None"_s));
    r = cli({u"lint"_s, u"--versions"_s, bad});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(u"/b.py:8: error: down_revision: unknown variable “OTHER”"_s), qPrintable(r.out));
    QVERIFY(r.out.contains(u"revision a1 is defined twice"_s));
    r = cli({u"lint"_s, u"--versions"_s, bad, u"--json"_s});
    QCOMPARE(r.code, 1);
    QCOMPARE(r.json().value(u"errors"_s).toInt(), 2);
    // Other commands still work, with a warning.
    r = cli({u"heads"_s, u"--versions"_s, bad});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, u"a1 (head)\n"_s);
    QVERIFY(r.err.contains(u"warning"_s));
}

void TestRevisionsCli::databaseCurrentAndCheck()
{
    const QString db = m_dir.filePath(u"app.db"_s);
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"cli"_s);
        sql.setDatabaseName(db);
        QVERIFY(sql.open());
        QSqlQuery q(sql);
        QVERIFY(q.exec(u"CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)"_s));
        QVERIFY(q.exec(u"INSERT INTO alembic_version VALUES ('c2bbbb')"_s));
        QVERIFY(q.exec(u"INSERT INTO alembic_version VALUES ('m1cccc')"_s));
        sql.close();
    }
    QSqlDatabase::removeDatabase(u"cli"_s);
    const QString url = u"sqlite:///"_s + db;
    Run r = cli(QStringList{u"current"_s, url} + versionsArgs());
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, u"c2bbbb (head)\nm1cccc\n"_s);
    r = cli(QStringList{u"current"_s, url, u"--check-heads"_s} + versionsArgs());
    QCOMPARE(r.code, 1);
    r = cli(QStringList{u"check"_s, url} + versionsArgs());
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains(u"m1cccc -> m2dddd"_s));
    r = cli(QStringList{u"check"_s, url, u"--json"_s} + versionsArgs());
    QCOMPARE(r.code, 1);
    QCOMPARE(r.json().value(u"pending"_s).toArray().toVariantList(), QVariantList{u"m2dddd"_s});
    QCOMPARE(r.json().value(u"at_heads"_s).toBool(), false);

    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"cli2"_s);
        sql.setDatabaseName(db);
        QVERIFY(sql.open());
        QSqlQuery q(sql);
        QVERIFY(q.exec(u"UPDATE alembic_version SET version_num = 'm2dddd' WHERE version_num = 'm1cccc'"_s));
        sql.close();
    }
    QSqlDatabase::removeDatabase(u"cli2"_s);
    r = cli(QStringList{u"check"_s, url} + versionsArgs());
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(u"OK"_s));
    QCOMPARE(cli(QStringList{u"check"_s, u"sqlite:///"_s + m_dir.filePath(u"nothere.db"_s)} + versionsArgs()).code, 1);
    r = cli(QStringList{u"current"_s, url, u"--version-table"_s, u"other_versions"_s, u"--json"_s} + versionsArgs());
    QCOMPARE(r.code, 0);
    QCOMPARE(r.json().value(u"table_exists"_s).toBool(true), false);
}

void TestRevisionsCli::newAndMerge()
{
    const QString dir = m_dir.filePath(u"writing/versions"_s);
    QDir().mkpath(dir);
    const QStringList env{u"--versions"_s, dir};
    Run r = cli(QStringList{u"new"_s, u"-m"_s, u"first one"_s, u"--rev-id"_s, u"aaa111"_s} + env);
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith(u"Generating "_s));
    QVERIFY(QFile::exists(dir + u"/aaa111_first_one.py"_s));
    r = cli(QStringList{u"new"_s, u"-m"_s, u"dry"_s, u"--dry-run"_s} + env);
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(u"down_revision: Union[str, Sequence[str], None] = 'aaa111'"_s));
    QCOMPARE(QDir(dir).entryList(QDir::Files).size(), 1);
    QCOMPARE(cli(QStringList{u"new"_s, u"-m"_s, u"two"_s, u"--rev-id"_s, u"bbb222"_s} + env).code, 0);
    QCOMPARE(cli(QStringList{u"new"_s, u"-m"_s, u"three"_s, u"--rev-id"_s, u"ccc333"_s, u"--head"_s, u"aaa111"_s} + env).code, 1);
    QCOMPARE(cli(QStringList{u"new"_s, u"-m"_s, u"three"_s, u"--rev-id"_s, u"ccc333"_s, u"--head"_s, u"aaa111"_s, u"--splice"_s,
                             u"--branch-label"_s, u"side"_s, u"--depends-on"_s, u"bbb2"_s} + env)
                 .code,
             0);
    QCOMPARE(cli(QStringList{u"merge"_s, u"bbb222"_s} + env + QStringList{u"-m"_s, u"x"_s}).code, 2);
    // bbb222 is only an effective head (ccc333 depends on it): "heads" names ccc333 alone, nothing to merge.
    r = cli(QStringList{u"merge"_s, u"heads"_s, u"-m"_s, u"join"_s} + env);
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(u"nothing to merge"_s));
    r = cli(QStringList{u"merge"_s, u"bbb222"_s, u"side@head"_s, u"-m"_s, u"join"_s, u"--rev-id"_s, u"ddd444"_s, u"--json"_s} + env);
    QCOMPARE(r.code, 0);
    QVERIFY2(r.json().value(u"down_revisions"_s).toArray().size() == 2, qPrintable(r.out));
    r = cli(QStringList{u"heads"_s} + env);
    QCOMPARE(r.out, u"ddd444 (side) (head)\n"_s);
    r = cli(QStringList{u"lint"_s} + env);
    QCOMPARE(r.code, 0);
}

void TestRevisionsCli::configFile()
{
    const QString root = m_dir.filePath(u"project"_s);
    writeFile(root + u"/alembic.ini"_s, u"[alembic]\nscript_location = migrations\nversion_locations = %(here)s/a %(here)s/b\n"_s);
    writeFile(root + u"/migrations/env.py"_s, u"# env"_s);
    writeFile(root + u"/a/x1.py"_s, script(u"x1aaaa"_s, u"None"_s));
    writeFile(root + u"/b/y1.py"_s, script(u"y1bbbb"_s, u"'x1aaaa'"_s));
    Run r = cli({u"heads"_s, u"--config"_s, root + u"/alembic.ini"_s});
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, u"y1bbbb (head)\n"_s);
    // ./alembic.ini by default, as alembic does
    r = cli({u"history"_s}, root);
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out.count(u'\n'), 2);
    // several version locations: a new branch needs --version-path
    r = cli({u"new"_s, u"-m"_s, u"root"_s, u"--head"_s, u"base"_s, u"--branch-label"_s, u"b2"_s}, root);
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(u"--version-path"_s));
    r = cli({u"new"_s, u"-m"_s, u"root"_s, u"--head"_s, u"base"_s, u"--branch-label"_s, u"b2"_s, u"--version-path"_s, root + u"/b"_s},
            root);
    QCOMPARE(r.code, 0);
    QCOMPARE(cli({u"heads"_s, u"--config"_s, root + u"/nothere.ini"_s}).code, 1);
}

QTEST_GUILESS_MAIN(TestRevisionsCli)
#include "tst_revisions_cli.moc"
