// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace Godwit {

QString applicationVersion();
QString applicationId();

// Name/version pairs of every component Godwit is built on, for --version and the About dialog.
QList<QPair<QString, QString>> componentVersions();

// "godwit 0.1.0\nQt 6.4.2 ..." as printed by --version.
QString versionText(const QString &programName);

} // namespace Godwit
