// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisions/alembicconfig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Godwit;
using namespace Qt::StringLiterals;

namespace {

void writeFile(const QString &path, const QString &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content.toUtf8());
}

} // namespace

class TestAlembicConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void iniLikeConfigParser();
    void interpolationErrors_data();
    void interpolationErrors();
    void splitVersionLocations_data();
    void splitVersionLocations();
    void loadsEnvironment();
    void separatorWithInlineComment();
    void packageResources();
    void problems_data();
    void problems();
    void fromVersionLocations();
};

void TestAlembicConfig::iniLikeConfigParser()
{
    const QString text = u"# comment\n"
                         "[DEFAULT]\n"
                         "root = /srv\n"
                         "\n"
                         "[alembic]\n"
                         "Script_Location = %(root)s/migrations\n"
                         "percent = 100%%\n"
                         "multi = first\n"
                         "    second\n"
                         "    # a comment inside the value\n"
                         "\n"
                         "    third\n"
                         "colon: value with = sign\n"
                         "; another comment\n"
                         "empty =\n"
                         "[other]\n"
                         "x = %(here)s\n"_s;
    auto ini = IniFile::parse(text, u"/etc/alembic.ini"_s, {{u"here"_s, u"/etc"_s}});
    QVERIFY2(ini, qPrintable(ini.errorMessage()));
    QCOMPARE(ini->sections(), (QStringList{u"alembic"_s, u"other"_s}));
    QCOMPARE(ini->value(u"alembic"_s, u"script_location"_s).value(), u"/srv/migrations"_s);
    QCOMPARE(ini->value(u"alembic"_s, u"SCRIPT_LOCATION"_s).value(), u"/srv/migrations"_s);
    QCOMPARE(ini->value(u"alembic"_s, u"percent"_s).value(), u"100%"_s);
    QCOMPARE(ini->value(u"alembic"_s, u"multi"_s).value(), u"first\nsecond\nthird"_s);
    QCOMPARE(ini->value(u"alembic"_s, u"colon"_s).value(), u"value with = sign"_s);
    QCOMPARE(ini->value(u"alembic"_s, u"empty"_s).value(), QString());
    QCOMPARE(ini->value(u"other"_s, u"x"_s).value(), u"/etc"_s);
    QCOMPARE(ini->value(u"other"_s, u"root"_s).value(), u"/srv"_s); // DEFAULT applies to every section
    QCOMPARE(ini->lineOf(u"alembic"_s, u"multi"_s), 8);
    QVERIFY(!ini->value(u"alembic"_s, u"missing"_s));
    QVERIFY(ini->keys(u"alembic"_s).contains(u"root"_s));
}

void TestAlembicConfig::interpolationErrors_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("contains");
    QTest::newRow("unknown name") << u"%(nothere)s/x"_s << u"not set"_s;
    QTest::newRow("lone percent") << u"50% off"_s << u"must be followed"_s;
    QTest::newRow("bad reference") << u"%(open"_s << u"bad interpolation"_s;
    QTest::newRow("loop") << u"%(a)s"_s << u"nested too deeply"_s;
}

void TestAlembicConfig::interpolationErrors()
{
    QFETCH(QString, value);
    QFETCH(QString, contains);
    auto ini = IniFile::parse(u"[alembic]\na = %(b)s\nb = %(a)s\nkey = "_s + value + u'\n');
    QVERIFY(ini);
    const auto v = ini->value(u"alembic"_s, u"key"_s);
    QVERIFY(!v);
    QVERIFY2(v.errorMessage().contains(contains), qPrintable(v.errorMessage()));
}

void TestAlembicConfig::splitVersionLocations_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("legacy spaces and commas (Alembic 1.8 without a separator)")
        << u"/a/v /b/v,/c/v, /d/v"_s << u"version_path_separator"_s << QString()
        << QStringList{u"/a/v"_s, u"/b/v"_s, u"/c/v"_s, u"/d/v"_s};
    QTest::newRow("legacy over lines") << u"/a/v\n/b/v"_s << u"version_path_separator"_s << QString()
                                       << QStringList{u"/a/v"_s, u"/b/v"_s};
    QTest::newRow("os") << u"/a/v:/b v/w"_s << u"version_path_separator"_s << u"os"_s << QStringList{u"/a/v"_s, u"/b v/w"_s};
    QTest::newRow("space") << u"/a/v  /b/v"_s << u"path_separator"_s << u"space"_s << QStringList{u"/a/v"_s, u"/b/v"_s};
    QTest::newRow("newline") << u"/a/v\n/b v/w\n"_s << u"path_separator"_s << u"newline"_s << QStringList{u"/a/v"_s, u"/b v/w"_s};
    QTest::newRow("semicolon") << u"/a/v;/b/v"_s << u"path_separator"_s << u";"_s << QStringList{u"/a/v"_s, u"/b/v"_s};
    QTest::newRow("colon") << u"/a/v:/b/v"_s << u"version_path_separator"_s << u":"_s << QStringList{u"/a/v"_s, u"/b/v"_s};
}

