// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionspanel.h"
#include "browse/browsemodel.h"
#include "connectiondialog.h"
#include "connections/configimport.h"
#include "connections/connectiontester.h"
#include "connections/secretstore.h"
#include "decorations.h"
#include "delegates.h"
#include "log/log.h"
#include "passworddialog.h"
#include "search/clusterclient.h"
#include "ui_connectionspanel.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QInputDialog>
#include <QJsonDocument>
#include <QMenu>
#include <QPlainTextEdit>
#include <QVBoxLayout>
#include <QEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QPointer>
#include <QDragMoveEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QSortFilterProxyModel>

namespace Godwit {

ConnectionsPanel::ConnectionsPanel(JobManager *jobs, const QString &connectionsFile, QWidget *parent)
    : QWidget(parent), ui(std::make_unique<Ui::ConnectionsPanel>()), m_jobs(jobs), m_model(new ConnectionsModel(this)),
      m_browse(new BrowseModel(jobs, this)), m_decorated(new BrowseDecorationProxy(this)), m_filter(new QSortFilterProxyModel(this))
{
    ui->setupUi(this);
    if (auto s = m_model->load(connectionsFile); !s) {
        Log::error(tr("Connections"), s.errorMessage());
        emit statusMessage(s.errorMessage());
    }
    ui->connectionsView->setModel(m_model);
    ui->connectionsView->viewport()->setAcceptDrops(true);
    ui->connectionsView->viewport()->installEventFilter(this);
    ui->connectionsView->setItemDelegate(new ConnectionDelegate(this));
    ui->connectionsView->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_decorated->setSourceModel(m_browse);
    m_filter->setSourceModel(m_decorated);
    m_filter->setRecursiveFilteringEnabled(true);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(BrowseModel::NameColumn);
    ui->browseView->setModel(m_filter);
    ui->browseView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(ui->browseView, &QWidget::customContextMenuRequested, this, &ConnectionsPanel::showBrowseMenu);
    ui->browseView->header()->setSectionResizeMode(BrowseModel::NameColumn, QHeaderView::Interactive);
    ui->browseView->header()->resizeSection(BrowseModel::NameColumn, 300);
    ui->browseView->header()->resizeSection(BrowseModel::DetailColumn, 360);
    ui->browseView->header()->setStretchLastSection(false);
    ui->browseView->header()->setSectionResizeMode(BrowseModel::DetailColumn, QHeaderView::Stretch);

    struct Button { QToolButton *button; const char *icon; void (ConnectionsPanel::*slot)(); };
    const Button buttons[] = {
        {ui->addButton, "add", &ConnectionsPanel::newConnection},
        {ui->editButton, "edit", &ConnectionsPanel::editConnection},
        {ui->removeButton, "remove", &ConnectionsPanel::removeConnection},
        {ui->testButton, "test", &ConnectionsPanel::testConnection},
        {ui->importButton, "import", &ConnectionsPanel::importConfig},
    };
    for (const Button &b : buttons) {
        b.button->setIcon(themedIcon(QString::fromLatin1(b.icon)));
        b.button->setAutoRaise(true);
        connect(b.button, &QToolButton::clicked, this, b.slot);
        auto *action = new QAction(themedIcon(QString::fromLatin1(b.icon)), b.button->toolTip(), this);
        connect(action, &QAction::triggered, this, b.slot);
        if (b.button != ui->addButton && b.button != ui->importButton)
            ui->connectionsView->addAction(action);
    }
    auto *testShortcut = new QAction(this);
    testShortcut->setShortcut(QKeySequence(Qt::Key_F5));
    connect(testShortcut, &QAction::triggered, this, &ConnectionsPanel::testConnection);
    addAction(testShortcut);
    auto *deleteShortcut = new QAction(this);
    deleteShortcut->setShortcut(QKeySequence::Delete);
    deleteShortcut->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteShortcut, &QAction::triggered, this, &ConnectionsPanel::removeConnection);
    ui->connectionsView->addAction(deleteShortcut);

