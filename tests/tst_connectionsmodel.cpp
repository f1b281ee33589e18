// SPDX-License-Identifier: GPL-3.0-or-later
#include "connections/connectionsmodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Godwit;
using namespace Qt::StringLiterals;

namespace {

ConnectionProfile fromUrl(const QString &name, const QString &url, QString *secret = nullptr,
                          ConnectionKind hint = ConnectionKind::Database)
{
    const auto parsed = parseConnectionUrl(url, hint);
    if (!parsed)
        qFatal("bad test URL %s", qPrintable(url));
    ConnectionProfile p = parsed->profile;
    p.id = ConnectionProfile::newId();
    p.name = name;
    if (secret)
        *secret = parsed->secret;
    return p;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

} // namespace

class TestConnectionsModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void upsertAndRemove();
    void nameConflicts();
    void saveLoadRoundTrip();
    void missingFileIsEmpty();
    void unreadableFileIsNotOverwritten_data();
    void unreadableFileIsNotOverwritten();
    void savedFileHasNoSecret();
    void testStates();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
};

void TestConnectionsModel::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = m_dir->filePath(u"sub/connections.json"_s); // the folder does not exist yet
}

void TestConnectionsModel::cleanup() { m_dir.reset(); }

void TestConnectionsModel::upsertAndRemove()
{
    ConnectionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.load(m_file).ok());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.fileName(), m_file);

    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    const ConnectionProfile pg = fromUrl(u"Invenio PG"_s, u"postgresql://invenio@db/invenio"_s);
    const ConnectionProfile os = fromUrl(u"Search"_s, u"https://search:9200"_s, nullptr, ConnectionKind::Search);
    QVERIFY(model.upsert(pg).ok());
    QVERIFY(QFile::exists(m_file));
    QVERIFY(model.upsert(os).ok());
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(model.rowCount(), 2);

    const QModelIndex first = model.index(0);
    QCOMPARE(model.data(first).toString(), u"Invenio PG"_s);
    QCOMPARE(model.data(first, ConnectionsModel::IdRole).toString(), pg.id);
    QCOMPARE(model.data(first, ConnectionsModel::EngineRole).toInt(), int(Engine::PostgreSQL));
    QCOMPARE(model.data(first, ConnectionsModel::KindRole).toInt(), int(ConnectionKind::Database));
    QCOMPARE(model.data(first, ConnectionsModel::UrlRole).toString(), u"postgresql://invenio@db/invenio"_s);
    QVERIFY(model.data(first, ConnectionsModel::ProfileRole).value<ConnectionProfile>() == pg);
    QCOMPARE(model.data(model.index(1), ConnectionsModel::KindRole).toInt(), int(ConnectionKind::Search));

    QCOMPARE(model.find(pg.id), 0);
    QCOMPARE(model.find(u"Search"_s), 1);
    QCOMPARE(model.find(u"search"_s), -1); // names are exact
    QCOMPARE(model.rowOf(os.id), 1);
    QVERIFY(model.profile(os.id) == os);
    QVERIFY(model.profile(u"nope"_s).id.isEmpty());

    // Same id: replaced in place, no new row.
    ConnectionProfile renamed = pg;
    renamed.name = u"Invenio (production)"_s;
    renamed.port = 5433;
    QVERIFY(model.upsert(renamed).ok());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(inserted.count(), 2);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(model.profileAt(0).name, u"Invenio (production)"_s);
    QCOMPARE(model.profileAt(0).port, 5433);

    // A profile without id gets one.
    ConnectionProfile noId = fromUrl(u"Local"_s, u"sqlite:////tmp/x.db"_s);
    noId.id.clear();
    QVERIFY(model.upsert(noId).ok());
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(!model.profileAt(2).id.isEmpty());

    QVERIFY(model.remove(pg.id).ok());
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.find(pg.id), -1);
    const auto again = model.remove(pg.id);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, ErrorKind::NotFound);
    QCOMPARE(model.rowCount(), 2);

    // Every change was saved.
    ConnectionsModel reread;
    QVERIFY(reread.load(m_file).ok());
    QCOMPARE(reread.profiles(), model.profiles());
}

