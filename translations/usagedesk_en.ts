<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AdministratorDialog</name>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message numerus="yes">
        <source>%n newest line(s) shown; more are available.</source>
        <translation>
            <numerusform>%n newest line shown; more are available.</numerusform>
            <numerusform>%n newest lines shown; more are available.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s).</source>
        <translation>
            <numerusform>%n line.</numerusform>
            <numerusform>%n lines.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstAdministratorDialog</name>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportViewPage</name>
    <message numerus="yes">
        <source>%1 — %2 to %3, %4 row(s)</source>
        <translation>
            <numerusform>%1 — %2 to %3, %4 row</numerusform>
            <numerusform>%1 — %2 to %3, %4 rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message numerus="yes">
        <source>Archiving %n report(s) to %1</source>
        <translation>
            <numerusform>Archiving %n report to %1</numerusform>
            <numerusform>Archiving %n reports to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message numerus="yes">
        <source>At least %n characters</source>
        <translation>
            <numerusform>At least %n character</numerusform>
            <numerusform>At least %n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduledReportsPage</name>
    <message numerus="yes">
        <source>%n schedule(s)</source>
        <translation>
            <numerusform>%n schedule</numerusform>
            <numerusform>%n schedules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TenantUsagePage</name>
    <message numerus="yes">
        <source>%n month(s) with usage between %1 and %2.</source>
        <translation>
            <numerusform>%n month with usage between %1 and %2.</numerusform>
            <numerusform>%n months with usage between %1 and %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with usage between %1 and %2.</source>
        <translation>
            <numerusform>%n day with usage between %1 and %2.</numerusform>
            <numerusform>%n days with usage between %1 and %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TenantsPage</name>
    <message numerus="yes">
        <source>%Ln tenant(s) match</source>
        <translation>
            <numerusform>%Ln tenant matches</numerusform>
            <numerusform>%Ln tenants match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tenant(s)</source>
        <translation>
            <numerusform>%Ln tenant</numerusform>
            <numerusform>%Ln tenants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ud::AdministrationService</name>
    <message numerus="yes">
        <source>role %1 is still assigned to %n administrator(s)</source>
        <translation>
            <numerusform>role %1 is still assigned to %n administrator</numerusform>
            <numerusform>role %1 is still assigned to %n administrators</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ud::PasswordHasher</name>
    <message numerus="yes">
        <source>password: at least %n characters are required</source>
        <translation>
            <numerusform>password: at least %n character is required</numerusform>
            <numerusform>password: at least %n characters are required</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ud::ReportJob</name>
    <message numerus="yes">
        <source>Archive of %n report(s) written to %1.</source>
        <translation>
            <numerusform>Archive of %n report written to %1.</numerusform>
            <numerusform>Archive of %n reports written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Report &quot;%1&quot; is ready: %2 row(s).</source>
        <translation>
            <numerusform>Report &quot;%1&quot; is ready: %2 row.</numerusform>
            <numerusform>Report &quot;%1&quot; is ready: %2 rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ud::ReportScope</name>
    <message numerus="yes">
        <source>All %1 tenants</source>
        <translation>
            <numerusform>All %1 tenant</numerusform>
            <numerusform>All %1 tenants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 tenants matching the filter</source>
        <translation>
            <numerusform>%1 tenant matching the filter</numerusform>
            <numerusform>%1 tenants matching the filter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ud::ScheduleRunner</name>
    <message numerus="yes">
        <source>gave up after %1 attempt(s) in 24 hours: %2</source>
        <translation>
            <numerusform>gave up after %1 attempt in 24 hours: %2</numerusform>
            <numerusform>gave up after %1 attempts in 24 hours: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ud::SmtpClient</name>
    <message numerus="yes">
        <source>Delivered to %n recipient(s) through %1.</source>
        <translation>
            <numerusform>Delivered to %n recipient through %1.</numerusform>
            <numerusform>Delivered to %n recipients through %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ud::TenantUsageTableModel</name>
    <message numerus="yes">
        <source>%n day(s) with data; the last is %1</source>
        <translation>
            <numerusform>%n day with data; the last is %1</numerusform>
            <numerusform>%n days with data; the last is %1</numerusform>
        </translation>
    </message>
</context>
</TS>
