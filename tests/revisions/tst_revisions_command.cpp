// SPDX-License-Identifier: GPL-3.0-or-later
// upgrade / downgrade / stamp through the application's own command (real Alembic here), from godwit-cli and
// from the core API, on the demo Invenio environment and its SQLite database; graph rendering from the CLI.
#include "../clirunner.h"
#include "alembicsupport.h"
#include "jobs/jobmanager.h"
#include "revisions/revisioncommand.h"
#include "workspace/workspace.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Godwit;
using namespace GodwitTest;
using namespace Qt::StringLiterals;

class TestRevisionsCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void commandArguments_data();
    void commandArguments();
    void commandArgumentErrors();
    void sqlPreviewChangesNothing();
    void upgradeThenCheck();
    void stampAndDowngrade();
    void failingCommandReportsWhy();
    void coreRunIsCancellable();
    void graphRenders();

private:
    QTemporaryDir m_dir;
    QString m_ini;
    QString m_db;
    QString m_command;
    CliRun cli(const QStringList &args) { return runCli(QStringList{u"revisions"_s} + args, {}, 180000); }
    QStringList versions() const
    {
        QStringList out;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
            db.setDatabaseName(m_db);
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(u"SELECT version_num FROM alembic_version ORDER BY version_num"_s);
                while (q.next())
                    out << q.value(0).toString();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(u"check"_s);
        return out;
    }
};

void TestRevisionsCommand::initTestCase()
{
    if (!Alembic::instance().available())
        QFAIL(qPrintable(Alembic::instance().problem()));
    m_command = Alembic::instance().commandTemplate();
}

void TestRevisionsCommand::init()
{
    // A fresh demo environment and database for every test.
    const QString folder = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()));
    m_db = folder + u"/invenio.sqlite3"_s;
    QVERIFY(createDemoRevisions(folder + u"/env"_s, m_db).ok());
    m_ini = folder + u"/env/alembic.ini"_s;
}

void TestRevisionsCommand::commandArguments_data()
{
    QTest::addColumn<QString>("templ");
    QTest::addColumn<int>("action");
    QTest::addColumn<bool>("sql");
    QTest::addColumn<QStringList>("expected");
    const int up = int(RevisionCommand::Action::Upgrade), stamp = int(RevisionCommand::Action::Stamp);
    QTest::newRow("appended") << u"alembic -c {config}"_s << up << false << QStringList{u"alembic"_s, u"-c"_s, u"/e/alembic.ini"_s, u"upgrade"_s, u"heads"_s};
    QTest::newRow("appended sql") << u"alembic -c {config}"_s << up << true
                                  << QStringList{u"alembic"_s, u"-c"_s, u"/e/alembic.ini"_s, u"upgrade"_s, u"--sql"_s, u"heads"_s};
    QTest::newRow("invenio") << u"invenio alembic {action} {target}"_s << stamp << false
                             << QStringList{u"invenio"_s, u"alembic"_s, u"stamp"_s, u"heads"_s};
    QTest::newRow("sql after action") << u"invenio alembic {action} {target}"_s << up << true
                                      << QStringList{u"invenio"_s, u"alembic"_s, u"upgrade"_s, u"--sql"_s, u"heads"_s};
    QTest::newRow("sql placeholder") << u"x {action} {target} {sql}"_s << up << true << QStringList{u"x"_s, u"upgrade"_s, u"heads"_s, u"--sql"_s};
    QTest::newRow("no sql placeholder") << u"x {action} {target} {sql}"_s << up << false << QStringList{u"x"_s, u"upgrade"_s, u"heads"_s};
    QTest::newRow("quoted") << u"\"/opt/my app/bin/alembic\" -c \"{config}\""_s << up << false
                            << QStringList{u"/opt/my app/bin/alembic"_s, u"-c"_s, u"/e/alembic.ini"_s, u"upgrade"_s, u"heads"_s};
}

void TestRevisionsCommand::commandArguments()
{
    QFETCH(QString, templ);
    QFETCH(int, action);
    QFETCH(bool, sql);
    QFETCH(QStringList, expected);
    const RevisionCommand c{templ, u"/e/alembic.ini"_s, {}};
    auto args = c.arguments(RevisionCommand::Action(action), u"heads"_s, sql);
    QVERIFY2(args.ok(), qPrintable(args.errorMessage()));
    QCOMPARE(args.value(), expected);
    QCOMPARE(c.effectiveWorkingDirectory(), u"/e"_s);
}

