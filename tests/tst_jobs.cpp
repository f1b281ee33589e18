// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobs/jobmanager.h"
#include "jobs/jobsmodel.h"
#include "log/log.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

using namespace Godwit;
using namespace Qt::StringLiterals;

namespace {

using Flag = std::shared_ptr<std::atomic<bool>>;
Flag makeFlag() { return std::make_shared<std::atomic<bool>>(false); }

// A job that runs until released (or canceled), then succeeds.
JobFunction blockedUntil(const Flag &release, const Flag &started = {})
{
    return [release, started](JobContext &ctx) {
        if (started)
            *started = true;
        while (!*release && !ctx.isCanceled())
            QThread::msleep(5);
        return ctx.isCanceled() ? JobOutcome::failure(ctx.canceledError()) : JobOutcome::success();
    };
}

JobStatus statusOf(const JobManager &jobs, JobId id) { return jobs.snapshot(id).status; }

} // namespace

class TestJobs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsOffTheCallingThread();
    void progressInSnapshotAndModel();
    void unknownTotal();
    void cancelEndsWithinTwoSeconds();
    void cancelWinsOverALateSuccess();
    void cancelAll();
    void failureCarriesItsMessage_data();
    void failureCarriesItsMessage();
    void callbackDroppedWhenContextDeleted();
    void clearFinishedKeepsRunningJobs();
    void modelTesterWhileJobsComeAndGo();
    void waitForDone();
    void destructorCancelsRunningJobs();
    void formatDuration_data();
    void formatDuration();
    void formatCount_data();
    void formatCount();
};

void TestJobs::runsOffTheCallingThread()
{
    JobManager jobs;
    QSignalSpy started(&jobs, &JobManager::jobStarted);
    QSignalSpy finished(&jobs, &JobManager::jobFinished);
    QThread *const mainThread = QThread::currentThread();
    auto jobThread = std::make_shared<std::atomic<QThread *>>(nullptr);
    auto seenId = std::make_shared<std::atomic<JobId>>(0);
    QThread *callbackThread = nullptr;
    JobOutcome received;
    bool called = false;

    const JobId id = jobs.start(
        u"Off thread"_s,
        [jobThread, seenId](JobContext &ctx) {
            *jobThread = QThread::currentThread();
            *seenId = ctx.id();
            return JobOutcome::success(42);
        },
        nullptr,
        [&](const JobOutcome &o) {
            called = true;
            callbackThread = QThread::currentThread();
            received = o;
        },
        u"test"_s);
    QVERIFY(id != 0);
    QCOMPARE(started.count(), 1);
    QCOMPARE(started.first().first().value<JobId>(), id);
    QCOMPARE(jobs.jobCount(), 1);
    QCOMPARE(jobs.model()->rowCount(), 1);

    QTRY_VERIFY(called);
    QVERIFY(jobThread->load() != nullptr);
    QVERIFY(jobThread->load() != mainThread);
    QCOMPARE(callbackThread, mainThread); // results come back to the manager's thread
    QVERIFY(received.ok);
    QCOMPARE(received.value.toInt(), 42);
    QCOMPARE(seenId->load(), id);

    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(0).value<JobId>(), id);
    QCOMPARE(finished.first().at(1).toBool(), true);
    const JobSnapshot s = jobs.snapshot(id);
    QCOMPARE(s.status, JobStatus::Succeeded);
    QCOMPARE(s.title, u"Off thread"_s);
    QCOMPARE(s.category, u"test"_s);
    QVERIFY(!jobs.isRunning(id));
    QCOMPARE(jobs.runningCount(), 0);

    // Ids are never reused.
    const JobId second = jobs.start(u"Second"_s, [](JobContext &) { return JobOutcome::success(); });
    QVERIFY(second != id);
    QTRY_COMPARE(statusOf(jobs, second), JobStatus::Succeeded);
}

