// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"
#include "global/version.h"
#include "ui_aboutdialog.h"

#include <QHeaderView>
#include <QIcon>

namespace Godwit {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent), ui(std::make_unique<Ui::AboutDialog>())
{
    ui->setupUi(this);
    ui->iconLabel->setPixmap(QIcon(QStringLiteral(":/icons/org.godwit.Godwit.svg")).pixmap(96, 96));
    ui->titleLabel->setText(tr("<h2>Godwit %1</h2><p>A workbench for the migrations of research-data and inventory web "
                               "applications: database connections and dumps, Alembic revision graphs and "
                               "Elasticsearch/OpenSearch index migrations.</p><p>Licensed under the GNU GPL, version 3 or later.</p>")
                                .arg(applicationVersion()));
    const auto components = componentVersions();
    ui->componentsTable->setRowCount(int(components.size()));
    for (int row = 0; row < components.size(); ++row) {
        ui->componentsTable->setItem(row, 0, new QTableWidgetItem(components.at(row).first));
        ui->componentsTable->setItem(row, 1, new QTableWidgetItem(components.at(row).second));
    }
    ui->componentsTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    ui->componentsTable->resizeRowsToContents();
}

AboutDialog::~AboutDialog() = default;

} // namespace Godwit