void TestRevisionsCommand::commandArgumentErrors()
{
    RevisionCommand c{u"alembic -c {config}"_s, {}, {}};
    QVERIFY(!c.arguments(RevisionCommand::Action::Upgrade, u"heads"_s, false).ok()); // {config} without a config
    c.config = u"/e/alembic.ini"_s;
    QVERIFY(!c.arguments(RevisionCommand::Action::Upgrade, u" "_s, false).ok());      // no target
    c.commandTemplate = u"alembic \"-c {config}"_s;
    auto r = c.arguments(RevisionCommand::Action::Upgrade, u"heads"_s, false);
    QVERIFY(!r.ok());
    QVERIFY(r.errorMessage().contains(u"quote"_s));
    QVERIFY(!RevisionCommand::actionFromName(u"upgrayedd"_s).ok());
    QCOMPARE(RevisionCommand::actionFromName(u"stamp"_s).value(), RevisionCommand::Action::Stamp);
}

void TestRevisionsCommand::sqlPreviewChangesNothing()
{
    const QStringList before = versions();
    QCOMPARE(before.size(), 6);
    const CliRun r = cli({u"upgrade"_s, u"heads"_s, u"--sql"_s, u"--config"_s, m_ini, u"--command"_s, m_command, u"--json"_s});
    QVERIFY2(r.finished && r.exitCode == 0, r.summary().constData());
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(u"ok"_s).toBool(), true);
    QCOMPARE(o.value(u"action"_s).toString(), u"upgrade"_s);
    const QString sql = o.value(u"sql"_s).toString();
    // Offline mode from base: every revision's version change is in the script.
    QVERIFY2(sql.contains(u"alembic_version"_s), qPrintable(sql.left(500)));
    for (const QString &id : {u"dbdbc1b19cf2"_s, u"5f2c9a1e7b4d"_s, u"a3f5a8635cbb"_s, u"f2522cdd5fcd"_s})
        QVERIFY2(sql.contains(id), qPrintable(id));
    QCOMPARE(versions(), before);
}

void TestRevisionsCommand::upgradeThenCheck()
{
    CliRun r = cli({u"check"_s, u"sqlite:///"_s + m_db, u"--config"_s, m_ini, u"--json"_s});
    QCOMPARE(r.exitCode, 1);
    const QStringList pending = [&] {
        QStringList out;
        for (const QJsonValue &v : r.json().object().value(u"pending"_s).toArray())
            out << v.toString();
        return out;
    }();
    QVERIFY(pending.size() >= 5);

    r = cli({u"upgrade"_s, u"heads"_s, u"--config"_s, m_ini, u"--command"_s, m_command});
    QVERIFY2(r.finished && r.exitCode == 0, r.summary().constData());
    // Alembic's own log lines stream through, one per revision Godwit predicted.
    for (const QString &id : pending)
        QVERIFY2(r.err.contains(id.toUtf8()), qPrintable(id + u" missing from:\n"_s + QString::fromUtf8(r.err)));
    QCOMPARE(r.err.count("Running upgrade"), pending.size());

    r = cli({u"check"_s, u"sqlite:///"_s + m_db, u"--config"_s, m_ini});
    QVERIFY2(r.exitCode == 0, r.summary().constData());
    const CliRun heads = cli({u"heads"_s, u"--config"_s, m_ini, u"--json"_s});
    QStringList expected;
    for (const QJsonValue &v : heads.json().object().value(u"heads"_s).toArray())
        expected << v.toObject().value(u"id"_s).toString();
    expected.sort();
    QStringList actual = versions();
    // The version table keeps heads only; dbdbc1b19cf2 is a head only through depends_on, so it is not there.
    for (const QString &v : actual)
        QVERIFY2(expected.contains(v), qPrintable(v));
}

void TestRevisionsCommand::stampAndDowngrade()
{
    CliRun r = cli({u"upgrade"_s, u"heads"_s, u"--config"_s, m_ini, u"--command"_s, m_command});
    QVERIFY2(r.finished && r.exitCode == 0, r.summary().constData());
    QVERIFY(cli({u"check"_s, u"sqlite:///"_s + m_db, u"--config"_s, m_ini}).exitCode == 0);

    r = cli({u"downgrade"_s, u"invenio_accounts@-1"_s, u"--config"_s, m_ini, u"--command"_s, m_command});
    QVERIFY2(r.finished && r.exitCode == 0, r.summary().constData());
    QVERIFY2(r.err.contains("Running downgrade f2522cdd5fcd"), r.summary().constData());
    // (62efc52773d4 needs no row of its own: 5f2c9a1e7b4d, applied, depends on it.)
    QVERIFY(!versions().contains(u"f2522cdd5fcd"_s));
    r = cli({u"check"_s, u"sqlite:///"_s + m_db, u"--config"_s, m_ini, u"--json"_s});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.json().object().value(u"pending"_s).toArray(), QJsonArray{u"f2522cdd5fcd"_s});

    // Stamp: only the version table moves, no migration runs.
    r = cli({u"stamp"_s, u"f2522cdd5fcd"_s, u"--config"_s, m_ini, u"--command"_s, m_command, u"--json"_s});
    QVERIFY2(r.finished && r.exitCode == 0, r.summary().constData());
    QCOMPARE(r.json().object().value(u"action"_s).toString(), u"stamp"_s);
    QVERIFY(!r.err.contains("Running upgrade"));
    QVERIFY(versions().contains(u"f2522cdd5fcd"_s));
    QCOMPARE(cli({u"check"_s, u"sqlite:///"_s + m_db, u"--config"_s, m_ini}).exitCode, 0);
}

