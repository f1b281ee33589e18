// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connections/connectionprofile.h"

#include <QIcon>
#include <QIdentityProxyModel>

namespace Godwit {

QIcon themedIcon(const QString &name); // ":/icons/<name>.svg"
QIcon engineIcon(Engine engine);

// Adds icons to the core browse model, which knows nothing of QtGui.
class BrowseDecorationProxy : public QIdentityProxyModel
{
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override;
};

} // namespace Godwit
