// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace Godwit {

// An honest "not yet" page for a panel whose capability has not landed: what it will do, and what to use
// meanwhile.
class PlaceholderPanel : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Dumps, Revisions, IndexMigrations };
    explicit PlaceholderPanel(Kind kind, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    Kind m_kind;
    QLabel *m_icon;
    QLabel *m_text;
};

} // namespace Godwit