void TestAlembicConfig::splitVersionLocations()
{
    QFETCH(QString, value);
    QFETCH(QString, key);
    QFETCH(QString, separator);
    QFETCH(QStringList, expected);
    const auto r = Godwit::splitVersionLocations(value, key, separator);
    QVERIFY2(r, qPrintable(r.errorMessage()));
    QCOMPARE(r.value(), expected);
    const auto bad = Godwit::splitVersionLocations(value, key, u"comma"_s);
    QVERIFY(!bad);
    QVERIFY(bad.errorMessage().contains(key));
}

void TestAlembicConfig::loadsEnvironment()
{
    QTemporaryDir dir;
    writeFile(dir.filePath(u"alembic.ini"_s), u"[alembic]\n"
                                              "script_location = migrations\n"
                                              "version_locations = %(here)s/core modules/records\n"
                                              "recursive_version_locations = true\n"
                                              "file_template = %%(year)d_%%(month).2d_%%(rev)s_%%(slug)s\n"
                                              "truncate_slug_length = 20\n"
                                              "timezone = UTC\n"
                                              "databases = engine1, engine2\n"
                                              "sqlalchemy.url = sqlite:///%(here)s/app.db\n"_s);
    QDir(dir.path()).mkpath(u"migrations"_s);
    writeFile(dir.filePath(u"migrations/script.py.mako"_s), u"${message}"_s);
    auto c = AlembicConfig::load(dir.filePath(u"alembic.ini"_s));
    QVERIFY2(c, qPrintable(c.errorMessage()));
    const QString here = QDir(dir.path()).absolutePath();
    QCOMPARE(c->scriptLocation, here + u"/migrations"_s);
    QCOMPARE(c->versionLocations, (QStringList{here + u"/core"_s, here + u"/modules/records"_s}));
    QVERIFY(c->versionLocationsConfigured);
    QVERIFY(c->recursiveVersionLocations);
    QCOMPARE(c->fileTemplate, u"%(year)d_%(month).2d_%(rev)s_%(slug)s"_s);
    QCOMPARE(c->truncateSlugLength, 20);
    QCOMPARE(c->timezone, u"UTC"_s);
    QCOMPARE(c->sqlalchemyUrl, u"sqlite:///"_s + here + u"/app.db"_s);
    QCOMPARE(c->mainOptions.value(u"databases"_s), u"engine1, engine2"_s);
    QCOMPARE(c->templatePath(), here + u"/migrations/script.py.mako"_s);

    // Without version_locations: script_location/versions.
    writeFile(dir.filePath(u"plain.ini"_s), u"[alembic]\nscript_location = %(here)s/migrations\n"_s);
    auto plain = AlembicConfig::load(dir.filePath(u"plain.ini"_s));
    QVERIFY(plain);
    QCOMPARE(plain->versionLocations, QStringList{here + u"/migrations/versions"_s});
    QVERIFY(!plain->versionLocationsConfigured);

    // Another section (alembic -n).
    writeFile(dir.filePath(u"multi.ini"_s), u"[alembic]\nscript_location = nothere\n[tenant]\nscript_location = migrations\n"_s);
    auto tenant = AlembicConfig::load(dir.filePath(u"multi.ini"_s), u"tenant"_s);
    QVERIFY2(tenant, qPrintable(tenant.errorMessage()));
    QCOMPARE(tenant->scriptLocation, here + u"/migrations"_s);
}

void TestAlembicConfig::separatorWithInlineComment()
{
    // Alembic 1.8's own template writes "version_path_separator = os  # Use os.pathsep...".
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(u"migrations"_s);
    writeFile(dir.filePath(u"alembic.ini"_s),
              u"[alembic]\nscript_location = migrations\nversion_locations = %(here)s/a:%(here)s/b\n"
              "version_path_separator = os  # Use os.pathsep. Default configuration used for new projects.\n"_s);
    auto c = AlembicConfig::load(dir.filePath(u"alembic.ini"_s));
    QVERIFY2(c, qPrintable(c.errorMessage()));
    QCOMPARE(c->versionLocations.size(), 2);
    QCOMPARE(c->diagnostics.size(), 1);
    QCOMPARE(c->diagnostics.first().code, u"ini-inline-comment"_s);
    QCOMPARE(c->diagnostics.first().line, 4);

    // path_separator (Alembic 1.16) wins over version_path_separator.
    writeFile(dir.filePath(u"new.ini"_s), u"[alembic]\nscript_location = migrations\nversion_locations =\n    %(here)s/a b\n"
                                          "    %(here)s/c\npath_separator = newline\nversion_path_separator = space\n"_s);
    auto n = AlembicConfig::load(dir.filePath(u"new.ini"_s));
    QVERIFY2(n, qPrintable(n.errorMessage()));
    const QString here = QDir(dir.path()).absolutePath();
    QCOMPARE(n->versionLocations, (QStringList{here + u"/a b"_s, here + u"/c"_s}));
}

