// SPDX-License-Identifier: GPL-3.0-or-later
#include "dumpio.h"
#include "jsoncell.h"

#include "dbcompare.h"
#include "rowscanner.h"

#include "archive/archive.h"
#include "db/databasesession.h"
#include "global/version.h"
#include "jobs/jobmanager.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStorageInfo>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace Godwit::Dump {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("Godwit::Dump", text); }

bool wildcardMatch(const QString &pattern, const QString &name)
{
    const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(pattern, QRegularExpression::UnanchoredWildcardConversion),
                                QRegularExpression::CaseInsensitiveOption);
    const QRegularExpression anchored(QRegularExpression::anchoredPattern(re.pattern()), QRegularExpression::CaseInsensitiveOption);
    return anchored.match(name).hasMatch();
}

QString safeName(const QString &table)
{
    QString s;
    for (const QChar ch : table)
        s.append(ch.isLetterOrNumber() || ch == u'_' || ch == u'-' ? ch : u'_');
    return s.left(60);
}

QString sha256File(QFile &file, qint64 *bytes, JobContext *job, bool *canceled)
{
    Sha256 h;
    QByteArray buf(1 << 20, Qt::Uninitialized);
    qint64 total = 0;
    while (true) {
        const qint64 n = file.read(buf.data(), buf.size());
        if (n <= 0)
            break;
        h.addData(QByteArrayView(buf.constData(), n));
        total += n;
        if (job && job->isCanceled()) {
            *canceled = true;
            break;
        }
    }
    *bytes = total;
    return QString::fromLatin1(h.hexResult());
}

// Writes an export's chunk files, their SHA-256 and the rows' content checksums on a second thread, while
// the first scans the database and encodes the next rows. Pieces are handled in order; at most MaxQueued
// bytes wait, so memory stays bounded whatever the table size.
class ChunkWriter
{
public:
    struct Piece
    {
        enum Kind { Open, Data, Close } kind = Data;
        QString path;          // Open: the chunk file
        std::string data;      // Data: chunk bytes
        std::string rowInputs; // Data: TableDigest::appendRowInput() of its rows
    };
    struct Finished
    {
        QStringList sha256s; // of the chunks closed since the last finish(), in order
        quint64 lane0 = 0, lane1 = 0;
        qint64 rows = 0;
    };

    ChunkWriter() : m_thread([this] { run(); }) {}
    ~ChunkWriter()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stop = true;
        }
        m_work.notify_all();
        m_thread.join();
    }
    ChunkWriter(const ChunkWriter &) = delete;
    ChunkWriter &operator=(const ChunkWriter &) = delete;

    // False once the writer has failed (finish() then says why).
    bool push(Piece &&piece)
    {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [this] { return m_queuedBytes < MaxQueued || m_failed; });
        if (m_failed)
            return false;
        m_queuedBytes += piece.data.size() + piece.rowInputs.size();
        m_queue.push_back(std::move(piece));
        m_work.notify_one();
        return true;
    }
    // An empty buffer with at least the given capacity, from those the writer has finished with: no fresh
    // pages to fault in for every piece.
    void takeBuffer(std::string &out, size_t capacity)
    {
        {
            std::lock_guard lock(m_mutex);
            if (!m_spare.empty()) {
                out.swap(m_spare.back());
                m_spare.pop_back();
            }
        }
        out.clear();
        out.reserve(capacity);
    }
    // Waits until everything pushed is written.
    Result<Finished> finish()
    {
        std::unique_lock lock(m_mutex);
        m_space.wait(lock, [this] { return (m_queue.empty() && !m_busy) || m_failed; });
        if (m_failed)
            return m_error;
        return std::exchange(m_done, Finished{});
    }

