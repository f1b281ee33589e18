// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A thin wrapper over libarchive (KArchive for Qt 6 needs Qt >= 6.5, which Debian 12 does not have):
// pack a folder into tar, tar.gz, tar.zst or zip, and unpack one safely (no absolute paths, no "..", no
// links leaving the folder). Streams entry by entry with a fixed buffer, whatever the sizes.

#include "global/result.h"

#include <QString>
#include <functional>

namespace Godwit {

class JobContext;

namespace Archive {

enum class Format { None, Tar, TarGz, TarZst, Zip };

// By file name: .tar, .tar.gz/.tgz, .tar.zst/.tzst, .zip; None for anything else (a folder).
Format formatForPath(const QString &path);
QString formatExtension(Format format);

// Packs the contents of folder (not the folder itself) into archivePath, written first to a temporary file
// beside it and renamed at the end, so a failure leaves no half archive behind.
Status pack(const QString &folder, const QString &archivePath, JobContext *job = nullptr);
// Unpacks archivePath into the (existing, empty) folder.
Status unpack(const QString &archivePath, const QString &folder, JobContext *job = nullptr);

// Reads one entry (at most maxBytes) without unpacking the rest: the manifest Godwit packs first.
Result<QByteArray> readEntry(const QString &archivePath, const QString &name, qint64 maxBytes = 64 << 20);

} // namespace Archive
} // namespace Godwit