void TestConnectionsModel::nameConflicts()
{
    ConnectionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.load(m_file).ok());
    const ConnectionProfile a = fromUrl(u"A"_s, u"postgresql://u@h/a"_s);
    const ConnectionProfile b = fromUrl(u"B"_s, u"postgresql://u@h/b"_s);
    QVERIFY(model.upsert(a).ok());
    QVERIFY(model.upsert(b).ok());
    const QByteArray saved = readAll(m_file);

    ConnectionProfile clash = b;
    clash.name = u"A"_s; // renaming B to A
    const auto renamed = model.upsert(clash);
    QVERIFY(!renamed.ok());
    QCOMPARE(renamed.error().kind, ErrorKind::InvalidInput);
    QVERIFY(renamed.errorMessage().contains(u"A"_s));
    QCOMPARE(model.profileAt(1).name, u"B"_s);

    const auto added = model.upsert(fromUrl(u"A"_s, u"postgresql://u@h/other"_s)); // a new one named A
    QVERIFY(!added.ok());
    QCOMPARE(model.rowCount(), 2);

    ConnectionProfile blank = fromUrl(u"x"_s, u"postgresql://u@h/c"_s);
    blank.name = u"   "_s;
    QCOMPARE(model.upsert(blank).error().kind, ErrorKind::InvalidInput);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(readAll(m_file), saved); // nothing failed was written

    // Keeping one's own name is no conflict.
    ConnectionProfile same = a;
    same.database = u"a2"_s;
    QVERIFY(model.upsert(same).ok());
}

void TestConnectionsModel::saveLoadRoundTrip()
{
    QList<ConnectionProfile> profiles;
    profiles << fromUrl(u"PG"_s, u"postgresql+psycopg2://rdm@db.example.org:5433/rdm?sslmode=require"_s)
             << fromUrl(u"Maria"_s, u"mysql://inventree@127.0.0.1/inventree"_s)
             << fromUrl(u"File « été »"_s, u"sqlite:////var/lib/inventree/db.sqlite3"_s);
    ConnectionProfile search = fromUrl(u"Cluster"_s, u"https://admin@os1:9200"_s, nullptr, ConnectionKind::Search);
    search.urls << u"https://os2:9200"_s;
    search.indexPrefix = u"rdm-"_s;
    search.caFile = u"/etc/ca.pem"_s;
    search.verifyTls = false;
    search.source = u"invenio.cfg"_s;
    profiles << search;
    {
        ConnectionsModel model;
        QVERIFY(model.load(m_file).ok());
        for (const ConnectionProfile &p : std::as_const(profiles))
            QVERIFY(model.upsert(p).ok());
    }
    const QJsonDocument doc = QJsonDocument::fromJson(readAll(m_file));
    QVERIFY(doc.isObject());
    QCOMPARE(doc.object().value(u"format"_s).toString(), u"godwit-connections"_s);
    QCOMPARE(doc.object().value(u"version"_s).toInt(), 1);
    QCOMPARE(doc.object().value(u"connections"_s).toArray().size(), 4);

    ConnectionsModel loaded;
    QAbstractItemModelTester tester(&loaded, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&loaded, &QAbstractItemModel::modelReset);
    QVERIFY(loaded.load(m_file).ok());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(loaded.rowCount(), 4);
    QCOMPARE(loaded.profiles(), profiles);

    // Saving what was loaded changes nothing.
    const QByteArray before = readAll(m_file);
    QVERIFY(loaded.save().ok());
    QCOMPARE(readAll(m_file), before);
}

void TestConnectionsModel::missingFileIsEmpty()
{
    ConnectionsModel model;
    QVERIFY(model.load(m_file).ok());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!QFile::exists(m_file)); // loading creates nothing
}

void TestConnectionsModel::unreadableFileIsNotOverwritten_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("truncated JSON") << QByteArray(R"({"format": "godwit-connections", "connections": [{"id": "x", "na)");
    QTest::newRow("not JSON at all") << QByteArray("connections:\n  - name: A\n");
    QTest::newRow("JSON, but an array") << QByteArray(R"([{"id": "x", "name": "A", "engine": "sqlite"}])");
    QTest::newRow("JSON, connections is not a list") << QByteArray(R"({"connections": {"name": "A"}})");
}

