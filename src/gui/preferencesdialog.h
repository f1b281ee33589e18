// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui { class PreferencesDialog; }

namespace Godwit {

class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    PreferencesDialog(const QString &workspace, QWidget *parent = nullptr);
    ~PreferencesDialog() override;
    QString languageCode() const;

private:
    std::unique_ptr<Ui::PreferencesDialog> ui;
};

} // namespace Godwit