    connect(ui->connectionsView->selectionModel(), &QItemSelectionModel::currentChanged, this, &ConnectionsPanel::currentChanged);
    connect(ui->connectionsView, &QListView::doubleClicked, this, &ConnectionsPanel::editConnection);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ConnectionsPanel::showDetails);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ConnectionsPanel::updateActions);
    connect(ui->refreshButton, &QPushButton::clicked, this, [this] {
        m_browsedId.clear();
        browseCurrent();
    });
    connect(ui->filterEdit, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_browse, &BrowseModel::loaded, this, [this] { ui->browseView->expandToDepth(0); });
    // When a table's or index's details arrive, open their first group (columns, mapping) right away.
    connect(m_browse, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first) {
        using K = BrowseModel::NodeKind;
        const auto kind = K(parent.data(BrowseModel::KindRole).toInt());
        if (first != 0 || (kind != K::Table && kind != K::View && kind != K::SearchIndex))
            return;
        const QModelIndex child = m_browse->index(0, 0, parent);
        if (K(child.data(BrowseModel::KindRole).toInt()) == K::Group)
            ui->browseView->expand(m_filter->mapFromSource(m_decorated->mapFromSource(child)));
    });
    connect(m_browse, &BrowseModel::loadFailed, this, [this](const Error &error) {
        if (error.kind == ErrorKind::AuthenticationFailed) {
            const ConnectionProfile p = m_browse->connection();
            SecretStore::instance()->forget(p.id);
            withSecret(p, true, [this, p](const QString &secret) {
                m_browsedId = p.id;
                m_browse->setConnection(p, secret);
            });
        }
    });

    ui->emptyLabel->setText(tr("No connection selected.\n\nAdd one with “+” (Ctrl+N), paste an SQLAlchemy URL such as "
                               "postgresql+psycopg2://invenio@db/invenio, or import an invenio.cfg or InvenTree config.yaml."));
    ui->detailStack->setCurrentWidget(ui->emptyLabel);
    if (m_model->rowCount() > 0)
        ui->connectionsView->setCurrentIndex(m_model->index(0));
    updateActions();
}

ConnectionsPanel::~ConnectionsPanel() = default;

void ConnectionsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        ui->retranslateUi(this);
        showDetails();
    }
    QWidget::changeEvent(event);
}

QString ConnectionsPanel::currentId() const
{
    return ui->connectionsView->currentIndex().data(ConnectionsModel::IdRole).toString();
}

void ConnectionsPanel::selectConnection(const QString &id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        ui->connectionsView->setCurrentIndex(m_model->index(row));
}

void ConnectionsPanel::updateActions()
{
    const bool has = ui->connectionsView->currentIndex().isValid();
    ui->editButton->setEnabled(has);
    ui->removeButton->setEnabled(has);
    ui->testButton->setEnabled(has);
    ui->refreshButton->setEnabled(has);
    ui->filterEdit->setEnabled(has);
    if (!has) {
        ui->titleLabel->setText(tr("<b>Connections</b>"));
        ui->statusLabel->clear();
        ui->detailStack->setCurrentWidget(ui->emptyLabel);
    }
}

void ConnectionsPanel::currentChanged()
{
    updateActions();
    showDetails();
    browseCurrent();
}

void ConnectionsPanel::showDetails()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    const ConnectionProfile p = m_model->profile(id);
    ui->titleLabel->setText(QStringLiteral("<span style='font-size:large'><b>%1</b></span> &nbsp; %2 &nbsp; <code>%3</code>")
                                .arg(p.name.toHtmlEscaped(), engineName(p.engine).toHtmlEscaped(), p.displayUrl().toHtmlEscaped()));
    const auto state = m_model->testState(id);
    const QString message = m_model->data(m_model->index(m_model->rowOf(id)), ConnectionsModel::TestMessageRole).toString();
    switch (state) {
    case ConnectionsModel::TestState::Untested: ui->statusLabel->setText(tr("Not tested yet in this session (F5 tests it).")); break;
    case ConnectionsModel::TestState::Testing: ui->statusLabel->setText(tr("Testing…")); break;
    case ConnectionsModel::TestState::Ok: ui->statusLabel->setText(tr("✔ Connected: %1").arg(message)); break;
    case ConnectionsModel::TestState::Failed: ui->statusLabel->setText(tr("✘ %1").arg(message)); break;
    }
}

