// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectiondialog.h"
#include "connections/connectiontester.h"
#include "connections/secretstore.h"
#include "decorations.h"
#include "ui_connectiondialog.h"

#include <QFileDialog>
#include <QPushButton>
#include <QStandardItemModel>

namespace Godwit {

ConnectionDialog::ConnectionDialog(JobManager *jobs, const ConnectionProfile &profile, bool hasSavedSecret, QWidget *parent)
    : QDialog(parent), ui(std::make_unique<Ui::ConnectionDialog>()), m_jobs(jobs), m_original(profile)
{
    ui->setupUi(this);
    setWindowTitle(profile.id.isEmpty() ? tr("New connection") : tr("Edit connection “%1”").arg(profile.name));
    const QList<Engine> engines{Engine::SQLite, Engine::PostgreSQL, Engine::MySQL, Engine::Search};
    for (Engine e : engines)
        ui->engineCombo->addItem(engineIcon(e), e == Engine::Search ? tr("Elasticsearch / OpenSearch") : engineName(e), int(e));
    ui->authCombo->addItem(tr("None"), int(AuthMethod::None));
    ui->authCombo->addItem(tr("User and password"), int(AuthMethod::Password));
    ui->authCombo->addItem(tr("API key"), int(AuthMethod::ApiKey));
    ui->authCombo->addItem(tr("Bearer token"), int(AuthMethod::Bearer));
    ui->rememberCheck->setEnabled(SecretStore::instance()->keychainAvailable());
    if (!SecretStore::instance()->keychainAvailable()) {
        ui->rememberCheck->setChecked(false);
        ui->rememberCheck->setToolTip(tr("No system keychain is available: passwords are kept in memory until Godwit quits."));
    }

    const Engine engine = profile.engine == Engine::Elasticsearch || profile.engine == Engine::OpenSearch ? Engine::Search : profile.engine;
    ui->engineCombo->setCurrentIndex(ui->engineCombo->findData(int(engine)));
    ui->nameEdit->setText(profile.name);
    ui->hostEdit->setText(profile.host);
    ui->portSpin->setValue(profile.port);
    ui->databaseEdit->setText(profile.database);
    ui->userEdit->setText(profile.user);
    ui->authCombo->setCurrentIndex(qMax(0, ui->authCombo->findData(int(profile.auth))));
    ui->urlsEdit->setPlainText(profile.urls.join(u'\n'));
    ui->prefixEdit->setText(profile.indexPrefix);
    ui->caEdit->setText(profile.caFile);
    ui->verifyCheck->setChecked(profile.verifyTls);
    if (hasSavedSecret)
        ui->secretEdit->setPlaceholderText(tr("unchanged"));

    connect(ui->engineCombo, &QComboBox::currentIndexChanged, this, &ConnectionDialog::engineChanged);
    connect(ui->authCombo, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateState);
    connect(ui->nameEdit, &QLineEdit::textChanged, this, &ConnectionDialog::updateState);
    connect(ui->databaseEdit, &QLineEdit::textChanged, this, &ConnectionDialog::updateState);
    connect(ui->hostEdit, &QLineEdit::textChanged, this, &ConnectionDialog::updateState);
    connect(ui->urlsEdit, &QPlainTextEdit::textChanged, this, &ConnectionDialog::updateState);
    connect(ui->fillButton, &QPushButton::clicked, this, [this] {
        const QString error = fillFromUrl(ui->pasteEdit->text());
        ui->testLabel->setText(error.isEmpty() ? tr("Filled in from the URL.") : error);
    });
    connect(ui->pasteEdit, &QLineEdit::returnPressed, ui->fillButton, &QPushButton::click);
    connect(ui->fileButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("SQLite database"), ui->databaseEdit->text(),
                                                          tr("SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)"));
        if (!file.isEmpty())
            ui->databaseEdit->setText(file);
    });
    connect(ui->caButton, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("CA certificate"), ui->caEdit->text(),
                                                          tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
        if (!file.isEmpty())
            ui->caEdit->setText(file);
    });
    connect(ui->testButton, &QPushButton::clicked, this, &ConnectionDialog::test);
    connect(ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    engineChanged();
    if (profile.name.isEmpty())
        ui->pasteEdit->setFocus();
}

ConnectionDialog::~ConnectionDialog()
{
    if (m_testJob)
        m_jobs->cancel(m_testJob);
}

QString ConnectionDialog::fillFromUrl(const QString &url)
{
    const bool search = Engine(ui->engineCombo->currentData().toInt()) == Engine::Search;
    auto parsed = parseConnectionUrl(url, search ? ConnectionKind::Search : ConnectionKind::Database);
    if (!parsed)
        return parsed.errorMessage();
    const ConnectionProfile &p = parsed->profile;
    const Engine engine = p.kind() == ConnectionKind::Search ? Engine::Search : p.engine;
    ui->engineCombo->setCurrentIndex(ui->engineCombo->findData(int(engine)));
    if (ui->nameEdit->text().isEmpty())
        ui->nameEdit->setText(p.name);
    ui->hostEdit->setText(p.host);
    ui->portSpin->setValue(p.port);
    ui->databaseEdit->setText(p.database);
    ui->userEdit->setText(p.user);
    ui->authCombo->setCurrentIndex(ui->authCombo->findData(int(p.auth)));
    if (p.kind() == ConnectionKind::Search)
        ui->urlsEdit->setPlainText(p.urls.join(u'\n'));
    if (!parsed->secret.isEmpty())
        ui->secretEdit->setText(parsed->secret);
    ui->pasteEdit->clear(); // the URL may hold a password: do not keep it on screen
    updateState();
    return {};
}

