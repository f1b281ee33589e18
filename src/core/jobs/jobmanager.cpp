// SPDX-License-Identifier: GPL-3.0-or-later
#include "jobmanager.h"
#include "jobsmodel.h"
#include "log/log.h"

#include <QFutureWatcher>
#include <QMutex>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace Godwit {

struct JobState
{
    JobId id = 0;
    QString title;
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<bool> cancelRequested{false};
    mutable QMutex mutex; // guards the strings below
    QString unit;
    QString step;
};

struct JobManager::Entry
{
    std::shared_ptr<JobState> state;
    QString category;
    QFuture<JobOutcome> future;
    QFutureWatcher<JobOutcome> *watcher = nullptr;
    QPointer<QObject> context;
    bool hasContext = false;
    JobCallback onDone;
    JobStatus status = JobStatus::Running;
    QString message;
    QDateTime started;
    QElapsedTimer clock;
    qint64 finalElapsedMs = -1;
};

JobContext::JobContext(std::shared_ptr<JobState> state, QPromise<JobOutcome> *promise)
    : m_state(std::move(state)), m_promise(promise)
{
}

JobId JobContext::id() const { return m_state->id; }

bool JobContext::isCanceled() const
{
    return m_state->cancelRequested.load() || (m_promise && m_promise->isCanceled());
}

bool JobContext::sleep(int msecs) const
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < msecs) {
        if (isCanceled())
            return false;
        QThread::msleep(qMin<qint64>(25, msecs - t.elapsed()));
    }
    return !isCanceled();
}

void JobContext::setTotal(qint64 total) { m_state->total = total; }
void JobContext::setDone(qint64 done) { m_state->done = done; }
void JobContext::addDone(qint64 delta) { m_state->done += delta; }

void JobContext::setUnit(const QString &unit)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->unit = unit;
}

void JobContext::setStatus(const QString &status)
{
    QMutexLocker lock(&m_state->mutex);
    m_state->step = status;
}

void JobContext::log(const QString &message) const { Log::info(m_state->title, message); }
void JobContext::warn(const QString &message) const { Log::warning(m_state->title, message); }

Error JobContext::canceledError() const
{
    return Error::make(ErrorKind::Canceled, QObject::tr("Canceled by the user."));
}

JobManager::JobManager(QObject *parent) : QObject(parent), m_model(new JobsModel(this))
{
    qRegisterMetaType<Godwit::JobOutcome>();
    // Jobs mostly wait on servers; more threads than cores keep a slow server from starving the rest.
    m_pool.setMaxThreadCount(qMax(8, QThread::idealThreadCount() * 2));
}

JobManager::~JobManager()
{
    cancelAll();
    m_pool.waitForDone();
}

JobId JobManager::start(const QString &title, JobFunction fn, QObject *context, JobCallback onDone,
                        const QString &category)
{
    auto e = std::make_unique<Entry>();
    e->state = std::make_shared<JobState>();
    e->state->id = m_nextId++;
    e->state->title = title;
    e->category = category;
    e->context = context;
    e->hasContext = context != nullptr;
    e->onDone = std::move(onDone);
    e->started = QDateTime::currentDateTime();
    e->clock.start();
    const JobId id = e->state->id;

    auto state = e->state;
    e->future = QtConcurrent::run(&m_pool, [state, fn = std::move(fn)](QPromise<JobOutcome> &promise) {
        JobContext ctx(state, &promise);
        JobOutcome outcome;
        if (ctx.isCanceled())
            outcome = JobOutcome::failure(ctx.canceledError());
        else
            outcome = fn(ctx);
        if (!outcome.ok && ctx.isCanceled())
            outcome.error = ctx.canceledError();
        promise.addResult(outcome);
    });
    e->watcher = new QFutureWatcher<JobOutcome>(this);
    connect(e->watcher, &QFutureWatcher<JobOutcome>::finished, this, [this, id] { finish(id); });
    e->watcher->setFuture(e->future);

    m_model->beginInsertJob();
    m_entries.push_back(std::move(e));
    m_model->endInsertJob();
    Q_EMIT jobStarted(id);
    return id;
}

