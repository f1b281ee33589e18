// SPDX-License-Identifier: GPL-3.0-or-later
// godwit-cli, the program users run. It runs the revisions commands that only read scripts itself, in a process
// that loads QtCore and QtConcurrent and nothing else, and hands every other command to godwit-cli-full.
//
// Why: godwit-cli-full links some fifty shared libraries (Qt Network, SQL and D-Bus, QtKeychain, Graphviz,
// libarchive, SQLite, ...). Loading and relocating them costs more than reading 300 revision scripts, and
// `revisions heads` is meant to answer about as fast as a shell builtin. The hand-over is an exec: same arguments,
// environment, standard streams and process id, so scripts cannot tell the difference.
#include "cli.h"
#include "output.h"

#include "godwit_config.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace {

// Replaces this process with godwit-cli-full; returns only when that fails.
int execFullCli(char **argv)
{
    // Installed, it lives in libexec (GODWIT_CLI_FULL_DIR, relative to the bin folder); in a build tree, next to
    // godwit-cli.
    const QString dir = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalPath();
    const QStringList candidates{dir + QStringLiteral("/" GODWIT_CLI_FULL_DIR "/godwit-cli-full"),
                                 dir + QStringLiteral("/godwit-cli-full")};
    int error = ENOENT;
    for (const QString &candidate : candidates) {
        const QByteArray path = QFile::encodeName(candidate);
        ::execv(path.constData(), argv);
        error = errno;
        if (error != ENOENT)
            break;
    }
    return Godwit::Cli::fail(QCoreApplication::translate("godwit-cli", "cannot run godwit-cli-full (looked in %1): %2")
                                 .arg(candidates.join(QStringLiteral(", ")), QString::fromLocal8Bit(std::strerror(error))));
}

} // namespace

int main(int argc, char **argv)
{
    // Decided before QCoreApplication exists: godwit-cli-full makes its own.
    if (argc < 3 || std::strcmp(argv[1], "revisions") != 0
        || Godwit::Cli::revisionsCommandNeedsFullCli(QString::fromLocal8Bit(argv[2])))
        return execFullCli(argv);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("godwit"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GODWIT_VERSION));
    Godwit::Cli::echoLogToStderr();
    return Godwit::Cli::runRevisions(QCoreApplication::arguments().mid(2));
}
