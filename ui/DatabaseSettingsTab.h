#pragma once

#include "access/Actor.h"
#include "core/Result.h"
#include "storage/DatabaseTarget.h"

#include <QPointer>
#include <QThread>
#include <QWidget>
#include <memory>
#include <optional>

namespace Ui {
class DatabaseSettingsTab;
}
namespace ud {
class Connection;
class DatabaseProbeJob;
} // namespace ud

// Settings > Database: an SQLite file (Choose… an existing one, New… to name
// one) or a PostgreSQL server (host, port, database, user, password). Test
// connection runs DatabaseProbe on a thread of its own and shows what it
// found below the buttons; Save & switch… is enabled only while the fields
// are the ones that last tested well, asks to confirm, keeps a typed
// password in the keychain (DatabasePasswordStore) and asks AppSession to
// switch (switchRequested). Changeable with settings:edit only.
class DatabaseSettingsTab : public QWidget
{
    Q_OBJECT

public:
    DatabaseSettingsTab(const ud::Connection &connection, const ud::Actor &actor,
                        QWidget *parent = nullptr);
    ~DatabaseSettingsTab() override;

    // The target the fields describe, or the problem with them (naming the
    // field).
    ud::Result<ud::DatabaseTarget> targetFromFields() const;
    void testConnection();
    void saveAndSwitch();
    bool isTesting() const;
    QString resultText() const;
    // Seconds the probe waits for an answer (tests make it short).
    void setProbeTimeout(int seconds) { m_probeTimeout = seconds; }

Q_SIGNALS:
    void switchRequested(const ud::DatabaseTarget &target);
    // After each test connection, with its outcome.
    void tested(bool ok);

private:
    void showTarget(const ud::DatabaseTarget &target);
    void updateFields();
    void fieldsChanged();
    void probeFinished();
    void chooseFile();
    void newFile();
    void requestSwitch(const ud::DatabaseTarget &target);
    void showResult(const QString &text, bool error);

    std::unique_ptr<Ui::DatabaseSettingsTab> m_ui;
    ud::DatabaseTarget m_current;
    bool m_mayEdit = false;
    int m_probeTimeout = 10;
    std::unique_ptr<ud::DatabaseProbeJob> m_probe;
    // The target that last tested well, with the text of its outcome.
    std::optional<ud::DatabaseTarget> m_tested;
    QString m_testedText;
    QPointer<QThread> m_keychainWorker;
};
