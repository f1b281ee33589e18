// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui { class PasswordDialog; }

namespace Godwit {

class PasswordDialog : public QDialog
{
    Q_OBJECT
public:
    PasswordDialog(const QString &message, bool keychainAvailable, QWidget *parent = nullptr);
    ~PasswordDialog() override;
    QString secret() const;
    bool remember() const;

private:
    std::unique_ptr<Ui::PasswordDialog> ui;
};

} // namespace Godwit