void ConnectionsPanel::browseCurrent()
{
    const QString id = currentId();
    if (id.isEmpty()) {
        m_browsedId.clear();
        m_browse->clear();
        return;
    }
    if (id == m_browsedId)
        return;
    m_browsedId = id;
    ui->detailStack->setCurrentWidget(ui->browseView);
    const ConnectionProfile p = m_model->profile(id);
    withSecret(p, false, [this, p](const QString &secret) {
        if (currentId() == p.id)
            m_browse->setConnection(p, secret);
    });
}

void ConnectionsPanel::withSecret(const ConnectionProfile &profile, bool forcePrompt, std::function<void(const QString &)> then)
{
    if (!profile.needsSecret()) {
        then(QString());
        return;
    }
    QPointer<ConnectionsPanel> self(this);
    auto prompt = [self, profile, then] {
        if (!self)
            return;
        auto *dialog = new PasswordDialog(tr("Password for %1 (%2):").arg(profile.name, profile.displayUrl()),
                                          SecretStore::instance()->keychainAvailable(), self);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, self, [self, dialog, profile, then] {
            const QString secret = dialog->secret();
            SecretStore::instance()->store(profile.id, secret, dialog->remember(), self, [self](const Status &s) {
                if (!s && self)
                    Log::warning(tr("Keychain"), s.errorMessage());
            });
            then(secret);
        });
        dialog->open();
    };
    if (forcePrompt) {
        prompt();
        return;
    }
    SecretStore::instance()->fetch(profile.id, this, [prompt, then](const Result<QString> &r) {
        if (r.ok())
            then(r.value());
        else
            prompt();
    });
}

void ConnectionsPanel::newConnection()
{
    ConnectionProfile p;
    p.engine = Engine::PostgreSQL;
    auto *dialog = new ConnectionDialog(m_jobs, p, false, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        ConnectionProfile profile = dialog->profile();
        profile.id = ConnectionProfile::newId();
        if (auto s = m_model->upsert(profile); !s) {
            QMessageBox::warning(this, tr("Connection not saved"), s.errorMessage());
            return;
        }
        if (!dialog->secret().isEmpty())
            SecretStore::instance()->store(profile.id, dialog->secret(), dialog->rememberSecret(), this, [](const Status &s) {
                if (!s)
                    Log::warning(tr("Keychain"), s.errorMessage());
            });
        selectConnection(profile.id);
        Log::info(tr("Connections"), tr("Added “%1” (%2).").arg(profile.name, profile.displayUrl()));
    });
    dialog->open();
}

void ConnectionsPanel::editConnection()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    const ConnectionProfile original = m_model->profile(id);
    auto *dialog = new ConnectionDialog(m_jobs, original, SecretStore::instance()->hasCached(id) || SecretStore::instance()->keychainAvailable(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ConnectionProfile profile = dialog->profile();
        if (auto s = m_model->upsert(profile); !s) {
            QMessageBox::warning(this, tr("Connection not saved"), s.errorMessage());
            return;
        }
        if (!dialog->secret().isEmpty())
            SecretStore::instance()->store(profile.id, dialog->secret(), dialog->rememberSecret());
        m_browsedId.clear();
        showDetails();
        browseCurrent();
    });
    dialog->open();
}

