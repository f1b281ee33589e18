// SPDX-License-Identifier: GPL-3.0-or-later
#include "log/log.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

using namespace Godwit;
using namespace Qt::StringLiterals;

namespace {
LogEntry entry(const QString &message, LogEntry::Level level = LogEntry::Info, const QString &source = u"test"_s)
{
    return LogEntry{QDateTime(QDate(2024, 5, 17), QTime(13, 14, 15)), level, source, message};
}
} // namespace

class TestLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redactSecrets_data();
    void redactSecrets();
    void logRedactsAndCrossesThreads();
    void modelAppendAndRoles();
    void modelCap();
    void modelClear();
};

void TestLog::redactSecrets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("redacted");

    QTest::newRow("postgresql URL") << u"postgresql://invenio:hunter2@db:5432/invenio"_s
                                    << u"postgresql://invenio:***@db:5432/invenio"_s;
    QTest::newRow("driver scheme, encoded password, in a sentence")
        << u"Cannot connect to mysql+pymysql://root:p%40ss@localhost/db: refused"_s
        << u"Cannot connect to mysql+pymysql://root:***@localhost/db: refused"_s;
    QTest::newRow("https with path") << u"GET https://elastic:changeme@es:9200/_cat/indices"_s
                                     << u"GET https://elastic:***@es:9200/_cat/indices"_s;
    QTest::newRow("password with colons") << u"https://u:a:b:c@h/"_s << u"https://u:***@h/"_s;
    QTest::newRow("empty user") << u"redis://:s3cret@cache:6379/0"_s << u"redis://:***@cache:6379/0"_s;
    QTest::newRow("two URLs") << u"copy postgresql://a:one@h1/x to postgresql://b:two@h2/y"_s
                              << u"copy postgresql://a:***@h1/x to postgresql://b:***@h2/y"_s;
    QTest::newRow("password= parameter") << u"host=db user=invenio password=hunter2 dbname=invenio"_s
                                         << u"host=db user=invenio password=*** dbname=invenio"_s;
    QTest::newRow("query parameters") << u"https://h/x?user=a&password=s3cret&apikey=K3Y&page=2"_s
                                      << u"https://h/x?user=a&password=***&apikey=***&page=2"_s;
    QTest::newRow("case and spelling") << u"API_KEY=abc;PWD=xyz;Token=t0k"_s << u"API_KEY=***;PWD=***;Token=***"_s;
    QTest::newRow("no password in URL") << u"postgresql://invenio@db/invenio"_s << u"postgresql://invenio@db/invenio"_s;
    QTest::newRow("port is not a password") << u"https://search:9200/_cluster/health"_s
                                            << u"https://search:9200/_cluster/health"_s;
    QTest::newRow("mail address") << u"contact admin@example.org"_s << u"contact admin@example.org"_s;
    QTest::newRow("plain text") << u"Copied 1200 rows in 3 s"_s << u"Copied 1200 rows in 3 s"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestLog::redactSecrets()
{
    QFETCH(QString, text);
    QFETCH(QString, redacted);
    QCOMPARE(Godwit::redactSecrets(text), redacted);
    // Idempotent.
    QCOMPARE(Godwit::redactSecrets(redacted), redacted);
}

