<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AdministratorDialog</name>
    <message>
        <source>Add Administrator</source>
        <translation>Administrator hinzufügen</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>User name error</source>
        <translation>Fehler beim Benutzernamen</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>E-mail error</source>
        <translation>Fehler bei der E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>E&amp;nabled (may sign in)</source>
        <translation>A&amp;ktiviert (darf sich anmelden)</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password error</source>
        <translation>Fehler beim Passwort</translation>
    </message>
    <message>
        <source>Re&amp;peat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>Repeat password error</source>
        <translation>Fehler bei der Passwortwiederholung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Edit Administrator</source>
        <translation>Administrator bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Mindestens %n Zeichen</numerusform>
            <numerusform>Mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody changes their own role.</source>
        <translation>Niemand ändert die eigene Rolle.</translation>
    </message>
    <message>
        <source>Choose a role.</source>
        <translation>Wählen Sie eine Rolle.</translation>
    </message>
    <message>
        <source>The passwords do not match</source>
        <translation>Die Passwörter stimmen nicht überein</translation>
    </message>
</context>
<context>
    <name>AdministratorTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Bis %1</translation>
    </message>
    <message>
        <source>Locked after repeated failed sign-ins until %1 (local time)</source>
        <translation>Nach wiederholt fehlgeschlagenen Anmeldungen gesperrt bis %1 (Ortszeit)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
</context>
<context>
    <name>AdministratorsPage</name>
    <message>
        <source>Administrators</source>
        <translation>Administratoren</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Seitentitel</translation>
    </message>
    <message>
        <source>&amp;Add Administrator</source>
        <translation>Administrator &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add Administrator</source>
        <translation>Administrator hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Edit Administrator</source>
        <translation>Administrator bearbeiten</translation>
    </message>
    <message>
        <source>Di&amp;sable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Disable or enable the administrator</source>
        <translation>Den Administrator deaktivieren oder aktivieren</translation>
    </message>
    <message>
        <source>Reset &amp;Password</source>
        <translation>&amp;Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>Reset Password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove Administrator</source>
        <translation>Administrator entfernen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Refresh the administrators list</source>
        <translation>Die Administratorliste aktualisieren</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Your role does not manage administrators with the role %1.</source>
        <translation>Ihre Rolle verwaltet keine Administratoren mit der Rolle %1.</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Enable Administrator</source>
        <translation>Administrator aktivieren</translation>
    </message>
    <message>
        <source>Disable Administrator</source>
        <translation>Administrator deaktivieren</translation>
    </message>
    <message>
        <source>Enable %1? They can sign in again.</source>
        <translation>%1 aktivieren? Die Anmeldung ist dann wieder möglich.</translation>
    </message>
    <message>
        <source>Disable %1? They can no longer sign in.</source>
        <translation>%1 deaktivieren? Eine Anmeldung ist dann nicht mehr möglich.</translation>
    </message>
    <message>
        <source>Remove the administrator %1? This cannot be undone.</source>
        <translation>Den Administrator %1 entfernen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>AppSession</name>
    <message>
        <source>Switch Database</source>
        <translation>Datenbank wechseln</translation>
    </message>
    <message>
        <source>Not switched to %1: %2</source>
        <translation>Nicht zu %1 gewechselt: %2</translation>
    </message>
    <message>
        <source>there is no administrator to sign in as; start UsageDesk without --sign-in-user to create the first Super Administrator</source>
        <translation>Es gibt keinen Administrator, als der die Anmeldung erfolgen könnte; starten Sie UsageDesk ohne --sign-in-user, um den ersten Super-Administrator anzulegen</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <source>Audit Log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Seitentitel</translation>
    </message>
    <message>
        <source>Ad&amp;ministrator:</source>
        <translation>Ad&amp;ministrator:</translation>
    </message>
    <message>
        <source>Administrator filter</source>
        <translation>Administratorfilter</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>Ak&amp;tion:</translation>
    </message>
    <message>
        <source>Action filter</source>
        <translation>Aktionsfilter</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation>Ergebnisfilter</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>Filter from a date</source>
        <translation>Ab einem Datum filtern</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Von-Datum</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Filter up to a date</source>
        <translation>Bis zu einem Datum filtern</translation>
    </message>
    <message>
        <source>To date (inclusive)</source>
        <translation>Bis-Datum (einschließlich)</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Apply the filter</source>
        <translation>Den Filter anwenden</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Den Filter leeren</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Lines shown</source>
        <translation>Angezeigte Zeilen</translation>
    </message>
    <message>
        <source>Load &amp;More</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <source>Load older lines</source>
        <translation>Ältere Zeilen laden</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>Cancel E&amp;xport</source>
        <translation>E&amp;xport abbrechen</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Den Export abbrechen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>contains…</source>
        <translation>enthält…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>All administrators</source>
        <translation>Alle Administratoren</translation>
    </message>
    <message numerus="yes">
        <source>%n newest line(s) shown; more are available.</source>
        <translation>
            <numerusform>Die %n neueste Zeile wird angezeigt; es sind weitere vorhanden.</numerusform>
            <numerusform>Die %n neuesten Zeilen werden angezeigt; es sind weitere vorhanden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s).</source>
        <translation>
            <numerusform>%n Zeile.</numerusform>
            <numerusform>%n Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Exporting… %1 lines written.</source>
        <translation>Wird exportiert… %1 Zeilen geschrieben.</translation>
    </message>
    <message>
        <source>Search the actions</source>
        <translation>Die Aktionen durchsuchen</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Allowed</source>
        <translation>Erlaubt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>CancelReportPrompt</name>
    <message>
        <source>Cancel the report?</source>
        <translation>Den Bericht abbrechen?</translation>
    </message>
    <message>
        <source>Stop generating &quot;%1&quot;?</source>
        <translation>Die Erstellung von „%1“ abbrechen?</translation>
    </message>
    <message>
        <source>The rows computed so far are discarded and no report is stored. You can generate it again later.</source>
        <translation>Die bisher berechneten Zeilen werden verworfen und es wird kein Bericht gespeichert. Sie können ihn später erneut erstellen.</translation>
    </message>
    <message>
        <source>Cancel the export?</source>
        <translation>Den Export abbrechen?</translation>
    </message>
    <message>
        <source>Stop exporting &quot;%1&quot;?</source>
        <translation>Den Export von „%1“ abbrechen?</translation>
    </message>
    <message>
        <source>No file is written; a file that already had this name stays as it was.</source>
        <translation>Es wird keine Datei geschrieben; eine bereits vorhandene Datei mit diesem Namen bleibt unverändert.</translation>
    </message>
    <message>
        <source>Cancel report</source>
        <translation>Bericht abbrechen</translation>
    </message>
    <message>
        <source>Keep running</source>
        <translation>Weiterlaufen lassen</translation>
    </message>
</context>
<context>
    <name>DatabaseSettingsTab</name>
    <message>
        <source>Database in use</source>
        <translation>Verwendete Datenbank</translation>
    </message>
    <message>
        <source>S&amp;QLite file</source>
        <translation>S&amp;QLite-Datei</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>SQLite-Datei</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>Choose an existing SQLite file</source>
        <translation>Eine vorhandene SQLite-Datei auswählen</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>Name a new SQLite file</source>
        <translation>Eine neue SQLite-Datei benennen</translation>
    </message>
    <message>
        <source>&amp;PostgreSQL server</source>
        <translation>&amp;PostgreSQL-Server</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>PostgreSQL host</source>
        <translation>PostgreSQL-Host</translation>
    </message>
    <message>
        <source>db.example.com</source>
        <translation>db.example.com</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <source>PostgreSQL port</source>
        <translation>PostgreSQL-Port</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Daten&amp;bank:</translation>
    </message>
    <message>
        <source>PostgreSQL database</source>
        <translation>PostgreSQL-Datenbank</translation>
    </message>
    <message>
        <source>usagedesk</source>
        <translation>usagedesk</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>PostgreSQL user</source>
        <translation>PostgreSQL-Benutzer</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation>PostgreSQL-Passwort</translation>
    </message>
    <message>
        <source>Empty: PGPASSWORD, ~/.pgpass or the keychain</source>
        <translation>Leer: PGPASSWORD, ~/.pgpass oder der Schlüsselbund</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the settings or the database.</source>
        <translation>Wird im Schlüsselbund des Systems aufbewahrt, nie in den Einstellungen oder der Datenbank.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test the database connection</source>
        <translation>Die Datenbankverbindung testen</translation>
    </message>
    <message>
        <source>Save &amp;&amp; s&amp;witch…</source>
        <translation>Speichern &amp;&amp; &amp;wechseln…</translation>
    </message>
    <message>
        <source>Save and switch to this database</source>
        <translation>Speichern und zu dieser Datenbank wechseln</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>In use: %1</source>
        <translation>Verwendet: %1</translation>
    </message>
    <message>
        <source>USAGEDESK_DB is set: it is used at the next start instead of the saved choice.</source>
        <translation>USAGEDESK_DB ist gesetzt: Beim nächsten Start wird sie statt der gespeicherten Wahl verwendet.</translation>
    </message>
    <message>
        <source>The saved choice is used at the next start unless --db or USAGEDESK_DB names another database.</source>
        <translation>Die gespeicherte Wahl wird beim nächsten Start verwendet, außer --db oder USAGEDESK_DB nennt eine andere Datenbank.</translation>
    </message>
    <message>
        <source>File: choose an SQLite file or name a new one</source>
        <translation>Datei: Wählen Sie eine SQLite-Datei aus oder benennen Sie eine neue</translation>
    </message>
    <message>
        <source>Host: enter the PostgreSQL server&apos;s name or address</source>
        <translation>Host: Geben Sie den Namen oder die Adresse des PostgreSQL-Servers ein</translation>
    </message>
    <message>
        <source>Database: enter the database&apos;s name</source>
        <translation>Datenbank: Geben Sie den Namen der Datenbank ein</translation>
    </message>
    <message>
        <source>User: enter the PostgreSQL user</source>
        <translation>Benutzer: Geben Sie den PostgreSQL-Benutzer ein</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Die Verbindung zu %1 wird getestet…</translation>
    </message>
    <message>
        <source>Cannot use %1: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>%1 is the database in use.</source>
        <translation>%1 ist die verwendete Datenbank.</translation>
    </message>
    <message>
        <source>Switch Database</source>
        <translation>Datenbank wechseln</translation>
    </message>
    <message>
        <source>Switch to %1?
%2
You sign in again on it; this window is replaced by one on the new database.</source>
        <translation>Zu %1 wechseln?
%2
Sie melden sich dort erneut an; dieses Fenster wird durch eines für die neue Datenbank ersetzt.</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Wechseln</translation>
    </message>
    <message>
        <source>Storing the password in the system keychain…</source>
        <translation>Das Passwort wird im Schlüsselbund des Systems gespeichert…</translation>
    </message>
    <message>
        <source>The password was not stored: %1
Without it the next start needs PGPASSWORD or ~/.pgpass. Switch anyway?</source>
        <translation>Das Passwort wurde nicht gespeichert: %1
