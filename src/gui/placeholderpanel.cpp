// SPDX-License-Identifier: GPL-3.0-or-later
#include "placeholderpanel.h"
#include "decorations.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace Godwit {

PlaceholderPanel::PlaceholderPanel(Kind kind, QWidget *parent)
    : QWidget(parent), m_kind(kind), m_icon(new QLabel(this)), m_text(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    m_icon->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_icon);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setMaximumWidth(640);
    layout->addWidget(m_text, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    const char *icon = kind == Kind::Dumps ? "dumps" : kind == Kind::Revisions ? "revisions" : "indexes";
    m_icon->setPixmap(themedIcon(QString::fromLatin1(icon)).pixmap(72, 72));
    retranslate();
}

void PlaceholderPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PlaceholderPanel::retranslate()
{
    QString title, body;
    switch (m_kind) {
    case Kind::Dumps:
        title = tr("Dump files");
        body = tr("Export a database to verifiable dump files, browse them, and drop a dump onto a connection to import it "
                  "across engines in dependency order, with a pre-flight report and verification. Backup and restore included.");
        break;
    case Kind::Revisions:
        title = tr("Schema revisions");
        body = tr("The Alembic revision graph of your application drawn and browsable — branches, heads, merges and "
                  "depends_on — with the revision each database is at and what an upgrade would run.");
        break;
    case Kind::IndexMigrations:
        title = tr("Index migrations");
        body = tr("Reindex Elasticsearch and OpenSearch indices with near-zero downtime: recipes, bulk reindex then live "
                  "sync, status, atomic alias rollover and cancel, within one cluster or across two.");
        break;
    }
    m_text->setText(QStringLiteral("<h2>%1</h2><p>%2</p><p><i>%3</i></p>")
                        .arg(title.toHtmlEscaped(), body.toHtmlEscaped(),
                             tr("Coming in a later version of Godwit. The Connections panel already lists and checks the "
                                "databases and clusters this panel will work on.").toHtmlEscaped()));
}

} // namespace Godwit
