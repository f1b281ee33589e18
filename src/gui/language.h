// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace Godwit::Language {

// Languages Godwit ships, as (code, native name); code "" means "follow the system".
QList<QPair<QString, QString>> available();
// The code saved in preferences ("" = system).
QString saved();
void save(const QString &code);
// Installs Godwit's and Qt's translators for code ("" = system locale), replacing earlier ones. Widgets
// receive QEvent::LanguageChange and retranslate themselves.
void apply(const QString &code);
// The code in effect after apply (e.g. "fr"), or "en".
QString current();

} // namespace Godwit::Language