Ohne es braucht der nächste Start PGPASSWORD oder ~/.pgpass. Trotzdem wechseln?</translation>
    </message>
    <message>
        <source>Not switched.</source>
        <translation>Nicht gewechselt.</translation>
    </message>
    <message>
        <source>Switching to %1…</source>
        <translation>Wechsel zu %1…</translation>
    </message>
    <message>
        <source>Choose a Database</source>
        <translation>Datenbank auswählen</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite)</source>
        <translation>SQLite-Datenbanken (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>DeliveryLogDialog</name>
    <message>
        <source>Delivery Log: %1</source>
        <translation>Zustellprotokoll: %1</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Scheduled at (local)</source>
        <translation>Geplant für (lokal)</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>Last reply</source>
        <translation>Letzte Antwort</translation>
    </message>
    <message>
        <source>Attempts of the selected run</source>
        <translation>Versuche des ausgewählten Laufs</translation>
    </message>
    <message>
        <source>Attempted at (local)</source>
        <translation>Versucht um (lokal)</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Server reply</source>
        <translation>Antwort des Servers</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Jetzt wiederholen</translation>
    </message>
    <message>
        <source>Re&amp;send…</source>
        <translation>&amp;Erneut senden…</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Resend Report</source>
        <translation>Bericht erneut senden</translation>
    </message>
    <message>
        <source>Send the report of %1 to %2 again?</source>
        <translation>Den Bericht vom %1 erneut an %2 senden?</translation>
    </message>
    <message>
        <source>Resend</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>%1 in progress…</source>
        <translation>%1 läuft…</translation>
    </message>
    <message>
        <source>%1: done.</source>
        <translation>%1: erledigt.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>FileExportJob</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
</context>
<context>
    <name>FilterChipBar</name>
    <message>
        <source>Clear &amp;all</source>
        <translation>&amp;Alle entfernen</translation>
    </message>
    <message>
        <source>Active filter</source>
        <translation>Aktiver Filter</translation>
    </message>
    <message>
        <source>Clear all filter conditions</source>
        <translation>Alle Filterbedingungen entfernen</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>Filtertext</translation>
    </message>
    <message>
        <source>Remove condition %1</source>
        <translation>Bedingung %1 entfernen</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Diese Bedingung entfernen</translation>
    </message>
</context>
<context>
    <name>FilterConditionRow</name>
    <message>
        <source>Text to look for (any case)</source>
        <translation>Gesuchter Text (Groß-/Kleinschreibung egal)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Condition %1 attribute</source>
        <translation>Attribut von Bedingung %1</translation>
    </message>
    <message>
        <source>Condition %1 operator</source>
        <translation>Operator von Bedingung %1</translation>
    </message>
    <message>
        <source>Condition %1 value</source>
        <translation>Wert von Bedingung %1</translation>
    </message>
    <message>
        <source>Remove condition %1</source>
        <translation>Bedingung %1 entfernen</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Diese Bedingung entfernen</translation>
    </message>
    <message>
        <source>Condition %1 error</source>
        <translation>Fehler in Bedingung %1</translation>
    </message>
    <message>
        <source>Enter the text to look for.</source>
        <translation>Geben Sie den gesuchten Text ein.</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>Contract mode</source>
        <translation>Vertragsart</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Service provider</source>
        <translation>Dienstanbieter</translation>
    </message>
    <message>
        <source>Authentication account</source>
        <translation>Authentifizierungskonto</translation>
    </message>
    <message>
        <source>Issuance account</source>
        <translation>Ausstellungskonto</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Angelegt am</translation>
    </message>
    <message>
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>ist nicht</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>enthält nicht</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>beginnt mit</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>endet mit</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vor</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
</context>
<context>
    <name>FilterDialog</name>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Show the tenants that match all of these conditions.</source>
        <translation>Die Mandanten anzeigen, die alle diese Bedingungen erfüllen.</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <source>No conditions: every tenant is shown.</source>
        <translation>Keine Bedingungen: Alle Mandanten werden angezeigt.</translation>
    </message>
    <message>
        <source>A&amp;dd condition</source>
        <translation>Bedingung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Filter text:</source>
        <translation>&amp;Filtertext:</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>Filtertext</translation>
    </message>
    <message>
        <source>Filter error</source>
        <translation>Filterfehler</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Remove every condition and show every tenant</source>
        <translation>Alle Bedingungen entfernen und alle Mandanten anzeigen</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Complete the conditions marked in red to apply the filter.</source>
        <translation>Vervollständigen Sie die rot markierten Bedingungen, um den Filter anzuwenden.</translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message>
        <source>Create the first Super Administrator</source>
        <translation>Den ersten Super-Administrator anlegen</translation>
    </message>
    <message>
        <source>This database has no administrator yet. Create the first one: it gets the Super Administrator role.</source>
        <translation>Diese Datenbank hat noch keinen Administrator. Legen Sie den ersten an: Er erhält die Rolle Super-Administrator.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>User name error</source>
        <translation>Fehler beim Benutzernamen</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>E-mail error</source>
        <translation>Fehler bei der E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password error</source>
        <translation>Fehler beim Passwort</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>Repeat password error</source>
        <translation>Fehler bei der Passwortwiederholung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Mindestens %n Zeichen</numerusform>
            <numerusform>Mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>The passwords do not match</source>
        <translation>Die Passwörter stimmen nicht überein</translation>
    </message>
</context>
<context>
    <name>GeneralSettingsTab</name>
    <message>
        <source>Reporting &amp;time zone:</source>
        <translation>Berichts-&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Reporting time zone</source>
        <translation>Berichtszeitzone</translation>
    </message>
    <message>
        <source>The calendar of report periods: &quot;today&quot;, &quot;last month&quot; and the end of a custom period follow this zone. Shared by everyone using this database; scheduled reports keep their own zone.</source>
        <translation>Der Kalender der Berichtszeiträume: „heute“, „letzter Monat“ und das Ende eines benutzerdefinierten Zeitraums richten sich nach dieser Zone. Sie gilt für alle, die diese Datenbank nutzen; geplante Berichte behalten ihre eigene Zone.</translation>
    </message>
    <message>
        <source>Time zone error</source>
        <translation>Fehler bei der Zeitzone</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A new language applies the next time UsageDesk starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von UsageDesk.</translation>
    </message>
    <message>
        <source>Default &amp;delimiter:</source>
        <translation>Standard-&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Default delimiter of new reports</source>
        <translation>Standard-Trennzeichen neuer Berichte</translation>
    </message>
    <message>
        <source>&amp;Excel compatible by default (byte order mark)</source>
        <translation>Standardmäßig &amp;Excel-kompatibel (Byte Order Mark)</translation>
    </message>
    <message>
        <source>Excel compatible by default</source>
        <translation>Standardmäßig Excel-kompatibel</translation>
    </message>
    <message>
        <source>New reports and schedules start with these; on this computer only.</source>
        <translation>Neue Berichte und Zeitpläne beginnen mit diesen Werten; nur auf diesem Computer.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save general settings</source>
        <translation>Allgemeine Einstellungen speichern</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Changing it needs Settings: Edit.</source>
        <translation>Zum Ändern ist Einstellungen: Bearbeiten nötig.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Pipe (|)</source>
        <translation>Senkrechter Strich (|)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Settings saved. The new language applies the next time UsageDesk starts.</source>
        <translation>Einstellungen gespeichert. Die neue Sprache gilt ab dem nächsten Start von UsageDesk.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Reporting time zone: %1</source>
        <translation>Berichtszeitzone: %1</translation>
    </message>
</context>
<context>
    <name>GenerateReportDialog</name>
    <message>
        <source>Generate Usage Report</source>
        <translation>Nutzungsbericht erstellen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Report name</source>
        <translation>Berichtsname</translation>
    </message>
    <message>
        <source>Required, up to 100 characters</source>
        <translation>Pflichtfeld, bis zu 100 Zeichen</translation>
    </message>
    <message>
        <source>Name error</source>
        <translation>Fehler beim Namen</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Report description</source>
        <translation>Berichtsbeschreibung</translation>
    </message>
    <message>
        <source>Optional, up to 1,000 characters</source>
        <translation>Optional, bis zu 1.000 Zeichen</translation>
    </message>
    <message>
        <source>Description error</source>
        <translation>Fehler bei der Beschreibung</translation>
    </message>
    <message>
        <source>File &amp;delimiter:</source>
        <translation>&amp;Trennzeichen der Datei:</translation>
    </message>
    <message>
        <source>File delimiter</source>
        <translation>Trennzeichen der Datei</translation>
    </message>
    <message>
        <source>&amp;Excel compatible (BOM)</source>
        <translation>&amp;Excel-kompatibel (BOM)</translation>
    </message>
    <message>
        <source>Excel compatible (BOM)</source>
        <translation>Excel-kompatibel (BOM)</translation>
    </message>
    <message>
        <source>Starts the file with a byte-order mark, so Excel reads accented names correctly.</source>
        <translation>Beginnt die Datei mit einer Byte-Order-Mark, damit Excel Namen mit Akzenten richtig liest.</translation>
    </message>
    <message>
        <source>About Excel compatible</source>
        <translation>Über Excel-Kompatibilität</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Erster Tag des Zeitraums</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Letzter Tag des Zeitraums</translation>
    </message>
    <message>
        <source>Period error</source>
        <translation>Fehler beim Zeitraum</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Umfang:</translation>
    </message>
    <message>
        <source>Tenants in the report</source>
        <translation>Mandanten im Bericht</translation>
    </message>
    <message>
        <source>The quick search is not part of the report&apos;s scope.</source>
        <translation>Die Schnellsuche gehört nicht zum Umfang des Berichts.</translation>
    </message>
    <message>
        <source>Note on the quick search</source>
        <translation>Hinweis zur Schnellsuche</translation>
    </message>
    <message>
        <source>&amp;Schedule Report</source>
        <translation>Bericht &amp;planen</translation>
    </message>
    <message>
        <source>Schedule Report</source>
        <translation>Bericht planen</translation>
    </message>
    <message>
        <source>Form error</source>
        <translation>Formularfehler</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Pipe (|)</source>
        <translation>Senkrechter Strich (|)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Benutzerdefiniert…</translation>
    </message>
    <message>
        <source>Counting tenants…</source>
        <translation>Mandanten werden gezählt…</translation>
    </message>
    <message>
        <source>Cannot count the tenants: %1</source>
        <translation>Die Mandanten können nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>There are no tenants: the report would be empty</source>
        <translation>Es gibt keine Mandanten: Der Bericht wäre leer</translation>
    </message>
    <message>
        <source>No tenants match the filter: the report would be empty</source>
        <translation>Kein Mandant erfüllt den Filter: Der Bericht wäre leer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Your role does not include generating usage reports (Export Reports: Add)</source>
        <translation>Ihre Rolle umfasst nicht das Erstellen von Nutzungsberichten (Berichte exportieren: Hinzufügen)</translation>
    </message>
    <message>
        <source>Your role does not include viewing tenants (Tenants: View), which generating a usage report needs</source>
        <translation>Ihre Rolle umfasst nicht das Anzeigen von Mandanten (Mandanten: Anzeigen), das für einen Nutzungsbericht nötig ist</translation>
    </message>
    <message>
        <source>Enter a name for the report first.</source>
        <translation>Geben Sie zuerst einen Namen für den Bericht ein.</translation>
    </message>
    <message>
        <source>Also send this report by e-mail on a schedule</source>
        <translation>Diesen Bericht außerdem nach Zeitplan per E-Mail senden</translation>
    </message>
    <message>
        <source>Scheduling needs Scheduled Task Management: Add in your role</source>
        <translation>Zeitpläne erfordern in Ihrer Rolle die Berechtigung Scheduled Task Management: Add</translation>
    </message>
    <message>
        <source>Scheduling needs Export Reports: Add in your role</source>
        <translation>Zeitpläne erfordern in Ihrer Rolle die Berechtigung Export Reports: Add</translation>
    </message>
    <message>
        <source>The schedule was not created: %1</source>
        <translation>Der Zeitplan wurde nicht angelegt: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>UsageDesk</source>
        <translation>UsageDesk</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About UsageDesk</source>
        <translation>&amp;Über UsageDesk</translation>
    </message>
    <message>
        <source>Your role does not allow this page.</source>
        <translation>Ihre Rolle erlaubt diese Seite nicht.</translation>
    </message>
    <message>
        <source>Tenants List</source>
        <translation>Mandantenliste</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Scheduled Reports</source>
        <translation>Geplante Berichte</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>Verwendete Datenbank</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Angemeldet: %1 (%2)</translation>
    </message>
    <message>
        <source>Signed-in administrator</source>
        <translation>Angemeldeter Administrator</translation>
    </message>
    <message>
        <source>About UsageDesk</source>
        <translation>Über UsageDesk</translation>
    </message>
    <message>
        <source>UsageDesk %1
Usage reports for the tenants of an identity and MFA cloud service.
Database: %2</source>
        <translation>UsageDesk %1
Nutzungsberichte für die Mandanten eines Identitäts- und MFA-Clouddienstes.
Datenbank: %2</translation>
    </message>
    <message>
        <source>Scheduled reports cannot run: %1</source>
        <translation>Geplante Berichte können nicht laufen: %1</translation>
    </message>
    <message>
        <source>Scheduled report sent</source>
        <translation>Geplanter Bericht gesendet</translation>
    </message>
    <message>
        <source>Scheduled report not sent</source>
        <translation>Geplanter Bericht nicht gesendet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>MembersPage</name>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;Rollen</translation>
    </message>
    <message>
        <source>A&amp;dministrators</source>
        <translation>A&amp;dministratoren</translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message>
        <source>%1 rows/s</source>
        <translation>%1 Zeilen/s</translation>
    </message>
    <message>
        <source>%1 reports/s</source>
        <translation>%1 Berichte/s</translation>
    </message>
    <message>
        <source>estimating time left…</source>
        <translation>Restzeit wird geschätzt…</translation>
    </message>
    <message>
        <source>less than a second left</source>
        <translation>weniger als eine Sekunde übrig</translation>
    </message>
    <message>
        <source>about %1 s left</source>
        <translation>noch etwa %1 s</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>noch etwa %1 min</translation>
    </message>
    <message>
        <source>about %1 min %2 s left</source>
        <translation>noch etwa %1 min %2 s</translation>
    </message>
    <message>
        <source>about %1 h left</source>
        <translation>noch etwa %1 h</translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <translation>noch etwa %1 h %2 min</translation>
    </message>
    <message>
        <source>starting…</source>
        <translation>wird gestartet…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>RenameReportDialog</name>
    <message>
        <source>Rename Report</source>
        <translation>Bericht umbenennen</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Neuer Name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Only the name changes: the report&apos;s rows and its exports stay as they are.</source>
        <translation>Nur der Name ändert sich: Die Zeilen des Berichts und seine Exporte bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>ReportComparePage</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back to the reports</source>
        <translation>Zurück zu den Berichten</translation>
    </message>
    <message>
        <source>Compare reports</source>
        <translation>Berichte vergleichen</translation>
    </message>
    <message>
        <source>&amp;Export Comparison…</source>
        <translation>Vergleich &amp;exportieren…</translation>
    </message>
    <message>
        <source>Comparison by tenant</source>
        <translation>Vergleich nach Mandant</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <source>Compare &quot;%1&quot; (A) with &quot;%2&quot; (B)</source>
        <translation>„%1“ (A) mit „%2“ (B) vergleichen</translation>
    </message>
    <message>
        <source>A: %1 to %2 · B: %3 to %4 · in both: %5 · only in A: %6 · only in B: %7</source>
        <translation>A: %1 bis %2 · B: %3 bis %4 · in beiden: %5 · nur in A: %6 · nur in B: %7</translation>
    </message>
    <message>
        <source>%1 vs %2</source>
        <translation>%1 vs. %2</translation>
    </message>
    <message>
        <source>Exporting the comparison…</source>
        <translation>Der Vergleich wird exportiert…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
</context>
<context>
    <name>ReportViewPage</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back to the reports</source>
        <translation>Zurück zu den Berichten</translation>
    </message>
    <message>
        <source>Report rows</source>
        <translation>Berichtszeilen</translation>
    </message>
    <message>
        <source>Report %1</source>
        <translation>Bericht %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2 to %3, %4 row(s)</source>
        <translation>
            <numerusform>%1 — %2 bis %3, %4 Zeile</numerusform>
            <numerusform>%1 — %2 bis %3, %4 Zeilen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Seitentitel</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Aktionen</translation>
    </message>
    <message>
        <source>Report actions</source>
        <translation>Berichtsaktionen</translation>
    </message>
    <message>
        <source>Running report work</source>
        <translation>Laufende Berichtsarbeiten</translation>
    </message>
    <message>
        <source>Outcome of the last action</source>
        <translation>Ergebnis der letzten Aktion</translation>
    </message>
    <message>
        <source>Export Comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Save the selected report as a CSV file</source>
        <translation>Den ausgewählten Bericht als CSV-Datei speichern</translation>
    </message>
    <message>
        <source>Export &amp;Archive…</source>
        <translation>&amp;Archiv exportieren…</translation>
    </message>
    <message>
        <source>Save the selected reports in one zip file with a checksum manifest</source>
        <translation>Die ausgewählten Berichte in einer ZIP-Datei mit Prüfsummenmanifest speichern</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Compare the two selected reports tenant by tenant</source>
        <translation>Die beiden ausgewählten Berichte Mandant für Mandant vergleichen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Generate the report again with the same choices</source>
        <translation>Den Bericht mit denselben Angaben erneut erstellen</translation>
    </message>
    <message>
        <source>Dis&amp;miss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Remove the cancelled or failed generation from the list</source>
        <translation>Die abgebrochene oder fehlgeschlagene Erstellung aus der Liste entfernen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>Export Archive</source>
        <translation>Archiv exportieren</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Generating &quot;%1&quot;</source>
        <translation>„%1“ wird erstellt</translation>
    </message>
    <message>
        <source>Exporting &quot;%1&quot; to %2</source>
        <translation>„%1“ wird nach %2 exportiert</translation>
    </message>
    <message numerus="yes">
        <source>Archiving %n report(s) to %1</source>
        <translation>
            <numerusform>%n Bericht wird in %1 archiviert</numerusform>
            <numerusform>%n Berichte werden in %1 archiviert</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel…</source>
        <translation>Abbrechen…</translation>
    </message>
    <message>
        <source>Cancel: %1</source>
        <translation>Abbrechen: %1</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Your role does not allow deleting reports.</source>
        <translation>Ihre Rolle erlaubt das Löschen von Berichten nicht.</translation>
    </message>
    <message>
        <source>Delete the report?</source>
        <translation>Den Bericht löschen?</translation>
    </message>
    <message>
        <source>Delete the report &quot;%1&quot;?</source>
        <translation>Den Bericht „%1“ löschen?</translation>
    </message>
    <message>
        <source>Its stored rows are removed for everyone. Files exported from it stay as they are.</source>
        <translation>Seine gespeicherten Zeilen werden für alle entfernt. Daraus exportierte Dateien bleiben unverändert.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Deleted the report &quot;%1&quot;.</source>
        <translation>Der Bericht „%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>Renamed the report to &quot;%1&quot;.</source>
        <translation>Der Bericht heißt jetzt „%1“.</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Show the selected report&apos;s rows (Enter)</source>
        <translation>Die Zeilen des ausgewählten Berichts anzeigen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <source>Reset Password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <source>Password error</source>
        <translation>Fehler beim Passwort</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Passwort &amp;wiederholen:</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>Repeat password error</source>
        <translation>Fehler bei der Passwortwiederholung</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Set a new password for %1. They sign in with it from now on.</source>
        <translation>Legen Sie ein neues Passwort für %1 fest. Ab sofort gilt es für die Anmeldung.</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>Mindestens %n Zeichen</numerusform>
            <numerusform>Mindestens %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reset Password</source>
        <translation>Passwort &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>The passwords do not match</source>
        <translation>Die Passwörter stimmen nicht überein</translation>
    </message>
</context>
<context>
    <name>RoleEditorPage</name>
    <message>
        <source>Add Role</source>
        <translation>Rolle hinzufügen</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Seitentitel</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Name error</source>
        <translation>Fehler beim Namen</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Description error</source>
        <translation>Fehler bei der Beschreibung</translation>
    </message>
    <message>
        <source>Manage &amp;All Roles</source>
        <translation>&amp;Alle Rollen verwalten</translation>
    </message>
    <message>
        <source>Manage All Roles</source>
        <translation>Alle Rollen verwalten</translation>
    </message>
    <message>
        <source>Administrators with this role may manage administrators of every role.</source>
        <translation>Administratoren mit dieser Rolle dürfen die Administratoren aller Rollen verwalten.</translation>
    </message>
    <message>
        <source>Select &amp;Roles to Manage:</source>
        <translation>Zu verwaltende &amp;Rollen wählen:</translation>
    </message>
    <message>
        <source>Select Roles to Manage</source>
        <translation>Zu verwaltende Rollen wählen</translation>
    </message>
    <message>
        <source>Administrator is allowed to &amp;manage these roles:</source>
        <translation>Der Administrator darf diese Rollen &amp;verwalten:</translation>
    </message>
    <message>
        <source>Administrator is allowed to manage these roles</source>
        <translation>Der Administrator darf diese Rollen verwalten</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected roles from the list</source>
        <translation>Die ausgewählten Rollen aus der Liste entfernen</translation>
    </message>
    <message>
        <source>System Entities</source>
        <translation>Systemobjekte</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>System Entity</source>
        <translation>Systemobjekt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Your role does not hold this permission, so you cannot grant it.</source>
        <translation>Ihre Rolle hat diese Berechtigung nicht, daher können Sie sie nicht vergeben.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All permissions for %1</source>
        <translation>Alle Berechtigungen für %1</translation>
    </message>
    <message>
        <source>Check every action of %1</source>
        <translation>Alle Aktionen von %1 auswählen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Edit Role</source>
        <translation>Rolle bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Role: %1 (built-in, not editable)</source>
        <translation>Rolle: %1 (integriert, nicht bearbeitbar)</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Your role does not manage all roles, so you cannot grant that.</source>
        <translation>Ihre Rolle verwaltet nicht alle Rollen, daher können Sie das nicht vergeben.</translation>
    </message>
    <message>
        <source>(role %1)</source>
        <translation>(Rolle %1)</translation>
    </message>
    <message>
        <source>Select a role…</source>
        <translation>Rolle wählen…</translation>
    </message>
</context>
<context>
    <name>RoleTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Integriert</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Administratoren</translation>
    </message>
</context>
<context>
    <name>RolesPage</name>
    <message>
        <source>Roles List</source>
        <translation>Rollenliste</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Seitentitel</translation>
    </message>
    <message>
        <source>&amp;Add Role</source>
        <translation>Rolle &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add Role</source>
        <translation>Rolle hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Edit Role</source>
        <translation>Rolle bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>View Role</source>
        <translation>Rolle anzeigen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete Role</source>
        <translation>Rolle löschen</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>Refresh the roles list</source>
        <translation>Die Rollenliste aktualisieren</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Built-in roles cannot be edited or deleted; use View to see their permissions.</source>
        <translation>Integrierte Rollen können weder bearbeitet noch gelöscht werden; mit „Anzeigen“ sehen Sie ihre Berechtigungen.</translation>
    </message>
    <message>
        <source>Edit the selected role</source>
        <translation>Die ausgewählte Rolle bearbeiten</translation>
    </message>
    <message>
        <source>Delete the selected role</source>
        <translation>Die ausgewählte Rolle löschen</translation>
    </message>
    <message>
        <source>Delete the role &quot;%1&quot;? This cannot be undone.</source>
        <translation>Die Rolle „%1“ löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; was not deleted: %2</source>
        <translation>Die Rolle „%1“ wurde nicht gelöscht: %2</translation>
    </message>
</context>
<context>
    <name>RowActionsColumnProxy</name>
    <message>
        <source>Actions for this tenant</source>
        <translation>Aktionen für diesen Mandanten</translation>
    </message>
    <message>
        <source>Row actions</source>
        <translation>Zeilenaktionen</translation>
    </message>
</context>
<context>
    <name>SaveFilterDialog</name>
    <message>
        <source>Save Filter</source>
        <translation>Filter speichern</translation>
    </message>
    <message>
        <source>Filter name</source>
        <translation>Filtername</translation>
    </message>
    <message>
        <source>Name error</source>
        <translation>Fehler beim Namen</translation>
    </message>
    <message>
        <source>Save error</source>
        <translation>Fehler beim Speichern</translation>
    </message>
    <message>
        <source>Filter text</source>
        <translation>Filtertext</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Filter:</source>
        <translation>Filter:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>there is no condition to save: apply a filter first</source>
        <translation>Es gibt keine Bedingung zum Speichern: Wenden Sie zuerst einen Filter an</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Replace Saved Filter</source>
        <translation>Gespeicherten Filter ersetzen</translation>
    </message>
    <message>
        <source>A saved filter named “%1” already exists:
%2

Replace it with this filter?</source>
        <translation>Ein gespeicherter Filter namens „%1“ existiert bereits:
%2

Durch diesen Filter ersetzen?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>a saved filter named “%1” already exists; choose another name</source>
        <translation>Ein gespeicherter Filter namens „%1“ existiert bereits; wählen Sie einen anderen Namen</translation>
    </message>
</context>
<context>
    <name>SavedFiltersDialog</name>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Saved Filters</source>
        <translation>Gespeicherte Filter</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Gespeicherte Filter</translation>
    </message>
    <message>
        <source>Delete Saved Filter</source>
        <translation>Gespeicherten Filter löschen</translation>
    </message>
    <message>
        <source>Delete the saved filter “%1”? Reports and schedules that use it will no longer find it.</source>
        <translation>Den gespeicherten Filter „%1“ löschen? Berichte und Zeitpläne, die ihn verwenden, finden ihn dann nicht mehr.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>SavedFiltersMenu</name>
    <message>
        <source>Saved &amp;filters</source>
        <translation>Gespeicherte &amp;Filter</translation>
    </message>
    <message>
        <source>No saved filters</source>
        <translation>Keine gespeicherten Filter</translation>
    </message>
    <message>
        <source>&amp;Manage saved filters…</source>
        <translation>Gespeicherte Filter &amp;verwalten…</translation>
    </message>
    <message>
        <source>Saved Filter</source>
        <translation>Gespeicherter Filter</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Create Scheduled Report</source>
        <translation>Geplanten Bericht anlegen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Schedule name</source>
        <translation>Name des Zeitplans</translation>
    </message>
    <message>
        <source>Required, up to 100 characters</source>
        <translation>Pflichtfeld, bis zu 100 Zeichen</translation>
    </message>
    <message>
        <source>Name error</source>
        <translation>Fehler beim Namen</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Schedule description</source>
        <translation>Beschreibung des Zeitplans</translation>
    </message>
    <message>
        <source>Optional, up to 1,000 characters</source>
        <translation>Optional, bis zu 1.000 Zeichen</translation>
    </message>
    <message>
        <source>Description error</source>
        <translation>Fehler bei der Beschreibung</translation>
    </message>
    <message>
        <source>Task T&amp;ype:</source>
        <translation>Auf&amp;gabentyp:</translation>
    </message>
    <message>
        <source>Task Type</source>
        <translation>Aufgabentyp</translation>
    </message>
    <message>
        <source>De&amp;limiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>E&amp;xcel compatible (BOM)</source>
        <translation>E&amp;xcel-kompatibel (BOM)</translation>
    </message>
    <message>
        <source>Excel compatible</source>
        <translation>Excel-kompatibel</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>Umf&amp;ang:</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Tenant ID or filter</source>
        <translation>Mandanten-ID oder Filter</translation>
    </message>
    <message>
        <source>Saved filter</source>
        <translation>Gespeicherter Filter</translation>
    </message>
    <message>
        <source>Scope error</source>
        <translation>Fehler beim Umfang</translation>
    </message>
    <message>
        <source>&amp;Enable the scheduled report</source>
        <translation>Geplanten Bericht a&amp;ktivieren</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>Form error</source>
        <translation>Formularfehler</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>Bestät&amp;igen</translation>
    </message>
    <message>
        <source>Usage Report</source>
        <translation>Nutzungsbericht</translation>
    </message>
    <message>
        <source>Comma (,)</source>
        <translation>Komma (,)</translation>
    </message>
    <message>
        <source>Pipe (|)</source>
        <translation>Senkrechter Strich (|)</translation>
    </message>
    <message>
        <source>Semicolon (;)</source>
        <translation>Semikolon (;)</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation>Alle Mandanten</translation>
    </message>
    <message>
        <source>One tenant (by tenant ID)</source>
        <translation>Ein Mandant (nach Mandanten-ID)</translation>
    </message>
    <message>
        <source>Tenants matching a filter</source>
        <translation>Mandanten, die einem Filter entsprechen</translation>
    </message>
    <message>
        <source>A saved filter</source>
        <translation>Ein gespeicherter Filter</translation>
    </message>
    <message>
        <source>Edit Scheduled Report</source>
        <translation>Geplanten Bericht bearbeiten</translation>
    </message>
    <message>
        <source>Scheduled Report</source>
        <translation>Geplanter Bericht</translation>
    </message>
    <message>
        <source>Tenant ID, e.g. 00000000-0000-4000-8000-000000000001</source>
        <translation>Mandanten-ID, z. B. 00000000-0000-4000-8000-000000000001</translation>
    </message>
    <message>
        <source>e.g. contract_mode eq TRIAL</source>
        <translation>z. B. contract_mode eq TRIAL</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Umfang: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>ScheduleTimingFields</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>reports@example.com, billing@example.com</source>
        <translation>berichte@example.com, buchhaltung@example.com</translation>
    </message>
    <message>
        <source>Email error</source>
        <translation>Fehler bei der E-Mail</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <source>&amp;Recurrence:</source>
        <translation>&amp;Wiederholung:</translation>
    </message>
    <message>
        <source>Day of the Week</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>Day of the &amp;Week:</source>
        <translation>W&amp;ochentag:</translation>
    </message>
    <message>
        <source>Day of month</source>
        <translation>Tag des Monats</translation>
    </message>
    <message>
        <source>In shorter months, on the last day</source>
        <translation>In kürzeren Monaten am letzten Tag</translation>
    </message>
    <message>
        <source>Day of &amp;month:</source>
        <translation>Tag des &amp;Monats:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Uhrzeit:</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Time zone error</source>
        <translation>Fehler bei der Zeitzone</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <source>Next five runs</source>
        <translation>Nächste fünf Läufe</translation>
    </message>
    <message>
        <source>Next five runs:</source>
        <translation>Nächste fünf Läufe:</translation>
    </message>
    <message>
        <source>%1 — %2 UTC</source>
        <comment>a run in the schedule&apos;s zone and in UTC</comment>
        <translation>%1 — %2 UTC</translation>
    </message>
    <message>
        <source>(choose a valid time zone to see the runs)</source>
        <translation>(wählen Sie eine gültige Zeitzone, um die Läufe zu sehen)</translation>
    </message>
</context>
<context>
    <name>ScheduledReportsPage</name>
    <message>
        <source>Scheduled Reports</source>
        <translation>Geplante Berichte</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Seitentitel</translation>
    </message>
    <message>
        <source>&amp;New Schedule…</source>
        <translation>&amp;Neuer Zeitplan…</translation>
    </message>
    <message>
        <source>New Schedule</source>
        <translation>Neuer Zeitplan</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Enable</source>
        <translation>Aktivieren</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delivery &amp;Log</source>
        <translation>&amp;Zustellprotokoll</translation>
    </message>
    <message>
        <source>Delivery Log</source>
        <translation>Zustellprotokoll</translation>
    </message>
    <message>
        <source>List status</source>
        <translation>Listenstatus</translation>
    </message>
    <message>
        <source>Scheduled reports</source>
        <translation>Geplante Berichte</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message numerus="yes">
        <source>%n schedule(s)</source>
        <translation>
            <numerusform>%n Zeitplan</numerusform>
            <numerusform>%n Zeitpläne</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the schedules: %1</source>
        <translation>Die Zeitpläne können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Enable the scheduled report &quot;%1&quot;?</source>
        <translation>Den geplanten Bericht „%1“ aktivieren?</translation>
    </message>
    <message>
        <source>Disable the scheduled report &quot;%1&quot;?</source>
        <translation>Den geplanten Bericht „%1“ deaktivieren?</translation>
    </message>
    <message>
        <source>Enable Scheduled Report</source>
        <translation>Geplanten Bericht aktivieren</translation>
    </message>
    <message>
        <source>Disable Scheduled Report</source>
        <translation>Geplanten Bericht deaktivieren</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Delete Scheduled Report</source>
        <translation>Geplanten Bericht löschen</translation>
    </message>
    <message>
        <source>Delete the scheduled report &quot;%1&quot;? Its delivery log is deleted with it.</source>
        <translation>Den geplanten Bericht „%1“ löschen? Sein Zustellprotokoll wird mit gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Seitentitel</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Bereiche der Einstellungen</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>The SMTP server scheduled reports are sent through.</source>
        <translation>Der SMTP-Server, über den geplante Berichte gesendet werden.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>SMTP host</source>
        <translation>SMTP-Host</translation>
    </message>
    <message>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <source>Host error</source>
        <translation>Fehler beim Host</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>SMTP port</source>
        <translation>SMTP-Port</translation>
    </message>
    <message>
        <source>&amp;Security:</source>
        <translation>S&amp;icherheit:</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>SMTP user</source>
        <translation>SMTP-Benutzer</translation>
    </message>
    <message>
        <source>Empty: no authentication</source>
        <translation>Leer: keine Authentifizierung</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>SMTP password</source>
        <translation>SMTP-Passwort</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Where the password is kept</source>
        <translation>Wo das Passwort aufbewahrt wird</translation>
    </message>
    <message>
        <source>&amp;From address:</source>
        <translation>&amp;Absenderadresse:</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <source>usagedesk@example.com</source>
        <translation>usagedesk@example.com</translation>
    </message>
    <message>
        <source>From address error</source>
        <translation>Fehler bei der Absenderadresse</translation>
    </message>
    <message>
        <source>Trusted &amp;certificate:</source>
        <translation>Vertrauenswürdiges &amp;Zertifikat:</translation>
    </message>
    <message>
        <source>Trusted certificate fingerprint</source>
        <translation>Fingerabdruck des vertrauenswürdigen Zertifikats</translation>
    </message>
    <message>
        <source>Optional: SHA-256 fingerprint of a self-signed server certificate</source>
        <translation>Optional: SHA-256-Fingerabdruck eines selbstsignierten Serverzertifikats</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save e-mail settings</source>
        <translation>E-Mail-Einstellungen speichern</translation>
    </message>
    <message>
        <source>Send &amp;test e-mail…</source>
        <translation>&amp;Test-E-Mail senden…</translation>
    </message>
    <message>
        <source>Send test e-mail</source>
        <translation>Test-E-Mail senden</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>None (plain text; only to this computer)</source>
        <translation>Keine (Klartext; nur zu diesem Computer)</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>Send Test E-mail</source>
        <translation>Test-E-Mail senden</translation>
    </message>
    <message>
        <source>Send a test e-mail to:</source>
        <translation>Test-E-Mail senden an:</translation>
    </message>
    <message>
        <source>The password in use comes from %1.</source>
        <translation>Das verwendete Passwort stammt aus %1.</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in the database.</source>
        <translation>Im Schlüsselbund des Systems aufbewahrt, nie in der Datenbank.</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>Host: %1</translation>
    </message>
    <message>
        <source>From address: %1</source>
        <translation>Absenderadresse: %1</translation>
    </message>
    <message>
        <source>Port: %1</source>
        <translation>Port: %1</translation>
    </message>
    <message>
        <source>E-mail settings saved.</source>
        <translation>E-Mail-Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>E-mail settings saved; storing the password…</source>
        <translation>E-Mail-Einstellungen gespeichert; das Passwort wird abgelegt…</translation>
    </message>
    <message>
        <source>E-mail settings saved; the password is in the system keychain.</source>
        <translation>E-Mail-Einstellungen gespeichert; das Passwort liegt im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>E-mail settings saved, but not the password: %1 Sending needs the password in %2 then.</source>
        <translation>E-Mail-Einstellungen gespeichert, aber nicht das Passwort: %1 Zum Senden muss das Passwort dann in %2 stehen.</translation>
    </message>
    <message>
        <source>Sending a test e-mail to %1…</source>
        <translation>Test-E-Mail wird an %1 gesendet…</translation>
    </message>
    <message>
        <source>Not sent to %1: %2</source>
        <translation>Nicht an %1 gesendet: %2</translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation>An %1 gesendet</translation>
    </message>
    <message>
        <source>Sent to %1 (%2)</source>
        <translation>An %1 gesendet (%2)</translation>
    </message>
    <message>
        <source>The server replied: %1</source>
        <translation>Der Server antwortete: %1</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
</context>
<context>
    <name>ShortcutHint</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to UsageDesk</source>
        <translation>Bei UsageDesk anmelden</translation>
    </message>
    <message>
        <source>Sign in with your administrator account.</source>
        <translation>Melden Sie sich mit Ihrem Administratorkonto an.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Anmeldefehler</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
</context>
<context>
    <name>TenantDialog</name>
    <message>
        <source>Add Tenant</source>
        <translation>Mandant hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Tenant ID:</source>
        <translation>&amp;Mandanten-ID:</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <source>Tenant ID error</source>
        <translation>Fehler bei der Mandanten-ID</translation>
    </message>
    <message>
        <source>&amp;Hostname:</source>
        <translation>&amp;Hostname:</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>acme.us.example.com</source>
        <translation>acme.us.example.com</translation>
    </message>
    <message>
        <source>Hostname error</source>
        <translation>Fehler beim Hostnamen</translation>
    </message>
    <message>
        <source>&amp;Company name:</source>
        <translation>&amp;Firmenname:</translation>
    </message>
    <message>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>Company name error</source>
        <translation>Fehler beim Firmennamen</translation>
    </message>
    <message>
        <source>Contract &amp;mode:</source>
        <translation>&amp;Vertragsart:</translation>
    </message>
    <message>
        <source>Contract mode</source>
        <translation>Vertragsart</translation>
    </message>
    <message>
        <source>C&amp;reated on:</source>
        <translation>Angelegt a&amp;m:</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Angelegt am</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>&amp;Locked</source>
        <translation>&amp;Gesperrt</translation>
    </message>
    <message>
        <source>&amp;Service provider</source>
        <translation>&amp;Dienstanbieter</translation>
    </message>
    <message>
        <source>&amp;Authentication account</source>
        <translation>&amp;Authentifizierungskonto</translation>
    </message>
    <message>
        <source>&amp;Issuance account</source>
        <translation>Ausstellungs&amp;konto</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Edit Tenant</source>
        <translation>Mandant bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Leave empty to generate one</source>
        <translation>Leer lassen, um eine zu erzeugen</translation>
    </message>
    <message>
        <source>A tenant&apos;s ID never changes.</source>
        <translation>Die ID eines Mandanten ändert sich nie.</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktiv</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>TenantUsagePage</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Back to the tenants</source>
        <translation>Zurück zu den Mandanten</translation>
    </message>
    <message>
        <source>Tenant usage</source>
        <translation>Mandantennutzung</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Seitentitel</translation>
    </message>
    <message>
        <source>&amp;Daily</source>
        <translation>&amp;Täglich</translation>
    </message>
    <message>
        <source>Daily figures</source>
        <translation>Tageswerte</translation>
    </message>
    <message>
        <source>&amp;Monthly</source>
        <translation>&amp;Monatlich</translation>
    </message>
    <message>
        <source>Monthly totals</source>
        <translation>Monatssummen</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Period preset</source>
        <translation>Zeitraumvorgabe</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>First day (inclusive)</source>
        <translation>Erster Tag (einschließlich)</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Last day (inclusive)</source>
        <translation>Letzter Tag (einschließlich)</translation>
    </message>
    <message>
        <source>E&amp;xport table to CSV…</source>
        <translation>Tabelle als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the table to a CSV file</source>
        <translation>Die Tabelle in eine CSV-Datei exportieren</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Usage chart</source>
        <translation>Nutzungsdiagramm</translation>
    </message>
    <message>
        <source>Usage figures</source>
        <translation>Nutzungswerte</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>Users (peak)</source>
        <translation>Benutzer (Spitze)</translation>
    </message>
    <message>
        <source>Voice credits</source>
        <translation>Sprach-Credits</translation>
    </message>
    <message>
        <source>SMS credits</source>
        <translation>SMS-Credits</translation>
    </message>
    <message>
        <source>Usage of %1 (%2)</source>
        <translation>Nutzung von %1 (%2)</translation>
    </message>
    <message>
        <source>Users (last day)</source>
        <translation>Benutzer (letzter Tag)</translation>
    </message>
    <message>
        <source>No usage recorded between %1 and %2.</source>
        <translation>Zwischen %1 und %2 wurde keine Nutzung erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) with usage between %1 and %2.</source>
        <translation>
            <numerusform>%n Monat mit Nutzung zwischen %1 und %2.</numerusform>
            <numerusform>%n Monate mit Nutzung zwischen %1 und %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with usage between %1 and %2.</source>
        <translation>
            <numerusform>%n Tag mit Nutzung zwischen %1 und %2.</numerusform>
            <numerusform>%n Tage mit Nutzung zwischen %1 und %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Tenant Usage</source>
        <translation>Mandantennutzung exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Back to the Tenants List</source>
        <translation>Zurück zur Mandantenliste</translation>
    </message>