private:
    static constexpr size_t MaxQueued = 16u << 20;

    void run()
    {
        for (;;) {
            Piece piece;
            {
                std::unique_lock lock(m_mutex);
                m_work.wait(lock, [this] { return m_stop || !m_queue.empty(); });
                if (m_stop)
                    return; // the export failed or was canceled: what still waits is not written
                piece = std::move(m_queue.front());
                m_queue.pop_front();
                m_busy = true;
            }
            const size_t bytes = piece.data.size() + piece.rowInputs.size();
            const bool failedBefore = [this] {
                std::lock_guard lock(m_mutex);
                return m_failed;
            }();
            Status st = failedBefore ? success() : handle(piece);
            {
                std::lock_guard lock(m_mutex);
                for (std::string *buffer : {&piece.data, &piece.rowInputs})
                    if (buffer->capacity() >= (64u << 10) && m_spare.size() < 8)
                        m_spare.push_back(std::move(*buffer));
                m_queuedBytes -= bytes;
                m_busy = false;
                if (!st && !m_failed) {
                    m_failed = true;
                    m_error = st.error();
                }
            }
            m_space.notify_all();
        }
    }

    Status handle(Piece &piece)
    {
        switch (piece.kind) {
        case Piece::Open:
            m_file = std::make_unique<QFile>(piece.path);
            if (!m_file->open(QIODevice::WriteOnly))
                return Error::make(ErrorKind::Other, tr("Cannot write %1: %2").arg(piece.path, m_file->errorString()));
            m_hash.reset();
            return success();
        case Piece::Data:
            if (!m_file)
                return Error::make(ErrorKind::Other, tr("Internal error: chunk data without a chunk file."));
            m_hash.addData(QByteArrayView(piece.data.data(), qsizetype(piece.data.size())));
            if (m_file->write(piece.data.data(), qint64(piece.data.size())) != qint64(piece.data.size()))
                return Error::make(ErrorKind::Other, tr("Cannot write %1: %2 (is the disk full?)").arg(m_file->fileName(), m_file->errorString()));
            {
                quint64 a = 0, b = 0;
                qint64 rows = 0;
                TableDigest::addRowInputs(piece.rowInputs.data(), piece.rowInputs.size(), a, b, rows);
                std::lock_guard lock(m_mutex);
                m_done.lane0 += a;
                m_done.lane1 += b;
                m_done.rows += rows;
            }
            return success();
        case Piece::Close: {
            if (!m_file)
                return success();
            if (!m_file->flush() || m_file->error() != QFileDevice::NoError)
                return Error::make(ErrorKind::Other, tr("Cannot write %1: %2 (is the disk full?)").arg(m_file->fileName(), m_file->errorString()));
            m_file->close();
            if (m_file->error() != QFileDevice::NoError)
                return Error::make(ErrorKind::Other, tr("Cannot write %1: %2 (is the disk full?)").arg(m_file->fileName(), m_file->errorString()));
            m_file.reset();
            const QString sha = QString::fromLatin1(m_hash.hexResult());
            std::lock_guard lock(m_mutex);
            m_done.sha256s.append(sha);
            return success();
        }
        }
        return success();
    }

    std::mutex m_mutex;
    std::condition_variable m_work, m_space;
    std::deque<Piece> m_queue;
    std::vector<std::string> m_spare; // buffers of written pieces, for takeBuffer()
    size_t m_queuedBytes = 0;
    bool m_busy = false, m_stop = false, m_failed = false;
    Error m_error;
    Finished m_done;
    std::unique_ptr<QFile> m_file; // the writer thread's
    Sha256 m_hash;                 // the writer thread's
    std::thread m_thread;          // last: starts once the members above exist
};

} // namespace

QStringList presetNames() { return {QStringLiteral("inventree"), QStringLiteral("invenio")}; }

QStringList presetExclusions(const QString &preset)
{
    if (preset == QLatin1String("inventree"))
        // What InvenTree's export-records always or by default leaves out: content types and permissions are
        // recreated by migrations; sessions, API and SSO tokens, email logs, task queue and plugin data
        // belong to the running installation.
        return {QStringLiteral("django_content_type"), QStringLiteral("auth_permission"), QStringLiteral("django_admin_log"),
                QStringLiteral("error_report_*"), QStringLiteral("django_q_*"), QStringLiteral("common_notificationentry"),
                QStringLiteral("common_notificationmessage"), QStringLiteral("django_session"), QStringLiteral("users_apitoken"),
                QStringLiteral("authtoken_token"), QStringLiteral("socialaccount_socialapp*"), QStringLiteral("socialaccount_socialtoken"),
                QStringLiteral("common_emailmessage"), QStringLiteral("common_emailthread"), QStringLiteral("django_mailbox_*"),
                QStringLiteral("auth_user_user_permissions"), QStringLiteral("auth_group_permissions"),
                QStringLiteral("plugin_pluginconfig"), QStringLiteral("plugin_pluginsetting"), QStringLiteral("plugin_notificationusersetting")};
    if (preset == QLatin1String("invenio"))
        return {QStringLiteral("accounts_user_session_activity"), QStringLiteral("oauth2server_token"),
                QStringLiteral("oauthclient_remotetoken"), QStringLiteral("accounts_usersession*")};
    return {};
}

