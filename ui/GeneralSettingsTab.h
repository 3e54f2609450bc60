#pragma once

#include "access/Actor.h"
#include "core/Clock.h"
#include "storage/Connection.h"

#include <QByteArray>
#include <QString>
#include <QWidget>
#include <memory>

namespace Ui {
class GeneralSettingsTab;
}

// Settings > General (issue #7): the reporting time zone, shared by everyone
// on the database (AppSettingsStore, settings:edit to change, audited), and
// this computer's preferences in QSettings: the language
// (ud::kLanguageSettingsKey, applied at the next start) and the CSV options
// new reports and schedules start with (ReportExportDefaults).
//
// Save checks the zone with the store's rule first and shows a problem under
// the field; nothing is saved then, neither the zone nor the preferences.
// Without settings:edit the zone is shown read-only; the preferences are the
// user's own (access.md puts only SMTP, the zone and the database under
// settings:edit) and stay editable.
class GeneralSettingsTab : public QWidget
{
    Q_OBJECT

public:
    GeneralSettingsTab(const ud::Connection &connection, ud::Actor actor, ud::Clock clock,
                       QWidget *parent = nullptr);
    ~GeneralSettingsTab() override;

    void reload();
    bool save();
    // The last result line ("Settings saved.").
    QString statusText() const;

private:
    void fillChoices();
    void showStatus(const QString &text, bool error);
    void showZoneError(const QString &message);

    std::unique_ptr<Ui::GeneralSettingsTab> m_ui;
    const ud::Connection &m_connection;
    ud::Actor m_actor;
    ud::Clock m_clock;
    bool m_mayEditZone = false;
    QByteArray m_savedZone;
};