</context>
<context>
    <name>TenantsPage</name>
    <message>
        <source>Tenants List</source>
        <translation>Mandantenliste</translation>
    </message>
    <message>
        <source>Page title</source>
        <translation>Seitentitel</translation>
    </message>
    <message>
        <source>&amp;Filters…</source>
        <translation>&amp;Filter…</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Sa&amp;ved filters</source>
        <translation>Gespei&amp;cherte Filter</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Gespeicherte Filter</translation>
    </message>
    <message>
        <source>Search company or hostname</source>
        <translation>Firma oder Hostname suchen</translation>
    </message>
    <message>
        <source>Number of tenants</source>
        <translation>Anzahl der Mandanten</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Aktionen</translation>
    </message>
    <message>
        <source>Actions for the list</source>
        <translation>Aktionen für die Liste</translation>
    </message>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Cancel e&amp;xport</source>
        <translation>E&amp;xport abbrechen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Exporting… %1 tenants written.</source>
        <translation>Wird exportiert… %1 Mandanten geschrieben.</translation>
    </message>
    <message>
        <source>&amp;Generate Usage Report…</source>
        <translation>Nutzungsbericht &amp;erstellen…</translation>
    </message>
    <message>
        <source>&amp;Export List to CSV…</source>
        <translation>Liste als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Save Filter…</source>
        <translation>Filter &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Add Tenant…</source>
        <translation>Mandant &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Generate Usage Report for the Filtered List…</source>
        <translation>Nutzungsbericht für die gefilterte Liste &amp;erstellen…</translation>
    </message>
    <message>
        <source>&amp;Generate Usage Report for All Tenants…</source>
        <translation>Nutzungsbericht für alle Mandanten &amp;erstellen…</translation>
    </message>
    <message>
        <source>Apply a filter first, then save it by name.</source>
        <translation>Wenden Sie zuerst einen Filter an und speichern Sie ihn dann unter einem Namen.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tenant(s) match</source>
        <translation>
            <numerusform>%Ln Mandant passt</numerusform>
            <numerusform>%Ln Mandanten passen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tenant(s)</source>
        <translation>
            <numerusform>%Ln Mandant</numerusform>
            <numerusform>%Ln Mandanten</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>&amp;View Usage</source>
        <translation>Nutzung &amp;anzeigen</translation>
    </message>
    <message>
        <source>Your role does not include viewing usage data.</source>
        <translation>Ihre Rolle umfasst nicht das Anzeigen von Nutzungsdaten.</translation>
    </message>
    <message>
        <source>&amp;Edit Tenant…</source>
        <translation>Mandant &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove Tenant…</source>
        <translation>Mandant &amp;entfernen…</translation>
    </message>
    <message>
        <source>Added %1.</source>
        <translation>%1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Edit Tenant</source>
        <translation>Mandant bearbeiten</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Remove Tenant</source>
        <translation>Mandant entfernen</translation>
    </message>
    <message>
        <source>Remove the tenant %1 (%2) and all of its usage data? Reports already generated keep their rows.</source>
        <translation>Den Mandanten %1 (%2) und alle seine Nutzungsdaten entfernen? Bereits erstellte Berichte behalten ihre Zeilen.</translation>
    </message>
    <message>
        <source>Remove tenant</source>
        <translation>Mandant entfernen</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>Your role does not include generating usage reports (Export Reports: Add).</source>
        <translation>Ihre Rolle umfasst nicht das Erstellen von Nutzungsberichten (Berichte exportieren: Hinzufügen).</translation>
    </message>
    <message>
        <source>Your role does not include viewing tenants (Tenants: View).</source>
        <translation>Ihre Rolle umfasst nicht das Anzeigen von Mandanten (Mandanten: Anzeigen).</translation>
    </message>
    <message>
        <source>Export Tenants List</source>
        <translation>Mandantenliste exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Die Liste filtern</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>there is no administrator &quot;%1&quot;</source>
        <translation>Es gibt keinen Administrator „%1“</translation>
    </message>
    <message>
        <source>--role: there is no role named &quot;%1&quot;</source>
        <translation>--role: Es gibt keine Rolle namens „%1“</translation>
    </message>
    <message>
        <source>The user name.</source>
        <translation>Der Benutzername.</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>The role.</source>
        <translation>Die Rolle.</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ROLLE</translation>
    </message>
    <message>
        <source>The name shown (default: the user name).</source>
        <translation>Der angezeigte Name (Vorgabe: der Benutzername).</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>The e-mail address.</source>
        <translation>Die E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>admin add: --%1 is required
usage: %2</source>
        <translation>admin add: --%1 ist erforderlich
Aufruf: %2</translation>
    </message>
    <message>
        <source>added the administrator %1</source>
        <translation>Administrator %1 hinzugefügt</translation>
    </message>
    <message>
        <source>A new role.</source>
        <translation>Eine neue Rolle.</translation>
    </message>
    <message>
        <source>Enable the account.</source>
        <translation>Das Konto aktivieren.</translation>
    </message>
    <message>
        <source>Disable the account.</source>
        <translation>Das Konto deaktivieren.</translation>
    </message>
    <message>
        <source>The name shown.</source>
        <translation>Der angezeigte Name.</translation>
    </message>
    <message>
        <source>The e-mail address (&quot;&quot; to clear it).</source>
        <translation>Die E-Mail-Adresse (&quot;&quot; zum Leeren).</translation>
    </message>
    <message>
        <source>Set a new password (from USAGEDESK_NEW_PASSWORD or a prompt).</source>
        <translation>Ein neues Passwort festlegen (aus USAGEDESK_NEW_PASSWORD oder per Abfrage).</translation>
    </message>
    <message>
        <source>--enable and --disable exclude each other</source>
        <translation>--enable und --disable schließen einander aus</translation>
    </message>
    <message>
        <source>admin edit: nothing to change; give the options to change
usage: %1</source>
        <translation>admin edit: nichts zu ändern; geben Sie die zu ändernden Optionen an
Aufruf: %1</translation>
    </message>
    <message>
        <source>changed the administrator %1</source>
        <translation>Administrator %1 geändert</translation>
    </message>
    <message>
        <source>DISPLAY NAME</source>
        <translation>ANZEIGENAME</translation>
    </message>
    <message>
        <source>E-MAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation>AKTIVIERT</translation>
    </message>
    <message>
        <source>LOCKED</source>
        <translation>GESPERRT</translation>
    </message>
    <message>
        <source>until %1 UTC</source>
        <translation>bis %1 UTC</translation>
    </message>
    <message>
        <source>deleted the administrator %1</source>
        <translation>Administrator %1 gelöscht</translation>
    </message>
    <message>
        <source>Add an administrator (password from USAGEDESK_NEW_PASSWORD or a prompt).</source>
        <translation>Einen Administrator hinzufügen (Passwort aus USAGEDESK_NEW_PASSWORD oder per Abfrage).</translation>
    </message>
    <message>
        <source>Change an administrator; the options not given stay as they are.</source>
        <translation>Einen Administrator ändern; nicht angegebene Optionen bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>List the administrators.</source>
        <translation>Die Administratoren auflisten.</translation>
    </message>
    <message>
        <source>Remove an administrator.</source>
        <translation>Einen Administrator entfernen.</translation>
    </message>
    <message>
        <source>Only lines whose actor, action, object or detail contain TEXT (any case).</source>
        <translation>Nur Zeilen, deren Akteur, Aktion, Objekt oder Detail TEXT enthält (Groß-/Kleinschreibung egal).</translation>
    </message>
    <message>
        <source>List the audit log, oldest first.</source>
        <translation>Das Prüfprotokoll auflisten, älteste Zeile zuerst.</translation>
    </message>
    <message>
        <source>%1: a value is missing</source>
        <translation>%1: Ein Wert fehlt</translation>
    </message>
    <message>
        <source>--today: &quot;%1&quot; is not a date of the form YYYY-MM-DD</source>
        <translation>--today: „%1“ ist kein Datum der Form JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>--now: &quot;%1&quot; is not an ISO-8601 instant such as 2026-01-31T08:00:00Z</source>
        <translation>--now: „%1“ ist kein ISO-8601-Zeitpunkt wie 2026-01-31T08:00:00Z</translation>
    </message>
    <message>
        <source>Usage: usagedesk-cli [--db TARGET] [--user NAME] [--today YYYY-MM-DD] [--now ISO-8601] COMMAND [OPTIONS]

Commands:
</source>
        <translation>Aufruf: usagedesk-cli [--db ZIEL] [--user NAME] [--today JJJJ-MM-TT] [--now ISO-8601] BEFEHL [OPTIONEN]

Befehle:
</translation>
    </message>
    <message>
        <source>
Options for every command:
  --db TARGET    an SQLite file, or postgresql://user@host:port/dbname
                 (default: USAGEDESK_DB, else usagedesk.sqlite in the data folder)
  --user NAME    the administrator acting (default: USAGEDESK_USER)
  --today DATE   treat DATE as today
  --now INSTANT  treat INSTANT as now
  --help, --version