QStringList selectTables(const QStringList &all, const ExportOptions &options)
{
    QStringList out;
    const QStringList presetOut = presetExclusions(options.preset);
    for (const QString &t : all) {
        if (!options.tables.isEmpty()
            && std::none_of(options.tables.begin(), options.tables.end(), [&t](const QString &p) { return wildcardMatch(p, t); }))
            continue;
        if (std::any_of(options.exclude.begin(), options.exclude.end(), [&t](const QString &p) { return wildcardMatch(p, t); }))
            continue;
        const bool presetDrops = std::any_of(presetOut.begin(), presetOut.end(), [&t](const QString &p) { return wildcardMatch(p, t); });
        if (presetDrops && !options.include.contains(t))
            continue;
        out.append(t);
    }
    return out;
}

Result<ExportResult> exportDatabase(const ConnectionProfile &profile, const QString &secret, const QString &output,
                                    const ExportOptions &options, JobContext *job)
{
    if (output.isEmpty())
        return Error::make(ErrorKind::InvalidInput, tr("No output path for the dump."));
    if (options.chunkRows < 1 || options.chunkRows > 10'000'000)
        return Error::make(ErrorKind::InvalidInput, tr("The chunk size must be between 1 and 10,000,000 rows."));
    const QString outPath = QFileInfo(output).absoluteFilePath();
    const Archive::Format archiveFormat = Archive::formatForPath(outPath);
    const QFileInfo outInfo(outPath);
    if (outInfo.exists()) {
        const bool emptyDir = outInfo.isDir() && QDir(outPath).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden);
        if (!emptyDir && !options.overwrite)
            return Error::make(ErrorKind::InvalidInput, tr("%1 already exists; choose another name or allow overwriting.").arg(outPath));
        if (options.overwrite && outInfo.isDir() && !emptyDir && !QFileInfo::exists(QDir(outPath).filePath(QLatin1String(ManifestName))))
            return Error::make(ErrorKind::InvalidInput, tr("%1 is a folder that holds something other than a Godwit dump; it is not overwritten.").arg(outPath));
    }
    if (!QFileInfo(outInfo.absolutePath()).isDir() && !QDir().mkpath(outInfo.absolutePath()))
        return Error::make(ErrorKind::Other, tr("Cannot create the folder %1.").arg(outInfo.absolutePath()));
    if (!options.mediaFolder.isEmpty() && !QFileInfo(options.mediaFolder).isDir())
        return Error::make(ErrorKind::InvalidInput, tr("The media folder %1 does not exist.").arg(options.mediaFolder));

    DatabaseSession::Options sessionOptions;
    sessionOptions.readOnly = true;
    auto opened = DatabaseSession::open(profile, secret, sessionOptions);
    if (!opened)
        return opened.error();
    DatabaseSession &session = **opened;
    if (auto st = prepareSession(session); !st)
        return st.error();
    auto fail = [&session](const QSqlQuery &q) { return DatabaseSession::mapError(session.engine(), q.lastError(), session.profile()); };
    QSqlDatabase db = session.db();
    // One consistent snapshot of every table.
    {
        QSqlQuery q(db);
        bool began = true;
        switch (session.engine()) {
        case Engine::PostgreSQL: began = q.exec(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")); break;
        case Engine::MySQL: began = q.exec(QStringLiteral("START TRANSACTION WITH CONSISTENT SNAPSHOT")); break;
        default: began = q.exec(QStringLiteral("BEGIN")); break;
        }
        if (!began)
            return fail(q);
    }
    auto info = session.serverInfo();
    SchemaReader reader(session);
    auto listed = reader.listTables(true);
    if (!listed)
        return listed.error();
    QStringList names;
    QHash<QString, qint64> estimates;
    for (const TableInfo &t : *listed) {
        if (t.view)
            continue;
        names.append(t.name);
        estimates.insert(t.name, t.rowCount);
    }
    for (const QString &t : options.tables)
        if (!t.contains(u'*') && !t.contains(u'?') && !names.contains(t))
            return Error::make(ErrorKind::NotFound, tr("The database has no table “%1”.").arg(t));
    for (auto it = options.where.begin(); it != options.where.end(); ++it)
        if (!names.contains(it.key()))
            return Error::make(ErrorKind::NotFound, tr("A row filter names the table “%1”, which the database does not have.").arg(it.key()));
    const QStringList selected = selectTables(names, options);
    qint64 total = 0;
    for (const QString &t : selected)
        total += std::max<qint64>(0, estimates.value(t));
    if (job) {
        job->setUnit(QStringLiteral("rows"));
        job->setTotal(total);
    }

    Manifest manifest;
    manifest.tool = QStringLiteral("Godwit ") + applicationVersion();
    manifest.sourceEngine = info ? info->product : engineName(profile.engine);
    manifest.sourceVersion = info ? info->version : QString();
    manifest.sourceName = profile.engine == Engine::SQLite ? QFileInfo(profile.database).fileName() : profile.database;
    manifest.created = QDateTime::currentDateTimeUtc();
    manifest.chunkRows = options.chunkRows;
    if (auto m = reader.markers())
        manifest.markers = m.take();

    // Write into a sibling "….part" folder; move into place only when everything is written.
    const QString work = archiveFormat == Archive::Format::None ? outPath + QStringLiteral(".part")
                                                                : outPath + QStringLiteral(".part-dir");
    QDir(work).removeRecursively();
    if (!QDir().mkpath(work + QStringLiteral("/data")))
        return Error::make(ErrorKind::Other, tr("Cannot create %1.").arg(work));
    struct Cleanup
    {
        QString dir;
        bool keep = false;
        ~Cleanup()
        {
            if (!keep)
                QDir(dir).removeRecursively();
        }
    } cleanup{work};
    const QDir root(work);
    qint64 totalBytes = 0;
    ChunkWriter writer; // destroyed (its thread joined) before the cleanup removes the folder

    int tableNo = 0;
    QMap<QString, QString> readMethods;
    for (const QString &tableName : selected) {
        ++tableNo;
        if (job) {
            if (job->isCanceled())
                return job->canceledError();
            job->setStatus(tr("Exporting %1 (%2 of %3)").arg(tableName).arg(tableNo).arg(selected.size()));
        }
        auto described = describeTable(session, tableName);
        if (!described)
            return described.error();
        DumpTable table = described.take();
        RowScanner scanner(session, tableName, table.columns, table.primaryKey, options.where.value(tableName));
        if (auto st = scanner.start(); !st)
            return st.error();
        readMethods.insert(tableName, scanner.readMethod());
        const QString dirRel = QStringLiteral("data/%1-%2").arg(tableNo, 4, 10, QLatin1Char('0')).arg(safeName(tableName));
        root.mkpath(dirRel);
        TableDigest digest(table.columns);
        const int ncols = table.columns.size();
        std::vector<std::string> tokens(static_cast<size_t>(ncols));
        QList<int> scales;
        for (const DumpColumn &c : std::as_const(table.columns))
            scales.append(c.type == ValueType::Decimal ? c.scale : -1);
        std::string scratch;
        // A chunk's lines and the rows' checksum inputs go to the writer thread in pieces of about 512 KB.
        std::string pending, rowInputs;
        pending.reserve((512 << 10) + (1 << 16));
        rowInputs.reserve((256 << 10) + (1 << 16));
        bool chunkOpen = false;
        DumpChunk chunk;
        auto writerFailed = [&]() -> Error {
            auto f = writer.finish();
            return f ? Error::make(ErrorKind::Other, tr("The chunk writer stopped.")) : f.error();
        };
        auto flushPending = [&]() -> bool {
            if (pending.empty() && rowInputs.empty())
                return true;
            ChunkWriter::Piece piece;
            piece.kind = ChunkWriter::Piece::Data;
            piece.data.swap(pending);
            piece.rowInputs.swap(rowInputs);
            writer.takeBuffer(pending, (512 << 10) + (1 << 16));
            writer.takeBuffer(rowInputs, (256 << 10) + (1 << 16));
            return writer.push(std::move(piece));
        };
        auto closeChunk = [&]() -> bool {
            if (!chunkOpen)
                return true;
            chunkOpen = false;
            totalBytes += chunk.bytes;
            table.chunks.append(chunk);
            return flushPending() && writer.push({ChunkWriter::Piece::Close, {}, {}, {}});
        };
        qint64 sinceProgress = 0;
        while (scanner.next()) {
            if (!chunkOpen) {
                chunk = DumpChunk{};
                chunk.path = dirRel + QStringLiteral("/%1.jsonl").arg(table.chunks.size() + 1, 6, 10, QLatin1Char('0'));
                if (!writer.push({ChunkWriter::Piece::Open, root.filePath(chunk.path), {}, {}}))
                    return writerFailed();
                chunkOpen = true;
            }
            const size_t lineStart = pending.size();
            pending.push_back('[');
            // Most values go from the engine's bytes straight into the line and the checksum
            // (RowScanner::fastField); the rest through a cell.
            for (int i = 0; i < ncols; ++i) {
                if (i)
                    pending.push_back(',');
                if (!scanner.fastField(i, table.columns.at(i), &pending, tokens[size_t(i)], scratch)) {
                    const Cell c = cellFromValue(session.engine(), scanner.value(i), table.columns.at(i));
                    appendCellJson(pending, c);
                    const QByteArray t = canonicalToken(c, table.columns.at(i).type, scales.at(i));
                    tokens[size_t(i)].assign(t.constData(), size_t(t.size()));
                }
            }
            digest.appendRowInput(rowInputs, tokens);
            pending.append("]\n", 2);
            chunk.bytes += qint64(pending.size() - lineStart);
            ++chunk.rows;
            ++table.rows;
            if (pending.size() > (512 << 10) && !flushPending())
                return writerFailed();
            if (chunk.rows >= options.chunkRows && !closeChunk())
                return writerFailed();
            if (++sinceProgress >= 1000 && job) {
                job->addDone(sinceProgress);
                sinceProgress = 0;
                if (job->isCanceled())
                    return job->canceledError();
            }
        }
        if (scanner.failed())
            return scanner.error();
        if (!closeChunk())
            return writerFailed();
        auto finished = writer.finish();
        if (!finished)
            return finished.error();
        if (finished->sha256s.size() != table.chunks.size())
            return Error::make(ErrorKind::Other, tr("Internal error: %1 chunk checksums for %2 chunks.").arg(finished->sha256s.size()).arg(table.chunks.size()));
        for (qsizetype k = 0; k < table.chunks.size(); ++k)
            table.chunks[k].sha256 = finished->sha256s.at(k);
        digest.addLanes(finished->lane0, finished->lane1, finished->rows);
        if (job)
            job->addDone(sinceProgress);
        table.checksum = digest.hex();
        manifest.tables.append(table);
    }
    {
        QSqlQuery q(db);
        q.exec(QStringLiteral("COMMIT")); // the snapshot only read
    }

    if (!options.mediaFolder.isEmpty()) {
        if (job)
            job->setStatus(tr("Copying media files"));
        const QDir mediaRoot(options.mediaFolder);
        QDirIterator it(options.mediaFolder, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext())
            files.append(mediaRoot.relativeFilePath(it.next()));
        files.sort();
        for (const QString &rel : std::as_const(files)) {
            const QString target = root.filePath(QStringLiteral("media/") + rel);
            QDir().mkpath(QFileInfo(target).absolutePath());
            if (!QFile::copy(mediaRoot.filePath(rel), target))
                return Error::make(ErrorKind::Other, tr("Cannot copy the media file %1 (is the disk full?).").arg(mediaRoot.filePath(rel)));
            QFile f(target);
            if (!f.open(QIODevice::ReadOnly))
                return Error::make(ErrorKind::Other, tr("Cannot read %1.").arg(target));
            DumpMedia md;
            md.path = rel;
            bool canceled = false;
            md.sha256 = sha256File(f, &md.bytes, job, &canceled);
            if (canceled)
                return job->canceledError();
            totalBytes += md.bytes;
            manifest.media.append(md);
        }
    }

    const QByteArray manifestJson = QJsonDocument(manifest.toJson()).toJson(QJsonDocument::Indented);
    {
        QSaveFile mf(root.filePath(QLatin1String(ManifestName)));
        if (!mf.open(QIODevice::WriteOnly) || mf.write(manifestJson) != manifestJson.size() || !mf.commit())
            return Error::make(ErrorKind::Other, tr("Cannot write the manifest of %1 (is the disk full?).").arg(outPath));
        QSaveFile sf(root.filePath(QLatin1String(ManifestName) + QStringLiteral(".sha256")));
        const QByteArray sum = QCryptographicHash::hash(manifestJson, QCryptographicHash::Sha256).toHex() + "  manifest.json\n";
        if (!sf.open(QIODevice::WriteOnly) || sf.write(sum) != sum.size() || !sf.commit())
            return Error::make(ErrorKind::Other, tr("Cannot write the manifest checksum of %1.").arg(outPath));
    }
    totalBytes += manifestJson.size();

    if (archiveFormat != Archive::Format::None) {
        if (job) {
            job->setStatus(tr("Packing %1").arg(QFileInfo(outPath).fileName()));
            job->setUnit(QStringLiteral("bytes"));
            job->setTotal(totalBytes);
            job->setDone(0);
        }
        if (auto st = Archive::pack(work, outPath, job); !st)
            return st.error();
    } else {
        if (QFileInfo::exists(outPath) && !QDir(outPath).removeRecursively())
            return Error::make(ErrorKind::Other, tr("Cannot replace %1.").arg(outPath));
        if (!QDir().rename(work, outPath))
            return Error::make(ErrorKind::Other, tr("Cannot move %1 to %2.").arg(work, outPath));
        cleanup.keep = true;
    }
    ExportResult result;
    result.manifest = manifest;
    result.path = outPath;
    result.bytes = archiveFormat == Archive::Format::None ? totalBytes : QFileInfo(outPath).size();
    result.readMethods = readMethods;
    return result;
}

