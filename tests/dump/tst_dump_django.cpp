// SPDX-License-Identifier: GPL-3.0-or-later
// Django fixtures against real Django (Debian's python3-django) and the real servers: the small project in
// tests/dump/django is migrated by Django itself on SQLite, PostgreSQL and MariaDB. Fixtures Django's dumpdata
// writes are imported by Godwit, and Django's dumpdata of the target must equal the original; fixtures Godwit
// writes are loaded by Django's loaddata, and Django's dumpdata of that database must equal the original.
#include "dump/formats/django.h"
#include "dump/importer.h"

#include "../testsupport.h"
#include "dumptestsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#ifndef GODWIT_DJANGO_PROJECT
#error "GODWIT_DJANGO_PROJECT must name tests/dump/django"
#endif

using namespace Godwit;
using namespace Godwit::Dump;
using namespace Qt::StringLiterals;
using GodwitTest::execOn;
using GodwitTest::sqliteProfile;

namespace {

struct DjangoDb
{
    ConnectionProfile profile;
    QString secret;
    QStringList env; // GODWIT_DJANGO_* for settings.py
};

struct PyRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

PyRun manage(const DjangoDb &db, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"PYTHONDONTWRITEBYTECODE"_s, u"1"_s);
    for (const QString &e : db.env)
        env.insert(e.section(u'=', 0, 0), e.section(u'=', 1));
    p.setProcessEnvironment(env);
    p.setWorkingDirectory(QStringLiteral(GODWIT_DJANGO_PROJECT));
    p.start(u"/usr/bin/python3"_s, QStringList{u"manage.py"_s} + args);
    PyRun r;
    if (!p.waitForFinished(180000)) {
        p.kill();
        p.waitForFinished();
        r.err = "timed out";
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// Objects by (model, pk), for comparisons that do not depend on order.
QMap<QString, QJsonObject> objectsOf(const QByteArray &fixture)
{
    QMap<QString, QJsonObject> out;
    const QJsonArray array = QJsonDocument::fromJson(fixture).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        out.insert(o[u"model"_s].toString() + u'#' + o[u"pk"_s].toVariant().toString(), o);
    }
    return out;
}

const QStringList dumpdataArgs{u"dumpdata"_s, u"--natural-foreign"_s, u"-e"_s, u"contenttypes"_s, u"-e"_s, u"auth.permission"_s};

} // namespace

class TestDumpDjango : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void dumpdataIntoGodwit_data();
    void dumpdataIntoGodwit();
    void godwitIntoLoaddata_data();
    void godwitIntoLoaddata();
    void inventreeMetadataAndBadFixtures();

private:
    DjangoDb freshDatabase(const QString &engine);
    QTemporaryDir m_dir;
    DjangoDb m_source;
    QByteArray m_fixture; // Django's dumpdata of the source
    QString m_fixturePath;
    ConnectionProfile m_pgAdmin, m_mariaAdmin;
    QString m_pgSecret, m_mariaSecret;
    QStringList m_pgDatabases, m_mariaDatabases;
};

DjangoDb TestDumpDjango::freshDatabase(const QString &engine)
{
    DjangoDb db;
    const QString name = GodwitTest::uniqueName(u"gw_dj_"_s);
    if (engine == u"sqlite"_s) {
        db.profile = sqliteProfile(m_dir.filePath(name + u".sqlite3"_s));
        db.env = {u"GODWIT_DJANGO_ENGINE=sqlite"_s, u"GODWIT_DJANGO_NAME="_s + db.profile.database};
    } else {
        const bool pg = engine == u"postgresql"_s;
        const ConnectionProfile &admin = pg ? m_pgAdmin : m_mariaAdmin;
        db.secret = pg ? m_pgSecret : m_mariaSecret;
        const Status st = execOn(admin, db.secret, {u"CREATE DATABASE "_s + name});
        if (!st)
            qWarning("%s", qPrintable(st.errorMessage()));
        (pg ? m_pgDatabases : m_mariaDatabases).append(name);
        db.profile = admin;
        db.profile.id = ConnectionProfile::newId();
        db.profile.database = name;
        db.env = {u"GODWIT_DJANGO_ENGINE="_s + engine, u"GODWIT_DJANGO_NAME="_s + name, u"GODWIT_DJANGO_USER="_s + admin.user,
                  u"GODWIT_DJANGO_PASSWORD="_s + db.secret, u"GODWIT_DJANGO_HOST="_s + admin.host,
                  u"GODWIT_DJANGO_PORT="_s + QString::number(admin.port)};
    }
    const PyRun migrated = manage(db, {u"migrate"_s, u"-v"_s, u"0"_s});
    if (migrated.exitCode != 0)
        qWarning("migrate failed: %s", migrated.err.constData());
    return db;
}