void TestJobs::progressInSnapshotAndModel()
{
    JobManager jobs;
    JobsModel *model = jobs.model();
    const Flag release = makeFlag();
    const JobId id = jobs.start(u"Copy rows"_s, [release](JobContext &ctx) {
        ctx.setUnit(u"rows"_s);
        ctx.setStatus(u"Copying part_part"_s);
        ctx.setTotal(1000);
        ctx.setDone(150);
        ctx.addDone(250);
        while (!*release && !ctx.isCanceled())
            QThread::msleep(5);
        ctx.addDone(600);
        return JobOutcome::success();
    });

    QTRY_COMPARE(jobs.snapshot(id).done, qint64(400));
    QTRY_VERIFY(jobs.snapshot(id).elapsedMs > 0);
    JobSnapshot s = jobs.snapshot(id);
    QCOMPARE(s.status, JobStatus::Running);
    QCOMPARE(s.total, qint64(1000));
    QCOMPARE(s.unit, u"rows"_s);
    QCOMPARE(s.step, u"Copying part_part"_s);
    QVERIFY(s.throughput > 0);
    QVERIFY(s.etaMs > 0); // 600 rows left at a positive rate
    QVERIFY(!s.cancelRequested);

    const QModelIndex row = model->indexOf(id);
    QVERIFY(row.isValid());
    QCOMPARE(model->jobId(row), id);
    QCOMPARE(model->data(row, JobsModel::IdRole).value<JobId>(), id);
    QCOMPARE(model->data(row, JobsModel::StatusRole).toInt(), int(JobStatus::Running));
    QCOMPARE(model->data(row, JobsModel::ProgressRole).toInt(), 400);
    QCOMPARE(model->data(row, JobsModel::DoneRole).toLongLong(), qint64(400));
    QCOMPARE(model->data(row, JobsModel::TotalRole).toLongLong(), qint64(1000));
    QVERIFY(model->data(row, JobsModel::ThroughputRole).toDouble() > 0);
    QVERIFY(model->data(row, JobsModel::EtaRole).toLongLong() > 0);
    QVERIFY(model->data(row, JobsModel::ElapsedRole).toLongLong() > 0);
    QCOMPARE(model->data(row, JobsModel::CanCancelRole).toBool(), true);
    QCOMPARE(model->data(model->indexOf(id, JobsModel::TitleColumn)).toString(), u"Copy rows"_s);
    QCOMPARE(model->data(model->indexOf(id, JobsModel::ProgressColumn)).toString(), u"400 / 1000 rows"_s);
    QCOMPARE(model->data(model->indexOf(id, JobsModel::StatusColumn)).toString(), u"Copying part_part"_s);
    QVERIFY(model->data(model->indexOf(id, JobsModel::ThroughputColumn)).toString().endsWith(u"rows/s"_s));
    QVERIFY(model->data(model->indexOf(id, JobsModel::TimeColumn)).toString().contains(u"ETA"_s));

    // Running rows are refreshed a few times a second without anyone asking.
    QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
    QTRY_VERIFY_WITH_TIMEOUT(changed.count() >= 2, 2000);
    QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), row.row());

    *release = true;
    QTRY_COMPARE(statusOf(jobs, id), JobStatus::Succeeded);
    s = jobs.snapshot(id);
    QCOMPARE(s.done, qint64(1000));
    QCOMPARE(s.etaMs, qint64(0));
    QCOMPARE(model->data(row, JobsModel::ProgressRole).toInt(), 1000);
    QCOMPARE(model->data(row, JobsModel::EtaRole).toLongLong(), qint64(0));
    QCOMPARE(model->data(row, JobsModel::CanCancelRole).toBool(), false);
    QCOMPARE(model->data(row, JobsModel::StatusRole).toInt(), int(JobStatus::Succeeded));
    // Elapsed time freezes when the job ends.
    const qint64 elapsed = s.elapsedMs;
    QTest::qWait(30);
    QCOMPARE(jobs.snapshot(id).elapsedMs, elapsed);
}

void TestJobs::unknownTotal()
{
    JobManager jobs;
    const Flag release = makeFlag();
    const JobId id = jobs.start(u"Scan"_s, [release](JobContext &ctx) {
        ctx.addDone(7);
        while (!*release && !ctx.isCanceled())
            QThread::msleep(5);
        return JobOutcome::success();
    });
    QTRY_COMPARE(jobs.snapshot(id).done, qint64(7));
    const QModelIndex row = jobs.model()->indexOf(id);
    QCOMPARE(jobs.model()->data(row, JobsModel::ProgressRole).toInt(), -1);
    QCOMPARE(jobs.model()->data(row, JobsModel::EtaRole).toLongLong(), qint64(-1));
    *release = true;
    QTRY_COMPARE(statusOf(jobs, id), JobStatus::Succeeded);
    QCOMPARE(jobs.model()->data(row, JobsModel::ProgressRole).toInt(), 1000);
}