void ConnectionsPanel::removeConnection()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    const ConnectionProfile p = m_model->profile(id);
    const auto answer = QMessageBox::question(this, tr("Remove connection"),
                                              tr("Remove the connection “%1”?\n\nOnly the saved profile and its saved password are "
                                                 "removed; the database or cluster itself is not touched.").arg(p.name));
    if (answer != QMessageBox::Yes)
        return;
    if (auto s = m_model->remove(id); !s) {
        QMessageBox::warning(this, tr("Connection not removed"), s.errorMessage());
        return;
    }
    SecretStore::instance()->remove(id);
    m_browsedId.clear();
    m_browse->clear();
    currentChanged();
}

void ConnectionsPanel::testConnection()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    const ConnectionProfile p = m_model->profile(id);
    withSecret(p, false, [this, p](const QString &secret) {
        m_model->setTestState(p.id, ConnectionsModel::TestState::Testing);
        m_jobs->start(tr("Test %1").arg(p.name), [p, secret](JobContext &job) {
            job.setStatus(tr("Connecting"));
            return JobOutcome::from(Godwit::testConnection(p, secret, &job));
        }, this, [this, p](const JobOutcome &out) {
            if (out.ok) {
                const auto info = out.value.value<ServerInfo>();
                const QString message = tr("%1 %2, %3 ms").arg(info.product, info.version).arg(info.latencyMs);
                m_model->setTestState(p.id, ConnectionsModel::TestState::Ok, message);
                Log::info(p.name, tr("Connection OK: %1").arg(message));
                emit statusMessage(tr("%1: %2").arg(p.name, message));
            } else {
                m_model->setTestState(p.id, ConnectionsModel::TestState::Failed, out.error.message);
                emit statusMessage(tr("%1: %2").arg(p.name, out.error.message));
                if (out.error.kind == ErrorKind::AuthenticationFailed)
                    SecretStore::instance()->forget(p.id);
            }
        });
    });
}

void ConnectionsPanel::importConfig()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Import connections from an application's configuration"), QString(),
                                                      tr("Invenio or InvenTree configuration (invenio.cfg *.cfg *.py config.yaml *.yaml *.yml);;All files (*)"));
    if (!file.isEmpty())
        importConfigFile(file);
}

void ConnectionsPanel::importConfigFile(const QString &file)
{
    auto imported = importApplicationConfig(file);
    if (!imported) {
        Log::error(tr("Import"), imported.errorMessage());
        QMessageBox::warning(this, tr("Nothing imported"), imported.errorMessage());
        return;
    }
    for (const QString &w : imported->warnings)
        Log::warning(tr("Import"), w);
    QString last;
    for (ParsedConnection c : imported->connections) {
        c.profile.id = ConnectionProfile::newId();
        const QString base = c.profile.name;
        for (int n = 2; m_model->find(c.profile.name) >= 0; ++n)
            c.profile.name = base + QStringLiteral(" %1").arg(n);
        if (auto s = m_model->upsert(c.profile); !s) {
            Log::error(tr("Import"), s.errorMessage());
            continue;
        }
        if (!c.secret.isEmpty())
            SecretStore::instance()->store(c.profile.id, c.secret, true);
        Log::info(tr("Import"), tr("Imported “%1” (%2) from %3.").arg(c.profile.name, c.profile.displayUrl(), c.profile.source));
        last = c.profile.id;
    }
    if (!last.isEmpty())
        selectConnection(last);
    emit statusMessage(tr("Imported %n connection(s).", nullptr, int(imported->connections.size())));
}

QByteArray ConnectionsPanel::saveState() const { return ui->splitter->saveState(); }

void ConnectionsPanel::restoreState(const QByteArray &state)
{
    if (!state.isEmpty())
        ui->splitter->restoreState(state);
    else
        ui->splitter->setSizes({300, 900});
}