// ---------------------------------------------------------------------------------------------------------

namespace {

Result<Manifest> parseManifest(const QByteArray &data, const QByteArray &checksumFile, const QString &path)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return Error::make(ErrorKind::InvalidInput, tr("The manifest of %1 is not valid JSON (%2 at byte %3): the dump is damaged.")
                                                        .arg(path, err.errorString()).arg(err.offset));
    if (!checksumFile.isEmpty() && QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex() != checksumFile.left(64))
        return Error::make(ErrorKind::InvalidInput, tr("The manifest of %1 does not match its checksum: it was changed or damaged.").arg(path));
    return Manifest::fromJson(doc.object());
}

} // namespace

Result<Manifest> readManifest(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir()) {
        QFile mf(QDir(path).filePath(QLatin1String(ManifestName)));
        if (!mf.open(QIODevice::ReadOnly))
            return Error::make(ErrorKind::InvalidInput, tr("%1 is not a Godwit dump: it has no manifest.json.").arg(path));
        QFile sf(QDir(path).filePath(QLatin1String(ManifestName) + QStringLiteral(".sha256")));
        QByteArray checksum;
        if (sf.open(QIODevice::ReadOnly))
            checksum = sf.readAll();
        return parseManifest(mf.read(256 << 20), checksum, path);
    }
    if (Archive::formatForPath(path) == Archive::Format::None)
        return Error::make(ErrorKind::InvalidInput, tr("%1 is neither a dump folder nor a .tar, .tar.gz, .tar.zst or .zip archive.").arg(path));
    auto data = Archive::readEntry(path, QLatin1String(ManifestName));
    if (!data)
        return Error::make(data.error().kind, data.error().kind == ErrorKind::NotFound
                                                  ? tr("%1 is not a Godwit dump: it has no manifest.json.").arg(path) : data.errorMessage());
    auto checksum = Archive::readEntry(path, QLatin1String(ManifestName) + QStringLiteral(".sha256"));
    return parseManifest(*data, checksum ? *checksum : QByteArray(), path);
}