void TestJobs::cancelEndsWithinTwoSeconds()
{
    JobManager jobs;
    QSignalSpy finished(&jobs, &JobManager::jobFinished);
    JobOutcome received;
    bool called = false;
    const JobId id = jobs.start(
        u"Long job"_s,
        [](JobContext &ctx) {
            ctx.setTotal(600);
            for (int i = 0; i < 600; ++i) { // 30 s if nobody cancels
                if (ctx.isCanceled())
                    return JobOutcome::failure(ctx.canceledError());
                ctx.setDone(i + 1);
                QThread::msleep(50);
            }
            return JobOutcome::success();
        },
        nullptr,
        [&](const JobOutcome &o) {
            called = true;
            received = o;
        });
    QTRY_VERIFY(jobs.snapshot(id).done > 0);

    QElapsedTimer clock;
    clock.start();
    jobs.cancel(id);
    const QModelIndex row = jobs.model()->indexOf(id);
    QVERIFY(jobs.snapshot(id).cancelRequested);
    QCOMPARE(jobs.model()->data(row, JobsModel::CanCancelRole).toBool(), false);
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(jobs, id) == JobStatus::Canceled, 2000);
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(jobs.snapshot(id).done < 600);

    QTRY_VERIFY(called);
    QVERIFY(!received.ok);
    QCOMPARE(received.error.kind, ErrorKind::Canceled);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(1).toBool(), false);
    QCOMPARE(jobs.model()->data(row, JobsModel::StatusRole).toInt(), int(JobStatus::Canceled));
    QCOMPARE(jobs.runningCount(), 0);

    // Canceling again, or canceling an unknown id, changes nothing.
    jobs.cancel(id);
    jobs.cancel(id + 1000);
    QCOMPARE(statusOf(jobs, id), JobStatus::Canceled);

    // ctx.sleep() returns early too.
    clock.restart();
    const JobId sleeper = jobs.start(u"Sleeper"_s, [](JobContext &ctx) {
        return ctx.sleep(30000) ? JobOutcome::success() : JobOutcome::failure(ctx.canceledError());
    });
    QTest::qWait(50);
    jobs.cancel(sleeper);
    QTRY_VERIFY_WITH_TIMEOUT(statusOf(jobs, sleeper) == JobStatus::Canceled, 2000);
    QVERIFY(clock.elapsed() < 2000);
}

void TestJobs::cancelWinsOverALateSuccess()
{
    // A job that notices the cancellation late and still reports success ends as canceled: the user asked.
    JobManager jobs;
    const Flag started = makeFlag();
    JobOutcome received;
    bool called = false;
    const JobId id = jobs.start(
        u"Stubborn"_s,
        [started](JobContext &ctx) {
            *started = true;
            while (!ctx.isCanceled())
                QThread::msleep(5);
            return JobOutcome::success(u"late"_s);
        },
        nullptr,
        [&](const JobOutcome &o) {
            called = true;
            received = o;
        });
    QTRY_VERIFY(started->load());
    jobs.cancel(id);
    QTRY_VERIFY(called);
    QCOMPARE(statusOf(jobs, id), JobStatus::Canceled);
    QVERIFY(!received.ok);
    QCOMPARE(received.error.kind, ErrorKind::Canceled);
}

void TestJobs::cancelAll()
{
    JobManager jobs;
    const Flag release = makeFlag();
    QList<JobId> ids;
    for (int i = 0; i < 4; ++i)
        ids.append(jobs.start(u"Job %1"_s.arg(i), blockedUntil(release)));
    QCOMPARE(jobs.runningCount(), 4);
    jobs.cancelAll();
    for (JobId id : std::as_const(ids))
        QTRY_COMPARE(statusOf(jobs, id), JobStatus::Canceled);
    QCOMPARE(jobs.runningCount(), 0);
}

void TestJobs::failureCarriesItsMessage_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("shown");

    QTest::newRow("server") << int(ErrorKind::Server) << u"Disk full on /var/lib/postgresql"_s
                            << u"Disk full on /var/lib/postgresql"_s;
    QTest::newRow("unreachable") << int(ErrorKind::HostUnreachable) << u"Cannot reach db.example.org:5432"_s
                                 << u"Cannot reach db.example.org:5432"_s;
    QTest::newRow("a URL with a password is redacted")
        << int(ErrorKind::AuthenticationFailed) << u"Login failed for postgresql://admin:hunter2@db/invenio"_s
        << u"Login failed for postgresql://admin:***@db/invenio"_s;
}

