// SPDX-License-Identifier: GPL-3.0-or-later
#include "archive.h"
#include "jobs/jobmanager.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <archive.h>
#include <archive_entry.h>

#include <memory>

namespace Godwit::Archive {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("Godwit::Archive", text); }

struct WriteDeleter
{
    void operator()(struct archive *a) const { archive_write_free(a); }
};
struct ReadDeleter
{
    void operator()(struct archive *a) const { archive_read_free(a); }
};

QString archiveError(struct archive *a) { return QString::fromUtf8(archive_error_string(a) ? archive_error_string(a) : "unknown error"); }

bool safeRelativePath(const QString &path)
{
    if (path.isEmpty() || path.startsWith(u'/') || path.contains(u'\\'))
        return false;
    const QStringList parts = path.split(u'/', Qt::SkipEmptyParts);
    return !parts.contains(QStringLiteral(".."));
}

} // namespace

Format formatForPath(const QString &path)
{
    const QString p = path.toLower();
    if (p.endsWith(QLatin1String(".tar.gz")) || p.endsWith(QLatin1String(".tgz")))
        return Format::TarGz;
    if (p.endsWith(QLatin1String(".tar.zst")) || p.endsWith(QLatin1String(".tzst")))
        return Format::TarZst;
    if (p.endsWith(QLatin1String(".tar")))
        return Format::Tar;
    if (p.endsWith(QLatin1String(".zip")))
        return Format::Zip;
    return Format::None;
}

QString formatExtension(Format format)
{
    switch (format) {
    case Format::Tar: return QStringLiteral(".tar");
    case Format::TarGz: return QStringLiteral(".tar.gz");
    case Format::TarZst: return QStringLiteral(".tar.zst");
    case Format::Zip: return QStringLiteral(".zip");
    case Format::None: break;
    }
    return {};
}