void ConnectionDialog::engineChanged()
{
    const Engine engine = Engine(ui->engineCombo->currentData().toInt());
    const bool sqlite = engine == Engine::SQLite;
    const bool search = engine == Engine::Search;
    ui->form->setRowVisible(ui->hostLabel, !sqlite && !search);
    ui->form->setRowVisible(ui->databaseLabel, !search);
    ui->databaseLabel->setText(sqlite ? tr("&File:") : tr("&Database:"));
    ui->fileButton->setVisible(sqlite);
    ui->form->setRowVisible(ui->urlsLabel, search);
    ui->form->setRowVisible(ui->authLabel, !sqlite);
    ui->form->setRowVisible(ui->prefixLabel, search);
    ui->form->setRowVisible(ui->caLabel, !sqlite);
    ui->form->setRowVisible(ui->verifyCheck, !sqlite);
    // Databases authenticate with a password only.
    auto *model = qobject_cast<QStandardItemModel *>(ui->authCombo->model());
    for (int i = 2; model && i < ui->authCombo->count(); ++i)
        if (auto *item = model->item(i))
            item->setEnabled(search);
    if (!search && ui->authCombo->currentIndex() >= 2)
        ui->authCombo->setCurrentIndex(1);
    if (!sqlite && !search && ui->portSpin->value() == 0)
        ui->portSpin->setSpecialValueText(tr("default (%1)").arg(engine == Engine::PostgreSQL ? 5432 : 3306));
    updateState();
}

void ConnectionDialog::updateState()
{
    const Engine engine = Engine(ui->engineCombo->currentData().toInt());
    const auto auth = AuthMethod(ui->authCombo->currentData().toInt());
    const bool sqlite = engine == Engine::SQLite;
    ui->form->setRowVisible(ui->userLabel, !sqlite && auth == AuthMethod::Password);
    ui->form->setRowVisible(ui->secretLabel, !sqlite && auth != AuthMethod::None);
    ui->secretLabel->setText(auth == AuthMethod::ApiKey ? tr("API &key:") : auth == AuthMethod::Bearer ? tr("&Token:") : tr("Pass&word:"));
    const ConnectionProfile p = profile();
    ui->buttonBox->button(QDialogButtonBox::Save)->setEnabled(p.isValid() && !p.name.trimmed().isEmpty());
    ui->testButton->setEnabled(p.isValid());
}

ConnectionProfile ConnectionDialog::profile() const
{
    ConnectionProfile p = m_original;
    p.name = ui->nameEdit->text().trimmed();
    p.engine = Engine(ui->engineCombo->currentData().toInt());
    p.auth = p.engine == Engine::SQLite ? AuthMethod::None : AuthMethod(ui->authCombo->currentData().toInt());
    p.user = p.auth == AuthMethod::Password ? ui->userEdit->text().trimmed() : QString();
    p.caFile = ui->caEdit->text().trimmed();
    p.verifyTls = ui->verifyCheck->isChecked();
    if (p.kind() == ConnectionKind::Search) {
        p.host.clear();
        p.port = 0;
        p.database.clear();
        p.urls.clear();
        const QStringList lines = ui->urlsEdit->toPlainText().split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            auto parsed = parseConnectionUrl(line.trimmed(), ConnectionKind::Search);
            if (parsed)
                p.urls.append(parsed->profile.urls.first());
        }
        p.indexPrefix = ui->prefixEdit->text().trimmed();
    } else {
        p.urls.clear();
        p.indexPrefix.clear();
        p.host = p.engine == Engine::SQLite ? QString() : ui->hostEdit->text().trimmed();
        p.port = p.engine == Engine::SQLite ? 0 : ui->portSpin->value();
        p.database = ui->databaseEdit->text().trimmed();
    }
    return p;
}

QString ConnectionDialog::secret() const { return ui->secretEdit->text(); }
bool ConnectionDialog::rememberSecret() const { return ui->rememberCheck->isEnabled() && ui->rememberCheck->isChecked(); }

void ConnectionDialog::test()
{
    const ConnectionProfile p = profile();
    QString secret = ui->secretEdit->text();
    if (secret.isEmpty() && !p.id.isEmpty())
        secret = SecretStore::instance()->cached(p.id);
    if (m_testJob)
        m_jobs->cancel(m_testJob);
    const quint64 generation = ++m_testGeneration;
    ui->testLabel->setText(tr("Testing…"));
    m_testJob = m_jobs->start(tr("Test %1").arg(p.name.isEmpty() ? p.displayUrl() : p.name),
                              [p, secret](JobContext &job) { return JobOutcome::from(testConnection(p, secret, &job)); },
                              this, [this, generation](const JobOutcome &out) {
                                  if (generation != m_testGeneration)
                                      return;
                                  m_testJob = 0;
                                  if (out.ok) {
                                      const auto info = out.value.value<ServerInfo>();
                                      ui->testLabel->setText(tr("✔ %1 %2 — %3 ms").arg(info.product, info.version).arg(info.latencyMs));
                                  } else {
                                      ui->testLabel->setText(tr("✘ %1").arg(out.error.message));
                                  }
                              });
}

void ConnectionDialog::accept()
{
    const ConnectionProfile p = profile();
    if (!p.isValid() || p.name.isEmpty()) {
        ui->testLabel->setText(tr("Give the connection a name and a target first."));
        return;
    }
    QDialog::accept();
}

} // namespace Godwit