void TestJobs::failureCarriesItsMessage()
{
    QFETCH(int, kind);
    QFETCH(QString, message);
    QFETCH(QString, shown);

    JobManager jobs;
    QSignalSpy finished(&jobs, &JobManager::jobFinished);
    QSignalSpy logged(Log::instance(), &Log::entryAdded);
    JobOutcome received;
    bool called = false;
    const JobId id = jobs.start(
        u"Failing"_s,
        [kind, message](JobContext &) { return JobOutcome::failure(Error::make(ErrorKind(kind), message)); },
        nullptr,
        [&](const JobOutcome &o) {
            called = true;
            received = o;
        });
    QTRY_VERIFY(called);
    QVERIFY(!received.ok);
    QCOMPARE(int(received.error.kind), kind);
    QCOMPARE(received.error.message, message);

    const JobSnapshot s = jobs.snapshot(id);
    QCOMPARE(s.status, JobStatus::Failed);
    QCOMPARE(s.message, shown);
    const QModelIndex row = jobs.model()->indexOf(id);
    QCOMPARE(jobs.model()->data(row, JobsModel::MessageRole).toString(), shown);
    QCOMPARE(jobs.model()->data(row, JobsModel::StatusRole).toInt(), int(JobStatus::Failed));
    QCOMPARE(jobs.model()->data(row, Qt::ToolTipRole).toString(), shown);
    QVERIFY(jobs.model()->data(jobs.model()->indexOf(id, JobsModel::StatusColumn)).toString().contains(shown));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().at(1).toBool(), false);
    QCOMPARE(finished.first().at(2).toString(), shown);

    // The failure is logged, without the secret.
    QTRY_VERIFY(!logged.isEmpty());
    bool found = false;
    for (const QList<QVariant> &args : std::as_const(logged)) {
        const LogEntry e = args.first().value<LogEntry>();
        QVERIFY(!e.message.contains(u"hunter2"_s));
        if (e.level == LogEntry::Error && e.source == u"Failing"_s && e.message == shown)
            found = true;
    }
    QVERIFY(found);
}

void TestJobs::callbackDroppedWhenContextDeleted()
{
    JobManager jobs;
    QSignalSpy finished(&jobs, &JobManager::jobFinished);
    const Flag release = makeFlag();
    auto *gone = new QObject;
    QObject alive;
    bool goneCalled = false;
    bool aliveCalled = false;
    bool noContextCalled = false;
    const JobId dropped = jobs.start(u"Stale"_s, blockedUntil(release), gone, [&](const JobOutcome &) { goneCalled = true; });
    const JobId kept = jobs.start(u"Current"_s, blockedUntil(release), &alive, [&](const JobOutcome &) { aliveCalled = true; });
    const JobId free = jobs.start(u"No context"_s, blockedUntil(release), nullptr,
                                  [&](const JobOutcome &) { noContextCalled = true; });
    delete gone; // the user moved on while the job ran
    *release = true;

    QTRY_COMPARE(finished.count(), 3);
    QVERIFY(!goneCalled);
    QVERIFY(aliveCalled);
    QVERIFY(noContextCalled);
    // The job itself still ran to its end and is listed; only its result was dropped.
    QCOMPARE(statusOf(jobs, dropped), JobStatus::Succeeded);
    QCOMPARE(statusOf(jobs, kept), JobStatus::Succeeded);
    QCOMPARE(statusOf(jobs, free), JobStatus::Succeeded);
}