bool ConnectionsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != ui->connectionsView->viewport())
        return QWidget::eventFilter(watched, event);
    auto dumpAt = [this](QDropEvent *e, QString *path, QString *id) {
        const QList<QUrl> urls = e->mimeData()->urls();
        if (urls.isEmpty() || !urls.first().isLocalFile())
            return false;
        const QModelIndex index = ui->connectionsView->indexAt(e->position().toPoint());
        if (!index.isValid())
            return false;
        const ConnectionProfile p = m_model->profileAt(index.row());
        if (p.kind() != ConnectionKind::Database)
            return false;
        *path = urls.first().toLocalFile();
        if (QFileInfo(*path).fileName() == QLatin1String("manifest.json"))
            *path = QFileInfo(*path).absolutePath();
        *id = p.id;
        return true;
    };
    QString path, id;
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *e = static_cast<QDragMoveEvent *>(event);
        if (dumpAt(e, &path, &id))
            e->acceptProposedAction();
        else
            e->ignore();
        return true;
    }
    case QEvent::Drop: {
        auto *e = static_cast<QDropEvent *>(event);
        if (!dumpAt(e, &path, &id))
            return false;
        e->acceptProposedAction();
        Q_EMIT dumpDropped(path, id);
        return true;
    }
    default: break;
    }
    return QWidget::eventFilter(watched, event);
}

void ConnectionsPanel::clusterAction(const QString &title, std::function<Status(ClusterClient &)> action, bool reload)
{
    const ConnectionProfile p = m_browse->connection();
    withSecret(p, false, [this, p, title, action, reload](const QString &secret) {
        m_jobs->start(title, [p, secret, action](JobContext &job) {
            ClusterClient client(p, secret, &job);
            const Status s = action(client);
            return s ? JobOutcome::success() : JobOutcome::failure(s.error());
        }, this, [this, title, reload](const JobOutcome &o) {
            if (!o.ok)
                QMessageBox::warning(this, title, o.error.message);
            else
                Q_EMIT statusMessage(tr("%1: done").arg(title));
            if (reload && o.ok)
                m_browse->reload();
        });
    });
}