Exit codes: 0 done, 2 bad input, 3 not signed in or not permitted, 4 not found,
5 database or file error, 6 delivery failed, 130 interrupted.
</source>
        <translation>
Optionen für jeden Befehl:
  --db ZIEL      eine SQLite-Datei oder postgresql://user@host:port/dbname
                 (Vorgabe: USAGEDESK_DB, sonst usagedesk.sqlite im Datenordner)
  --user NAME    der handelnde Administrator (Vorgabe: USAGEDESK_USER)
  --today DATUM  DATUM als heute behandeln
  --now ZEIT     ZEIT als jetzt behandeln
  --help, --version

Exit-Codes: 0 erledigt, 2 ungültige Eingabe, 3 nicht angemeldet oder nicht erlaubt,
4 nicht gefunden, 5 Datenbank- oder Dateifehler, 6 Zustellung fehlgeschlagen,
130 unterbrochen.
</translation>
    </message>
    <message>
        <source>Output form: table (default), csv or json.</source>
        <translation>Ausgabeform: table (Vorgabe), csv oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not a format; expected table, csv or json</source>
        <translation>--format: „%1“ ist kein Format; erwartet wird table, csv oder json</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>%1: an argument is missing
usage: %2</source>
        <translation>%1: Ein Argument fehlt
Aufruf: %2</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;
usage: %3</source>
        <translation>%1: unerwartetes Argument „%2“
Aufruf: %3</translation>
    </message>
    <message>
        <source>usage: %1
%2</source>
        <translation>Aufruf: %1
%2</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see usagedesk-cli --help</source>
        <translation>Unbekannter Befehl „%1“; siehe usagedesk-cli --help</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>FILTER</source>
        <translation>FILTER</translation>
    </message>
    <message>
        <source>CREATED BY</source>
        <translation>ERSTELLT VON</translation>
    </message>
    <message>
        <source>UPDATED AT</source>
        <translation>GEÄNDERT AM</translation>
    </message>
    <message>
        <source>The filter to save (filters.md).</source>
        <translation>Der zu speichernde Filter (filters.md).</translation>
    </message>
    <message>
        <source>EXPR</source>
        <translation>AUSDRUCK</translation>
    </message>
    <message>
        <source>Replace the saved filter of the same name, if there is one.</source>
        <translation>Den gespeicherten Filter gleichen Namens ersetzen, falls vorhanden.</translation>
    </message>
    <message>
        <source>--filter is required: the filter to save</source>
        <translation>--filter ist erforderlich: der zu speichernde Filter</translation>
    </message>
    <message>
        <source>saved the filter %1: %2</source>
        <translation>Filter %1 gespeichert: %2</translation>
    </message>
    <message>
        <source>deleted the saved filter %1</source>
        <translation>Gespeicherten Filter %1 gelöscht</translation>
    </message>
    <message>
        <source>List the saved tenant filters, by name.</source>
        <translation>Die gespeicherten Mandantenfilter auflisten, nach Namen.</translation>
    </message>
    <message>
        <source>Save a tenant filter under a name (an existing name only with --replace).</source>
        <translation>Einen Mandantenfilter unter einem Namen speichern (einen vorhandenen Namen nur mit --replace).</translation>
    </message>
    <message>
        <source>Delete a saved tenant filter.</source>
        <translation>Einen gespeicherten Mandantenfilter löschen.</translation>
    </message>
    <message>
        <source>Skip columns the import does not know instead of failing.</source>
        <translation>Spalten, die der Import nicht kennt, überspringen, statt abzubrechen.</translation>
    </message>
    <message>
        <source>imported %1 tenants (%2 new, %3 updated) from %4</source>
        <translation>%1 Mandanten (%2 neu, %3 aktualisiert) aus %4 importiert</translation>
    </message>
    <message>
        <source>imported %1 usage rows from %2</source>
        <translation>%1 Nutzungszeilen aus %2 importiert</translation>
    </message>
    <message>
        <source>Add or update tenants from CSV files (all or nothing).</source>
        <translation>Mandanten aus CSV-Dateien hinzufügen oder aktualisieren (alles oder nichts).</translation>
    </message>
    <message>
        <source>Add or replace daily usage from CSV files (all or nothing); the tenants must exist.</source>
        <translation>Tägliche Nutzung aus CSV-Dateien hinzufügen oder ersetzen (alles oder nichts); die Mandanten müssen existieren.</translation>
    </message>
    <message>
        <source>First Super Administrator.</source>
        <translation>Erster Super-Administrator.</translation>
    </message>
    <message>
        <source>Their e-mail address.</source>
        <translation>Seine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>created the Super Administrator %1</source>
        <translation>Super-Administrator %1 angelegt</translation>
    </message>
    <message>
        <source>note: the database already has administrators; %1 was not created (add administrators with &quot;admin add&quot;)</source>
        <translation>Hinweis: Die Datenbank hat bereits Administratoren; %1 wurde nicht angelegt (Administratoren mit „admin add“ hinzufügen)</translation>
    </message>
    <message>
        <source>note: no administrator yet; create the first one with &quot;init --admin NAME&quot;</source>
        <translation>Hinweis: Noch kein Administrator; legen Sie den ersten mit „init --admin NAME“ an</translation>
    </message>
    <message>
        <source>database %1 is at schema version %2</source>
        <translation>Datenbank %1 hat Schemaversion %2</translation>
    </message>
    <message>
        <source>Create the database or upgrade its schema; on an empty one, create the first Super Administrator (password from USAGEDESK_NEW_PASSWORD or a prompt).</source>
        <translation>Die Datenbank anlegen oder ihr Schema aktualisieren; in einer leeren den ersten Super-Administrator anlegen (Passwort aus USAGEDESK_NEW_PASSWORD oder per Abfrage).</translation>
    </message>
    <message>
        <source>The report&apos;s name.</source>
        <translation>Der Name des Berichts.</translation>
    </message>
    <message>
        <source>The report&apos;s description.</source>
        <translation>Die Beschreibung des Berichts.</translation>
    </message>
    <message>
        <source>all, tenant:&lt;uuid&gt;, filter:&lt;expression&gt; or saved:&lt;name&gt;.</source>
        <translation>all, tenant:&lt;uuid&gt;, filter:&lt;ausdruck&gt; oder saved:&lt;name&gt;.</translation>
    </message>
    <message>
        <source>SCOPE</source>
        <translation>UMFANG</translation>
    </message>
    <message>
        <source>current-month, last-month, last-3-months, last-12-months, year-to-date or custom:YYYY-MM-DD..YYYY-MM-DD.</source>
        <translation>current-month, last-month, last-3-months, last-12-months, year-to-date oder custom:JJJJ-MM-TT..JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>ZEITRAUM</translation>
    </message>
    <message>
        <source>comma (default), pipe, semicolon or tab.</source>
        <translation>comma (Vorgabe), pipe, semicolon oder tab.</translation>
    </message>
    <message>
        <source>DELIMITER</source>
        <translation>TRENNZEICHEN</translation>
    </message>
    <message>
        <source>Also write the CSV to FILE.</source>
        <translation>Die CSV-Datei zusätzlich in DATEI schreiben.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Start the CSV with a byte-order mark.</source>
        <translation>Die CSV-Datei mit einer Byte-Order-Mark beginnen.</translation>
    </message>
    <message>
        <source>Do not guard text starting with = + - @.</source>
        <translation>Text, der mit = + - @ beginnt, nicht schützen.</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 ist erforderlich</translation>
    </message>
    <message>
        <source>--out: the file name is empty</source>
        <translation>--out: Der Dateiname ist leer</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The CSV file to write.</source>
        <translation>Die zu schreibende CSV-Datei.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a report id</source>
        <translation>„%1“ ist keine Berichts-ID</translation>
    </message>
    <message>
        <source>--out is required: the CSV file to write</source>
        <translation>--out ist erforderlich: die zu schreibende CSV-Datei</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>ROWS</source>
        <translation>ZEILEN</translation>
    </message>
    <message>
        <source>CREATED AT</source>
        <translation>ERSTELLT AM</translation>
    </message>
    <message>
        <source>deleted report %1</source>
        <translation>Bericht %1 gelöscht</translation>
    </message>
    <message>
        <source>Generate a usage report and print its id (with --out, also write its CSV).</source>
        <translation>Einen Nutzungsbericht erstellen und seine ID ausgeben (mit --out auch seine CSV-Datei schreiben).</translation>
    </message>
    <message>
        <source>Write a stored usage report as CSV.</source>
        <translation>Einen gespeicherten Nutzungsbericht als CSV schreiben.</translation>
    </message>
    <message>
        <source>List the stored usage reports, newest first.</source>
        <translation>Die gespeicherten Nutzungsberichte auflisten, neueste zuerst.</translation>
    </message>
    <message>
        <source>Delete a stored usage report.</source>
        <translation>Einen gespeicherten Nutzungsbericht löschen.</translation>
    </message>
    <message>
        <source>The role&apos;s name (1-100 characters).</source>
        <translation>Der Name der Rolle (1–100 Zeichen).</translation>
    </message>
    <message>
        <source>What the role is for.</source>
        <translation>Wofür die Rolle da ist.</translation>
    </message>
    <message>
        <source>Holders may manage administrators of every role.</source>
        <translation>Inhaber dürfen die Administratoren aller Rollen verwalten.</translation>
    </message>
    <message>
        <source>Roles whose administrators holders may manage (comma-separated, repeatable; &quot;&quot; for none).</source>
        <translation>Rollen, deren Administratoren die Inhaber verwalten dürfen (durch Kommas getrennt, wiederholbar; &quot;&quot; für keine).</translation>
    </message>
    <message>
        <source>ROLE[,ROLE...]</source>
        <translation>ROLLE[,ROLLE...]</translation>
    </message>
    <message>
        <source>A grant, entity:action[,action...] or entity:all (repeatable; further entity:actions words are grants too).</source>
        <translation>Eine Berechtigung, entity:action[,action...] oder entity:all (wiederholbar; weitere entity:actions-Wörter sind ebenfalls Berechtigungen).</translation>
    </message>
    <message>
        <source>ENTITY:ACTIONS</source>
        <translation>OBJEKT:AKTIONEN</translation>
    </message>
    <message>
        <source>--manage-all and --manage exclude each other</source>
        <translation>--manage-all und --manage schließen einander aus</translation>
    </message>
    <message>
        <source>--manage: there is no role named &quot;%1&quot;</source>
        <translation>--manage: Es gibt keine Rolle namens „%1“</translation>
    </message>
    <message>
        <source>role add: --name is required
usage: %1</source>
        <translation>role add: --name ist erforderlich
Aufruf: %1</translation>
    </message>
    <message>
        <source>role add: at least one --grant is required
usage: %1</source>
        <translation>role add: Mindestens ein --grant ist erforderlich
Aufruf: %1</translation>
    </message>
    <message>
        <source>added the role %1</source>
        <translation>Rolle %1 hinzugefügt</translation>
    </message>
    <message>
        <source>role edit: nothing to change; give the options to change
usage: %1</source>
        <translation>role edit: nichts zu ändern; geben Sie die zu ändernden Optionen an
Aufruf: %1</translation>
    </message>
    <message>
        <source>there is no role named &quot;%1&quot;</source>
        <translation>Es gibt keine Rolle namens „%1“</translation>
    </message>
    <message>
        <source>changed the role %1</source>
        <translation>Rolle %1 geändert</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>BESCHREIBUNG</translation>
    </message>
    <message>
        <source>BUILT-IN</source>
        <translation>INTEGRIERT</translation>
    </message>
    <message>
        <source>ADMINISTRATORS</source>
        <translation>ADMINISTRATOREN</translation>
    </message>
    <message>
        <source>name: %1</source>
        <translation>Name: %1</translation>
    </message>
    <message>
        <source>description: %1</source>
        <translation>Beschreibung: %1</translation>
    </message>
    <message>
        <source>built-in: %1</source>
        <translation>Integriert: %1</translation>
    </message>
    <message>
        <source>administrators: %1</source>
        <translation>Administratoren: %1</translation>
    </message>
    <message>
        <source>manage all roles: %1</source>
        <translation>Alle Rollen verwalten: %1</translation>
    </message>
    <message>
        <source>manages:</source>
        <translation>Verwaltet:</translation>
    </message>
    <message>
        <source>grants:</source>
        <translation>Berechtigungen:</translation>
    </message>
    <message>
        <source>deleted the role %1</source>
        <translation>Rolle %1 gelöscht</translation>
    </message>
    <message>
        <source>Add a custom role. Without --manage-all or --manage its holders manage no roles.</source>
        <translation>Eine eigene Rolle hinzufügen. Ohne --manage-all oder --manage verwalten ihre Inhaber keine Rollen.</translation>
    </message>
    <message>
        <source>Change a custom role: the options given replace the role&apos;s values (--grant replaces the whole grant set), the others stay.</source>
        <translation>Eine eigene Rolle ändern: Die angegebenen Optionen ersetzen die Werte der Rolle (--grant ersetzt alle Berechtigungen), die übrigen bleiben.</translation>
    </message>
    <message>
        <source>List the roles.</source>
        <translation>Die Rollen auflisten.</translation>
    </message>
    <message>
        <source>Show a role: its fields, managed roles and grants.</source>
        <translation>Eine Rolle anzeigen: ihre Felder, verwalteten Rollen und Berechtigungen.</translation>
    </message>
    <message>
        <source>Delete a custom role that no administrator holds.</source>
        <translation>Eine eigene Rolle löschen, die kein Administrator innehat.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a schedule id</source>
        <translation>„%1“ ist keine Zeitplan-ID</translation>
    </message>
    <message>
        <source>The schedule&apos;s name.</source>
        <translation>Der Name des Zeitplans.</translation>
    </message>
    <message>
        <source>The schedule&apos;s description.</source>
        <translation>Die Beschreibung des Zeitplans.</translation>
    </message>
    <message>
        <source>Recipients, separated by commas (repeatable).</source>
        <translation>Empfänger, durch Kommas getrennt (wiederholbar).</translation>
    </message>
    <message>
        <source>The task: usage-report (the default).</source>
        <translation>Die Aufgabe: usage-report (Vorgabe).</translation>
    </message>
    <message>
        <source>TASK</source>
        <translation>AUFGABE</translation>
    </message>
    <message>
        <source>daily, weekly or monthly.</source>
        <translation>daily, weekly oder monthly.</translation>
    </message>
    <message>
        <source>RECURRENCE</source>
        <translation>WIEDERHOLUNG</translation>
    </message>
    <message>
        <source>The day of a weekly schedule: MON..SUN.</source>
        <translation>Der Tag eines wöchentlichen Zeitplans: MON..SUN.</translation>
    </message>
    <message>
        <source>DAY</source>
        <translation>TAG</translation>
    </message>
    <message>
        <source>The day of a monthly schedule: 1..31 (a shorter month runs on its last day).</source>
        <translation>Der Tag eines monatlichen Zeitplans: 1..31 (in einem kürzeren Monat läuft er am letzten Tag).</translation>
    </message>
    <message>
        <source>The time of day, HH:MM, in the schedule&apos;s zone.</source>
        <translation>Die Uhrzeit, HH:MM, in der Zeitzone des Zeitplans.</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>An IANA time zone (default: this computer&apos;s).</source>
        <translation>Eine IANA-Zeitzone (Vorgabe: die dieses Computers).</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ZONE</translation>
    </message>
    <message>
        <source>No byte-order mark (edit).</source>
        <translation>Keine Byte-Order-Mark (beim Bearbeiten).</translation>
    </message>
    <message>
        <source>Save the schedule disabled.</source>
        <translation>Den Zeitplan deaktiviert speichern.</translation>
    </message>
    <message>
        <source>Enable the schedule (edit).</source>
        <translation>Den Zeitplan aktivieren (beim Bearbeiten).</translation>
    </message>
    <message>
        <source>--task: &quot;%1&quot; is not a task; expected usage-report</source>
        <translation>--task: „%1“ ist keine Aufgabe; erwartet wird usage-report</translation>
    </message>
    <message>
        <source>--day: only a weekly schedule has a day of the week</source>
        <translation>--day: Nur ein wöchentlicher Zeitplan hat einen Wochentag</translation>
    </message>
    <message>
        <source>--day-of-month: only a monthly schedule has a day of the month</source>
        <translation>--day-of-month: Nur ein monatlicher Zeitplan hat einen Tag im Monat</translation>
    </message>
    <message>
        <source>--day is required for a weekly schedule (MON..SUN)</source>
        <translation>--day ist für einen wöchentlichen Zeitplan erforderlich (MON..SUN)</translation>
    </message>
    <message>
        <source>--day-of-month is required for a monthly schedule (1..31)</source>
        <translation>--day-of-month ist für einen monatlichen Zeitplan erforderlich (1..31)</translation>
    </message>
    <message>
        <source>--scope: the scope is empty</source>
        <translation>--scope: Der Umfang ist leer</translation>
    </message>
    <message>
        <source>--bom and --no-bom cannot be given together</source>
        <translation>--bom und --no-bom können nicht zusammen angegeben werden</translation>
    </message>
    <message>
        <source>--enabled and --disabled cannot be given together</source>
        <translation>--enabled und --disabled können nicht zusammen angegeben werden</translation>
    </message>
    <message>
        <source>changed schedule %1</source>
        <translation>Zeitplan %1 geändert</translation>
    </message>
    <message>
        <source>enabled schedule %1</source>
        <translation>Zeitplan %1 aktiviert</translation>
    </message>
    <message>
        <source>disabled schedule %1</source>
        <translation>Zeitplan %1 deaktiviert</translation>
    </message>
    <message>
        <source>deleted schedule %1</source>
        <translation>Zeitplan %1 gelöscht</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>UHRZEIT</translation>
    </message>
    <message>
        <source>RECIPIENTS</source>
        <translation>EMPFÄNGER</translation>
    </message>
    <message>
        <source>NEXT RUN (UTC)</source>
        <translation>NÄCHSTER LAUF (UTC)</translation>
    </message>
    <message>
        <source>LAST RUN</source>
        <translation>LETZTER LAUF</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>ERGEBNIS</translation>
    </message>
    <message>
        <source>Runs strictly after this instant (default: now).</source>
        <translation>Läufe strikt nach diesem Zeitpunkt (Vorgabe: jetzt).</translation>
    </message>
    <message>
        <source>ISO-8601</source>
        <translation>ISO-8601</translation>
    </message>
    <message>
        <source>How many runs (default 1).</source>
        <translation>Wie viele Läufe (Vorgabe 1).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--after: &quot;%1&quot; is not an ISO-8601 instant such as 2026-01-31T08:00:00Z</source>
        <translation>--after: „%1“ ist kein ISO-8601-Zeitpunkt wie 2026-01-31T08:00:00Z</translation>
    </message>
    <message>
        <source>--count: &quot;%1&quot; is not a number from 1 to %2</source>
        <translation>--count: „%1“ ist keine Zahl von 1 bis %2</translation>
    </message>
    <message>
        <source>schedule %1 has no next run (its time zone is unknown here)</source>
        <translation>Zeitplan %1 hat keinen nächsten Lauf (seine Zeitzone ist hier unbekannt)</translation>
    </message>
    <message>
        <source>Schedule a usage report and print the schedule&apos;s id.</source>
        <translation>Einen Nutzungsbericht planen und die ID des Zeitplans ausgeben.</translation>
    </message>
    <message>
        <source>Change a schedule.</source>
        <translation>Einen Zeitplan ändern.</translation>
    </message>
    <message>
        <source>Enable a schedule (the runs it skipped are not replayed).</source>
        <translation>Einen Zeitplan aktivieren (ausgelassene Läufe werden nicht nachgeholt).</translation>
    </message>
    <message>
        <source>Disable a schedule: it runs no more until enabled.</source>
        <translation>Einen Zeitplan deaktivieren: Er läuft nicht mehr, bis er aktiviert wird.</translation>
    </message>
    <message>
        <source>Delete a schedule.</source>
        <translation>Einen Zeitplan löschen.</translation>
    </message>
    <message>
        <source>List the schedules with their next and last runs.</source>
        <translation>Die Zeitpläne mit ihren nächsten und letzten Läufen auflisten.</translation>
    </message>
    <message>
        <source>Print the next N run instants (UTC) strictly after the given one (default: now).</source>
        <translation>Die nächsten N Laufzeitpunkte (UTC) strikt nach dem angegebenen ausgeben (Vorgabe: jetzt).</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number between %L3 and %L4</source>
        <translation>%1: „%2“ ist keine ganze Zahl zwischen %L3 und %L4</translation>
    </message>
    <message>
        <source>Number of tenants.</source>
        <translation>Anzahl der Mandanten.</translation>
    </message>
    <message>
        <source>Days of usage per tenant.</source>
        <translation>Tage mit Nutzung je Mandant.</translation>
    </message>
    <message>
        <source>D</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Seed of the random numbers (default 1).</source>
        <translation>Startwert der Zufallszahlen (Vorgabe 1).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Last day (default: today).</source>
        <translation>Letzter Tag (Vorgabe: heute).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>--%1 is missing
