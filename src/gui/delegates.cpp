// SPDX-License-Identifier: GPL-3.0-or-later
#include "delegates.h"
#include "connections/connectionsmodel.h"
#include "decorations.h"
#include "jobs/jobsmodel.h"

#include <QApplication>
#include <QPainter>

namespace Godwit {

void JobProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int progress = index.data(JobsModel::ProgressRole).toInt();
    const auto status = JobStatus(index.data(JobsModel::StatusRole).toInt());
    if (progress < 0 && status != JobStatus::Running) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(2, 2, -2, -2);
    bar.minimum = 0;
    bar.maximum = progress < 0 ? 0 : 1000;
    bar.progress = progress < 0 ? 0 : progress;
    bar.text = index.data(Qt::DisplayRole).toString();
    if (progress >= 0 && bar.text.isEmpty())
        bar.text = QStringLiteral("%1%").arg(progress / 10);
    bar.textVisible = true;
    bar.textAlignment = Qt::AlignCenter;
    bar.state = option.state | QStyle::State_Horizontal;
    bar.palette = option.palette;
    bar.fontMetrics = option.fontMetrics;
    QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);
}

void ConnectionDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, option.widget);

    const auto engine = Engine(index.data(ConnectionsModel::EngineRole).toInt());
    const auto state = ConnectionsModel::TestState(index.data(ConnectionsModel::TestStateRole).toInt());
    const QRect r = option.rect.adjusted(6, 4, -6, -4);
    const int iconSize = 24;
    engineIcon(engine).paint(painter, QRect(r.left(), r.top() + (r.height() - iconSize) / 2, iconSize, iconSize));
    if (state == ConnectionsModel::TestState::Ok || state == ConnectionsModel::TestState::Failed)
        themedIcon(state == ConnectionsModel::TestState::Ok ? QStringLiteral("ok") : QStringLiteral("error"))
            .paint(painter, QRect(r.left() + 14, r.top() + (r.height() - iconSize) / 2 + 14, 12, 12));

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    QFont bold = option.font;
    bold.setBold(true);
    const QFontMetrics fmBold(bold);
    const QRect text = r.adjusted(iconSize + 8, 0, 0, 0);
    painter->save();
    painter->setFont(bold);
    painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(text.adjusted(0, 0, 0, -text.height() / 2), Qt::AlignLeft | Qt::AlignVCenter,
                      fmBold.elidedText(index.data(ConnectionsModel::NameRole).toString(), Qt::ElideRight, text.width()));
    painter->setFont(option.font);
    QColor secondary = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
    painter->setPen(secondary);
    const QString url = index.data(ConnectionsModel::UrlRole).toString();
    painter->drawText(text.adjusted(0, text.height() / 2, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(url, Qt::ElideMiddle, text.width()));
    painter->restore();
}

QSize ConnectionDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return QSize(220, option.fontMetrics.height() * 2 + 14);
}

} // namespace Godwit