void TestLog::logRedactsAndCrossesThreads()
{
    QSignalSpy spy(Log::instance(), &Log::entryAdded);
    QCOMPARE(Log::instance()->thread(), QThread::currentThread());
    QThread *worker = QThread::create([] {
        Log::warning(u"worker"_s, u"retrying https://admin:Pa55word@search:9200/_bulk"_s);
    });
    QList<QThread *> receivedOn;
    QMetaObject::Connection c = connect(Log::instance(), &Log::entryAdded, this,
                                        [&receivedOn] { receivedOn.append(QThread::currentThread()); });
    worker->start();
    QVERIFY(worker->wait(5000));
    delete worker;
    QTRY_COMPARE(receivedOn.size(), 1); // queued to this thread
    disconnect(c);
    QCOMPARE(spy.count(), 1);
    const LogEntry e = spy.first().first().value<LogEntry>();
    QCOMPARE(e.level, LogEntry::Warning);
    QCOMPARE(e.source, u"worker"_s);
    QCOMPARE(e.message, u"retrying https://admin:***@search:9200/_bulk"_s);
    QVERIFY(e.time.isValid());
    QCOMPARE(receivedOn, QList<QThread *>{QThread::currentThread()});

    Log::error(u"main"_s, u"password=topsecret"_s);
    Log::info(u"main"_s, u"fine"_s);
    QTRY_COMPARE(spy.count(), 3);
    QCOMPARE(spy.at(1).first().value<LogEntry>().message, u"password=***"_s);
    QCOMPARE(spy.at(1).first().value<LogEntry>().level, LogEntry::Error);
    QCOMPARE(spy.at(2).first().value<LogEntry>().level, LogEntry::Info);
}

void TestLog::modelAppendAndRoles()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.append(entry(u"first"_s));
    model.append(entry(u"second"_s, LogEntry::Warning, u"jobs"_s));
    model.append(entry(u"third"_s, LogEntry::Error, u"db"_s));
    QCOMPARE(inserted.count(), 3);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(LogModel::ColumnCount));

    const QModelIndex last = model.index(2, LogModel::MessageColumn);
    QCOMPARE(model.data(last).toString(), u"third"_s);
    QCOMPARE(model.data(last, LogModel::MessageRole).toString(), u"third"_s);
    QCOMPARE(model.data(last, LogModel::LevelRole).toInt(), int(LogEntry::Error));
    QCOMPARE(model.data(last, LogModel::SourceRole).toString(), u"db"_s);
    QCOMPARE(model.data(model.index(2, LogModel::SourceColumn)).toString(), u"db"_s);
    QCOMPARE(model.data(model.index(2, LogModel::TimeColumn)).toString(), u"13:14:15"_s);
    QCOMPARE(model.data(last, LogModel::TimeRole).toDateTime(), QDateTime(QDate(2024, 5, 17), QTime(13, 14, 15)));
    QCOMPARE(model.data(model.index(1, LogModel::LevelColumn)).toString(), u"Warning"_s);
    QVERIFY(model.data(last, Qt::ToolTipRole).toString().contains(u"third"_s));
    QVERIFY(!model.index(3, 0).isValid());
    QVERIFY(model.roleNames().contains(LogModel::MessageRole));
    for (int c = 0; c < LogModel::ColumnCount; ++c)
        QVERIFY(!model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString().isEmpty());
}

void TestLog::modelCap()
{
    LogModel model;
    for (int i = 0; i < LogModel::MaxEntries; ++i)
        model.append(entry(QString::number(i)));
    QCOMPARE(model.rowCount(), LogModel::MaxEntries);
    // The tester re-walks every row on each change: attached only now, or filling up would take minutes.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.data(model.index(0, LogModel::MessageColumn)).toString(), u"0"_s);

    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.append(entry(u"one more"_s));
    // The oldest tenth goes in one block; the model never grows past the cap.
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 0);
    QCOMPARE(removed.first().at(2).toInt(), LogModel::MaxEntries / 10 - 1);
    QCOMPARE(model.rowCount(), LogModel::MaxEntries - LogModel::MaxEntries / 10 + 1);
    QVERIFY(model.rowCount() <= LogModel::MaxEntries);
    QCOMPARE(model.data(model.index(0, LogModel::MessageColumn)).toString(), QString::number(LogModel::MaxEntries / 10));
    QCOMPARE(model.data(model.index(model.rowCount() - 1, LogModel::MessageColumn)).toString(), u"one more"_s);
}

void TestLog::modelClear()
{
    LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.clear(); // nothing to remove: no signal
    QCOMPARE(removed.count(), 0);
    model.append(entry(u"a"_s));
    model.append(entry(u"b"_s));
    model.clear();
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 0);
    model.append(entry(u"c"_s));
    QCOMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestLog)
#include "tst_log.moc"
