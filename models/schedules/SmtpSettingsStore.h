#pragma once

#include "access/AccessGate.h"
#include "access/Actor.h"
#include "core/Clock.h"
#include "core/Result.h"
#include "mail/SmtpSettings.h"
#include "storage/Connection.h"

#include <optional>

namespace ud {

// The one SMTP server scheduled reports are sent through (table
// smtp_settings, row id 1). The password is not here: SmtpPasswordStore.
//
// Access (access.md): settings:view to load, settings:edit to
// save; a save commits with its audit line. save() checks the host (not
// empty, no spaces), the port (1..65535), the From address (validateEmail)
// and the timeouts; BadInput names the field ("--host", "--port", "--from").
// Errors: BadInput, NotPermitted, Storage.
class SmtpSettingsStore
{
public:
    SmtpSettingsStore(const Connection &connection, Actor actor, Clock clock);

    // std::nullopt while no server was set.
    Result<std::optional<SmtpSettings>> load() const;
    Status save(const SmtpSettings &settings);

    // The checks of save(), for forms that want to show them early.
    static Status validate(const SmtpSettings &settings);
    // Reads the row without an access check: the run-due engine sends on
    // behalf of a schedule, whoever runs it.
    static Result<std::optional<SmtpSettings>> read(const Connection &connection);

private:
    const Connection &m_connection;
    Actor m_actor;
    Clock m_clock;
    AccessGate m_gate;
};

} // namespace ud