void TestConnectionsModel::unreadableFileIsNotOverwritten()
{
    QFETCH(QByteArray, content);
    QVERIFY(QDir().mkpath(QFileInfo(m_file).absolutePath()));
    QVERIFY(writeFile(m_file, content));

    ConnectionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto loaded = model.load(m_file);
    QVERIFY(!loaded.ok());
    QCOMPARE(loaded.error().kind, ErrorKind::InvalidInput);
    QVERIFY(loaded.errorMessage().contains(m_file));
    QCOMPARE(model.rowCount(), 0);

    // Whatever happens next, the file the user may still repair is left alone.
    const auto added = model.upsert(fromUrl(u"New"_s, u"postgresql://u@h/db"_s));
    QVERIFY(!added.ok());
    QVERIFY(!model.save().ok());
    QCOMPARE(readAll(m_file), content);

    // Once it is repaired, loading works again and saving is allowed.
    QVERIFY(writeFile(m_file, R"({"connections": []})"));
    QVERIFY(model.load(m_file).ok());
    QVERIFY(model.upsert(fromUrl(u"New"_s, u"postgresql://u@h/db"_s)).ok());
    QVERIFY(readAll(m_file).contains("\"New\""));
}

void TestConnectionsModel::savedFileHasNoSecret()
{
    ConnectionsModel model;
    QVERIFY(model.load(m_file).ok());
    QString pgSecret, searchSecret;
    QVERIFY(model.upsert(fromUrl(u"PG"_s, u"postgresql://invenio:Hunter2Secret@db/invenio"_s, &pgSecret)).ok());
    QVERIFY(model.upsert(fromUrl(u"OS"_s, u"https://admin:OsSecret%2F9@search:9200"_s, &searchSecret,
                                 ConnectionKind::Search)).ok());
    QCOMPARE(pgSecret, u"Hunter2Secret"_s);
    QCOMPARE(searchSecret, u"OsSecret/9"_s);
    const QByteArray saved = readAll(m_file);
    QVERIFY(!saved.isEmpty());
    QVERIFY(!saved.contains("Hunter2Secret"));
    QVERIFY(!saved.contains("OsSecret"));
    QVERIFY(saved.contains("\"invenio\""));
    QVERIFY(saved.contains("\"admin\""));
    // The model's URL role is secret-free too.
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(!model.data(model.index(row), ConnectionsModel::UrlRole).toString().contains(u"Secret"_s));
        QVERIFY(!model.data(model.index(row), Qt::ToolTipRole).toString().contains(u"Secret"_s));
    }
}

void TestConnectionsModel::testStates()
{
    ConnectionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.load(m_file).ok());
    const ConnectionProfile p = fromUrl(u"PG"_s, u"postgresql://u@h/db"_s);
    QVERIFY(model.upsert(p).ok());
    QCOMPARE(model.testState(p.id), ConnectionsModel::TestState::Untested);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setTestState(p.id, ConnectionsModel::TestState::Ok, u"PostgreSQL 15.6"_s);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.testState(p.id), ConnectionsModel::TestState::Ok);
    QCOMPARE(model.data(model.index(0), ConnectionsModel::TestStateRole).toInt(), int(ConnectionsModel::TestState::Ok));
    QCOMPARE(model.data(model.index(0), ConnectionsModel::TestMessageRole).toString(), u"PostgreSQL 15.6"_s);
    QVERIFY(model.data(model.index(0), Qt::ToolTipRole).toString().contains(u"PostgreSQL 15.6"_s));

    // Editing a profile forgets its last test; the state is never saved.
    ConnectionProfile edited = p;
    edited.host = u"h2"_s;
    QVERIFY(model.upsert(edited).ok());
    QCOMPARE(model.testState(p.id), ConnectionsModel::TestState::Untested);
    QVERIFY(!readAll(m_file).contains("15.6"));
    model.setTestState(p.id, ConnectionsModel::TestState::Failed, u"refused"_s);
    ConnectionsModel reloaded;
    QVERIFY(reloaded.load(m_file).ok());
    QCOMPARE(reloaded.testState(p.id), ConnectionsModel::TestState::Untested);
}

QTEST_GUILESS_MAIN(TestConnectionsModel)
#include "tst_connectionsmodel.moc"