Result<std::shared_ptr<DumpSource>> DumpSource::open(const QString &path, JobContext *job)
{
    auto source = std::make_shared<DumpSource>();
    const QFileInfo info(path);
    source->m_path = info.absoluteFilePath();
    if (!info.exists())
        return Error::make(ErrorKind::NotFound, tr("%1 does not exist.").arg(path));
    if (info.isDir()) {
        source->m_root = source->m_path;
    } else if (info.fileName() == QLatin1String(ManifestName)) {
        source->m_root = info.absolutePath();
    } else if (Archive::formatForPath(path) != Archive::Format::None) {
        source->m_temp = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/godwit-dump-XXXXXX"));
        if (!source->m_temp->isValid())
            return Error::make(ErrorKind::Other, tr("Cannot create a temporary folder to unpack %1.").arg(path));
        if (job) {
            job->setUnit(QStringLiteral("bytes"));
            job->setStatus(tr("Unpacking %1").arg(info.fileName()));
        }
        if (auto st = Archive::unpack(path, source->m_temp->path(), job); !st)
            return st.error();
        source->m_root = source->m_temp->path();
    } else {
        return Error::make(ErrorKind::InvalidInput, tr("%1 is neither a dump folder nor a .tar, .tar.gz, .tar.zst or .zip archive.").arg(path));
    }
    QFile mf(QDir(source->m_root).filePath(QLatin1String(ManifestName)));
    if (!mf.open(QIODevice::ReadOnly))
        return Error::make(ErrorKind::InvalidInput, tr("%1 is not a Godwit dump: it has no manifest.json.").arg(path));
    if (mf.size() > (256 << 20))
        return Error::make(ErrorKind::InvalidInput, tr("The manifest of %1 is implausibly large.").arg(path));
    QByteArray checksum;
    QFile sf(QDir(source->m_root).filePath(QLatin1String(ManifestName) + QStringLiteral(".sha256")));
    if (sf.open(QIODevice::ReadOnly))
        checksum = sf.readAll();
    auto manifest = parseManifest(mf.readAll(), checksum, path);
    if (!manifest)
        return manifest.error();
    source->m_manifest = manifest.take();
    return source;
}

