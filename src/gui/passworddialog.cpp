// SPDX-License-Identifier: GPL-3.0-or-later
#include "passworddialog.h"
#include "ui_passworddialog.h"

namespace Godwit {

PasswordDialog::PasswordDialog(const QString &message, bool keychainAvailable, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::PasswordDialog>())
{
    ui->setupUi(this);
    ui->messageLabel->setText(message);
    ui->rememberCheck->setEnabled(keychainAvailable);
    ui->rememberCheck->setChecked(keychainAvailable);
    if (!keychainAvailable)
        ui->rememberCheck->setToolTip(tr("No system keychain is available: the password is kept in memory until Godwit quits."));
    ui->secretEdit->setFocus();
}

PasswordDialog::~PasswordDialog() = default;
QString PasswordDialog::secret() const { return ui->secretEdit->text(); }
bool PasswordDialog::remember() const { return ui->rememberCheck->isEnabled() && ui->rememberCheck->isChecked(); }

} // namespace Godwit