usage: %2</source>
        <translation>--%1 fehlt
Aufruf: %2</translation>
    </message>
    <message>
        <source>--end: &quot;%1&quot; is not a date of the form YYYY-MM-DD</source>
        <translation>--end: „%1“ ist kein Datum der Form JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>--end: the period would start before any valid date</source>
        <translation>--end: Der Zeitraum würde vor jedem gültigen Datum beginnen</translation>
    </message>
    <message>
        <source>seeded %1 tenants and %2 usage rows (seed %3, %4..%5)</source>
        <translation>%1 Mandanten und %2 Nutzungszeilen erzeugt (Startwert %3, %4..%5)</translation>
    </message>
    <message>
        <source>Fill the database with realistic demo tenants and daily usage; the same arguments give the same data.</source>
        <translation>Die Datenbank mit realistischen Demo-Mandanten und täglicher Nutzung füllen; dieselben Argumente ergeben dieselben Daten.</translation>
    </message>
    <message>
        <source>Only tenants matching EXPR (filters.md).</source>
        <translation>Nur Mandanten, die AUSDRUCK erfüllen (filters.md).</translation>
    </message>
    <message>
        <source>Only tenants matching the saved filter NAME (instead of --filter).</source>
        <translation>Nur Mandanten, die den gespeicherten Filter NAME erfüllen (statt --filter).</translation>
    </message>
    <message>
        <source>--filter and --saved-filter exclude each other</source>
        <translation>--filter und --saved-filter schließen einander aus</translation>
    </message>
    <message>
        <source>List the tenants (all, or those matching a filter), ordered by hostname.</source>
        <translation>Die Mandanten auflisten (alle oder die, die einen Filter erfüllen), nach Hostname sortiert.</translation>
    </message>
    <message>
        <source>schedule %1 run %2: %3</source>
        <translation>Zeitplan %1, Lauf %2: %3</translation>
    </message>
    <message>
        <source>interrupted: the runs not finished will be taken by the next run-due</source>
        <translation>unterbrochen: die nicht beendeten Läufe übernimmt der nächste Aufruf von run-due</translation>
    </message>
    <message>
        <source>Deliver every due run of the scheduled reports, then exit.</source>
        <translation>Alle fälligen Läufe der geplanten Berichte zustellen, dann beenden.</translation>
    </message>
    <message>
        <source>The SMTP server&apos;s host name.</source>
        <translation>Der Hostname des SMTP-Servers.</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>The SMTP server&apos;s port (1-65535).</source>
        <translation>Der Port des SMTP-Servers (1-65535).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>none, starttls or tls.</source>
        <translation>none, starttls oder tls.</translation>
    </message>
    <message>
        <source>SECURITY</source>
        <translation>SICHERHEIT</translation>
    </message>
    <message>
        <source>The SMTP user name (password from USAGEDESK_SMTP_PASSWORD); none: no AUTH.</source>
        <translation>Der SMTP-Benutzername (Passwort aus USAGEDESK_SMTP_PASSWORD); ohne: kein AUTH.</translation>
    </message>
    <message>
        <source>U</source>
        <translation>B</translation>
    </message>
    <message>
        <source>The From address of the messages.</source>
        <translation>Die Absenderadresse der Nachrichten.</translation>
    </message>
    <message>
        <source>--port: &quot;%1&quot; is not a port number from 1 to 65535</source>
        <translation>--port: „%1“ ist keine Portnummer von 1 bis 65535</translation>
    </message>
    <message>
        <source>--security: &quot;%1&quot; is not a security mode; expected none, starttls or tls</source>
        <translation>--security: „%1“ ist keine Sicherheitsart; erwartet: none, starttls oder tls</translation>
    </message>
    <message>
        <source>SMTP server set: %1:%2 (%3)</source>
        <translation>SMTP-Server eingestellt: %1:%2 (%3)</translation>
    </message>
    <message>
        <source>No password given: set %1, or store the password in the Settings page, before the first delivery.</source>
        <translation>Kein Passwort angegeben: setzen Sie vor der ersten Zustellung %1 oder legen Sie das Passwort auf der Seite Einstellungen ab.</translation>
    </message>
    <message>
        <source>No keychain is available here: the password will be read from %1 each time a message is sent.</source>
        <translation>Hier ist kein Schlüsselbund verfügbar: das Passwort wird bei jeder gesendeten Nachricht aus %1 gelesen.</translation>
    </message>
    <message>
        <source>Password stored in the keychain.</source>
        <translation>Passwort im Schlüsselbund abgelegt.</translation>
    </message>
    <message>
        <source>Where to send the test message.</source>
        <translation>Wohin die Testnachricht gesendet wird.</translation>
    </message>
    <message>
        <source>--to is required</source>
        <translation>--to ist erforderlich</translation>
    </message>
    <message>
        <source>test message sent to %1</source>
        <translation>Testnachricht an %1 gesendet</translation>
    </message>
    <message>
        <source>the test message was not delivered: %1</source>
        <translation>die Testnachricht wurde nicht zugestellt: %1</translation>
    </message>
    <message>
        <source>Set the SMTP server scheduled reports are sent through (password from USAGEDESK_SMTP_PASSWORD).</source>
        <translation>Den SMTP-Server einstellen, über den geplante Berichte gesendet werden (Passwort aus USAGEDESK_SMTP_PASSWORD).</translation>
    </message>
    <message>
        <source>Send a test message through the SMTP server.</source>
        <translation>Eine Testnachricht über den SMTP-Server senden.</translation>
    </message>
    <message>
        <source>Reporting time zone: %1</source>
        <translation>Berichtszeitzone: %1</translation>
    </message>
    <message>
        <source>SMTP server: not set</source>
        <translation>SMTP-Server: nicht eingerichtet</translation>
    </message>
    <message>
        <source>SMTP server: %1:%2 (%3), from %4</source>
        <translation>SMTP-Server: %1:%2 (%3), Absender %4</translation>
    </message>
    <message>
        <source>The reporting time zone, an IANA id (UTC, Europe/Berlin, ...): the calendar report periods and &quot;today&quot; follow.</source>
        <translation>Die Berichtszeitzone, eine IANA-ID (UTC, Europe/Berlin, ...): Nach ihrem Kalender richten sich Berichtszeiträume und „heute“.</translation>
    </message>
    <message>
        <source>--reporting-tz is required</source>
        <translation>--reporting-tz ist erforderlich</translation>
    </message>
    <message>
        <source>Reporting time zone set: %1</source>
        <translation>Berichtszeitzone gesetzt: %1</translation>
    </message>
    <message>
        <source>Show the reporting time zone and the SMTP server.</source>
        <translation>Die Berichtszeitzone und den SMTP-Server anzeigen.</translation>
    </message>
    <message>
        <source>Set the reporting time zone (an IANA id; UTC unless changed).</source>
        <translation>Die Berichtszeitzone setzen (eine IANA-ID; UTC, solange nicht geändert).</translation>
    </message>
</context>
<context>
    <name>cli::CliContext</name>
    <message>
        <source>there is no database at %1; create it with &quot;usagedesk-cli init&quot;</source>
        <translation>Unter %1 gibt es keine Datenbank; legen Sie sie mit „usagedesk-cli init“ an</translation>
    </message>
    <message>
        <source>%1 is not a UsageDesk database (no schema); create one with &quot;usagedesk-cli init&quot;</source>
        <translation>%1 ist keine UsageDesk-Datenbank (kein Schema); legen Sie eine mit „usagedesk-cli init“ an</translation>
    </message>
    <message>
        <source>not signed in: give the administrator with --user NAME or USAGEDESK_USER</source>
        <translation>Nicht angemeldet: Geben Sie den Administrator mit --user NAME oder USAGEDESK_USER an</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>not signed in: no password (set USAGEDESK_PASSWORD, or run in a terminal)</source>
        <translation>Nicht angemeldet: kein Passwort (USAGEDESK_PASSWORD setzen oder in einem Terminal ausführen)</translation>
    </message>
</context>
<context>
    <name>cli::PasswordPrompt</name>
    <message>
        <source>New password: </source>
        <translation>Neues Passwort: </translation>
    </message>
    <message>
        <source>password: set USAGEDESK_NEW_PASSWORD, or run in a terminal to be asked</source>
        <translation>Passwort: USAGEDESK_NEW_PASSWORD setzen oder in einem Terminal ausführen, um gefragt zu werden</translation>
    </message>
    <message>
        <source>Repeat the new password: </source>
        <translation>Neues Passwort wiederholen: </translation>
    </message>
    <message>
        <source>password: the two entries differ</source>
        <translation>Passwort: Die beiden Eingaben unterscheiden sich</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Usage reports for your tenants.</source>
        <translation>Nutzungsberichte für Ihre Mandanten.</translation>
    </message>
    <message>
        <source>SQLite file or postgresql://user@host:port/dbname.</source>
        <translation>SQLite-Datei oder postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>target</source>
        <translation>ziel</translation>
    </message>
    <message>
        <source>UsageDesk</source>
        <translation>UsageDesk</translation>
    </message>
    <message>
        <source>Sign in as NAME without the dialog; the password is read from USAGEDESK_PASSWORD and checked as if typed (for benchmarks and scripts).</source>
        <translation>Als NAME ohne den Dialog anmelden; das Passwort wird aus USAGEDESK_PASSWORD gelesen und wie ein eingegebenes geprüft (für Benchmarks und Skripte).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Quit once the Tenants page shows its first rows (for benchmarks).</source>
        <translation>Beenden, sobald die Mandantenseite ihre ersten Zeilen zeigt (für Benchmarks).</translation>
    </message>
    <message>
        <source>--sign-in-user: not signed in: USAGEDESK_PASSWORD is not set</source>
        <translation>--sign-in-user: nicht angemeldet: USAGEDESK_PASSWORD ist nicht gesetzt</translation>
    </message>
</context>
<context>
    <name>ud</name>
    <message>
        <source>%1: a name is required</source>
        <translation>%1: Ein Name ist erforderlich</translation>
    </message>
    <message>
        <source>%1: at most 100 characters are allowed (%2 given)</source>
        <translation>%1: Höchstens 100 Zeichen sind erlaubt (%2 angegeben)</translation>
    </message>
    <message>
        <source>%1: control character %2 at position %3 is not allowed</source>
        <translation>%1: Steuerzeichen %2 an Position %3 ist nicht erlaubt</translation>
    </message>
    <message>
        <source>%1: at most 1,000 characters are allowed (%2 given)</source>
        <translation>%1: Höchstens 1.000 Zeichen sind erlaubt (%2 angegeben)</translation>
    </message>
    <message>
        <source>%1: an e-mail address is required</source>
        <translation>%1: Eine E-Mail-Adresse ist erforderlich</translation>
    </message>
    <message>
        <source>%1: an e-mail address has at most 254 characters</source>
        <translation>%1: Eine E-Mail-Adresse hat höchstens 254 Zeichen</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an e-mail address of the form name@example.com</source>
        <translation>%1: „%2“ ist keine E-Mail-Adresse der Form name@example.com</translation>
    </message>
    <message>
        <source>malformed value for %1: control characters (such as TAB or a line break) are not allowed</source>
        <translation>Ungültiger Wert für %1: Steuerzeichen (etwa TAB oder ein Zeilenumbruch) sind nicht erlaubt</translation>
    </message>
    <message>
        <source>malformed value &quot;%1&quot; for %2; expected one of PRODUCTION, TRIAL, UNKNOWN</source>
        <translation>Ungültiger Wert „%1“ für %2; erwartet wird PRODUCTION, TRIAL oder UNKNOWN</translation>
    </message>
    <message>
        <source>malformed value &quot;%1&quot; for %2; expected true or false</source>
        <translation>Ungültiger Wert „%1“ für %2; erwartet wird true oder false</translation>
    </message>
    <message>
        <source>malformed value &quot;%1&quot; for %2; expected a date YYYY-MM-DD</source>
        <translation>Ungültiger Wert „%1“ für %2; erwartet wird ein Datum JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>%1: invisible text direction mark %2 at position %3 is not allowed</source>
        <translation>%1: unsichtbares Textrichtungszeichen %2 an Position %3 ist nicht erlaubt</translation>
    </message>
</context>
<context>
    <name>ud::AccessGate</name>
    <message>
        <source>not permitted: %1</source>
        <translation>Nicht erlaubt: %1</translation>
    </message>
    <message>
        <source>nobody is signed in</source>
        <translation>Niemand ist angemeldet</translation>
    </message>
    <message>
        <source>%1 is for Super Administrators only (your role: %2)</source>
        <translation>%1 ist nur für Super-Administratoren (Ihre Rolle: %2)</translation>
    </message>
    <message>
        <source>%1 needs %2, which your role %3 does not grant</source>
        <translation>%1 erfordert %2, was Ihre Rolle %3 nicht gewährt</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>ud::AdministrationService</name>
    <message>
        <source>grants: %1; manage all roles: %2</source>
        <translation>Berechtigungen: %1; alle Rollen verwalten: %2</translation>
    </message>
    <message>
        <source>there is no role named &quot;%1&quot;</source>
        <translation>Es gibt keine Rolle namens „%1“</translation>
    </message>
    <message>
        <source>there is no administrator &quot;%1&quot;</source>
        <translation>Es gibt keinen Administrator „%1“</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>name: a role named &quot;%1&quot; already exists</source>
        <translation>Name: Eine Rolle namens „%1“ existiert bereits</translation>
    </message>
    <message>
        <source>roles to manage: role %1 does not exist</source>
        <translation>Zu verwaltende Rollen: Die Rolle %1 existiert nicht</translation>
    </message>
    <message>
        <source>you cannot grant %1, which your own role does not hold</source>
        <translation>Sie können %1 nicht vergeben, da Ihre eigene Rolle es nicht hat</translation>
    </message>
    <message>
        <source>you cannot grant Manage All Roles, which your own role does not hold</source>
        <translation>Sie können „Alle Rollen verwalten“ nicht vergeben, da Ihre eigene Rolle es nicht hat</translation>
    </message>
    <message>
        <source>you cannot let a role manage a role you do not manage</source>
        <translation>Sie können eine Rolle nicht eine Rolle verwalten lassen, die Sie selbst nicht verwalten</translation>
    </message>
    <message>
        <source>the role no longer exists</source>
        <translation>Die Rolle existiert nicht mehr</translation>
    </message>
    <message>
        <source>the built-in role %1 cannot be changed</source>
        <translation>Die integrierte Rolle %1 kann nicht geändert werden</translation>
    </message>
    <message>
        <source>nobody changes their own role: you hold %1</source>
        <translation>Niemand ändert die eigene Rolle: Sie haben %1</translation>
    </message>
    <message>
        <source>the built-in role %1 cannot be removed</source>
        <translation>Die integrierte Rolle %1 kann nicht entfernt werden</translation>
    </message>
    <message numerus="yes">
        <source>role %1 is still assigned to %n administrator(s)</source>
        <translation>
            <numerusform>Die Rolle %1 ist noch %n Administrator zugewiesen</numerusform>
            <numerusform>Die Rolle %1 ist noch %n Administratoren zugewiesen</numerusform>
        </translation>
    </message>
    <message>
        <source>the administrator no longer exists</source>
        <translation>Der Administrator existiert nicht mehr</translation>
    </message>
    <message>
        <source>your role does not manage administrators with the role %1</source>
        <translation>Ihre Rolle verwaltet keine Administratoren mit der Rolle %1</translation>
    </message>
    <message>
        <source>the role %1 of %2 grants more than your own role</source>
        <translation>Die Rolle %1 von %2 gewährt mehr als Ihre eigene Rolle</translation>
    </message>
    <message>
        <source>%1 is the last enabled Super Administrator</source>
        <translation>%1 ist der letzte aktivierte Super-Administrator</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>role: the role does not exist</source>
        <translation>Rolle: Die Rolle existiert nicht</translation>
    </message>
    <message>
        <source>you may not assign the role %1</source>
        <translation>Sie dürfen die Rolle %1 nicht zuweisen</translation>
    </message>
    <message>
        <source>user name: an administrator &quot;%1&quot; already exists</source>
        <translation>Benutzername: Ein Administrator „%1“ existiert bereits</translation>
    </message>
    <message>
        <source>role: %1; enabled: %2</source>
        <translation>Rolle: %1; aktiviert: %2</translation>
    </message>
    <message>
        <source>nobody changes their own role</source>
        <translation>Niemand ändert die eigene Rolle</translation>
    </message>
    <message>
        <source>you may not assign that role</source>
        <translation>Sie dürfen diese Rolle nicht zuweisen</translation>
    </message>
    <message>
        <source>%1 was given another role meanwhile; try again</source>
        <translation>%1 hat inzwischen eine andere Rolle erhalten; versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>role: %1</source>
        <translation>Rolle: %1</translation>
    </message>
    <message>
        <source>enabled</source>
        <translation>aktiviert</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>you cannot remove your own account</source>
        <translation>Sie können Ihr eigenes Konto nicht entfernen</translation>
    </message>
</context>
<context>
    <name>ud::AdministratorStore</name>
    <message>
        <source>cannot read administrators</source>
        <translation>Administratoren können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot add administrator %1</source>
        <translation>Administrator %1 kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>cannot change administrator %1</source>
        <translation>Administrator %1 kann nicht geändert werden</translation>
    </message>
    <message>
        <source>cannot remove the administrator</source>
        <translation>Der Administrator kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>cannot record the sign-in</source>
        <translation>Die Anmeldung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot change the password</source>
        <translation>Das Passwort kann nicht geändert werden</translation>
    </message>
</context>
<context>
    <name>ud::AppSettingsStore</name>
    <message>
        <source>--reporting-tz: the time zone is missing (an IANA id such as UTC or Europe/Berlin)</source>
        <translation>--reporting-tz: Die Zeitzone fehlt (eine IANA-ID wie UTC oder Europe/Berlin)</translation>
    </message>
    <message>
        <source>--reporting-tz: &quot;%1&quot; is not a known time zone (an IANA id such as UTC or Europe/Berlin)</source>
        <translation>--reporting-tz: „%1“ ist keine bekannte Zeitzone (eine IANA-ID wie UTC oder Europe/Berlin)</translation>
    </message>
    <message>
        <source>reading the reporting time zone</source>
        <translation>Lesen der Berichtszeitzone</translation>
    </message>
    <message>
        <source>saving the reporting time zone</source>
        <translation>Speichern der Berichtszeitzone</translation>
    </message>
</context>
<context>
    <name>ud::AuditCsv</name>
    <message>
        <source>the export was cancelled</source>
        <translation>Der Export wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>ud::AuditLog</name>
    <message>
        <source>cannot write the audit log</source>
        <translation>Das Prüfprotokoll kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>ud::AuditLogWriter</name>
    <message>
        <source>cannot write the audit log: %1</source>
        <translation>Das Prüfprotokoll kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>ud::AuditQuery</name>
    <message>
        <source>cannot read the audit log</source>
        <translation>Das Prüfprotokoll kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>ud::Connection</name>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot set up the SQLite database %1</source>
        <translation>Die SQLite-Datenbank %1 kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>%1 is not a readable SQLite database</source>
        <translation>%1 ist keine lesbare SQLite-Datenbank</translation>
    </message>
    <message>
        <source>the Qt SQL driver for %1 is not installed</source>
        <translation>Der Qt-SQL-Treiber für %1 ist nicht installiert</translation>
    </message>
    <message>
        <source>cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot set up the PostgreSQL session</source>
        <translation>Die PostgreSQL-Sitzung kann nicht eingerichtet werden</translation>
    </message>
    <message>
        <source>%1 is not a database file</source>
        <translation>%1 ist keine Datenbankdatei</translation>
    </message>