QString DumpSource::chunkPath(const DumpChunk &chunk) const { return QDir(m_root).filePath(chunk.path); }
QString DumpSource::mediaPath(const DumpMedia &media) const { return QDir(m_root).filePath(QStringLiteral("media/") + media.path); }

qint64 DumpSource::sizeOnDisk() const
{
    if (m_temp)
        return QFileInfo(m_path).size();
    qint64 n = 0;
    for (const DumpTable &t : m_manifest.tables)
        for (const DumpChunk &c : t.chunks)
            n += c.bytes;
    for (const DumpMedia &m : m_manifest.media)
        n += m.bytes;
    return n;
}

TableReader::TableReader(const DumpSource &source, const DumpTable &table) : m_source(source), m_table(table) {}

bool TableReader::openChunk()
{
    ++m_chunk;
    m_line = 0;
    m_file.reset();
    if (m_chunk >= m_table.chunks.size())
        return false;
    m_file = std::make_unique<QFile>(m_source.chunkPath(m_table.chunks.at(m_chunk)));
    if (!m_file->open(QIODevice::ReadOnly)) {
        m_error = tr("The chunk %1 of “%2” is missing.").arg(m_table.chunks.at(m_chunk).path, m_table.name);
        return false;
    }
    return true;
}

QString TableReader::position() const
{
    if (m_chunk < 0 || m_chunk >= m_table.chunks.size())
        return m_table.name;
    return tr("%1, line %2").arg(m_table.chunks.at(m_chunk).path).arg(m_line);
}

