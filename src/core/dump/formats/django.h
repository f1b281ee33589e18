// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Django fixtures, as Django's dumpdata and InvenTree's export-records write them: a JSON array of
// {"model": "app.model", "pk": …, "fields": {…}}, optionally led by InvenTree's metadata object, with
// foreign keys as primary keys or natural keys (--natural-foreign: content types, users, groups,
// permissions) and many-to-many fields as lists. Godwit maps models to tables the way Django names them
// (app_label + "_" + model, and Django's own exceptions such as django_content_type), so the target's
// schema must be the one the application's migrations created.

#include "dump/dumpio.h"
#include "dump/importer.h"

namespace Godwit::Dump {

// Reads a file holding one JSON array and hands out its elements one by one, with memory bounded by the
// largest element, whatever the file's size.
class JsonArrayReader
{
public:
    explicit JsonArrayReader(const QString &path);
    ~JsonArrayReader();
    Status open();
    // False at the end (error() empty) or on an error.
    bool next(QByteArray &element);
    QString error() const { return m_error; }
    qint64 bytesRead() const { return m_consumed; }
    qint64 size() const;

private:
    bool fill();
    QString m_path;
    std::unique_ptr<class QFile> m_file;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_consumed = 0;
    bool m_started = false;
    bool m_finished = false;
    QString m_error;
};

// True when the file looks like a Django fixture (a JSON array), not a Godwit dump.
bool isDjangoFixture(const QString &path);

struct FixtureInfo
{
    QJsonObject metadata; // InvenTree's leading object, if any
    QList<QPair<QString, qint64>> models; // model label → objects, in file order
    qint64 objects = 0;
};

// Counts the objects of each model (no database needed).
Result<FixtureInfo> inspectFixture(const QString &path, JobContext *job);

Result<PreflightReport> preflightFixture(const QString &path, const ConnectionProfile &target, const QString &secret,
                                         const ImportOptions &options, JobContext *job, FixtureInfo *info = nullptr);
// Loads the objects in file order inside one transaction (constraints deferred, as loaddata does), resets
// sequences and checks the counts; all or nothing.
Result<ImportResult> importFixture(const QString &path, const ConnectionProfile &target, const QString &secret,
                                   const ImportOptions &options, JobContext *job);

struct FixtureExportOptions
{
    bool naturalForeign = true;  // content types, users, groups and permissions by natural key
    bool awareDatetimes = true;  // datetimes with "Z" (the project uses USE_TZ = True)
};

struct FixtureExportResult
{
    QString path;
    qint64 objects = 0;
    qint64 bytes = 0;
    QStringList models;
    QStringList skippedTables; // tables that are no Django model (django_migrations, ...)
};

// Streams the database's model tables into a fixture that Django's loaddata accepts.
Result<FixtureExportResult> exportFixture(const ConnectionProfile &source, const QString &secret, const QString &output,
                                          const ExportOptions &options, const FixtureExportOptions &fixture, JobContext *job);

} // namespace Godwit::Dump

Q_DECLARE_METATYPE(Godwit::Dump::FixtureExportResult)
Q_DECLARE_METATYPE(Godwit::Dump::FixtureInfo)