JobManager::Entry *JobManager::entry(JobId id) const
{
    for (const auto &e : m_entries)
        if (e->state->id == id)
            return e.get();
    return nullptr;
}

void JobManager::finish(JobId id)
{
    Entry *e = entry(id);
    if (!e || e->status != JobStatus::Running)
        return;
    JobOutcome outcome;
    if (e->future.resultCount() > 0)
        outcome = e->future.result();
    else
        outcome = JobOutcome::failure(Error::make(ErrorKind::Canceled, tr("Canceled by the user.")));
    if (outcome.ok) {
        e->status = JobStatus::Succeeded;
    } else {
        e->status = outcome.error.kind == ErrorKind::Canceled ? JobStatus::Canceled : JobStatus::Failed;
        e->message = redactSecrets(outcome.error.message);
    }
    e->finalElapsedMs = e->clock.elapsed();
    if (e->status == JobStatus::Failed)
        Log::error(e->state->title, e->message);
    else if (e->status == JobStatus::Canceled)
        Log::warning(e->state->title, e->message);
    m_model->jobChanged(id);

    // Take the callback out first: it may start new jobs (which grows m_entries) or clear the model.
    JobCallback callback = std::move(e->onDone);
    const bool deliver = callback && (!e->hasContext || e->context);
    const bool ok = outcome.ok;
    const QString message = e->message;
    e->watcher->deleteLater();
    e->watcher = nullptr;
    if (deliver)
        callback(outcome);
    Q_EMIT jobFinished(id, ok, message);
}

void JobManager::cancel(JobId id)
{
    if (Entry *e = entry(id); e && e->status == JobStatus::Running) {
        e->state->cancelRequested = true;
        e->future.cancel();
        m_model->jobChanged(id);
    }
}

void JobManager::cancelAll()
{
    for (const auto &e : m_entries)
        if (e->status == JobStatus::Running)
            cancel(e->state->id);
}

bool JobManager::waitForDone(int msecs) { return m_pool.waitForDone(msecs); }

void JobManager::clearFinished()
{
    for (int row = int(m_entries.size()) - 1; row >= 0; --row) {
        if (m_entries[size_t(row)]->status == JobStatus::Running)
            continue;
        m_model->beginRemoveJob(row);
        m_entries.erase(m_entries.begin() + row);
        m_model->endRemoveJob();
    }
}

bool JobManager::isRunning(JobId id) const
{
    const Entry *e = entry(id);
    return e && e->status == JobStatus::Running;
}

int JobManager::runningCount() const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(),
                             [](const auto &e) { return e->status == JobStatus::Running; }));
}

QList<JobId> JobManager::jobIds() const
{
    QList<JobId> ids;
    for (const auto &e : m_entries)
        ids.append(e->state->id);
    return ids;
}

JobId JobManager::jobIdAt(int row) const
{
    return row >= 0 && row < jobCount() ? m_entries[size_t(row)]->state->id : 0;
}

int JobManager::rowOf(JobId id) const
{
    for (size_t row = 0; row < m_entries.size(); ++row)
        if (m_entries[row]->state->id == id)
            return int(row);
    return -1;
}

JobSnapshot JobManager::snapshot(JobId id) const
{
    JobSnapshot s;
    const Entry *e = entry(id);
    if (!e)
        return s;
    s.id = id;
    s.title = e->state->title;
    s.category = e->category;
    s.status = e->status;
    s.done = e->state->done.load();
    s.total = e->state->total.load();
    {
        QMutexLocker lock(&e->state->mutex);
        s.unit = e->state->unit;
        s.step = e->state->step;
    }
    s.message = e->message;
    s.started = e->started;
    s.elapsedMs = e->finalElapsedMs >= 0 ? e->finalElapsedMs : e->clock.elapsed();
    s.cancelRequested = e->state->cancelRequested.load();
    if (s.elapsedMs > 0)
        s.throughput = double(s.done) * 1000.0 / double(s.elapsedMs);
    if (s.status == JobStatus::Running && s.total > 0 && s.done > 0 && s.throughput > 0)
        s.etaMs = qint64(double(s.total - s.done) / s.throughput * 1000.0);
    else if (s.status != JobStatus::Running)
        s.etaMs = 0;
    return s;
}

} // namespace Godwit