bool TableReader::nextLine(QByteArray &line)
{
    while (true) {
        if (!m_error.isEmpty())
            return false;
        if (!m_file && !openChunk())
            return false;
        line = m_file->readLine();
        if (line.isEmpty()) {
            if (m_file->error() != QFileDevice::NoError) {
                m_error = tr("Cannot read %1: %2").arg(position(), m_file->errorString());
                return false;
            }
            m_file.reset();
            continue;
        }
        ++m_line;
        if (!line.endsWith('\n')) {
            m_error = tr("%1 of “%2” ends in the middle of a row: the chunk is truncated.").arg(position(), m_table.name);
            return false;
        }
        line.chop(1);
        return true;
    }
}

bool TableReader::next(Row &row)
{
    QByteArray line;
    if (!nextLine(line))
        return false;
    QString why;
    if (!m_parser.parse(line, row, &why)) {
        m_error = tr("%1 of “%2” is damaged: %3.").arg(position(), m_table.name, why);
        return false;
    }
    if (row.size() != m_table.columns.size()) {
        m_error = tr("%1 of “%2” has %3 values for %4 columns.").arg(position(), m_table.name).arg(row.size()).arg(m_table.columns.size());
        return false;
    }
    ++m_rows;
    return true;
}

bool TableReader::next(ElementRow &row)
{
    QByteArray line;
    if (!nextLine(line))
        return false;
    QString why;
    if (!row.parse(line, &why)) {
        m_error = tr("%1 of “%2” is damaged: %3.").arg(position(), m_table.name, why);
        return false;
    }
    if (row.size() != m_table.columns.size()) {
        m_error = tr("%1 of “%2” has %3 values for %4 columns.").arg(position(), m_table.name).arg(row.size()).arg(m_table.columns.size());
        return false;
    }
    ++m_rows;
    return true;
}

