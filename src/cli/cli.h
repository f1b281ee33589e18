// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Godwit::Cli {

// Exit codes: 0 success, 1 the operation failed, 2 the command line is wrong.
enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

int run(const QStringList &arguments);
int runRevisions(const QStringList &arguments);

} // namespace Godwit::Cli
