#include "TestDatabase.h"
#include "storage/Migrations.h"
#include "storage/Migrator.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace ud;
using namespace Qt::StringLiterals;

namespace {

// The schema version before ids were made never to be reused.
constexpr int kBeforeIdsNotReused = 9;

// The five tables schema version 10 rebuilt on SQLite, with their keys.
const QList<std::pair<QString, QString>> kRebuilt = {
    {u"roles"_s, u"role_id"_s},           {u"administrators"_s, u"admin_id"_s},
    {u"saved_filters"_s, u"filter_id"_s}, {u"reports"_s, u"report_id"_s},
    {u"schedules"_s, u"schedule_id"_s},
};

QStringList column(const Connection &connection, const QString &sql)
{
    QStringList values;
    QSqlQuery query(connection.database());
    if (!query.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < query.record().count(); ++i)
            fields << (query.value(i).isNull() ? u"NULL"_s : query.value(i).toString());
        values << fields.join(u'|');
    }
    return values;
}

void exec(const Connection &connection, const QString &sql)
{
    QSqlQuery query(connection.database());
    if (!query.exec(sql))
        qFatal("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
}

// Every table, index, trigger and constraint with its definition, one per
// line, by name.
QStringList schemaOf(const Connection &connection)
{
    if (connection.backend() == Backend::Sqlite)
        return column(connection, u"SELECT type, name, tbl_name, sql FROM sqlite_master "
                                  "ORDER BY type, name"_s);
    QStringList schema = column(
        connection,
        u"SELECT table_name, column_name, data_type, column_default, is_nullable, is_identity, "
        "identity_generation, collation_name FROM information_schema.columns WHERE "
        "table_schema = current_schema() ORDER BY table_name, column_name"_s);
    schema += column(connection, u"SELECT indexname, indexdef FROM pg_indexes WHERE "
                                 "schemaname = current_schema() ORDER BY indexname"_s);
    schema += column(connection,
                     u"SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM "
                     "pg_constraint WHERE connamespace = current_schema()::regnamespace "
                     "ORDER BY 1, 2"_s);
    schema += column(connection, u"SELECT tgrelid::regclass::text, tgname, "
                                 "pg_get_triggerdef(oid) FROM pg_trigger WHERE NOT tgisinternal "
                                 "ORDER BY 1, 2"_s);
    return schema;
}

// Every table's rows but schema_version's (which gains a row) and the audit
// log's and sqlite_sequence's (compared on their own).
QString dataOf(const TestDatabase &db, const Connection &connection)
{
    QStringList tables = column(
        connection, connection.backend() == Backend::Sqlite
                        ? u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s
                        : u"SELECT table_name FROM information_schema.tables WHERE "
                          "table_schema = current_schema() ORDER BY table_name"_s);
    tables.removeAll(u"schema_version"_s);
    tables.removeAll(u"audit_log"_s);
    tables.removeAll(u"sqlite_sequence"_s);
    return db.dump(tables) + db.auditLog();
}

// Rows in every table a rebuilt table has or is referred to by, with gaps in
// the ids (deleted rows) and references between them; explicit ids, so the
// same on both back ends.
void fillVersion9(const Connection &connection)
{
    const QStringList statements = {
        u"INSERT INTO tenants (tenant_key, tenant_id, hostname, hostname_folded, company_name, "
        "company_name_folded, contract_mode, created_on) VALUES (5, "
        "'0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9', 'a.example.com', 'a.example.com', 'A', 'a', "
        "'TRIAL', '2025-01-01')"_s,
        u"INSERT INTO usage_daily (tenant_key, day, users, voice_credits, sms_credits) VALUES "
        "(5, '2025-01-02', 3, 4, 5)"_s,
        u"INSERT INTO roles (role_id, name, name_folded, description, manage_all, created_at, "
        "updated_at) VALUES (7, 'Billing', 'billing', 'bills', 0, '2025-01-01T00:00:00Z', "
        "'2025-01-02T00:00:00Z')"_s,
        u"INSERT INTO role_grants (role_id, entity, action) VALUES (7, 'tenants', 'view'), "
        "(7, 'export_reports', 'add')"_s,
        u"INSERT INTO role_managed_roles (role_id, managed_role_id) VALUES (7, 2)"_s,
        u"INSERT INTO administrators (admin_id, user_name, user_name_folded, display_name, "
        "email, role_id, enabled, password_hash, failed_sign_ins, locked_until, created_at, "
        "updated_at) VALUES (4, 'Bob', 'bob', 'Bob B', 'bob@example.com', 7, 0, 'hash', 2, "
        "'2025-02-01T00:00:00Z', '2025-01-01T00:00:00Z', '2025-01-03T00:00:00Z'), (6, 'root', "
        "'root', '', '', 1, 1, 'hash2', 0, NULL, '2025-01-01T00:00:00Z', "
        "'2025-01-01T00:00:00Z')"_s,
        u"INSERT INTO saved_filters (filter_id, name, name_folded, filter_text, created_by, "
        "created_at, updated_at) VALUES (3, 'Trials', 'trials', 'contract_mode eq TRIAL', "
        "'root', '2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z')"_s,
        u"INSERT INTO reports (report_id, name, description, scope_kind, scope, period, "
        "period_start, period_end, delimiter, bom, formula_guard, row_count, csv_sha256, "
        "created_by, created_at) VALUES (3, 'January', '', 'all', 'all', 'last-month', "
        "'2025-01-01', '2025-01-31', 'comma', 0, 1, 1, '"_s +
            QString(64, u'a') +
            u"', 'root', '2025-02-01T06:00:00Z'), (5, 'Trials', 'd', 'filter', "
            "'filter:contract_mode eq TRIAL', '2025-01', '2025-01-01', '2025-01-31', 'pipe', 1, "
            "0, 2, '"_s +
            QString(64, u'b') + u"', 'Bob', '2025-02-02T06:00:00Z')"_s,
        u"INSERT INTO report_rows (report_id, position, tenant_id, hostname, company_name, "
        "contract_mode, users_peak, users_end, voice_credits, sms_credits, authentications) "
        "VALUES (3, 1, 't', 'a.example.com', 'A', 'TRIAL', 3, 3, 4, 5, 0), (5, 1, 't', "
        "'a.example.com', 'A', 'TRIAL', 3, 3, 4, 5, 0), (5, 2, 'u', 'b.example.com', 'B', "
        "'TRIAL', 1, 1, 0, 0, 7)"_s,
        u"INSERT INTO schedules (schedule_id, name, name_folded, description, task_type, "
        "recipients, recurrence, day_of_week, day_of_month, time_of_day, time_zone, delimiter, "
        "bom, scope, enabled, active_since, created_by, created_at, updated_at) VALUES (2, "
        "'Weekly', 'weekly', '', 'usage_report', 'a@example.com', 'weekly', 1, NULL, '08:00', "
        "'Europe/Berlin', 'comma', 0, 'all', 1, '2025-01-01T00:00:00Z', 'root', "
        "'2025-01-01T00:00:00Z', '2025-01-01T00:00:00Z'), (9, 'Monthly', 'monthly', 'm', "
        "'usage_report', 'b@example.com', 'monthly', NULL, 31, '23:30', 'UTC', 'tab', 1, "
        "'saved:Trials', 0, '2025-01-01T00:00:00Z', 'Bob', '2025-01-01T00:00:00Z', "
        "'2025-01-05T00:00:00Z')"_s,
        u"INSERT INTO schedule_runs (schedule_id, scheduled_at, period_start, period_end, "
        "status, claimed_by, claimed_at, attempts, next_attempt_at, report_id, last_reply, "
        "finished_at, data_sent_at) VALUES (2, '2025-01-06T07:00:00Z', '2024-12-30', "
        "'2025-01-05', 'delivered', 'host/1/x', '2025-01-06T07:00:01Z', 1, NULL, 3, '250 ok', "
        "'2025-01-06T07:00:05Z', NULL), (9, '2025-01-31T23:30:00Z', '2025-01-01', '2025-01-31', "
        "'retrying', 'host/2/y', '2025-01-31T23:30:01Z', 2, '2025-02-01T00:00:00Z', 5, "
        "'451 later', NULL, '2025-01-31T23:30:03Z'), (9, '2024-12-31T23:30:00Z', '2024-12-01', "
        "'2024-12-31', 'failed', 'host/2/y', '2024-12-31T23:30:01Z', 3, NULL, NULL, '550 no', "
        "'2025-01-01T00:00:00Z', NULL)"_s,
        u"INSERT INTO delivery_attempts (attempt_id, schedule_id, scheduled_at, attempted_at, "
        "outcome, reply) VALUES (1, 2, '2025-01-06T07:00:00Z', '2025-01-06T07:00:02Z', "
        "'delivered', '250 ok'), (4, 9, '2025-01-31T23:30:00Z', '2025-01-31T23:30:02Z', "
        "'temporary', '451 later')"_s,
        // Report 11 was deleted before the upgrade, report 13 generated and
        // taken back without a line (report generate --out, file not
        // written); a refused deletion of report 99 (no such report) and
        // other lines are not reports that existed.
        u"INSERT INTO audit_log (at_utc, actor, action, object, outcome, detail) VALUES "
        "('2025-02-03T00:00:00Z', 'root', 'generate report', 'report 11', 'allowed', 'Old'), "
        "('2025-02-03T00:00:01Z', 'root', 'delete report', 'report 11', 'allowed', 'Old'), "
        "('2025-02-03T00:00:02Z', 'root', 'generate report', 'report 13', 'allowed', 'Gone'), "
        "('2025-02-03T00:00:03Z', 'Bob', 'delete report', 'report 99', 'refused', ''), "
        "('2025-02-03T00:00:04Z', 'Bob', 'generate report', 'report 98', 'refused', ''), "
        "('2025-02-03T00:00:05Z', 'root', 'delete schedule', 'report 97', 'allowed', ''), "
        "('2025-02-03T00:00:06Z', 'root', 'delete report', 'report 96x', 'allowed', '')"_s,
        u"INSERT INTO smtp_settings (id, host, port, security, from_address, updated_at) VALUES "
        "(1, 'mail.example.com', 587, 'starttls', 'ud@example.com', '2025-01-01T00:00:00Z')"_s,
        u"INSERT INTO app_settings (key, value, updated_by, updated_at) VALUES "
        "('reporting_time_zone', 'Europe/Berlin', 'root', '2025-01-01T00:00:00Z')"_s,
    };
    for (const QString &statement : statements)
        exec(connection, statement);
}

// A database at schema version 9 with fillVersion9()'s rows.
std::unique_ptr<TestDatabase> version9Database()
{
    auto db = TestDatabase::create(false);
    auto connection = db->connect();
    const auto migrated = Migrator::migrate(*connection, kBeforeIdsNotReused);
    if (!migrated || *migrated != kBeforeIdsNotReused)
        qFatal("cannot build schema version 9");
    fillVersion9(*connection);
    return db;
}

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionsAreContiguous()
    {
        int expected = 1;
        for (const Migration &migration : allMigrations()) {
            QCOMPARE(migration.version, expected++);
            // Version 11 is PostgreSQL's planner statistics alone.
            QVERIFY(!migration.sqlite.isEmpty() || migration.version == 11);
            QVERIFY(!migration.postgres.isEmpty());
        }
    }

    void emptyDatabaseReachesLatestVersion()
    {
        auto db = TestDatabase::create(false);
        auto connection = db->connect();
        QCOMPARE(Migrator::currentVersion(*connection).value(), 0);
        const auto migrated = Migrator::migrate(*connection);
        QVERIFY2(migrated, migrated ? "" : qPrintable(migrated.error().message));
        QCOMPARE(*migrated, Migrator::latestVersion());
        QCOMPARE(Migrator::currentVersion(*connection).value(), Migrator::latestVersion());
        QCOMPARE(db->count(u"tenants"_s), 0);
        QCOMPARE(db->count(u"usage_daily"_s), 0);
    }

    void migratingTwiceIsHarmless()
    {
        auto db = TestDatabase::create(true);
        {
            auto connection = db->connect();
            QSqlQuery insert(connection->database());
            QVERIFY(insert.exec(
                u"INSERT INTO tenants (tenant_id, hostname, hostname_folded, company_name, "
                "company_name_folded, contract_mode, created_on) VALUES "
                "('0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9', 'a.example.com', 'a.example.com', "
                "'A', 'a', 'TRIAL', '2025-01-01')"_s));
        }
        const QString before = db->dump();
        auto connection = db->connect();
        QVERIFY(Migrator::migrate(*connection));
        QCOMPARE(db->dump(), before);
    }

    void schemaRejectsBadRows()
    {
        auto db = TestDatabase::create(true);
        auto connection = db->connect();
        QSqlQuery query(connection->database());
        // contract_mode outside its enum
        QVERIFY(!query.exec(
            u"INSERT INTO tenants (tenant_id, hostname, hostname_folded, company_name, "
            "company_name_folded, contract_mode, created_on) VALUES "
            "('0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9', 'a', 'a', 'A', 'a', 'FREE', '2025-01-01')"_s));
        // usage for a tenant that does not exist (foreign keys are on)
        QVERIFY(!query.exec(u"INSERT INTO usage_daily (tenant_key, day, users, voice_credits, "
                            "sms_credits) VALUES (999, '2025-01-01', 1, 1, 1)"_s));
        QCOMPARE(db->count(u"tenants"_s), 0);
        QCOMPARE(db->count(u"usage_daily"_s), 0);
    }

    void builtInRolesExist()
    {
        auto db = TestDatabase::create(true);
        auto connection = db->connect();
        QSqlQuery query(connection->database());
        QVERIFY(query.exec(u"SELECT r.name, count(g.action) FROM roles r LEFT JOIN role_grants g "
                           "ON g.role_id = r.role_id GROUP BY r.name ORDER BY r.name"_s));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"Auditor"_s);
        QCOMPARE(query.value(1).toInt(), 8); // one view per entity
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), u"Super Administrator"_s);
        QCOMPARE(query.value(1).toInt(), 26); // every action of every entity
        QVERIFY(!query.next());
    }

    void auditLogIsAppendOnly()
    {
        auto db = TestDatabase::create(true);
        auto connection = db->connect();
        QSqlQuery query(connection->database());
        QVERIFY(query.exec(u"INSERT INTO audit_log (at_utc, actor, action, outcome) VALUES "
                           "('2026-01-01T00:00:00Z', 'alice', 'sign-in', 'allowed')"_s));
        QVERIFY(!query.exec(u"UPDATE audit_log SET actor = 'mallory'"_s));
        QVERIFY(!query.exec(u"DELETE FROM audit_log"_s));
        QVERIFY(query.exec(u"SELECT actor FROM audit_log WHERE action = 'sign-in'"_s) &&
                query.next());
        QCOMPARE(query.value(0).toString(), u"alice"_s);
    }

    void newerSchemaIsRefused()
    {
        auto db = TestDatabase::create(true);
        auto connection = db->connect();
        QSqlQuery query(connection->database());
        QVERIFY(query.exec(u"INSERT INTO schema_version (version, summary, applied_at) VALUES "
                           "(999, 'future', '2030-01-01T00:00:00Z')"_s));
        const auto migrated = Migrator::migrate(*connection);
        QVERIFY(!migrated);
        QVERIFY2(migrated.error().message.contains(u"999"_s), qPrintable(migrated.error().message));
    }

    void idsNotReusedKeepsEveryRowAndTheRestOfTheSchema()
    {
        auto db = version9Database();
        auto connection = db->connect();
        const QString dataBefore = dataOf(*db, *connection);
        const QStringList schemaBefore = schemaOf(*connection);

        const auto migrated = Migrator::migrate(*connection);
        QVERIFY2(migrated, migrated ? "" : qPrintable(migrated.error().message));
        QCOMPARE(*migrated, Migrator::latestVersion());

        // Every row of every table, with its id; nothing cascaded away.
        QCOMPARE(dataOf(*db, *connection), dataBefore);
        QCOMPARE(db->count(u"report_rows"_s), 3);
        QCOMPARE(db->count(u"schedule_runs"_s), 3);
        QCOMPARE(db->count(u"delivery_attempts"_s), 2);
        QCOMPARE(db->count(u"role_grants"_s), 26 + 8 + 2);

        if (connection->backend() == Backend::Postgres) {
            // Identity columns never reused an id: nothing changes.
            QCOMPARE(schemaOf(*connection), schemaBefore);
            return;
        }
        // The five tables as they were but for AUTOINCREMENT (and the quotes
        // SQLite puts around a renamed table's name); everything else equal.
        QStringList expected = schemaBefore;
        for (const auto &[table, key] : kRebuilt) {
            const QString before =
                u"CREATE TABLE %1 (\n    %2 INTEGER PRIMARY KEY,\n"_s.arg(table, key);
            const QString after =
                u"CREATE TABLE \"%1\" (\n    %2 INTEGER PRIMARY KEY AUTOINCREMENT,\n"_s.arg(table,
                                                                                            key);
            const QString row = u"table|%1|%1|"_s.arg(table);
            const auto it = std::find_if(expected.begin(), expected.end(),
                                         [&](const QString &r) { return r.startsWith(row); });
            QVERIFY2(it != expected.end(), qPrintable(table));
            QVERIFY2(it->contains(before), qPrintable(*it));
            it->replace(before, after);
        }
        QCOMPARE(schemaOf(*connection), expected);

        QCOMPARE(column(*connection, u"PRAGMA integrity_check"_s), QStringList{u"ok"_s});
        QCOMPARE(column(*connection, u"PRAGMA foreign_key_check"_s), QStringList());
        QCOMPARE(column(*connection, u"PRAGMA foreign_keys"_s), QStringList{u"1"_s});
        // The next id is above the largest kept; for reports above report
        // 13, gone before the upgrade (the audit log says so).
        QCOMPARE(column(*connection, u"SELECT name, seq FROM sqlite_sequence ORDER BY name"_s),
                 (QStringList{u"administrators|6"_s, u"audit_log|7"_s, u"reports|13"_s,
                              u"roles|7"_s, u"saved_filters|3"_s, u"schedules|9"_s}));
        exec(*connection,
             u"INSERT INTO reports (name, scope_kind, scope, period, period_start, period_end, "
             "delimiter, bom, formula_guard, row_count, csv_sha256, created_by, created_at) "
             "SELECT 'New', 'all', 'all', 'p', period_start, period_end, 'comma', 0, 0, 0, "
             "csv_sha256, 'root', '' FROM reports WHERE report_id = 3"_s);
        QCOMPARE(column(*connection, u"SELECT max(report_id) FROM reports"_s),
                 QStringList{u"14"_s});
        // The only saved filter deleted: a plain INTEGER PRIMARY KEY would
        // start again at 1.
        exec(*connection, u"DELETE FROM saved_filters WHERE filter_id = 3"_s);
        exec(*connection,
             u"INSERT INTO saved_filters (name, name_folded, filter_text, created_by, created_at, "
             "updated_at) SELECT 'New', 'new', 'locked eq true', 'root', '', ''"_s);
        QCOMPARE(column(*connection, u"SELECT filter_id FROM saved_filters"_s),
                 QStringList{u"4"_s});
        // Foreign keys are on again and still cascade.
        exec(*connection, u"DELETE FROM schedules WHERE schedule_id = 9"_s);
        QCOMPARE(db->count(u"schedule_runs"_s), 1);
        QCOMPARE(db->count(u"delivery_attempts"_s), 1);
    }

    void idsNotReusedRefusesBrokenReferences()
    {
        if (TestDatabase::backend() != Backend::Sqlite)
            return; // nothing is rebuilt on PostgreSQL, whose references cannot be broken
        auto db = version9Database();
        auto connection = db->connect();
        // Rows that refer to nothing, as a tool writing with foreign keys
        // off (or an old bug) could have left them.
        exec(*connection, u"PRAGMA foreign_keys=OFF"_s);
        exec(*connection, u"DELETE FROM schedules WHERE schedule_id = 2"_s);
        exec(*connection,
             u"INSERT INTO role_grants (role_id, entity, action) VALUES (42, 'tenants', 'view')"_s);
        exec(*connection, u"PRAGMA foreign_keys=ON"_s);
        exec(*connection, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        const QString path = db->target().sqlitePath;
        const QByteArray fileBefore = sha256Of(path);
        const QString dataBefore = dataOf(*db, *connection);
        const QStringList schemaBefore = schemaOf(*connection);

        const auto migrated = Migrator::migrate(*connection);
        QVERIFY(!migrated);
        const QString message = migrated.error().message;
        // The whole upgrade is refused, so the message names its target.
        QVERIFY2(
            message.contains(u"schema version %1 was not applied"_s.arg(Migrator::latestVersion())),
            qPrintable(message));
        QVERIFY2(message.contains(u"schedule_runs \u2192 schedules: 1"_s), qPrintable(message));
        QVERIFY2(message.contains(u"role_grants \u2192 roles: 1"_s), qPrintable(message));
        QVERIFY2(message.contains(u"PRAGMA foreign_key_check"_s), qPrintable(message));

        QCOMPARE(Migrator::currentVersion(*connection).value(), kBeforeIdsNotReused);
        QCOMPARE(schemaOf(*connection), schemaBefore);
        QCOMPARE(dataOf(*db, *connection), dataBefore);
        QCOMPARE(column(*connection, u"PRAGMA foreign_keys"_s), QStringList{u"1"_s});
        exec(*connection, u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        QCOMPARE(sha256Of(path), fileBefore);
    }

    void sqliteUsesWalAndForeignKeys()
    {
        if (TestDatabase::backend() != Backend::Sqlite)
            return; // PostgreSQL has neither pragma; its constraints are always on
        auto db = TestDatabase::create(true);
        auto connection = db->connect();
        QSqlQuery query(connection->database());
        QVERIFY(query.exec(u"PRAGMA journal_mode"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"wal"_s);
        QVERIFY(query.exec(u"PRAGMA foreign_keys"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(query.exec(u"PRAGMA synchronous"_s) && query.next());
        QCOMPARE(query.value(0).toInt(), 1); // NORMAL
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
