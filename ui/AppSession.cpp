#include "AppSession.h"

#include "DatabaseSettingsTab.h"
#include "FirstAdministratorDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "SettingsPage.h"
#include "SignInDialog.h"
#include "access/SignIn.h"
#include "storage/DatabaseChoice.h"
#include "storage/DatabasePasswordStore.h"
#include "storage/DatabaseSwitch.h"
#include "storage/Migrator.h"

#include <QTimer>

AppSession::AppSession(ud::Clock clock, QObject *parent)
    : QObject(parent)
    , m_clock(std::move(clock))
{}

AppSession::~AppSession()
{
    m_window.reset();
    m_connection.reset();
}

AppSession::Outcome AppSession::open(const ud::DatabaseTarget &target, QWidget *dialogParent,
                                     Opened &opened, const Credentials *credentials)
{
    // The schema is brought up to date before anything else.
    auto connection = ud::Connection::open(target, QStringLiteral("gui"));
    if (connection) {
        const auto migrated = ud::Migrator::migrate(**connection);
        if (!migrated)
            connection = migrated.error();
    }
    if (!connection) {
        m_error = connection.error().message;
        return Outcome::Failed;
    }
    const auto needsFirst = ud::SignIn(**connection, m_clock).needsFirstAdministrator();
    if (!needsFirst) {
        m_error = needsFirst.error().message;
        return Outcome::Failed;
    }
    std::optional<ud::Actor> actor;
    if (credentials) {
        // Never the first Super Administrator: that would let anyone who can
        // start the program create an account without knowing a password.
        if (*needsFirst) {
            m_error = tr("there is no administrator to sign in as; start UsageDesk without "
                         "--sign-in-user to create the first Super Administrator");
            return Outcome::Refused;
        }
        // On the GUI thread, unlike the dialog's: no window is shown yet, so
        // the password hash keeps nothing from being painted.
        auto signedIn =
            ud::SignIn(**connection, m_clock).signIn(credentials->userName, credentials->password);
        if (!signedIn) {
            m_error = signedIn.error().message;
            return signedIn.error().kind == ud::ErrorKind::NotPermitted ? Outcome::Refused
                                                                        : Outcome::Failed;
        }
        actor = *signedIn;
    } else if (*needsFirst) {
        FirstAdministratorDialog dialog(**connection, m_clock, dialogParent);
        if (dialog.exec() == QDialog::Accepted)
            actor = dialog.actor();
    } else {
        SignInDialog dialog(**connection, m_clock, dialogParent);
        if (dialog.exec() == QDialog::Accepted)
            actor = dialog.actor();
    }
    if (!actor)
        return Outcome::Cancelled;
    opened.connection = std::move(*connection);
    opened.actor = *actor;
    return Outcome::SignedIn;
}

AppSession::Outcome AppSession::start(const ud::DatabaseTarget &target)
{
    m_error.clear();
    Opened opened;
    const Outcome outcome = open(target, nullptr, opened);
    if (outcome == Outcome::SignedIn)
        showWindow(std::move(opened));
    return outcome;
}

AppSession::Outcome AppSession::startSignedIn(const ud::DatabaseTarget &target,
                                              const Credentials &credentials)
{
    m_error.clear();
    Opened opened;
    const Outcome outcome = open(target, nullptr, opened, &credentials);
    if (outcome == Outcome::SignedIn)
        showWindow(std::move(opened));
    return outcome;
}

AppSession::Outcome AppSession::switchTo(const ud::DatabaseTarget &target)
{
    m_error.clear();
    if (!m_connection)
        return start(target);
    const ud::DatabaseSwitch audit(*m_connection, m_actor, m_clock);
    if (const ud::Status allowed = audit.authorize(target); !allowed) {
        m_error = allowed.error().message;
        return Outcome::Failed;
    }
    Opened opened;
    const Outcome outcome =
        open(ud::DatabasePasswordStore().withStoredPassword(target), m_window.get(), opened);
    if (outcome != Outcome::SignedIn)
        return outcome;
    // The old database's log shows where work went; a failure to write it
    // does not undo a sign-in that succeeded, but it is said.
    if (const ud::Status recorded = audit.record(target); !recorded)
        m_error = recorded.error().message;
    ud::DatabaseChoice::save(target);
    showWindow(std::move(opened));
    return outcome;
}

void AppSession::showWindow(Opened opened)
{
    std::unique_ptr<MainWindow> old = std::move(m_window);
    std::shared_ptr<ud::Connection> oldConnection = std::move(m_connection);
    m_connection = std::move(opened.connection);
    m_actor = opened.actor;
    m_window = std::make_unique<MainWindow>(*m_connection, m_actor);
    if (SettingsPage *settings = m_window->settingsPage()) {
        connect(settings->databaseTab(), &DatabaseSettingsTab::switchRequested, this,
                [this](const ud::DatabaseTarget &target) {
                    QWidget *parent = m_window.get();
                    if (switchTo(target) == Outcome::Failed)
                        MessageBox::warning(
                            parent, tr("Switch Database"),
                            tr("Not switched to %1: %2")
                                .arg(target.displayName(), MessageBox::sentence(m_error)));
                });
    }
    if (old) {
        m_window->restoreGeometry(old->saveGeometry());
        old->hide();
        // The switch was asked for from inside the old window: it goes once
        // control has left it, and its connection after it.
        struct Retired
        {
            std::shared_ptr<ud::Connection> connection;
            std::unique_ptr<MainWindow> window; // destroyed first
        };
        auto retired = std::make_shared<Retired>(Retired{oldConnection, std::move(old)});
        oldConnection.reset();
        QTimer::singleShot(0, this, [retired]() mutable { retired.reset(); });
    }
    m_window->show();
    Q_EMIT windowChanged(m_window.get());
}