</context>
<context>
    <name>ud::CsvReader</name>
    <message>
        <source>cannot read: %1</source>
        <translation>Lesen nicht möglich: %1</translation>
    </message>
    <message>
        <source>a quoted value starting on line %1 is longer than 16 MB: its closing quote is probably missing</source>
        <translation>Ein Wert in Anführungszeichen ab Zeile %1 ist länger als 16 MB: Wahrscheinlich fehlt das schließende Anführungszeichen</translation>
    </message>
    <message>
        <source>unbalanced quote: the quoted value starting on line %1 is never closed</source>
        <translation>Unausgeglichenes Anführungszeichen: Der Wert in Anführungszeichen ab Zeile %1 wird nie geschlossen</translation>
    </message>
    <message>
        <source>unexpected text after the closing quote of a value (a quote inside a quoted value is written twice: &quot;&quot;)</source>
        <translation>Unerwarteter Text nach dem schließenden Anführungszeichen eines Werts (ein Anführungszeichen in einem Wert in Anführungszeichen wird verdoppelt: &quot;&quot;)</translation>
    </message>
    <message>
        <source>a quote inside an unquoted value (quote the whole value, and write a quote inside it twice: &quot;&quot;)</source>
        <translation>Ein Anführungszeichen in einem Wert ohne Anführungszeichen (den ganzen Wert in Anführungszeichen setzen und darin jedes Anführungszeichen verdoppeln: &quot;&quot;)</translation>
    </message>
    <message>
        <source>a line is longer than 16 MB</source>
        <translation>Eine Zeile ist länger als 16 MB</translation>
    </message>
    <message>
        <source>the line is not valid UTF-8 text (save the file as UTF-8)</source>
        <translation>Die Zeile ist kein gültiger UTF-8-Text (speichern Sie die Datei als UTF-8)</translation>
    </message>
</context>
<context>
    <name>ud::CsvWriter</name>
    <message>
        <source>cannot write: %1</source>
        <translation>Schreiben nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>ud::DatabasePasswordStore</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>The keychain refused access to the database password: %1</source>
        <translation>Der Schlüsselbund hat den Zugriff auf das Datenbankpasswort verweigert: %1</translation>
    </message>
    <message>
        <source>No keychain is available to hold the database password (%1). Use PGPASSWORD or ~/.pgpass instead.</source>
        <translation>Kein Schlüsselbund kann das Datenbankpasswort aufnehmen (%1). Verwenden Sie stattdessen PGPASSWORD oder ~/.pgpass.</translation>
    </message>
    <message>
        <source>No password is stored in the keychain for %1.</source>
        <translation>Im Schlüsselbund ist kein Passwort für %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>ud::DatabaseProbe</name>
    <message>
        <source>%1 does not exist and cannot be created: the folder %2 is not writable</source>
        <translation>%1 existiert nicht und kann nicht angelegt werden: Der Ordner %2 ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file</source>
        <translation>%1 ist ein Ordner, keine Datenbankdatei</translation>
    </message>
    <message>
        <source>%1 cannot be read (permission denied)</source>
        <translation>%1 kann nicht gelesen werden (Zugriff verweigert)</translation>
    </message>
    <message>
        <source>Connected: schema version %1 (up to date).</source>
        <translation>Verbunden: Schemaversion %1 (aktuell).</translation>
    </message>
    <message>
        <source>Connected: schema version %1; it will be upgraded to version %2.</source>
        <translation>Verbunden: Schemaversion %1; sie wird auf Version %2 aktualisiert.</translation>
    </message>
    <message>
        <source>Connected: the database is empty; switching sets it up and asks for the first Super Administrator.</source>
        <translation>Verbunden: Die Datenbank ist leer; der Wechsel richtet sie ein und fragt nach dem ersten Super-Administrator.</translation>
    </message>
    <message>
        <source>The file does not exist yet; switching creates it and asks for the first Super Administrator.</source>
        <translation>Die Datei existiert noch nicht; der Wechsel legt sie an und fragt nach dem ersten Super-Administrator.</translation>
    </message>
    <message>
        <source>%1 has schema version %2, newer than this version of UsageDesk knows (%3)</source>
        <translation>%1 hat die Schemaversion %2, neuer als diese Version von UsageDesk kennt (%3)</translation>
    </message>
</context>
<context>
    <name>ud::DatabaseProbeJob</name>
    <message>
        <source>no answer from %1 within %2 s</source>
        <translation>keine Antwort von %1 innerhalb von %2 s</translation>
    </message>
</context>
<context>
    <name>ud::DatabaseTarget</name>
    <message>
        <source>--db: &quot;%1&quot; is not a valid PostgreSQL URL; expected postgresql://user@host:port/dbname</source>
        <translation>--db: „%1“ ist keine gültige PostgreSQL-URL; erwartet wird postgresql://user@host:port/dbname</translation>
    </message>
    <message>
        <source>--db: the port in &quot;%1&quot; is out of range</source>
        <translation>--db: Der Port in „%1“ liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <source>--db: &quot;%1&quot; names more than one database</source>
        <translation>--db: „%1“ nennt mehr als eine Datenbank</translation>
    </message>
    <message>
        <source>--db: unknown connection option &quot;%1&quot;</source>
        <translation>--db: Unbekannte Verbindungsoption „%1“</translation>
    </message>
    <message>
        <source>--db: the database target is empty</source>
        <translation>--db: Das Datenbankziel ist leer</translation>
    </message>
</context>
<context>
    <name>ud::DeliveryLog</name>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>Wird wiederholt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown (may have been delivered)</source>
        <translation>Unbekannt (möglicherweise zugestellt)</translation>
    </message>
    <message>
        <source>reading the runs of schedule %1</source>
        <translation>Lesen der Läufe von Zeitplan %1</translation>
    </message>
    <message>
        <source>reading the delivery attempts of schedule %1</source>
        <translation>Lesen der Zustellversuche von Zeitplan %1</translation>
    </message>
</context>
<context>
    <name>ud::DemoSeeder</name>
    <message>
        <source>cannot read the tenants</source>
        <translation>Die Mandanten können nicht gelesen werden</translation>
    </message>
    <message>
        <source>seeding was cancelled; the database is unchanged</source>
        <translation>Das Erzeugen der Demodaten wurde abgebrochen; die Datenbank ist unverändert</translation>
    </message>
    <message>
        <source>--tenants: the number of tenants must be between 1 and %L1</source>
        <translation>--tenants: Die Anzahl der Mandanten muss zwischen 1 und %L1 liegen</translation>
    </message>
    <message>
        <source>--days: the number of days must be between 1 and %L1</source>
        <translation>--days: Die Anzahl der Tage muss zwischen 1 und %L1 liegen</translation>
    </message>
    <message>
        <source>--end: not a valid date</source>
        <translation>--end: Kein gültiges Datum</translation>
    </message>
</context>
<context>
    <name>ud::GrantSet</name>
    <message>
        <source>--grant: &quot;%1&quot; is not of the form entity:action[,action...]</source>
        <translation>--grant: „%1“ hat nicht die Form entity:action[,action...]</translation>
    </message>
    <message>
        <source>--grant: unknown entity &quot;%1&quot;; expected one of %2</source>
        <translation>--grant: Unbekanntes Objekt „%1“; erwartet wird eines von %2</translation>
    </message>
    <message>
        <source>--grant: &quot;%1&quot; is not an action of %2; expected one of %3</source>
        <translation>--grant: „%1“ ist keine Aktion von %2; erwartet wird eine von %3</translation>
    </message>
</context>
<context>
    <name>ud::ImportColumns</name>
    <message>
        <source>the column appears more than once in the header</source>
        <translation>Die Spalte kommt in der Kopfzeile mehrfach vor</translation>
    </message>
    <message>
        <source>(empty name)</source>
        <translation>(leerer Name)</translation>
    </message>
    <message>
        <source>unknown column (the known ones are: %1)</source>
        <translation>Unbekannte Spalte (bekannt sind: %1)</translation>
    </message>
    <message>
        <source>required column is missing from the header</source>
        <translation>Eine Pflichtspalte fehlt in der Kopfzeile</translation>
    </message>
</context>
<context>
    <name>ud::ImportProblems</name>
    <message>
        <source>... and more errors not shown (only the first %1 bad rows are listed)</source>
        <translation>... und weitere, nicht angezeigte Fehler (nur die ersten %1 fehlerhaften Zeilen werden aufgeführt)</translation>
    </message>
    <message>
        <source>import failed: nothing was written</source>
        <translation>Import fehlgeschlagen: Es wurde nichts geschrieben</translation>
    </message>
</context>
<context>
    <name>ud::Importer</name>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: Die Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>Es ist ein Ordner</translation>
    </message>
    <message>
        <source>import cancelled: nothing was written</source>
        <translation>Import abgebrochen: Es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>the file is empty; a header line is expected</source>
        <translation>Die Datei ist leer; eine Kopfzeile wird erwartet</translation>
    </message>
    <message>
        <source>the row has %1 fields, but the header has %2</source>
        <translation>Die Zeile hat %1 Felder, die Kopfzeile aber %2</translation>
    </message>
</context>
<context>
    <name>ud::MailMessage</name>
    <message>
        <source>The e-mail field &quot;%1&quot; contains a line break or control character.</source>
        <translation>Das E-Mail-Feld „%1“ enthält einen Zeilenumbruch oder ein Steuerzeichen.</translation>
    </message>
    <message>
        <source>An e-mail attachment has no file name.</source>
        <translation>Ein E-Mail-Anhang hat keinen Dateinamen.</translation>
    </message>
    <message>
        <source>The sender address &quot;%1&quot; is not a valid e-mail address.</source>
        <translation>Die Absenderadresse „%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The e-mail has no recipient.</source>
        <translation>Die E-Mail hat keinen Empfänger.</translation>
    </message>
    <message>
        <source>The recipient address &quot;%1&quot; is not a valid e-mail address.</source>
        <translation>Die Empfängeradresse „%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The Message-ID &quot;%1&quot; is not of the form &lt;id@domain&gt;.</source>
        <translation>Die Message-ID „%1“ hat nicht die Form &lt;id@domain&gt;.</translation>
    </message>
    <message>
        <source>The e-mail has no date.</source>
        <translation>Die E-Mail hat kein Datum.</translation>
    </message>
    <message>
        <source>The MIME boundary occurs in the content.</source>
        <translation>Die MIME-Begrenzung kommt im Inhalt vor.</translation>
    </message>
</context>
<context>
    <name>ud::Migrator</name>
    <message>
        <source>cannot read the schema of %1</source>
        <translation>Das Schema von %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the schema version</source>
        <translation>Die Schemaversion kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>migration to schema version %1 failed</source>
        <translation>Migration auf Schemaversion %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot lock the schema for migration</source>
        <translation>Das Schema kann für die Migration nicht gesperrt werden</translation>
    </message>
    <message>
        <source>cannot create the schema version table</source>
        <translation>Die Tabelle der Schemaversion kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the database %1 has schema version %2, newer than this UsageDesk knows (%3); use a newer UsageDesk</source>
        <translation>Die Datenbank %1 hat Schemaversion %2, neuer als diese UsageDesk-Version kennt (%3); verwenden Sie eine neuere UsageDesk-Version</translation>
    </message>
    <message>
        <source>cannot record schema version %1</source>
        <translation>Schemaversion %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot check the references of %1</source>
        <translation>Die Verweise von %1 können nicht geprüft werden</translation>
    </message>
    <message>
        <source>schema version %1 was not applied to %2, nothing was changed: rows refer to rows that do not exist (%3). PRAGMA foreign_key_check lists them; correct or remove them and start again</source>
        <translation>Schemaversion %1 wurde nicht auf %2 angewendet, nichts wurde geändert: Zeilen verweisen auf Zeilen, die es nicht gibt (%3). PRAGMA foreign_key_check listet sie auf; korrigieren oder entfernen Sie sie und starten Sie erneut</translation>
    </message>
    <message>
        <source>cannot turn off the foreign keys of %1 to migrate it</source>
        <translation>Die Fremdschlüssel von %1 können für die Migration nicht ausgeschaltet werden</translation>
    </message>
</context>
<context>
    <name>ud::Parser</name>
    <message>
        <source>a word or a &quot;quoted text&quot;</source>
        <translation>ein Wort oder ein &quot;Text in Anführungszeichen&quot;</translation>
    </message>
    <message>
        <source>one of PRODUCTION, TRIAL, UNKNOWN</source>
        <translation>eines von PRODUCTION, TRIAL, UNKNOWN</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a date YYYY-MM-DD</source>
        <translation>ein Datum JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>expected &quot;and&quot; or the end of the filter, found &quot;%1&quot;</source>
        <translation>&quot;and&quot; oder das Ende des Filters erwartet, „%1“ gefunden</translation>
    </message>
    <message>
        <source>&quot;and&quot; at the end; expected a condition after it</source>
        <translation>&quot;and&quot; am Ende; danach wird eine Bedingung erwartet</translation>
    </message>
    <message>
        <source>&quot;and&quot; without a condition before it; expected an attribute, one of %1</source>
        <translation>&quot;and&quot; ohne Bedingung davor; erwartet wird ein Attribut, eines von %1</translation>
    </message>
    <message>
        <source>duplicate &quot;and&quot;; expected an attribute, one of %1</source>
        <translation>Doppeltes &quot;and&quot;; erwartet wird ein Attribut, eines von %1</translation>
    </message>
    <message>
        <source>unknown attribute &quot;%1&quot;; expected one of %2</source>
        <translation>Unbekanntes Attribut „%1“; erwartet wird eines von %2</translation>
    </message>
    <message>
        <source>missing operator after &quot;%1&quot;; expected one of %2</source>
        <translation>Operator fehlt nach „%1“; erwartet wird einer von %2</translation>
    </message>
    <message>
        <source>unknown operator &quot;%1&quot;; expected one of %2</source>
        <translation>Unbekannter Operator „%1“; erwartet wird einer von %2</translation>
    </message>
    <message>
        <source>operator &quot;%1&quot; does not apply to %2; expected one of %3</source>
        <translation>Der Operator „%1“ gilt nicht für %2; erwartet wird einer von %3</translation>
    </message>
    <message>
        <source>missing value after &quot;%1&quot;; expected %2</source>
        <translation>Wert fehlt nach „%1“; erwartet wird %2</translation>
    </message>
    <message>
        <source>missing value before &quot;and&quot;; expected %1 (write &quot;and&quot; in quotes to look for the word)</source>
        <translation>Wert fehlt vor &quot;and&quot;; erwartet wird %1 (setzen Sie &quot;and&quot; in Anführungszeichen, um nach dem Wort zu suchen)</translation>
    </message>
    <message>
        <source>unterminated quoted value; expected a closing &quot;</source>
        <translation>Nicht abgeschlossener Wert in Anführungszeichen; erwartet wird ein schließendes &quot;</translation>
    </message>
    <message>
        <source>invalid escape &quot;\%1&quot; in a quoted value; only \&quot; and \\ are allowed (write \\ for a backslash)</source>
        <translation>Ungültige Escape-Sequenz &quot;\%1&quot; in einem Wert in Anführungszeichen; erlaubt sind nur \&quot; und \\ (schreiben Sie \\ für einen Backslash)</translation>
    </message>
    <message>
        <source>unexpected &quot;%1&quot; after the quoted value; expected a space, &quot;and&quot; or the end of the filter</source>
        <translation>Unerwartetes „%1“ nach dem Wert in Anführungszeichen; erwartet wird ein Leerzeichen, &quot;and&quot; oder das Ende des Filters</translation>
    </message>
    <message>
        <source>position %1: %2</source>
        <translation>Position %1: %2</translation>
    </message>
</context>
<context>
    <name>ud::PasswordHasher</name>
    <message numerus="yes">
        <source>password: at least %n characters are required</source>
        <translation>
            <numerusform>Passwort: Mindestens %n Zeichen sind erforderlich</numerusform>
            <numerusform>Passwort: Mindestens %n Zeichen sind erforderlich</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ud::Permission</name>
    <message>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <source>Usage Data</source>
        <translation>Nutzungsdaten</translation>
    </message>
    <message>
        <source>Export Reports</source>
        <translation>Berichte exportieren</translation>
    </message>
    <message>
        <source>Scheduled Task Management</source>
        <translation>Verwaltung geplanter Aufgaben</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Administrators</source>
        <translation>Administratoren</translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>ud::ReportArchive</name>
    <message>
        <source>cannot write the archive %1: %2</source>
        <translation>Das Archiv %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the archive %1 was cancelled; nothing was written</source>
        <translation>Das Archiv %1 wurde abgebrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <source>cannot add %1 (zip error %2)</source>
        <translation>%1 kann nicht hinzugefügt werden (ZIP-Fehler %2)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot finish %1 (zip error %2)</source>
        <translation>%1 kann nicht abgeschlossen werden (ZIP-Fehler %2)</translation>
    </message>
    <message>
        <source>no file name was given for the archive</source>
        <translation>Für das Archiv wurde kein Dateiname angegeben</translation>
    </message>
    <message>
        <source>there are no reports to put in the archive</source>
        <translation>Es gibt keine Berichte für das Archiv</translation>
    </message>
    <message>
        <source>the archive entry %1 has no content</source>
        <translation>Der Archiveintrag %1 hat keinen Inhalt</translation>
    </message>
    <message>
        <source>cannot start the zip (error %1)</source>
        <translation>Das ZIP-Archiv kann nicht begonnen werden (Fehler %1)</translation>
    </message>
    <message>
        <source>cannot finish the zip (error %1)</source>
        <translation>Das ZIP-Archiv kann nicht abgeschlossen werden (Fehler %1)</translation>
    </message>
</context>
<context>
    <name>ud::ReportArchiveHashingDevice</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>ud::ReportCalculator</name>
    <message>
        <source>the report was cancelled</source>
        <translation>Der Bericht wurde abgebrochen</translation>
    </message>
    <message>
        <source>cannot count the tenants of the report</source>
        <translation>Die Mandanten des Berichts können nicht gezählt werden</translation>
    </message>
    <message>
        <source>cannot read the tenant</source>
        <translation>Der Mandant kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the report&apos;s period is not valid</source>
        <translation>Der Zeitraum des Berichts ist ungültig</translation>
    </message>
    <message>
        <source>cannot compute the report</source>
        <translation>Der Bericht kann nicht berechnet werden</translation>
    </message>
    <message>
        <source>cannot compute the report: a sum for %1 exceeds 64 bits</source>
        <translation>Der Bericht kann nicht berechnet werden: Eine Summe für %1 überschreitet 64 Bit</translation>
    </message>
</context>
<context>
    <name>ud::ReportCatalog</name>
    <message>
        <source>there is no report %1</source>
        <translation>Es gibt keinen Bericht %1</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>ud::ReportComparison</name>
    <message>
        <source>one tenant</source>
        <translation>ein Mandant</translation>
    </message>
    <message>
        <source>all tenants</source>
        <translation>alle Mandanten</translation>
    </message>
    <message>
        <source>the tenants of a filter</source>
        <translation>die Mandanten eines Filters</translation>
    </message>
    <message>
        <source>cannot read report %1</source>
        <translation>Bericht %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>there is no report with id %1</source>
        <translation>Es gibt keinen Bericht mit der ID %1</translation>
    </message>
    <message>
        <source>report %1 (&quot;%2&quot;) covers %3 but report %4 (&quot;%5&quot;) covers %6: only reports of the same kind of scope can be compared</source>
        <translation>Bericht %1 („%2“) umfasst %3, Bericht %4 („%5“) aber %6: Nur Berichte mit derselben Art von Umfang können verglichen werden</translation>
    </message>
    <message>
        <source>cannot compare reports %1 and %2</source>
        <translation>Die Berichte %1 und %2 können nicht verglichen werden</translation>
    </message>
    <message>
        <source>the comparison was cancelled</source>
        <translation>Der Vergleich wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>ud::ReportComparisonModel</name>
    <message>
        <source>In both</source>
        <translation>In beiden</translation>
    </message>
    <message>
        <source>Only in A</source>
        <translation>Nur in A</translation>
    </message>
    <message>
        <source>Only in B</source>
        <translation>Nur in B</translation>
    </message>
    <message>
        <source>Users (peak)</source>
        <translation>Benutzer (Spitze)</translation>
    </message>
    <message>
        <source>Users (end)</source>
        <translation>Benutzer (Ende)</translation>
    </message>
    <message>
        <source>Voice credits</source>
        <translation>Sprach-Credits</translation>
    </message>
    <message>
        <source>SMS credits</source>
        <translation>SMS-Credits</translation>
    </message>
    <message>
        <source>Authentications</source>
        <translation>Authentifizierungen</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Tenant ID</source>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <source>In reports</source>
        <translation>In Berichten</translation>
    </message>
    <message>
        <source>%1 (A)</source>
        <translation>%1 (A)</translation>
    </message>
    <message>
        <source>%1 (B)</source>
        <translation>%1 (B)</translation>
    </message>
    <message>
        <source>%1 change</source>
        <translation>%1 Änderung</translation>
    </message>
    <message>
        <source>%1 change %</source>
        <translation>%1 Änderung %</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 bis %3)</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
    <message>
        <source>B minus A</source>
        <translation>B minus A</translation>
    </message>
    <message>
        <source>(B minus A) divided by A, in percent, rounded to one decimal; n/a when A is 0</source>
        <translation>(B minus A) geteilt durch A, in Prozent, auf eine Nachkommastelle gerundet; k. A., wenn A 0 ist</translation>
    </message>
