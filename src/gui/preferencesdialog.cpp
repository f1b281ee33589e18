// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"
#include "connections/secretstore.h"
#include "language.h"
#include "ui_preferencesdialog.h"

namespace Godwit {

PreferencesDialog::PreferencesDialog(const QString &workspace, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::PreferencesDialog>())
{
    ui->setupUi(this);
    const QString saved = Language::saved();
    for (const auto &[code, name] : Language::available()) {
        ui->languageCombo->addItem(name, code);
        if (code == saved)
            ui->languageCombo->setCurrentIndex(ui->languageCombo->count() - 1);
    }
    ui->workspacePath->setText(workspace);
    ui->keychainState->setText(SecretStore::instance()->keychainAvailable()
                                   ? tr("System keychain available: saved passwords are stored there.")
                                   : tr("No keychain available: passwords are asked for and kept in memory only."));
}

PreferencesDialog::~PreferencesDialog() = default;
QString PreferencesDialog::languageCode() const { return ui->languageCombo->currentData().toString(); }

} // namespace Godwit