void TestAlembicConfig::packageResources()
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(u"src/myapp/db/migrations/versions"_s);
    QDir(dir.path()).mkpath(u"plugins/otherpkg/alembic"_s);
    writeFile(dir.filePath(u"alembic.ini"_s), u"[alembic]\nprepend_sys_path = . src\nscript_location = myapp.db:migrations\n"
                                              "version_locations = myapp.db:migrations/versions plugins/otherpkg/alembic\n"_s);
    auto c = AlembicConfig::load(dir.filePath(u"alembic.ini"_s));
    QVERIFY2(c, qPrintable(c.errorMessage()));
    const QString here = QDir(dir.path()).absolutePath();
    QCOMPARE(c->scriptLocation, here + u"/src/myapp/db/migrations"_s);
    QCOMPARE(c->versionLocations, (QStringList{here + u"/src/myapp/db/migrations/versions"_s, here + u"/plugins/otherpkg/alembic"_s}));

    writeFile(dir.filePath(u"missing.ini"_s), u"[alembic]\nscript_location = notinstalled:migrations\n"_s);
    auto missing = AlembicConfig::load(dir.filePath(u"missing.ini"_s));
    QVERIFY(!missing);
    QVERIFY2(missing.errorMessage().contains(u"--versions"_s), qPrintable(missing.errorMessage()));
}

void TestAlembicConfig::problems_data()
{
    QTest::addColumn<QString>("ini");
    QTest::addColumn<QString>("contains");
    QTest::newRow("no section") << u"[other]\nx = 1\n"_s << u"[alembic]"_s;
    QTest::newRow("no script_location") << u"[alembic]\nx = 1\n"_s << u"script_location"_s;
    QTest::newRow("missing folder") << u"[alembic]\nscript_location = nothere\n"_s << u"does not exist"_s;
    QTest::newRow("bad separator") << u"[alembic]\nscript_location = .\nversion_locations = a b\nversion_path_separator = comma\n"_s
                                   << u"not a valid value"_s;
    QTest::newRow("value before a section") << u"x = 1\n[alembic]\n"_s << u"before the first"_s;
    QTest::newRow("garbage line") << u"[alembic]\nthis is not an option\n"_s << u"cannot read"_s;
    QTest::newRow("bad interpolation") << u"[alembic]\nscript_location = %(nope)s\n"_s << u"nope"_s;
}

void TestAlembicConfig::problems()
{
    QFETCH(QString, ini);
    QFETCH(QString, contains);
    QTemporaryDir dir;
    writeFile(dir.filePath(u"alembic.ini"_s), ini);
    auto c = AlembicConfig::load(dir.filePath(u"alembic.ini"_s));
    QVERIFY(!c);
    QVERIFY2(c.errorMessage().contains(contains), qPrintable(c.errorMessage()));
    QVERIFY(!AlembicConfig::load(dir.filePath(u"nothere.ini"_s)));
}

void TestAlembicConfig::fromVersionLocations()
{
    QTemporaryDir dir;
    QDir(dir.path()).mkpath(u"migrations/versions"_s);
    QDir(dir.path()).mkpath(u"bare"_s);
    writeFile(dir.filePath(u"migrations/env.py"_s), u"# env"_s);
    const AlembicConfig c = AlembicConfig::fromVersionLocations({dir.filePath(u"migrations/versions"_s)});
    QCOMPARE(c.versionLocations.size(), 1);
    QVERIFY(!c.versionLocationsConfigured);
    QCOMPARE(c.scriptLocation, QDir(dir.path()).absoluteFilePath(u"migrations"_s));
    const AlembicConfig bare = AlembicConfig::fromVersionLocations({dir.filePath(u"bare"_s), dir.filePath(u"migrations/versions"_s)}, true);
    QVERIFY(bare.scriptLocation.isEmpty());
    QVERIFY(bare.templatePath().isEmpty());
    QVERIFY(bare.versionLocationsConfigured);
    QVERIFY(bare.recursiveVersionLocations);
}

QTEST_GUILESS_MAIN(TestAlembicConfig)
#include "tst_alembicconfig.moc"