void TestDumpDjango::initTestCase()
{
    GODWIT_REQUIRE_ENV(u"GODWIT_TEST_PG_URL"_s, u"GODWIT_TEST_MARIADB_URL"_s);
    QVERIFY2(QFileInfo::exists(u"/usr/bin/python3"_s), "Debian's python3 is missing");
    auto pg = parseConnectionUrl(GodwitTest::env("GODWIT_TEST_PG_URL"));
    auto maria = parseConnectionUrl(GodwitTest::env("GODWIT_TEST_MARIADB_URL"));
    QVERIFY(pg.ok() && maria.ok());
    m_pgAdmin = pg->profile;
    m_pgSecret = pg->secret;
    m_mariaAdmin = maria->profile;
    m_mariaSecret = maria->secret;

    m_source = freshDatabase(u"sqlite"_s);
    QVERIFY2(QFileInfo(m_source.profile.database).size() > 0, "Django's migrate did not run (is python3-django installed?)");
    const PyRun populated = manage(m_source, {u"shell"_s, u"-c"_s, u"import inventory.populate"_s});
    QVERIFY2(populated.exitCode == 0, populated.err.constData());
    const PyRun dumped = manage(m_source, dumpdataArgs);
    QVERIFY2(dumped.exitCode == 0, dumped.err.constData());
    m_fixture = dumped.out;
    QCOMPARE(objectsOf(m_fixture).size(), 51);
    m_fixturePath = m_dir.filePath(u"dumpdata.json"_s);
    QFile f(m_fixturePath);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(m_fixture);
}

void TestDumpDjango::cleanupTestCase()
{
    for (const QString &db : std::as_const(m_pgDatabases))
        execOn(m_pgAdmin, m_pgSecret, {u"DROP DATABASE IF EXISTS %1 WITH (FORCE)"_s.arg(db)});
    for (const QString &db : std::as_const(m_mariaDatabases))
        execOn(m_mariaAdmin, m_mariaSecret, {u"DROP DATABASE IF EXISTS %1"_s.arg(db)});
}

void TestDumpDjango::dumpdataIntoGodwit_data()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("SQLite") << u"sqlite"_s;
    QTest::newRow("PostgreSQL") << u"postgresql"_s;
    QTest::newRow("MariaDB") << u"mysql"_s;
}

