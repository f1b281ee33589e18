// SPDX-License-Identifier: GPL-3.0-or-later
#include "decorations.h"
#include "browse/browsemodel.h"

#include <QHash>
#include <QPalette>
#include <QApplication>
#include <QFont>

namespace Godwit {

QIcon themedIcon(const QString &name)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(name);
    if (it == cache.end())
        it = cache.insert(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
    return *it;
}

QIcon engineIcon(Engine engine)
{
    switch (engine) {
    case Engine::Search:
    case Engine::Elasticsearch:
    case Engine::OpenSearch: return themedIcon(QStringLiteral("cluster"));
    default: return themedIcon(QStringLiteral("database"));
    }
}

QVariant BrowseDecorationProxy::data(const QModelIndex &index, int role) const
{
    if (index.column() == BrowseModel::NameColumn && role == Qt::DecorationRole) {
        using K = BrowseModel::NodeKind;
        switch (K(QIdentityProxyModel::data(index, BrowseModel::KindRole).toInt())) {
        case K::Table: return themedIcon(QStringLiteral("table"));
        case K::View: return themedIcon(QStringLiteral("view"));
        case K::Column: return themedIcon(QStringLiteral("column"));
        case K::PrimaryKey: return themedIcon(QStringLiteral("key"));
        case K::ForeignKey: return themedIcon(QStringLiteral("alias"));
        case K::Index: return themedIcon(QStringLiteral("index"));
        case K::SearchIndex: return themedIcon(QStringLiteral("indexes"));
        case K::Alias: return themedIcon(QStringLiteral("alias"));
        case K::ClusterNode: return themedIcon(QStringLiteral("cluster"));
        case K::Marker: return themedIcon(QStringLiteral("revisions"));
        case K::Error: return themedIcon(QStringLiteral("error"));
        case K::Field: return themedIcon(QStringLiteral("column"));
        case K::Info: return themedIcon(QStringLiteral("about"));
        case K::Group:
        case K::Message: return {};
        }
    }
    if (role == Qt::ForegroundRole) {
        using K = BrowseModel::NodeKind;
        const auto kind = K(QIdentityProxyModel::data(index, BrowseModel::KindRole).toInt());
        if (kind == K::Error)
            return QColor(0xc0, 0x30, 0x30);
        if (kind == K::Message || index.column() == BrowseModel::DetailColumn)
            return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
    }
    if (role == Qt::FontRole && index.column() == BrowseModel::NameColumn
        && BrowseModel::NodeKind(QIdentityProxyModel::data(index, BrowseModel::KindRole).toInt()) == BrowseModel::NodeKind::Group) {
        QFont f = QApplication::font();
        f.setBold(true);
        return f;
    }
    return QIdentityProxyModel::data(index, role);
}

} // namespace Godwit