</context>
<context>
    <name>ud::ReportExporter</name>
    <message>
        <source>there is no report %1</source>
        <translation>Es gibt keinen Bericht %1</translation>
    </message>
    <message>
        <source>report %1 has an unknown delimiter &quot;%2&quot;</source>
        <translation>Bericht %1 hat ein unbekanntes Trennzeichen „%2“</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>Der Export wurde abgebrochen</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ud::ReportGenerator</name>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>delimiter &quot;%1&quot; is not known; expected comma, pipe, semicolon or tab</source>
        <translation>Das Trennzeichen „%1“ ist unbekannt; erwartet wird comma, pipe, semicolon oder tab</translation>
    </message>
    <message>
        <source>not permitted</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>there is no tenant %1</source>
        <translation>Es gibt keinen Mandanten %1</translation>
    </message>
    <message>
        <source>the report was cancelled</source>
        <translation>Der Bericht wurde abgebrochen</translation>
    </message>
    <message>
        <source>only %1 of %2 bytes could be written (is the disk full?)</source>
        <translation>nur %1 von %2 Bytes konnten geschrieben werden (ist der Datenträger voll?)</translation>
    </message>
    <message>
        <source>cannot write the report&apos;s CSV: %1</source>
        <translation>Die CSV-Datei des Berichts kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ud::ReportJob</name>
    <message>
        <source>The report was cancelled; nothing was stored.</source>
        <translation>Der Bericht wurde abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Nach %1 exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>Archive of %n report(s) written to %1.</source>
        <translation>
            <numerusform>Archiv mit %n Bericht nach %1 geschrieben.</numerusform>
            <numerusform>Archiv mit %n Berichten nach %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report &quot;%1&quot; is ready: %2 row(s).</source>
        <translation>
            <numerusform>Bericht „%1“ ist fertig: %2 Zeile.</numerusform>
            <numerusform>Bericht „%1“ ist fertig: %2 Zeilen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ud::ReportListModel</name>
    <message>
        <source>All tenants</source>
        <translation>Alle Mandanten</translation>
    </message>
    <message>
        <source>Tenant: %1</source>
        <translation>Mandant: %1</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Saved filter: %1</source>
        <translation>Gespeicherter Filter: %1</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Generating %1%</source>
        <translation>Wird erstellt: %1 %</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Created at</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ud::ReportPeriod</name>
    <message>
        <source>Current month</source>
        <translation>Aktueller Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Jahr bis heute</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>period: today&apos;s date is not valid</source>
        <translation>Zeitraum: Das heutige Datum ist ungültig</translation>
    </message>
    <message>
        <source>period: the start and the end must be real dates</source>
        <translation>Zeitraum: Beginn und Ende müssen echte Daten sein</translation>
    </message>
    <message>
        <source>period &quot;custom:%1&quot;: the start %2 is after the end %3</source>
        <translation>Zeitraum „custom:%1“: Der Beginn %2 liegt nach dem Ende %3</translation>
    </message>
    <message>
        <source>period &quot;custom:%1&quot;: the end %2 is after today (%3)</source>
        <translation>Zeitraum „custom:%1“: Das Ende %2 liegt nach heute (%3)</translation>
    </message>
    <message>
        <source>period &quot;%1&quot;: expected custom:YYYY-MM-DD..YYYY-MM-DD</source>
        <translation>Zeitraum „%1“: Erwartet wird custom:JJJJ-MM-TT..JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>period &quot;%1&quot;: the start &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>Zeitraum „%1“: Der Beginn „%2“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>period &quot;%1&quot;: the end &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>Zeitraum „%1“: Das Ende „%2“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>period &quot;%1&quot; is not known; expected current-month, last-month, last-3-months, last-12-months, year-to-date or custom:YYYY-MM-DD..YYYY-MM-DD</source>
        <translation>Zeitraum „%1“ ist unbekannt; erwartet wird current-month, last-month, last-3-months, last-12-months, year-to-date oder custom:JJJJ-MM-TT..JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>period preset and its dates</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format of the periods</comment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>date format of the periods</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a period&apos;s first and last day</comment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>ud::ReportRowsModel</name>
    <message>
        <source>Tenant ID</source>
        <translation>Mandanten-ID</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Contract mode</source>
        <translation>Vertragsart</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>Beginn des Zeitraums</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Ende des Zeitraums</translation>
    </message>
    <message>
        <source>Users (peak)</source>
        <translation>Benutzer (Spitze)</translation>
    </message>
    <message>
        <source>Users (end)</source>
        <translation>Benutzer (Ende)</translation>
    </message>
    <message>
        <source>Voice credits</source>
        <translation>Sprach-Credits</translation>
    </message>
    <message>
        <source>SMS credits</source>
        <translation>SMS-Credits</translation>
    </message>
    <message>
        <source>Authentications</source>
        <translation>Authentifizierungen</translation>
    </message>
</context>
<context>
    <name>ud::ReportRowsQuery</name>
    <message>
        <source>your role does not allow viewing reports</source>
        <translation>Ihre Rolle erlaubt das Anzeigen von Berichten nicht</translation>
    </message>
    <message>
        <source>a page holds 1 to %1 rows, not %2</source>
        <translation>Eine Seite enthält 1 bis %1 Zeilen, nicht %2</translation>
    </message>
    <message>
        <source>there is no row position %1</source>
        <translation>Es gibt keine Zeilenposition %1</translation>
    </message>
</context>
<context>
    <name>ud::ReportScope</name>
    <message>
        <source>scope &quot;%1&quot;: &quot;%2&quot; is not a tenant id (a UUID such as 0f8fad5b-d9cb-469f-a165-70867728950e)</source>
        <translation>Umfang „%1“: „%2“ ist keine Mandanten-ID (eine UUID wie 0f8fad5b-d9cb-469f-a165-70867728950e)</translation>
    </message>
    <message>
        <source>scope &quot;%1&quot;: filter %2</source>
        <translation>Umfang „%1“: Filter %2</translation>
    </message>
    <message>
        <source>scope &quot;%1&quot;: saved filters cannot be used here</source>
        <translation>Umfang „%1“: Gespeicherte Filter können hier nicht verwendet werden</translation>
    </message>
    <message>
        <source>scope &quot;%1&quot; is not known; expected all, tenant:&lt;uuid&gt;, filter:&lt;expression&gt; or saved:&lt;name&gt;</source>
        <translation>Umfang „%1“ ist unbekannt; erwartet wird all, tenant:&lt;uuid&gt;, filter:&lt;ausdruck&gt; oder saved:&lt;name&gt;</translation>
    </message>
    <message>
        <source>No tenant: %1 does not exist</source>
        <translation>Kein Mandant: %1 existiert nicht</translation>
    </message>
    <message>
        <source>1 tenant: %1</source>
        <translation>1 Mandant: %1</translation>
    </message>
    <message numerus="yes">
        <source>All %1 tenants</source>
        <translation>
            <numerusform>%1 Mandant insgesamt</numerusform>
            <numerusform>Alle %1 Mandanten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 tenants matching the filter</source>
        <translation>
            <numerusform>%1 Mandant erfüllt den Filter</numerusform>
            <numerusform>%1 Mandanten erfüllen den Filter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ud::ReportStore</name>
    <message>
        <source>cannot store the report</source>
        <translation>Der Bericht kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot store the report&apos;s rows: %1</source>
        <translation>Die Zeilen des Berichts können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>cannot store the report&apos;s rows</source>
        <translation>Die Zeilen des Berichts können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot store the report: %1 rows computed, %2 stored</source>
        <translation>Der Bericht kann nicht gespeichert werden: %1 Zeilen berechnet, %2 gespeichert</translation>
    </message>
    <message>
        <source>cannot list the reports</source>
        <translation>Die Berichte können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>cannot read the report</source>
        <translation>Der Bericht kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the report&apos;s rows</source>
        <translation>Die Zeilen des Berichts können nicht gelesen werden</translation>
    </message>
    <message>
        <source>the export was cancelled</source>
        <translation>Der Export wurde abgebrochen</translation>
    </message>
    <message>
        <source>cannot delete the report</source>
        <translation>Der Bericht kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>cannot rename the report</source>
        <translation>Der Bericht kann nicht umbenannt werden</translation>
    </message>
</context>
<context>
    <name>ud::RoleStore</name>
    <message>
        <source>cannot read roles</source>
        <translation>Rollen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read role grants</source>
        <translation>Die Berechtigungen der Rollen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read managed roles</source>
        <translation>Die verwalteten Rollen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot store the grants of role %1</source>
        <translation>Die Berechtigungen der Rolle %1 können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot store the managed roles of role %1</source>
        <translation>Die verwalteten Rollen der Rolle %1 können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot add role %1</source>
        <translation>Rolle %1 kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>cannot change role %1</source>
        <translation>Rolle %1 kann nicht geändert werden</translation>
    </message>
    <message>
        <source>cannot remove the role</source>
        <translation>Die Rolle kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>ud::SaveFile</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ud::SavedFilterStore</name>
    <message>
        <source>there is no saved filter named &quot;%1&quot;</source>
        <translation>Es gibt keinen gespeicherten Filter namens „%1“</translation>
    </message>
    <message>
        <source>an empty filter cannot be saved: it has no condition and selects every tenant</source>
        <translation>Ein leerer Filter kann nicht gespeichert werden: Er hat keine Bedingung und wählt alle Mandanten aus</translation>
    </message>
    <message>
        <source>cannot read saved filters</source>
        <translation>Gespeicherte Filter können nicht gelesen werden</translation>
    </message>
    <message>
        <source>the saved filter &quot;%1&quot; does not read as a filter: %2</source>
        <translation>Der gespeicherte Filter „%1“ lässt sich nicht als Filter lesen: %2</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>a saved filter named &quot;%1&quot; already exists; choose another name or replace it</source>
        <translation>Ein gespeicherter Filter namens „%1“ existiert bereits; wählen Sie einen anderen Namen oder ersetzen Sie ihn</translation>
    </message>
    <message>
        <source>cannot replace the saved filter %1</source>
        <translation>Der gespeicherte Filter %1 kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>cannot save the filter %1</source>
        <translation>Der Filter %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>new name</source>
        <translation>Neuer Name</translation>
    </message>
    <message>
        <source>a saved filter named &quot;%1&quot; already exists; choose another name</source>
        <translation>Ein gespeicherter Filter namens „%1“ existiert bereits; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>cannot rename the saved filter %1</source>
        <translation>Der gespeicherte Filter %1 kann nicht umbenannt werden</translation>
    </message>
    <message>
        <source>new name: %1</source>
        <translation>Neuer Name: %1</translation>
    </message>
    <message>
        <source>cannot delete the saved filter %1</source>
        <translation>Der gespeicherte Filter %1 kann nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>ud::ScheduleRules</name>
    <message>
        <source>%1: &quot;%2&quot; is not a recurrence; expected daily, weekly or monthly</source>
        <translation>%1: „%2“ ist keine Wiederholung; erwartet wird daily, weekly oder monthly</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a day of the week; expected MON, TUE, WED, THU, FRI, SAT or SUN</source>
        <translation>%1: „%2“ ist kein Wochentag; erwartet wird MON, TUE, WED, THU, FRI, SAT oder SUN</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a day of the month; expected 1 to 31 (in a shorter month the report runs on its last day)</source>
        <translation>%1: „%2“ ist kein Tag im Monat; erwartet wird 1 bis 31 (in einem kürzeren Monat läuft der Bericht am letzten Tag)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time of day; expected HH:MM from 00:00 to 23:59</source>
        <translation>%1: „%2“ ist keine Uhrzeit; erwartet wird HH:MM von 00:00 bis 23:59</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time zone this computer knows; expected an IANA name such as Europe/Berlin</source>
        <translation>%1: „%2“ ist keine Zeitzone, die dieser Computer kennt; erwartet wird ein IANA-Name wie Europe/Berlin</translation>
    </message>
    <message>
        <source>%1: %2 is given more than once</source>
        <translation>%1: %2 ist mehrfach angegeben</translation>
    </message>
    <message>
        <source>%1: at least one e-mail address is required</source>
        <translation>%1: Mindestens eine E-Mail-Adresse ist erforderlich</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not known; expected comma, pipe, semicolon or tab</source>
        <translation>%1: „%2“ ist unbekannt; erwartet wird comma, pipe, semicolon oder tab</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>weekly on %1</source>
        <translation>wöchentlich am %1</translation>
    </message>
    <message>
        <source>monthly on day %1</source>
        <translation>monatlich am %1. Tag</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>task type: &quot;%1&quot; is not known; expected usage-report</source>
        <translation>Aufgabentyp: „%1“ ist unbekannt; erwartet wird usage-report</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>day of week: a weekly schedule needs a day from MON to SUN</source>
        <translation>Wochentag: Ein wöchentlicher Zeitplan braucht einen Tag von MON bis SUN</translation>
    </message>
    <message>
        <source>day of week: only a weekly schedule has a day of the week</source>
        <translation>Wochentag: Nur ein wöchentlicher Zeitplan hat einen Wochentag</translation>
    </message>
    <message>
        <source>day of month: a monthly schedule needs a day from 1 to 31</source>
        <translation>Tag im Monat: Ein monatlicher Zeitplan braucht einen Tag von 1 bis 31</translation>
    </message>
    <message>
        <source>day of month: only a monthly schedule has a day of the month</source>
        <translation>Tag im Monat: Nur ein monatlicher Zeitplan hat einen Tag im Monat</translation>
    </message>
    <message>
        <source>time of day: HH:MM from 00:00 to 23:59 is required</source>
        <translation>Uhrzeit: HH:MM von 00:00 bis 23:59 ist erforderlich</translation>
    </message>
    <message>
        <source>time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <source>scope: %1</source>
        <translation>Umfang: %1</translation>
    </message>
    <message>
        <source>%1: a time zone is required; expected an IANA name such as Europe/Berlin</source>
        <translation>%1: Eine Zeitzone ist erforderlich; erwartet wird ein IANA-Name wie Europe/Berlin</translation>
    </message>
</context>
<context>
    <name>ud::ScheduleRunner</name>
    <message>
        <source>cannot read schedules</source>
        <translation>Zeitpläne können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the runs to retry</source>
        <translation>die zu wiederholenden Läufe können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the runs of the schedules</source>
        <translation>die Läufe der Zeitpläne können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot claim a run of schedule %1</source>
        <translation>ein Lauf von Zeitplan %1 kann nicht übernommen werden</translation>
    </message>
    <message>
        <source>could not claim a run: other instances keep taking them</source>
        <translation>konnte keinen Lauf übernehmen: andere Instanzen nehmen sie immer wieder</translation>
    </message>
    <message>
        <source>not permitted</source>
        <translation>nicht erlaubt</translation>
    </message>
    <message>
        <source>cannot read a run of schedule %1</source>
        <translation>ein Lauf von Zeitplan %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>report %1 no longer exists</source>
        <translation>Bericht %1 existiert nicht mehr</translation>
    </message>
    <message>
        <source>Scheduled usage report

Schedule: %1
Period: %2
Scheduled for: %3
Tenants (rows): %4

Totals
  Users (peak): %5
  Users (end of period): %6
  Voice credits: %7
  SMS credits: %8
  Authentications: %9

</source>
        <translation>Geplanter Nutzungsbericht

Zeitplan: %1
Zeitraum: %2
Geplant für: %3
Mandanten (Zeilen): %4

Summen
  Benutzer (Spitze): %5
  Benutzer (Ende des Zeitraums): %6
  Sprach-Credits: %7
  SMS-Credits: %8
  Authentifizierungen: %9

</translation>
    </message>
    <message>
        <source>Generated at: %1 (report %2)
</source>
        <translation>Erstellt am: %1 (Bericht %2)
</translation>
    </message>
    <message>
        <source>Usage report: %1 (%2)</source>
        <translation>Nutzungsbericht: %1 (%2)</translation>
    </message>
    <message>
        <source>the schedule was deleted</source>
        <translation>der Zeitplan wurde gelöscht</translation>
    </message>
    <message>
        <source>cannot record a delivery attempt</source>
        <translation>ein Zustellversuch kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot record the state of a run</source>
        <translation>der Zustand eines Laufs kann nicht gespeichert werden</translation>
    </message>
    <message numerus="yes">
        <source>gave up after %1 attempt(s) in 24 hours: %2</source>
        <translation>
            <numerusform>nach %1 Versuch in 24 Stunden aufgegeben: %2</numerusform>
            <numerusform>nach %1 Versuchen in 24 Stunden aufgegeben: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>interrupted; will be retried</source>
        <translation>unterbrochen; wird wiederholt</translation>
    </message>
    <message>
        <source>Scheduled: schedule %1 &quot;%2&quot;, run %3</source>
        <translation>Geplant: Zeitplan %1 „%2“, Lauf %3</translation>
    </message>
    <message>
        <source>the report could not be generated: %1</source>
        <translation>der Bericht konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>cannot record the report of a run</source>
        <translation>der Bericht eines Laufs kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>no SMTP server is set up (smtp set, or the Settings page)</source>
        <translation>kein SMTP-Server eingerichtet (smtp set oder die Seite Einstellungen)</translation>
    </message>
    <message>
        <source>no SMTP password: %1</source>
        <translation>kein SMTP-Passwort: %1</translation>
    </message>
    <message>
        <source>schedule %1 has no run at %2</source>
        <translation>Zeitplan %1 hat keinen Lauf um %2</translation>
    </message>
    <message>
        <source>the run of schedule %1 at %2 is %3: only a retrying, failed or unknown run can be retried</source>
        <translation>der Lauf von Zeitplan %1 um %2 ist %3: nur ein Lauf, der wiederholt wird, fehlgeschlagen oder unbekannt ist, kann wiederholt werden</translation>
    </message>
    <message>
        <source>cannot retry a run</source>
        <translation>ein Lauf kann nicht wiederholt werden</translation>
    </message>
    <message>
        <source>the run of schedule %1 at %2 is %3: only a delivered run can be resent</source>
        <translation>der Lauf von Zeitplan %1 um %2 ist %3: nur ein zugestellter Lauf kann erneut gesendet werden</translation>
    </message>
    <message>
        <source>the report of this run was deleted: it cannot be resent</source>
        <translation>der Bericht dieses Laufs wurde gelöscht: er kann nicht erneut gesendet werden</translation>
    </message>
    <message>
        <source>there is no schedule %1</source>
        <translation>es gibt keinen Zeitplan %1</translation>
    </message>
    <message>
        <source>the program sending this run stopped at %1, after the whole message had gone to the server and before its reply was recorded: it may or may not have been delivered</source>
        <translation>das Programm, das diese Ausführung sendete, wurde um %1 beendet, nachdem die ganze Nachricht an den Server gegangen war und bevor seine Antwort vermerkt wurde: sie wurde vielleicht zugestellt, vielleicht nicht</translation>
    </message>
</context>
<context>
    <name>ud::ScheduleStore</name>
    <message>
        <source>there is no schedule %1</source>
        <translation>Es gibt keinen Zeitplan %1</translation>
    </message>
    <message>
        <source>not permitted</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <source>cannot read schedules</source>
        <translation>Zeitpläne können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the runs of schedule %1</source>
        <translation>Die Läufe des Zeitplans %1 können nicht gelesen werden</translation>
    </message>
    <message>
        <source>name: a schedule named &quot;%1&quot; already exists; choose another name</source>
        <translation>Name: Ein Zeitplan namens „%1“ existiert bereits; wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>cannot save the schedule %1</source>
        <translation>Der Zeitplan %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot change the schedule %1</source>
        <translation>Der Zeitplan %1 kann nicht geändert werden</translation>
    </message>
    <message>
        <source>runs after %1 are due</source>
        <translation>Läufe nach %1 sind fällig</translation>
    </message>
    <message>
        <source>cannot delete the schedule %1</source>
        <translation>Der Zeitplan %1 kann nicht gelöscht werden</translation>
    </message>