void TestJobs::clearFinishedKeepsRunningJobs()
{
    JobManager jobs;
    JobsModel *model = jobs.model();
    const Flag release = makeFlag();
    const JobId ok = jobs.start(u"Ok"_s, [](JobContext &) { return JobOutcome::success(); });
    const JobId running = jobs.start(u"Running"_s, blockedUntil(release));
    const JobId failed = jobs.start(u"Failed"_s, [](JobContext &) {
        return JobOutcome::failure(Error::make(ErrorKind::Server, u"boom"_s));
    });
    QTRY_VERIFY(!jobs.isRunning(ok) && !jobs.isRunning(failed));
    QCOMPARE(jobs.jobCount(), 3);
    QCOMPARE(model->rowCount(), 3);

    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(model, &QAbstractItemModel::modelReset);
    jobs.clearFinished();
    QCOMPARE(removed.count(), 2);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(jobs.jobCount(), 1);
    QCOMPARE(jobs.jobIds(), QList<JobId>{running});
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->jobId(model->index(0, 0)), running);
    QCOMPARE(jobs.rowOf(ok), -1);
    QCOMPARE(jobs.snapshot(ok).id, JobId(0));
    QVERIFY(!model->indexOf(failed).isValid());
    QVERIFY(jobs.isRunning(running));

    *release = true;
    QTRY_VERIFY(!jobs.isRunning(running));
    jobs.clearFinished();
    QCOMPARE(jobs.jobCount(), 0);
    QCOMPARE(model->rowCount(), 0);
}

void TestJobs::modelTesterWhileJobsComeAndGo()
{
    JobManager jobs;
    QAbstractItemModelTester tester(jobs.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Flag release = makeFlag();
    QList<JobId> blocked;
    for (int i = 0; i < 3; ++i)
        blocked.append(jobs.start(u"Blocked %1"_s.arg(i), blockedUntil(release)));
    for (int i = 0; i < 5; ++i) {
        jobs.start(u"Quick %1"_s.arg(i), [i](JobContext &ctx) {
            ctx.setTotal(10);
            ctx.setDone(i);
            return i % 2 ? JobOutcome::success() : JobOutcome::failure(Error::make(ErrorKind::Other, u"odd"_s));
        });
    }
    QCOMPARE(jobs.model()->rowCount(), 8);
    QTRY_COMPARE(jobs.runningCount(), 3);
    jobs.cancel(blocked.first());
    QTRY_COMPARE(jobs.runningCount(), 2);
    jobs.clearFinished();
    QCOMPARE(jobs.model()->rowCount(), 2);
    QTest::qWait(300); // a refresh tick over running rows
    jobs.start(u"Late"_s, [](JobContext &) { return JobOutcome::success(); });
    *release = true;
    QTRY_COMPARE(jobs.runningCount(), 0);
    jobs.clearFinished();
    QCOMPARE(jobs.model()->rowCount(), 0);
    QCOMPARE(jobs.model()->columnCount(), int(JobsModel::ColumnCount));
    for (int c = 0; c < JobsModel::ColumnCount; ++c)
        QVERIFY(!jobs.model()->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString().isEmpty());
}

void TestJobs::waitForDone()
{
    JobManager jobs;
    const Flag release = makeFlag();
    const JobId id = jobs.start(u"Blocked"_s, blockedUntil(release));
    QVERIFY(!jobs.waitForDone(50));
    *release = true;
    QVERIFY(jobs.waitForDone(5000));
    // The outcome is delivered by the event loop, after the pool is done.
    QTRY_COMPARE(statusOf(jobs, id), JobStatus::Succeeded);
}

void TestJobs::destructorCancelsRunningJobs()
{
    QElapsedTimer clock;
    const Flag release = makeFlag(); // never set
    const Flag started = makeFlag();
    {
        JobManager jobs;
        jobs.start(u"Forever"_s, blockedUntil(release, started));
        QTRY_VERIFY(started->load());
        clock.start();
    }
    QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
}

void TestJobs::formatDuration_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("unknown") << qint64(-1) << u"–"_s;
    QTest::newRow("zero") << qint64(0) << u"0.0s"_s;
    QTest::newRow("tenths") << qint64(1500) << u"1.5s"_s;
    QTest::newRow("seconds") << qint64(42000) << u"42s"_s;
    QTest::newRow("minutes") << qint64(61000) << u"1:01"_s;
    QTest::newRow("hours") << qint64(3723000) << u"1:02:03"_s;
}

void TestJobs::formatDuration()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(JobsModel::formatDuration(ms), text);
}

void TestJobs::formatCount_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("small") << 999.0 << u"999"_s;
    QTest::newRow("rounded") << 2.6 << u"3"_s;
    QTest::newRow("thousands") << 12345.0 << u"12.3k"_s;
    QTest::newRow("millions") << 2.5e6 << u"2.5M"_s;
    QTest::newRow("billions") << 3e9 << u"3.0G"_s;
}

void TestJobs::formatCount()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(JobsModel::formatCount(value), text);
}

QTEST_GUILESS_MAIN(TestJobs)
#include "tst_jobs.moc"
