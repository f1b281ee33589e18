// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Godwit::Cli {

// Exit codes: 0 success, 1 the operation failed, 2 the command line is wrong.
enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

int run(const QStringList &arguments);
int runRevisions(const QStringList &arguments);
// Whether a revisions command needs what only godwit-cli-full links (database drivers, Graphviz). godwit-cli runs
// the other revisions commands itself and hands everything else to godwit-cli-full (see launcher.cpp).
bool revisionsCommandNeedsFullCli(const QString &verb);

} // namespace Godwit::Cli
