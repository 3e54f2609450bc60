#include "DatabaseSettingsTab.h"

#include "BackgroundCall.h"
#include "ErrorText.h"
#include "MessageBox.h"
#include "storage/Connection.h"
#include "storage/DatabasePasswordStore.h"
#include "storage/DatabaseProbe.h"
#include "ui_DatabaseSettingsTab.h"

#include <QButtonGroup>
#include <QFileDialog>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace {

// Equal when they name the same database; passwords do not count.
bool sameDatabase(const ud::DatabaseTarget &a, const ud::DatabaseTarget &b)
{
    if (a.backend != b.backend)
        return false;
    if (a.backend == ud::Backend::Sqlite)
        return QFileInfo(a.sqlitePath).absoluteFilePath() ==
               QFileInfo(b.sqlitePath).absoluteFilePath();
    return a.host.compare(b.host, Qt::CaseInsensitive) == 0 && a.port == b.port &&
           a.user == b.user && a.databaseName == b.databaseName;
}

} // namespace

DatabaseSettingsTab::DatabaseSettingsTab(const ud::Connection &connection, const ud::Actor &actor,
                                         QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DatabaseSettingsTab>())
    , m_current(connection.target())
    , m_mayEdit(actor.can({ud::Entity::Settings, ud::Action::Edit}))
{
    m_ui->setupUi(this);
    auto *kinds = new QButtonGroup(this);
    kinds->addButton(m_ui->dbSqliteRadio);
    kinds->addButton(m_ui->dbPostgresRadio);
    m_ui->dbCurrentLabel->setText(tr("In use: %1").arg(m_current.displayName()));
    if (qEnvironmentVariableIsSet("USAGEDESK_DB"))
        m_ui->dbPrecedenceNote->setText(
            tr("USAGEDESK_DB is set: it is used at the next start instead of the saved choice."));
    else
        m_ui->dbPrecedenceNote->setText(
            tr("The saved choice is used at the next start unless --db or USAGEDESK_DB names "
               "another database."));
    showTarget(m_current);
    m_ui->dbTestButton->setVisible(m_mayEdit);
    m_ui->dbSaveButton->setVisible(m_mayEdit);
    m_ui->dbResultLabel->hide();

    connect(kinds, &QButtonGroup::buttonToggled, this, [this] {
        updateFields();
        fieldsChanged();
    });
    for (QLineEdit *edit : {m_ui->dbPathEdit, m_ui->dbHostEdit, m_ui->dbNameEdit, m_ui->dbUserEdit,
                            m_ui->dbPasswordEdit})
        connect(edit, &QLineEdit::textChanged, this, &DatabaseSettingsTab::fieldsChanged);
    connect(m_ui->dbPortSpin, &QSpinBox::valueChanged, this, &DatabaseSettingsTab::fieldsChanged);
    connect(m_ui->dbChooseButton, &QPushButton::clicked, this, &DatabaseSettingsTab::chooseFile);
    connect(m_ui->dbNewButton, &QPushButton::clicked, this, &DatabaseSettingsTab::newFile);
    connect(m_ui->dbTestButton, &QPushButton::clicked, this, &DatabaseSettingsTab::testConnection);
    connect(m_ui->dbSaveButton, &QPushButton::clicked, this, &DatabaseSettingsTab::saveAndSwitch);
    updateFields();
    fieldsChanged();
}

DatabaseSettingsTab::~DatabaseSettingsTab()
{
    waitFor(m_keychainWorker);
}

void DatabaseSettingsTab::showTarget(const ud::DatabaseTarget &target)
{
    const bool sqlite = target.backend == ud::Backend::Sqlite;
    (sqlite ? m_ui->dbSqliteRadio : m_ui->dbPostgresRadio)->setChecked(true);
    if (sqlite) {
        m_ui->dbPathEdit->setText(QDir::toNativeSeparators(target.sqlitePath));
        return;
    }
    m_ui->dbHostEdit->setText(target.host);
    m_ui->dbPortSpin->setValue(target.port);
    m_ui->dbNameEdit->setText(target.databaseName);
    m_ui->dbUserEdit->setText(target.user);
}

void DatabaseSettingsTab::updateFields()
{
    const bool sqlite = m_ui->dbSqliteRadio->isChecked();
    m_ui->dbSqliteRadio->setEnabled(m_mayEdit);
    m_ui->dbPostgresRadio->setEnabled(m_mayEdit);
    for (QWidget *field :
         {static_cast<QWidget *>(m_ui->dbPathEdit), static_cast<QWidget *>(m_ui->dbChooseButton),
          static_cast<QWidget *>(m_ui->dbNewButton)})
        field->setEnabled(m_mayEdit && sqlite);
    for (QWidget *field :
         {static_cast<QWidget *>(m_ui->dbHostEdit), static_cast<QWidget *>(m_ui->dbPortSpin),
          static_cast<QWidget *>(m_ui->dbNameEdit), static_cast<QWidget *>(m_ui->dbUserEdit),
          static_cast<QWidget *>(m_ui->dbPasswordEdit)})
        field->setEnabled(m_mayEdit && !sqlite);
}

void DatabaseSettingsTab::fieldsChanged()
{
    // A switch only to what was tested: any change asks for a new test.
    const auto target = targetFromFields();
    const bool stillTested = m_tested && target && sameDatabase(*m_tested, *target) &&
                             m_tested->password == target->password;
    m_ui->dbSaveButton->setEnabled(m_mayEdit && stillTested && !isTesting());
    m_ui->dbTestButton->setEnabled(m_mayEdit && !isTesting());
}

