// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "global/result.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace Godwit {

class JobsModel;
struct JobState;
using JobId = quint64;

// What a job function returns: a value, or an error. Default-constructible so it can travel in a QFuture.
struct JobOutcome
{
    bool ok = false;
    Error error;
    QVariant value;

    static JobOutcome success(const QVariant &value = {}) { return JobOutcome{true, {}, value}; }
    static JobOutcome failure(const Error &error) { return JobOutcome{false, error, {}}; }
    template<typename T>
    static JobOutcome from(const Result<T> &r)
    {
        return r.ok() ? success(QVariant::fromValue(r.value())) : failure(r.error());
    }
};

// Handed to a running job: thread-safe progress reporting and cancellation. Progress counters are 64-bit
// (rows, documents, bytes); the jobs model derives throughput and ETA from them.
class JobContext
{
public:
    JobContext(std::shared_ptr<JobState> state, QPromise<JobOutcome> *promise);

    JobId id() const;
    bool isCanceled() const;
    // Sleeps up to msecs, returning early (false) when the job is canceled.
    bool sleep(int msecs) const;

    void setTotal(qint64 total);
    void setDone(qint64 done);
    void addDone(qint64 delta);
    void setUnit(const QString &unit);
    void setStatus(const QString &status);
    void log(const QString &message) const;
    void warn(const QString &message) const;

    Error canceledError() const;

private:
    std::shared_ptr<JobState> m_state;
    QPromise<JobOutcome> *m_promise;
};

using JobFunction = std::function<JobOutcome(JobContext &)>;
using JobCallback = std::function<void(const JobOutcome &)>;

enum class JobStatus { Running, Succeeded, Failed, Canceled };

struct JobSnapshot
{
    JobId id = 0;
    QString title;
    QString category;
    JobStatus status = JobStatus::Running;
    qint64 done = 0;
    qint64 total = 0;
    QString unit;
    QString step;
    QString message;
    QDateTime started;
    qint64 elapsedMs = 0;
    double throughput = 0; // units per second, over the whole run
    qint64 etaMs = -1;     // -1: unknown
    bool cancelRequested = false;
};

// Runs every long operation off the calling thread (QtConcurrent with a QPromise), keeps them in a model,
// and delivers outcomes back on the manager's thread.
class JobManager : public QObject
{
    Q_OBJECT
public:
    explicit JobManager(QObject *parent = nullptr);
    ~JobManager() override;

    // Starts fn on the pool. When it ends, onDone runs on this object's thread, unless context was destroyed
    // meanwhile (the result is then dropped).
    JobId start(const QString &title, JobFunction fn, QObject *context = nullptr, JobCallback onDone = {},
                const QString &category = {});

    void cancel(JobId id);
    void cancelAll();
    // Waits (processing no events) until all jobs ended or msecs passed; for shutdown and the CLI.
    bool waitForDone(int msecs);
    // Removes finished jobs from the model.
    void clearFinished();

    bool isRunning(JobId id) const;
    int runningCount() const;
    JobSnapshot snapshot(JobId id) const;
    QList<JobId> jobIds() const;
    int jobCount() const { return int(m_entries.size()); }
    JobId jobIdAt(int row) const;
    int rowOf(JobId id) const;
    JobsModel *model() const { return m_model; }

Q_SIGNALS:
    void jobStarted(Godwit::JobId id);
    void jobFinished(Godwit::JobId id, bool ok, const QString &message);

private:
    struct Entry;
    void finish(JobId id);
    Entry *entry(JobId id) const;

    QThreadPool m_pool;
    std::vector<std::unique_ptr<Entry>> m_entries;
    JobId m_nextId = 1;
    JobsModel *m_model;
    friend class JobsModel;
};

} // namespace Godwit

Q_DECLARE_METATYPE(Godwit::JobOutcome)