void ConnectionsPanel::showBrowseMenu(const QPoint &pos)
{
    if (m_browse->connection().kind() != ConnectionKind::Search)
        return;
    const QModelIndex at = ui->browseView->indexAt(pos);
    const auto kind = BrowseModel::NodeKind(at.data(BrowseModel::KindRole).toInt());
    const QString name = at.sibling(at.row(), BrowseModel::NameColumn).data(BrowseModel::NameRole).toString();
    QMenu menu(this);
    menu.addAction(themedIcon(QStringLiteral("add")), tr("Create index…"), this, [this] {
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Create index"));
        auto *layout = new QVBoxLayout(&dialog);
        auto *nameEdit = new QLineEdit(&dialog);
        nameEdit->setPlaceholderText(tr("index name"));
        auto *body = new QPlainTextEdit(&dialog);
        body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        body->setPlainText(QStringLiteral("{\n  \"settings\": {\"number_of_shards\": 1},\n  \"mappings\": {\"properties\": {}}\n}\n"));
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        layout->addWidget(new QLabel(tr("Name:"), &dialog));
        layout->addWidget(nameEdit);
        layout->addWidget(new QLabel(tr("Settings, mappings and aliases (JSON):"), &dialog));
        layout->addWidget(body);
        layout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, [&] {
            QJsonParseError pe;
            QJsonDocument::fromJson(body->toPlainText().toUtf8(), &pe);
            if (nameEdit->text().trimmed().isEmpty() || pe.error != QJsonParseError::NoError)
                QMessageBox::warning(&dialog, dialog.windowTitle(), pe.error != QJsonParseError::NoError
                                         ? tr("Not JSON: %1 at offset %2").arg(pe.errorString()).arg(pe.offset) : tr("Name the index."));
            else
                dialog.accept();
        });
        dialog.resize(520, 360);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const QString index = nameEdit->text().trimmed();
        const QJsonObject json = QJsonDocument::fromJson(body->toPlainText().toUtf8()).object();
        clusterAction(tr("Create index %1").arg(index), [index, json](ClusterClient &c) { return c.createIndex(index, json); });
    });
    if (kind == BrowseModel::NodeKind::SearchIndex && !name.isEmpty()) {
        menu.addAction(themedIcon(QStringLiteral("view")), tr("Show mapping of %1…").arg(name), this, [this, name] {
            const ConnectionProfile p = m_browse->connection();
            withSecret(p, false, [this, p, name](const QString &secret) {
                m_jobs->start(tr("Mapping of %1").arg(name), [p, secret, name](JobContext &job) {
                    ClusterClient client(p, secret, &job);
                    auto r = client.rawMapping(name);
                    return r ? JobOutcome::success(QVariant(QString::fromUtf8(QJsonDocument(*r).toJson(QJsonDocument::Indented))))
                             : JobOutcome::failure(r.error());
                }, this, [this, name](const JobOutcome &o) {
                    if (!o.ok) {
                        QMessageBox::warning(this, tr("Mapping of %1").arg(name), o.error.message);
                        return;
                    }
                    auto *dialog = new QDialog(this);
                    dialog->setAttribute(Qt::WA_DeleteOnClose);
                    dialog->setWindowTitle(tr("Mapping of %1").arg(name));
                    auto *layout = new QVBoxLayout(dialog);
                    auto *text = new QPlainTextEdit(o.value.toString(), dialog);
                    text->setReadOnly(true);
                    text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
                    layout->addWidget(text);
                    dialog->resize(600, 600);
                    dialog->show();
                });
            });
        });
        menu.addAction(themedIcon(QStringLiteral("alias")), tr("Add alias to %1…").arg(name), this, [this, name] {
            bool ok = false;
            const QString alias = QInputDialog::getText(this, tr("Add alias"), tr("Alias for %1:").arg(name), QLineEdit::Normal, {}, &ok).trimmed();
            if (!ok || alias.isEmpty())
                return;
            const QJsonArray actions{QJsonObject{{QStringLiteral("add"), QJsonObject{{QStringLiteral("index"), name}, {QStringLiteral("alias"), alias}}}}};
            clusterAction(tr("Add alias %1").arg(alias), [actions](ClusterClient &c) { return c.updateAliases(actions); });
        });
        menu.addSeparator();
        menu.addAction(themedIcon(QStringLiteral("remove")), tr("Delete index %1…").arg(name), this, [this, name] {
            bool ok = false;
            const QString typed = QInputDialog::getText(this, tr("Delete index"),
                                                        tr("This deletes %1 and all its documents for good. Type its name to confirm:").arg(name),
                                                        QLineEdit::Normal, {}, &ok);
            if (!ok)
                return;
            if (typed != name) {
                QMessageBox::information(this, tr("Delete index"), tr("The name did not match; nothing was deleted."));
                return;
            }
            clusterAction(tr("Delete index %1").arg(name), [name](ClusterClient &c) { return c.deleteIndex(name); });
        });
    }
    if (kind == BrowseModel::NodeKind::Alias && !name.isEmpty()) {
        // The alias row's detail is "→ INDEX" (with a note for the write index).
        const QString detail = at.sibling(at.row(), BrowseModel::DetailColumn).data().toString();
        const QString index = detail.section(QStringLiteral("→ "), 1).section(u' ', 0, 0);
        if (!index.isEmpty())
            menu.addAction(themedIcon(QStringLiteral("remove")), tr("Remove alias %1 from %2").arg(name, index), this, [this, name, index] {
                const QJsonArray actions{QJsonObject{{QStringLiteral("remove"), QJsonObject{{QStringLiteral("index"), index}, {QStringLiteral("alias"), name}}}}};
                clusterAction(tr("Remove alias %1").arg(name), [actions](ClusterClient &c) { return c.updateAliases(actions); });
            });
    }
    menu.exec(ui->browseView->viewport()->mapToGlobal(pos));
}

} // namespace Godwit