ud::Result<ud::DatabaseTarget> DatabaseSettingsTab::targetFromFields() const
{
    ud::DatabaseTarget target;
    if (m_ui->dbSqliteRadio->isChecked()) {
        const QString path = m_ui->dbPathEdit->text().trimmed();
        if (path.isEmpty())
            return ud::Error::badInput(tr("File: choose an SQLite file or name a new one"));
        target.backend = ud::Backend::Sqlite;
        target.sqlitePath = QFileInfo(QDir::fromNativeSeparators(path)).absoluteFilePath();
        return target;
    }
    target.backend = ud::Backend::Postgres;
    target.host = m_ui->dbHostEdit->text().trimmed();
    target.port = m_ui->dbPortSpin->value();
    target.databaseName = m_ui->dbNameEdit->text().trimmed();
    target.user = m_ui->dbUserEdit->text().trimmed();
    target.password = m_ui->dbPasswordEdit->text();
    if (target.host.isEmpty())
        return ud::Error::badInput(tr("Host: enter the PostgreSQL server's name or address"));
    if (target.databaseName.isEmpty())
        return ud::Error::badInput(tr("Database: enter the database's name"));
    if (target.user.isEmpty())
        return ud::Error::badInput(tr("User: enter the PostgreSQL user"));
    // Options of the database in use (sslmode, ...) stay with its server.
    if (m_current.backend == ud::Backend::Postgres &&
        m_current.host.compare(target.host, Qt::CaseInsensitive) == 0)
        target.connectOptions = m_current.connectOptions;
    return target;
}

bool DatabaseSettingsTab::isTesting() const
{
    return m_probe && m_probe->isRunning();
}

void DatabaseSettingsTab::testConnection()
{
    if (isTesting())
        return;
    m_tested.reset();
    const auto target = targetFromFields();
    if (!target) {
        showResult(MessageBox::sentence(target.error().message), true);
        fieldsChanged();
        Q_EMIT tested(false);
        return;
    }
    showResult(tr("Testing the connection to %1…").arg(target->displayName()), false);
    m_probe = std::make_unique<ud::DatabaseProbeJob>(*target, m_probeTimeout);
    connect(m_probe.get(), &ud::DatabaseProbeJob::finished, this,
            &DatabaseSettingsTab::probeFinished);
    m_probe->start();
    fieldsChanged();
}

void DatabaseSettingsTab::probeFinished()
{
    const auto &result = *m_probe->result();
    const ud::DatabaseTarget probed = m_probe->target();
    const bool ok = bool(result);
    if (ok) {
        m_tested = probed;
        m_testedText = result->describe();
        showResult(m_testedText, false);
    } else {
        showResult(MessageBox::sentence(
                       tr("Cannot use %1: %2").arg(probed.displayName(), result.error().message)),
                   true);
    }
    fieldsChanged();
    Q_EMIT tested(ok);
}

void DatabaseSettingsTab::saveAndSwitch()
{
    const auto target = targetFromFields();
    if (!target || !m_tested || !sameDatabase(*m_tested, *target))
        return;
    if (sameDatabase(*target, m_current)) {
        showResult(tr("%1 is the database in use.").arg(target->displayName()), true);
        return;
    }
    if (!MessageBox::confirm(this, tr("Switch Database"),
                             tr("Switch to %1?\n%2\nYou sign in again on it; this window is "
                                "replaced by one on the new database.")
                                 .arg(target->displayName(), m_testedText),
                             tr("Switch")))
        return;
    if (target->backend != ud::Backend::Postgres || target->password.isEmpty()) {
        requestSwitch(*target);
        return;
    }
    // The keychain may take a moment (or time out when there is none).
    showResult(tr("Storing the password in the system keychain…"), false);
    m_ui->dbSaveButton->setEnabled(false);
    m_keychainWorker = runInBackground<ud::Status>(
        this,
        [target = *target]() -> ud::Status {
            return ud::DatabasePasswordStore().write(target, target.password);
        },
        [this, target = *target](const ud::Status &stored) {
            m_keychainWorker = nullptr;
            fieldsChanged();
            if (!stored &&
                !MessageBox::confirm(this, tr("Switch Database"),
                                     tr("The password was not stored: %1\nWithout it the next "
                                        "start needs PGPASSWORD or ~/.pgpass. Switch anyway?")
                                         .arg(MessageBox::sentence(stored.error().message)),
                                     tr("Switch"))) {
                showResult(tr("Not switched."), true);
                return;
            }
            requestSwitch(target);
        });
}

void DatabaseSettingsTab::requestSwitch(const ud::DatabaseTarget &target)
{
    showResult(tr("Switching to %1…").arg(target.displayName()), false);
    Q_EMIT switchRequested(target);
    // After a switch this window is gone; after a cancel it stays as it was.
    showResult(m_testedText, false);
}

void DatabaseSettingsTab::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a Database"), QFileInfo(m_ui->dbPathEdit->text()).absolutePath(),
        tr("SQLite databases (*.sqlite *.db);;All files (*)"));
    if (!path.isEmpty())
        m_ui->dbPathEdit->setText(QDir::toNativeSeparators(path));
}

void DatabaseSettingsTab::newFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("New Database"), QFileInfo(m_ui->dbPathEdit->text()).absolutePath(),
        tr("SQLite databases (*.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_ui->dbPathEdit->setText(QDir::toNativeSeparators(path));
}

QString DatabaseSettingsTab::resultText() const
{
    return m_ui->dbResultLabel->text();
}

void DatabaseSettingsTab::showResult(const QString &text, bool error)
{
    ErrorText::mark(m_ui->dbResultLabel, error);
    m_ui->dbResultLabel->setText(text);
    m_ui->dbResultLabel->setVisible(!text.isEmpty());
}