void TestRevisionsCommand::failingCommandReportsWhy()
{
    // A target the scripts do not have: Alembic fails, the reason comes through in one line.
    CliRun r = cli({u"upgrade"_s, u"0000deadbeef"_s, u"--config"_s, m_ini, u"--command"_s, m_command});
    QVERIFY2(r.finished && r.exitCode == 1, r.summary().constData());
    QVERIFY2(r.err.contains("exited with code"), r.summary().constData());
    QVERIFY2(r.err.contains("0000deadbeef"), r.summary().constData());
    // A program that does not exist.
    r = cli({u"upgrade"_s, u"heads"_s, u"--config"_s, m_ini, u"--command"_s, u"/nonexistent/alembic -c {config}"_s, u"--json"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.json().object().value(u"message"_s).toString().contains(u"cannot run"_s), r.summary().constData());
    // Wrong usage.
    r = cli({u"upgrade"_s, u"--config"_s, m_ini});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(versions().size(), 6); // nothing changed
}

void TestRevisionsCommand::coreRunIsCancellable()
{
    // A command that would run for a minute is stopped by the job's cancellation within a few seconds.
    JobManager jobs;
    QElapsedTimer clock;
    clock.start();
    Error error;
    bool done = false;
    const JobId id = jobs.start(u"sleep"_s, [](JobContext &ctx) -> JobOutcome {
        auto r = runRevisionCommand({u"/bin/sh"_s, u"-c"_s, u"echo started; sleep 60"_s}, {}, &ctx);
        return r ? JobOutcome::success() : JobOutcome::failure(r.error());
    }, this, [&](const JobOutcome &o) {
        error = o.error;
        done = true;
    });
    QTest::qWait(500);
    jobs.cancel(id);
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QCOMPARE(error.kind, ErrorKind::Canceled);
    QVERIFY(clock.elapsed() < 9000);
}

void TestRevisionsCommand::graphRenders()
{
    const QString svg = m_dir.filePath(u"g.svg"_s), png = m_dir.filePath(u"g.png"_s), dotSvg = m_dir.filePath(u"gd.svg"_s);
    CliRun r = cli({u"graph"_s, u"--config"_s, m_ini, u"--format"_s, u"svg"_s, u"-o"_s, svg, u"--json"_s});
    QVERIFY2(r.exitCode == 0, r.summary().constData());
    QCOMPARE(r.json().object().value(u"revisions"_s).toInt(), 26);
    QFile f(svg);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains("a3f5a8635cbb"));
    QVERIFY(text.contains("invenio_rdm_records"));

    r = cli({u"graph"_s, u"--config"_s, m_ini, u"--format"_s, u"png"_s, u"-o"_s, png});
    QVERIFY2(r.exitCode == 0, r.summary().constData());
    QFile p(png);
    QVERIFY(p.open(QIODevice::ReadOnly));
    QVERIFY(p.read(8) == QByteArray("\x89PNG\r\n\x1a\n", 8));

    r = cli({u"graph"_s, u"--config"_s, m_ini, u"--format"_s, u"svg"_s, u"--layout"_s, u"dot"_s, u"-o"_s, dotSvg});
    QVERIFY2(r.exitCode == 0, r.summary().constData());
    QVERIFY(QFileInfo(dotSvg).size() > 1000);

    // svg and png need a file; unknown formats and layouts are usage errors.
    QCOMPARE(cli({u"graph"_s, u"--config"_s, m_ini, u"--format"_s, u"png"_s}).exitCode, 2);
    QCOMPARE(cli({u"graph"_s, u"--config"_s, m_ini, u"--format"_s, u"gif"_s, u"-o"_s, png}).exitCode, 2);
    QCOMPARE(cli({u"graph"_s, u"--config"_s, m_ini, u"--format"_s, u"svg"_s, u"--layout"_s, u"neato"_s, u"-o"_s, svg}).exitCode, 2);
    // An unwritable destination: a clear error, exit 1.
    r = cli({u"graph"_s, u"--config"_s, m_ini, u"--format"_s, u"svg"_s, u"-o"_s, u"/nonexistent/dir/g.svg"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("Cannot write"));
}

QTEST_GUILESS_MAIN(TestRevisionsCommand)
#include "tst_revisions_command.moc"