VerifyReport verifyDump(const DumpSource &source, JobContext *job)
{
    VerifyReport report;
    const Manifest &m = source.manifest();
    auto problem = [&report](const QString &table, const QString &where, const QString &message) {
        report.ok = false;
        report.problems.append({table, where, message});
    };
    if (job) {
        job->setUnit(QStringLiteral("rows"));
        job->setTotal(m.totalRows());
        job->setDone(0);
    }
    for (const DumpTable &t : m.tables) {
        if (job) {
            if (job->isCanceled())
                break;
            job->setStatus(tr("Verifying %1").arg(t.name));
        }
        bool chunksOk = true;
        for (const DumpChunk &c : t.chunks) {
            ++report.chunks;
            QFile f(source.chunkPath(c));
            if (!f.open(QIODevice::ReadOnly)) {
                problem(t.name, c.path, tr("The chunk is missing."));
                chunksOk = false;
                continue;
            }
            qint64 bytes = 0;
            bool canceled = false;
            const QString sum = sha256File(f, &bytes, job, &canceled);
            if (canceled)
                break;
            report.bytes += bytes;
            if (bytes != c.bytes) {
                problem(t.name, c.path, tr("The chunk has %1 bytes instead of %2: it is truncated or was changed.").arg(bytes).arg(c.bytes));
                chunksOk = false;
            } else if (sum != c.sha256) {
                problem(t.name, c.path, tr("The chunk's SHA-256 does not match the manifest: it is damaged or was changed."));
                chunksOk = false;
            }
        }
        if (!chunksOk)
            continue; // the content checks would only repeat the same problem
        TableReader reader(source, t);
        TableDigest digest(t.columns);
        ElementRow row;
        std::vector<std::string> tokens(static_cast<size_t>(t.columns.size()));
        qint64 n = 0;
        while (reader.next(row)) {
            for (int i = 0; i < t.columns.size(); ++i) {
                const DumpColumn &col = t.columns.at(i);
                const int scale = col.type == ValueType::Decimal ? col.scale : -1;
                if (!jsonToken(row.at(i), col.type, scale, tokens[size_t(i)])) {
                    const QByteArray tok = canonicalToken(cellFromJson(row.at(i)), col.type, scale);
                    tokens[size_t(i)].assign(tok.constData(), size_t(tok.size()));
                }
            }
            digest.addTokens(tokens);
            if (++n % 5000 == 0 && job) {
                job->addDone(5000);
                if (job->isCanceled())
                    break;
            }
        }
        if (job)
            job->addDone(n % 5000);
        report.rows += n;
        if (!reader.error().isEmpty()) {
            problem(t.name, reader.position(), reader.error());
            continue;
        }
        if (n != t.rows)
            problem(t.name, {}, tr("The table has %1 rows instead of the %2 the manifest lists.").arg(n).arg(t.rows));
        else if (!t.checksum.isEmpty() && digest.hex() != t.checksum)
            problem(t.name, {}, tr("The table's content checksum does not match the manifest."));
    }
    for (const DumpMedia &md : m.media) {
        QFile f(source.mediaPath(md));
        if (!f.open(QIODevice::ReadOnly)) {
            problem(QString(), QStringLiteral("media/") + md.path, tr("The media file is missing."));
            continue;
        }
        qint64 bytes = 0;
        bool canceled = false;
        const QString sum = sha256File(f, &bytes, job, &canceled);
        report.bytes += bytes;
        if (bytes != md.bytes || sum != md.sha256)
            problem(QString(), QStringLiteral("media/") + md.path, tr("The media file does not match its checksum."));
    }
    if (job && job->isCanceled())
        problem(QString(), QString(), tr("Verification was canceled before the end."));
    return report;
}

} // namespace Godwit::Dump