Status pack(const QString &folder, const QString &archivePath, JobContext *job)
{
    const Format format = formatForPath(archivePath);
    if (format == Format::None)
        return Error::make(ErrorKind::InvalidInput, tr("“%1” is not a .tar, .tar.gz, .tar.zst or .zip name.").arg(archivePath));
    std::unique_ptr<struct archive, WriteDeleter> a(archive_write_new());
    int r = ARCHIVE_OK;
    switch (format) {
    case Format::Zip: r = archive_write_set_format_zip(a.get()); break;
    default:
        r = archive_write_set_format_pax_restricted(a.get());
        if (r == ARCHIVE_OK && format == Format::TarGz)
            r = archive_write_add_filter_gzip(a.get());
        if (r == ARCHIVE_OK && format == Format::TarZst)
            r = archive_write_add_filter_zstd(a.get());
        break;
    }
    if (r != ARCHIVE_OK)
        return Error::make(ErrorKind::Other, tr("Cannot write %1: %2").arg(archivePath, archiveError(a.get())));
    const QString temp = archivePath + QStringLiteral(".part");
    QFile::remove(temp);
    if (archive_write_open_filename(a.get(), QFile::encodeName(temp).constData()) != ARCHIVE_OK)
        return Error::make(ErrorKind::Other, tr("Cannot create %1: %2").arg(temp, archiveError(a.get())));
    auto failWith = [&](const QString &message) {
        a.reset();
        QFile::remove(temp);
        return Error::make(ErrorKind::Other, message);
    };
    const QDir root(folder);
    QDirIterator it(folder, QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    QStringList files;
    while (it.hasNext())
        files.append(root.relativeFilePath(it.next()));
    files.sort();
    // A dump's manifest and its checksum go first, so that listing dumps reads only the archive's start.
    for (const QString &first : {QStringLiteral("manifest.json.sha256"), QStringLiteral("manifest.json")}) {
        if (files.removeAll(first) > 0)
            files.prepend(first);
    }
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (const QString &rel : std::as_const(files)) {
        if (job && job->isCanceled())
            return failWith(tr("Canceled."));
        QFile in(root.filePath(rel));
        if (!in.open(QIODevice::ReadOnly))
            return failWith(tr("Cannot read %1: %2").arg(in.fileName(), in.errorString()));
        std::unique_ptr<struct archive_entry, decltype(&archive_entry_free)> entry(archive_entry_new(), &archive_entry_free);
        archive_entry_set_pathname_utf8(entry.get(), rel.toUtf8().constData());
        archive_entry_set_size(entry.get(), in.size());
        archive_entry_set_filetype(entry.get(), AE_IFREG);
        archive_entry_set_perm(entry.get(), 0644);
        archive_entry_set_mtime(entry.get(), QFileInfo(in).lastModified().toSecsSinceEpoch(), 0);
        if (archive_write_header(a.get(), entry.get()) != ARCHIVE_OK)
            return failWith(tr("Cannot write %1: %2").arg(temp, archiveError(a.get())));
        while (true) {
            const qint64 n = in.read(buffer.data(), buffer.size());
            if (n < 0)
                return failWith(tr("Cannot read %1: %2").arg(in.fileName(), in.errorString()));
            if (n == 0)
                break;
            if (archive_write_data(a.get(), buffer.constData(), size_t(n)) < 0)
                return failWith(tr("Cannot write %1: %2").arg(temp, archiveError(a.get())));
            if (job)
                job->addDone(n);
        }
    }
    if (archive_write_close(a.get()) != ARCHIVE_OK)
        return failWith(tr("Cannot finish %1: %2").arg(temp, archiveError(a.get())));
    a.reset();
    QFile::remove(archivePath);
    if (!QFile::rename(temp, archivePath)) {
        QFile::remove(temp);
        return Error::make(ErrorKind::Other, tr("Cannot rename %1 to %2.").arg(temp, archivePath));
    }
    return success();
}

Status unpack(const QString &archivePath, const QString &folder, JobContext *job)
{
    std::unique_ptr<struct archive, ReadDeleter> a(archive_read_new());
    archive_read_support_filter_all(a.get());
    archive_read_support_format_tar(a.get());
    archive_read_support_format_zip(a.get());
    if (archive_read_open_filename(a.get(), QFile::encodeName(archivePath).constData(), 1 << 20) != ARCHIVE_OK)
        return Error::make(ErrorKind::InvalidInput, tr("Cannot open the archive %1: %2").arg(archivePath, archiveError(a.get())));
    const QDir root(folder);
    struct archive_entry *entry = nullptr;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    while (true) {
        const int r = archive_read_next_header(a.get(), &entry);
        if (r == ARCHIVE_EOF)
            break;
        if (r != ARCHIVE_OK && r != ARCHIVE_WARN)
            return Error::make(ErrorKind::InvalidInput, tr("The archive %1 is damaged: %2").arg(archivePath, archiveError(a.get())));
        if (job && job->isCanceled())
            return job->canceledError();
        const char *utf8 = archive_entry_pathname_utf8(entry);
        const QString rel = utf8 ? QString::fromUtf8(utf8) : QFile::decodeName(archive_entry_pathname(entry));
        const auto type = archive_entry_filetype(entry);
        if (type == AE_IFDIR)
            continue;
        if (type != AE_IFREG)
            return Error::make(ErrorKind::InvalidInput, tr("The archive %1 holds “%2”, which is not a plain file.").arg(archivePath, rel));
        if (!safeRelativePath(rel))
            return Error::make(ErrorKind::InvalidInput, tr("The archive %1 holds “%2”, a path outside its folder.").arg(archivePath, rel));
        const QString target = root.filePath(rel);
        QDir().mkpath(QFileInfo(target).absolutePath());
        QFile out(target);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Error::make(ErrorKind::Other, tr("Cannot write %1: %2").arg(target, out.errorString()));
        while (true) {
            const la_ssize_t n = archive_read_data(a.get(), buffer.data(), size_t(buffer.size()));
            if (n < 0)
                return Error::make(ErrorKind::InvalidInput, tr("The archive %1 is damaged at “%2”: %3").arg(archivePath, rel, archiveError(a.get())));
            if (n == 0)
                break;
            if (out.write(buffer.constData(), n) != n)
                return Error::make(ErrorKind::Other, tr("Cannot write %1: %2").arg(target, out.errorString()));
            if (job)
                job->addDone(n);
        }
    }
    return success();
}

Result<QByteArray> readEntry(const QString &archivePath, const QString &name, qint64 maxBytes)
{
    std::unique_ptr<struct archive, ReadDeleter> a(archive_read_new());
    archive_read_support_filter_all(a.get());
    archive_read_support_format_tar(a.get());
    archive_read_support_format_zip(a.get());
    if (archive_read_open_filename(a.get(), QFile::encodeName(archivePath).constData(), 1 << 16) != ARCHIVE_OK)
        return Error::make(ErrorKind::InvalidInput, tr("Cannot open the archive %1: %2").arg(archivePath, archiveError(a.get())));
    struct archive_entry *entry = nullptr;
    while (true) {
        const int r = archive_read_next_header(a.get(), &entry);
        if (r == ARCHIVE_EOF)
            return Error::make(ErrorKind::NotFound, tr("The archive %1 has no “%2”.").arg(archivePath, name));
        if (r != ARCHIVE_OK && r != ARCHIVE_WARN)
            return Error::make(ErrorKind::InvalidInput, tr("The archive %1 is damaged: %2").arg(archivePath, archiveError(a.get())));
        const char *utf8 = archive_entry_pathname_utf8(entry);
        const QString rel = utf8 ? QString::fromUtf8(utf8) : QFile::decodeName(archive_entry_pathname(entry));
        if (rel != name)
            continue;
        QByteArray data;
        QByteArray buffer(1 << 16, Qt::Uninitialized);
        while (true) {
            const la_ssize_t n = archive_read_data(a.get(), buffer.data(), size_t(buffer.size()));
            if (n < 0)
                return Error::make(ErrorKind::InvalidInput, tr("The archive %1 is damaged at “%2”: %3").arg(archivePath, rel, archiveError(a.get())));
            if (n == 0)
                return data;
            data.append(buffer.constData(), n);
            if (data.size() > maxBytes)
                return Error::make(ErrorKind::InvalidInput, tr("“%1” in %2 is implausibly large.").arg(rel, archivePath));
        }
    }
}

} // namespace Godwit::Archive