void TestDumpDjango::dumpdataIntoGodwit()
{
    QFETCH(QString, engine);
    const DjangoDb target = freshDatabase(engine);
    ImportOptions options;
    auto report = preflightFixture(m_fixturePath, target.profile, target.secret, options, nullptr);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QVERIFY(report->canImport);
    // Users and groups before parts: the load order follows the foreign keys.
    QVERIFY(report->loadOrder.indexOf(u"auth_user"_s) < report->loadOrder.indexOf(u"inventory_part"_s));
    auto imported = importFixture(m_fixturePath, target.profile, target.secret, options, nullptr);
    QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
    QCOMPARE(imported->rowsWritten, 51);
    QVERIFY(imported->verified);

    // Django sees exactly what it exported.
    const PyRun dumped = manage(target, dumpdataArgs);
    QVERIFY2(dumped.exitCode == 0, dumped.err.constData());
    const auto expected = objectsOf(m_fixture);
    const auto actual = objectsOf(dumped.out);
    QCOMPARE(actual.keys(), expected.keys());
    for (auto it = expected.begin(); it != expected.end(); ++it)
        QVERIFY2(actual.value(it.key()) == it.value(),
                 qPrintable(it.key() + u"\n"_s + QString::fromUtf8(QJsonDocument(it.value()).toJson()) + u"\n"_s
                            + QString::fromUtf8(QJsonDocument(actual.value(it.key())).toJson())));
    // Exported again from this engine (many-to-many tables read beside their rows), Django's loaddata takes it
    // and dumpdata gives the same objects.
    if (engine != u"sqlite"_s) {
        const QString out = m_dir.filePath(u"from-"_s + engine + u".json"_s);
        ExportOptions ex;
        ex.exclude = {u"django_content_type"_s, u"auth_permission"_s};
        ex.overwrite = true;
        auto exported = exportFixture(target.profile, target.secret, out, ex, FixtureExportOptions{}, nullptr);
        QVERIFY2(exported.ok(), qPrintable(exported.errorMessage()));
        QCOMPARE(exported->objects, 51);
        const DjangoDb back = freshDatabase(u"sqlite"_s);
        const PyRun loaded = manage(back, {u"loaddata"_s, out});
        QVERIFY2(loaded.exitCode == 0, loaded.err.constData());
        const auto roundTrip = objectsOf(manage(back, dumpdataArgs).out);
        QCOMPARE(roundTrip.keys(), expected.keys());
        for (auto it = expected.begin(); it != expected.end(); ++it)
            QVERIFY2(roundTrip.value(it.key()) == it.value(), qPrintable(it.key()));
    }

    // Sequences moved past the imported ids: Django can add a part.
    const PyRun added = manage(target, {u"shell"_s, u"-c"_s,
                                        u"from inventory.models import Part; import datetime; "
                                        "print(Part.objects.create(name='new', created=datetime.datetime.now(datetime.timezone.utc)).pk)"_s});
    QVERIFY2(added.exitCode == 0, added.err.constData());
    QCOMPARE(added.out.trimmed(), QByteArray("41"));

    // A second import collides on every key: refused before anything is written.
    auto again = importFixture(m_fixturePath, target.profile, target.secret, options, nullptr);
    QVERIFY(!again.ok());
    QVERIFY2(again.errorMessage().contains(u"already exist"_s), qPrintable(again.errorMessage()));
    // With --clear it replaces what is there.
    options.clear = true;
    auto cleared = importFixture(m_fixturePath, target.profile, target.secret, options, nullptr);
    QVERIFY2(cleared.ok(), qPrintable(cleared.errorMessage()));
    QVERIFY(cleared->verified);
    QCOMPARE(objectsOf(manage(target, dumpdataArgs).out).keys(), expected.keys());
}

void TestDumpDjango::godwitIntoLoaddata_data()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("SQLite → PostgreSQL") << u"postgresql"_s;
    QTest::newRow("SQLite → MariaDB") << u"mysql"_s;
    QTest::newRow("SQLite → SQLite") << u"sqlite"_s;
}

void TestDumpDjango::godwitIntoLoaddata()
{
    QFETCH(QString, engine);
    const QString out = m_dir.filePath(u"godwit-"_s + engine + u".json"_s);
    ExportOptions options;
    options.exclude = {u"django_content_type"_s, u"auth_permission"_s}; // recreated by migrate, as dumpdata users leave them out
    options.overwrite = true;
    auto exported = exportFixture(m_source.profile, {}, out, options, FixtureExportOptions{}, nullptr);
    QVERIFY2(exported.ok(), qPrintable(exported.errorMessage()));
    QCOMPARE(exported->objects, 51);
    QVERIFY(exported->skippedTables.contains(u"django_migrations"_s));

    const DjangoDb target = freshDatabase(engine);
    const PyRun loaded = manage(target, {u"loaddata"_s, out});
    QVERIFY2(loaded.exitCode == 0, loaded.err.constData());
    QVERIFY2(loaded.out.contains("Installed 51 object(s)"), loaded.out.constData());
    const PyRun dumped = manage(target, dumpdataArgs);
    QVERIFY2(dumped.exitCode == 0, dumped.err.constData());
    const auto expected = objectsOf(m_fixture);
    const auto actual = objectsOf(dumped.out);
    QCOMPARE(actual.keys(), expected.keys());
    for (auto it = expected.begin(); it != expected.end(); ++it)
        QVERIFY2(actual.value(it.key()) == it.value(),
                 qPrintable(it.key() + u"\n"_s + QString::fromUtf8(QJsonDocument(it.value()).toJson()) + u"\n"_s
                            + QString::fromUtf8(QJsonDocument(actual.value(it.key())).toJson())));
}