</context>
<context>
    <name>ud::ScheduleTableModel</name>
    <message>
        <source>Daily at %1 (%2)</source>
        <translation>Täglich um %1 (%2)</translation>
    </message>
    <message>
        <source>Weekly on %1 at %2 (%3)</source>
        <translation>Wöchentlich am %1 um %2 (%3)</translation>
    </message>
    <message>
        <source>Monthly on day %1 at %2 (%3)</source>
        <translation>Monatlich am Tag %1 um %2 (%3)</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy HH:mm</source>
        <comment>local run times</comment>
        <translation>ddd d. MMM yyyy HH:mm</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>wird wiederholt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>unknown (maybe delivered)</source>
        <translation>unbekannt (vielleicht zugestellt)</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>Click to edit &quot;%1&quot;</source>
        <translation>Klicken, um „%1“ zu bearbeiten</translation>
    </message>
    <message>
        <source>Usage report</source>
        <translation>Nutzungsbericht</translation>
    </message>
    <message>
        <source>— (disabled)</source>
        <translation>— (deaktiviert)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Task type</source>
        <translation>Aufgabentyp</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <source>Next run (local)</source>
        <translation>Nächster Lauf (lokal)</translation>
    </message>
    <message>
        <source>Last run and result</source>
        <translation>Letzter Lauf und Ergebnis</translation>
    </message>
</context>
<context>
    <name>ud::SignIn</name>
    <message>
        <source>sign-in failed: wrong user name or password</source>
        <translation>Anmeldung fehlgeschlagen: falscher Benutzername oder falsches Passwort</translation>
    </message>
    <message>
        <source>the signed-in administrator no longer exists</source>
        <translation>Der angemeldete Administrator existiert nicht mehr</translation>
    </message>
    <message>
        <source>the role of %1 is missing</source>
        <translation>Die Rolle von %1 fehlt</translation>
    </message>
    <message>
        <source>unknown user name</source>
        <translation>Unbekannter Benutzername</translation>
    </message>
    <message>
        <source>account locked until %1</source>
        <translation>Konto gesperrt bis %1</translation>
    </message>
    <message>
        <source>sign-in failed: %1 is locked after too many failed attempts; try again after %2 UTC</source>
        <translation>Anmeldung fehlgeschlagen: %1 ist nach zu vielen Fehlversuchen gesperrt; versuchen Sie es nach %2 UTC erneut</translation>
    </message>
    <message>
        <source>wrong password (%1 in a row)</source>
        <translation>Falsches Passwort (%1 in Folge)</translation>
    </message>
    <message>
        <source>wrong password; account locked until %1</source>
        <translation>Falsches Passwort; Konto gesperrt bis %1</translation>
    </message>
    <message>
        <source>account disabled</source>
        <translation>Konto deaktiviert</translation>
    </message>
    <message>
        <source>sign-in failed: the account %1 is disabled</source>
        <translation>Anmeldung fehlgeschlagen: Das Konto %1 ist deaktiviert</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>the database already has administrators; the first Super Administrator can only be created on an empty one</source>
        <translation>Die Datenbank hat bereits Administratoren; der erste Super-Administrator kann nur in einer leeren Datenbank angelegt werden</translation>
    </message>
    <message>
        <source>Super Administrator</source>
        <translation>Super-Administrator</translation>
    </message>
</context>
<context>
    <name>ud::SmtpClient</name>
    <message>
        <source>not a valid e-mail address</source>
        <translation>keine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>No SMTP server is configured.</source>
        <translation>Es ist kein SMTP-Server eingerichtet.</translation>
    </message>
    <message>
        <source>The sender address &quot;%1&quot; is not a valid e-mail address.</source>
        <translation>Die Absenderadresse „%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The e-mail has no recipient.</source>
        <translation>Die E-Mail hat keinen Empfänger.</translation>
    </message>
    <message>
        <source>None of the recipient addresses is valid.</source>
        <translation>Keine der Empfängeradressen ist gültig.</translation>
    </message>
    <message>
        <source>TLS is not available on this computer (no TLS library was found).</source>
        <translation>TLS ist auf diesem Computer nicht verfügbar (keine TLS-Bibliothek gefunden).</translation>
    </message>
    <message>
        <source>The server %1 accepted none of the recipients.</source>
        <translation>Der Server %1 hat keinen der Empfänger angenommen.</translation>
    </message>
    <message>
        <source>%1 (certificate SHA-256 %2)</source>
        <translation>%1 (Zertifikat SHA-256 %2)</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>Could not connect to the mail server %1: %2.</source>
        <translation>Keine Verbindung zum Mailserver %1 möglich: %2.</translation>
    </message>
    <message>
        <source>the greeting</source>
        <translation>die Begrüßung</translation>
    </message>
    <message>
        <source>TLS could not be set up with %1: %2</source>
        <translation>TLS konnte mit %1 nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <source>The mail server %1 does not offer STARTTLS, which the settings require; nothing was sent.</source>
        <translation>Der Mailserver %1 bietet kein STARTTLS an, das die Einstellungen verlangen; es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>The password is not sent to %1 without TLS.</source>
        <translation>Das Passwort wird ohne TLS nicht an %1 gesendet.</translation>
    </message>
    <message>
        <source>The mail server %1 offers no AUTH PLAIN or LOGIN (offered: %2).</source>
        <translation>Der Mailserver %1 bietet weder AUTH PLAIN noch LOGIN an (angeboten: %2).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The connection to %1 ended after the message was sent, before the server confirmed it: it may or may not have been delivered (%2).</source>
        <translation>Die Verbindung zu %1 endete nach dem Senden der Nachricht, bevor der Server sie bestätigte: Sie wurde möglicherweise zugestellt, möglicherweise nicht (%2).</translation>
    </message>
    <message>
        <source>the message</source>
        <translation>die Nachricht</translation>
    </message>
    <message numerus="yes">
        <source>Delivered to %n recipient(s) through %1.</source>
        <translation>
            <numerusform>An %n Empfänger über %1 zugestellt.</numerusform>
            <numerusform>An %n Empfänger über %1 zugestellt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivered to %1 of %2 recipients through %3; refused: %4.</source>
        <translation>An %1 von %2 Empfängern über %3 zugestellt; abgelehnt: %4.</translation>
    </message>
    <message>
        <source>sending the message</source>
        <translation>des Sendens der Nachricht</translation>
    </message>
    <message>
        <source>waiting for the server&apos;s reply</source>
        <translation>des Wartens auf die Antwort des Servers</translation>
    </message>
    <message>
        <source>The mail server %1 broke the protocol: %2</source>
        <translation>Der Mailserver %1 hat das Protokoll verletzt: %2</translation>
    </message>
    <message>
        <source>The mail server %1 refused %2: %3</source>
        <translation>Der Mailserver %1 hat %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>Sending the e-mail was cancelled.</source>
        <translation>Das Senden der E-Mail wurde abgebrochen.</translation>
    </message>
    <message>
        <source>no reply within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>Der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>The mail server %1 failed while %2: %3.</source>
        <translation>Der Mailserver %1 ist während %2 gescheitert: %3.</translation>
    </message>
    <message>
        <source>The password for %1 would be sent without encryption: choose STARTTLS or TLS (AUTH without TLS is allowed only to this computer).</source>
        <translation>Das Passwort für %1 würde unverschlüsselt gesendet: Wählen Sie STARTTLS oder TLS (AUTH ohne TLS ist nur zu diesem Computer erlaubt).</translation>
    </message>
    <message>
        <source>The message was not finished: its sending could not be recorded first.</source>
        <translation>Die Nachricht wurde nicht abgeschlossen: ihr Versand konnte nicht vorher vermerkt werden.</translation>
    </message>
</context>
<context>
    <name>ud::SmtpPasswordStore</name>
    <message>
        <source>No keychain service is available to hold the SMTP password (%1). Set the environment variable USAGEDESK_SMTP_PASSWORD instead.</source>
        <translation>Kein Schlüsselbunddienst kann das SMTP-Passwort aufnehmen (%1). Setzen Sie stattdessen die Umgebungsvariable USAGEDESK_SMTP_PASSWORD.</translation>
    </message>
    <message>
        <source>The keychain refused access to the SMTP password: %1</source>
        <translation>Der Schlüsselbund hat den Zugriff auf das SMTP-Passwort verweigert: %1</translation>
    </message>
    <message>
        <source>The keychain failed: %1</source>
        <translation>Der Schlüsselbund ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>No SMTP password is stored for %1 on %2: set it with &quot;smtp set&quot; or in USAGEDESK_SMTP_PASSWORD.</source>
        <translation>Für %1 auf %2 ist kein SMTP-Passwort gespeichert: Legen Sie es mit „smtp set“ oder in USAGEDESK_SMTP_PASSWORD fest.</translation>
    </message>
</context>
<context>
    <name>ud::SmtpReply</name>
    <message>
        <source>The server sent a reply line longer than %1 bytes.</source>
        <translation>Der Server hat eine Antwortzeile gesendet, die länger als %1 Bytes ist.</translation>
    </message>
    <message>
        <source>The server sent a malformed reply: %1</source>
        <translation>Der Server hat eine fehlerhafte Antwort gesendet: %1</translation>
    </message>
    <message>
        <source>The server mixed reply codes %1 and %2 in one reply.</source>
        <translation>Der Server hat in einer Antwort die Codes %1 und %2 gemischt.</translation>
    </message>
</context>
<context>
    <name>ud::SmtpSettingsStore</name>
    <message>
        <source>--host: the SMTP server&apos;s host name is missing</source>
        <translation>--host: der Hostname des SMTP-Servers fehlt</translation>
    </message>
    <message>
        <source>--host: &quot;%1&quot; is not a host name (it contains a space)</source>
        <translation>--host: „%1“ ist kein Hostname (er enthält ein Leerzeichen)</translation>
    </message>
    <message>
        <source>--port: the port must be between 1 and 65535</source>
        <translation>--port: der Port muss zwischen 1 und 65535 liegen</translation>
    </message>
    <message>
        <source>--user: the user name contains a line break</source>
        <translation>--user: der Benutzername enthält einen Zeilenumbruch</translation>
    </message>
    <message>
        <source>timeouts must be positive</source>
        <translation>Zeitlimits müssen positiv sein</translation>
    </message>
    <message>
        <source>reading the SMTP settings</source>
        <translation>Lesen der SMTP-Einstellungen</translation>
    </message>
    <message>
        <source>saving the SMTP settings</source>
        <translation>Speichern der SMTP-Einstellungen</translation>
    </message>
</context>
<context>
    <name>ud::SmtpTestMail</name>
    <message>
        <source>no SMTP server is set up: use &quot;smtp set&quot; first</source>
        <translation>kein SMTP-Server eingerichtet: zuerst „smtp set“ verwenden</translation>
    </message>
    <message>
        <source>UsageDesk test message</source>
        <translation>UsageDesk-Testnachricht</translation>
    </message>
    <message>
        <source>This is a test message from UsageDesk, sent by %1 through %2:%3.
Scheduled reports will be sent the same way.
</source>
        <translation>Dies ist eine Testnachricht von UsageDesk, gesendet von %1 über %2:%3.
Geplante Berichte werden auf demselben Weg gesendet.
</translation>
    </message>
</context>
<context>
    <name>ud::SqlError</name>
    <message>
        <source> (database %1)</source>
        <translation> (Datenbank %1)</translation>
    </message>
</context>
<context>
    <name>ud::TenantAdministration</name>
    <message>
        <source>not a UUID (8-4-4-4-12 hexadecimal digits)</source>
        <translation>keine UUID (8-4-4-4-12 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>a date is required</source>
        <translation>Ein Datum ist erforderlich</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>hostname: %1 is already used by another tenant (%2)</source>
        <translation>Hostname: %1 wird bereits von einem anderen Mandanten verwendet (%2)</translation>
    </message>
    <message>
        <source>tenant_id: %1 is not a UUID</source>
        <translation>tenant_id: %1 ist keine UUID</translation>
    </message>
    <message>
        <source>no tenant has the tenant_id %1</source>
        <translation>Kein Mandant hat die tenant_id %1</translation>
    </message>
    <message>
        <source>tenant_id: a value is required</source>
        <translation>tenant_id: Ein Wert ist erforderlich</translation>
    </message>
    <message>
        <source>tenant_id: a tenant with the tenant_id %1 exists already</source>
        <translation>tenant_id: Ein Mandant mit der tenant_id %1 existiert bereits</translation>
    </message>
    <message>
        <source>removing tenant %1</source>
        <translation>Mandant %1 wird entfernt</translation>
    </message>
</context>
<context>
    <name>ud::TenantFilter</name>
    <message>
        <source>operator %1 does not apply to %2</source>
        <translation>Der Operator %1 gilt nicht für %2</translation>
    </message>
</context>
<context>
    <name>ud::TenantImporter</name>
    <message>
        <source>a value is required</source>
        <translation>Ein Wert ist erforderlich</translation>
    </message>
    <message>
        <source>%1 is not a UUID (8-4-4-4-12 hexadecimal digits)</source>
        <translation>%1 ist keine UUID (8-4-4-4-12 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>%1 is not one of PRODUCTION, TRIAL, UNKNOWN</source>
        <translation>%1 ist nicht PRODUCTION, TRIAL oder UNKNOWN</translation>
    </message>
    <message>
        <source>%1 is not true/false, 1/0 or yes/no</source>
        <translation>%1 ist nicht true/false, 1/0 oder yes/no</translation>
    </message>
    <message>
        <source>%1 is not a real date of the form YYYY-MM-DD</source>
        <translation>%1 ist kein echtes Datum der Form JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>%1 is already used by another tenant (%2)</source>
        <translation>%1 wird bereits von einem anderen Mandanten verwendet (%2)</translation>
    </message>
</context>
<context>
    <name>ud::TenantListLoader</name>
    <message>
        <source>cannot read the tenants</source>
        <translation>Die Mandanten können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot count the tenants</source>
        <translation>Die Mandanten können nicht gezählt werden</translation>
    </message>
</context>
<context>
    <name>ud::TenantListWriter</name>
    <message>
        <source>cannot write the tenant list: %1</source>
        <translation>Die Mandantenliste kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>ud::TenantQuery</name>
    <message>
        <source>cannot list tenants</source>
        <translation>Mandanten können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>listing tenants was cancelled</source>
        <translation>Das Auflisten der Mandanten wurde abgebrochen</translation>
    </message>
    <message>
        <source>cannot count tenants</source>
        <translation>Mandanten können nicht gezählt werden</translation>
    </message>
</context>
<context>
    <name>ud::TenantRules</name>
    <message>
        <source>contains a control character (U+%1) at character %2; tabs and line breaks are not allowed</source>
        <translation>enthält ein Steuerzeichen (U+%1) an Zeichenposition %2; Tabulatoren und Zeilenumbrüche sind nicht erlaubt</translation>
    </message>
    <message>
        <source>is %1 characters long; at most %2 are allowed</source>
        <translation>ist %1 Zeichen lang; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <source>a value is required</source>
        <translation>Ein Wert ist erforderlich</translation>
    </message>
    <message>
        <source>%1 contains a space; a hostname has none</source>
        <translation>%1 enthält ein Leerzeichen; ein Hostname hat keines</translation>
    </message>
</context>
<context>
    <name>ud::TenantStore</name>
    <message>
        <source>cannot store tenant %1</source>
        <translation>Mandant %1 kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot look up tenant %1</source>
        <translation>Mandant %1 kann nicht nachgeschlagen werden</translation>
    </message>
    <message>
        <source>cannot look up hostname %1</source>
        <translation>Hostname %1 kann nicht nachgeschlagen werden</translation>
    </message>
</context>
<context>
    <name>ud::TenantTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktiv</translation>
    </message>
    <message>
        <source>Trial</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Company Name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <source>Contract Mode</source>
        <translation>Vertragsart</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Service Provider</source>
        <translation>Dienstanbieter</translation>
    </message>
    <message>
        <source>Authentication Account</source>
        <translation>Authentifizierungskonto</translation>
    </message>
    <message>
        <source>Issuance Account</source>
        <translation>Ausstellungskonto</translation>
    </message>
    <message>
        <source>Created On</source>
        <translation>Angelegt am</translation>
    </message>
    <message>
        <source>Users This Month</source>
        <translation>Benutzer diesen Monat</translation>
    </message>
    <message>
        <source>Voice Credits This Month</source>
        <translation>Sprach-Credits diesen Monat</translation>
    </message>
    <message>
        <source>SMS Credits This Month</source>
        <translation>SMS-Credits diesen Monat</translation>
    </message>
</context>
<context>
    <name>ud::TenantUsageSeries</name>
    <message>
        <source>the start date is not a valid date</source>
        <translation>Das Anfangsdatum ist ungültig</translation>
    </message>
    <message>
        <source>the end date is not a valid date</source>
        <translation>Das Enddatum ist ungültig</translation>
    </message>
    <message>
        <source>the start date %1 is after the end date %2</source>
        <translation>Das Anfangsdatum %1 liegt nach dem Enddatum %2</translation>
    </message>
    <message>
        <source>cannot look up tenant %1</source>
        <translation>Mandant %1 kann nicht nachgeschlagen werden</translation>
    </message>
    <message>
        <source>there is no tenant with key %1</source>
        <translation>Es gibt keinen Mandanten mit dem Schlüssel %1</translation>
    </message>
    <message>
        <source>cannot read the usage of %1</source>
        <translation>Die Nutzung von %1 kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>ud::TenantUsageTableModel</name>
    <message numerus="yes">
        <source>%n day(s) with data; the last is %1</source>
        <translation>
            <numerusform>%n Tag mit Daten; der letzte ist der %1</numerusform>
            <numerusform>%n Tage mit Daten; der letzte ist der %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Users (last day)</source>
        <translation>Benutzer (letzter Tag)</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Users (peak)</source>
        <translation>Benutzer (Spitze)</translation>
    </message>
    <message>
        <source>Voice credits</source>
        <translation>Sprach-Credits</translation>
    </message>
    <message>
        <source>SMS credits</source>
        <translation>SMS-Credits</translation>
    </message>
    <message>
        <source>Authentications</source>
        <translation>Authentifizierungen</translation>
    </message>
</context>
<context>
    <name>ud::Transaction</name>
    <message>
        <source>the transaction is already closed</source>
        <translation>Die Transaktion ist bereits abgeschlossen</translation>
    </message>
    <message>
        <source>cannot start a transaction on %1</source>
        <translation>Auf %1 kann keine Transaktion gestartet werden</translation>
    </message>
    <message>
        <source>cannot commit the changes to %1</source>
        <translation>Die Änderungen an %1 können nicht übernommen werden</translation>
    </message>
</context>
<context>
    <name>ud::UsageImporter</name>
    <message>
        <source>a value is required</source>
        <translation>Ein Wert ist erforderlich</translation>
    </message>
    <message>
        <source>%1 is not a whole number from 0 to %2</source>
        <translation>%1 ist keine ganze Zahl von 0 bis %2</translation>
    </message>
    <message>
        <source>%1 is not a UUID (8-4-4-4-12 hexadecimal digits)</source>
        <translation>%1 ist keine UUID (8-4-4-4-12 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>no tenant has the id %1; import the tenants first</source>
        <translation>Kein Mandant hat die ID %1; importieren Sie zuerst die Mandanten</translation>
    </message>
    <message>
        <source>%1 is not a real date of the form YYYY-MM-DD</source>
        <translation>%1 ist kein echtes Datum der Form JJJJ-MM-TT</translation>
    </message>
</context>
<context>
    <name>ud::UsageWriter</name>
    <message>
        <source>cannot write usage (%1): %2</source>
        <translation>Nutzung kann nicht geschrieben werden (%1): %2</translation>
    </message>
    <message>
        <source>cannot update the monthly usage: %1</source>
        <translation>Die monatliche Nutzung kann nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>cannot write usage: %1</source>
        <translation>Nutzung kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the database driver does not expose its native connection</source>
        <translation>Der Datenbanktreiber gibt seine native Verbindung nicht preis</translation>
    </message>
    <message>
        <source>cannot write usage (%1) to %2: %3</source>
        <translation>Nutzung kann nicht nach %2 geschrieben werden (%1): %3</translation>
    </message>
</context>
</TS>
