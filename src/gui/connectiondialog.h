// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connections/connectionprofile.h"
#include "jobs/jobmanager.h"

#include <QDialog>

#include <memory>

namespace Ui { class ConnectionDialog; }

namespace Godwit {

// Creates or edits a connection profile. The secret typed here is handed back separately and never
// becomes part of the profile. "Test connection" runs as a job; the dialog stays responsive.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionDialog(JobManager *jobs, const ConnectionProfile &profile, bool hasSavedSecret, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    ConnectionProfile profile() const;
    QString secret() const;       // empty: unchanged / none
    bool rememberSecret() const;

    // Fills the form from a URL (what "Fill in" does); returns the parse error if any.
    QString fillFromUrl(const QString &url);

private:
    void engineChanged();
    void updateState();
    void test();
    void accept() override;

    std::unique_ptr<Ui::ConnectionDialog> ui;
    JobManager *m_jobs;
    ConnectionProfile m_original;
    JobId m_testJob = 0;
    quint64 m_testGeneration = 0;
};

} // namespace Godwit