void TestDumpDjango::inventreeMetadataAndBadFixtures()
{
    // InvenTree's export-records leads with a metadata object.
    QByteArray withMeta = m_fixture;
    withMeta.replace(0, withMeta.indexOf('[') + 1,
                     "[{\"metadata\": true, \"source_version\": \"0.17.0\", \"exported_at\": \"2026-11-30T10:00:00\", "
                     "\"installed_apps\": [\"inventory\"]},");
    const QString metaPath = m_dir.filePath(u"inventree.json"_s);
    QFile f(metaPath);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(withMeta);
    f.close();
    FixtureInfo info;
    const DjangoDb target = freshDatabase(u"sqlite"_s);
    auto report = preflightFixture(metaPath, target.profile, {}, ImportOptions{}, nullptr, &info);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    QCOMPARE(info.metadata[u"source_version"_s].toString(), u"0.17.0"_s);
    QCOMPARE(info.objects, 51);
    QVERIFY(std::any_of(report->issues.begin(), report->issues.end(), [](const PreflightIssue &i) { return i.message.contains(u"0.17.0"_s); }));
    auto imported = importFixture(metaPath, target.profile, {}, ImportOptions{}, nullptr);
    QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
    QCOMPARE(imported->rowsWritten, 51);

    // A truncated fixture: a clear message, nothing written.
    const QString truncated = m_dir.filePath(u"truncated.json"_s);
    QFile t(truncated);
    QVERIFY(t.open(QIODevice::WriteOnly));
    t.write(m_fixture.left(m_fixture.size() * 2 / 3));
    t.close();
    const DjangoDb empty = freshDatabase(u"sqlite"_s);
    auto bad = importFixture(truncated, empty.profile, {}, ImportOptions{}, nullptr);
    QVERIFY(!bad.ok());
    QVERIFY2(bad.errorMessage().contains(u"truncated"_s), qPrintable(bad.errorMessage()));
    QCOMPARE(GodwitTest::countRows(empty.profile, {}, u"inventory_part"_s), 0);

    // A database the migrations never ran on: the pre-flight says what to do.
    const ConnectionProfile bare = sqliteProfile(m_dir.filePath(u"bare.sqlite3"_s));
    QVERIFY(execOn(bare, {}, {u"CREATE TABLE unrelated (id INTEGER PRIMARY KEY)"_s}).ok());
    auto unmigrated = preflightFixture(m_fixturePath, bare, {}, ImportOptions{}, nullptr);
    QVERIFY(unmigrated.ok());
    QVERIFY(!unmigrated->canImport);
    QVERIFY(std::any_of(unmigrated->issues.begin(), unmigrated->issues.end(),
                        [](const PreflightIssue &i) { return i.message.contains(u"run the application's migrations first"_s); }));

    // A field the target does not know: a problem, or left out with --ignore-nonexistent.
    QByteArray extra = m_fixture;
    extra.replace("\"name\": \"red\"", "\"name\": \"red\", \"colour\": \"#f00\"");
    const QString extraPath = m_dir.filePath(u"extra.json"_s);
    QFile e(extraPath);
    QVERIFY(e.open(QIODevice::WriteOnly));
    e.write(extra);
    e.close();
    const DjangoDb fresh = freshDatabase(u"sqlite"_s);
    auto refused = importFixture(extraPath, fresh.profile, {}, ImportOptions{}, nullptr);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.errorMessage().contains(u"colour"_s), qPrintable(refused.errorMessage()));
    ImportOptions lenient;
    lenient.ignoreNonexistent = true;
    auto accepted = importFixture(extraPath, fresh.profile, {}, lenient, nullptr);
    QVERIFY2(accepted.ok(), qPrintable(accepted.errorMessage()));
    QCOMPARE(accepted->rowsWritten, 51);
}

QTEST_GUILESS_MAIN(TestDumpDjango)
#include "tst_dump_django.moc"
