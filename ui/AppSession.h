#pragma once

#include "access/Actor.h"
#include "core/Clock.h"
#include "storage/Connection.h"

#include <QObject>
#include <QPointer>
#include <memory>

class MainWindow;
class QWidget;

// The signed-in session of the GUI: the GUI thread's connection, the
// administrator and the main window. The one place that opens a database for
// the window, at start (app/gui/main.cpp) and when Settings > Database
// switches: open, migrate, create the first Super Administrator on an empty
// database or sign in, then build the window on the new connection. A switch
// that is cancelled or fails leaves the old session as it was.
class AppSession : public QObject
{
    Q_OBJECT

public:
    enum class Outcome
    {
        SignedIn,
        Cancelled, // the administrator closed the sign-in dialog
        Failed,    // see errorText()
        Refused,   // startSignedIn(): the sign-in was refused (errorText())
    };

    explicit AppSession(ud::Clock clock = ud::systemClock(), QObject *parent = nullptr);
    ~AppSession() override;

    Outcome start(const ud::DatabaseTarget &target);

    // For benchmarks and scripted checks (docs/benchmarks.md, "GUI start"):
    // signs in without a dialog, through the same ud::SignIn the dialog uses
    // (the password hash, the lockout, the audited sign-in). A refusal, or an
    // empty database that would need a first Super Administrator, is Failed
    // with errorText(); no dialog is shown. It grants nothing the dialog does
    // not: the password is checked as if typed.
    struct Credentials
    {
        QString userName;
        QString password;
    };
    Outcome startSignedIn(const ud::DatabaseTarget &target, const Credentials &credentials);
    // Settings: Edit on the current database; the switch is audited there.
    // On success the choice is saved for the next start (DatabaseChoice).
    Outcome switchTo(const ud::DatabaseTarget &target);

    QString errorText() const { return m_error; }
    MainWindow *window() const { return m_window.get(); }
    const ud::Connection *connection() const { return m_connection.get(); }
    const ud::Actor &actor() const { return m_actor; }

Q_SIGNALS:
    // A new window is shown (after start or a switch).
    void windowChanged(MainWindow *window);

private:
    struct Opened
    {
        std::unique_ptr<ud::Connection> connection;
        ud::Actor actor;
    };
    // With `credentials` no dialog is shown (startSignedIn).
    Outcome open(const ud::DatabaseTarget &target, QWidget *dialogParent, Opened &opened,
                 const Credentials *credentials = nullptr);
    void showWindow(Opened opened);

    ud::Clock m_clock;
    // Declared before the window so the window goes first: its pages use the
    // connection until they are destroyed.
    std::shared_ptr<ud::Connection> m_connection;
    ud::Actor m_actor;
    std::unique_ptr<MainWindow> m_window;
    QString m_error;
};
