#pragma once

#include <QStringList>
#include <vector>

namespace ud {

// One forward step of the schema. Both back ends get the same logical
// schema; only the spelling differs (types, identity columns, WITHOUT ROWID).
// A step may have nothing to do on one back end (version 10, planner
// statistics, exists only on PostgreSQL): its list is empty there.
struct Migration
{
    int version = 0;
    const char *summary = "";
    QStringList sqlite;
    QStringList postgres;
    // The tables the SQLite statements drop and create again (the way
    // https://www.sqlite.org/lang_altertable.html changes a table's
    // definition). The Migrator then runs the migrations with foreign keys
    // off, so dropping a table others refer to deletes none of their rows,
    // and checks these tables' references and every reference to them
    // before it commits.
    QStringList sqliteRebuiltTables;
};

// Every migration, oldest first; versions are 1, 2, 3... without gaps.
const std::vector<Migration> &allMigrations();

// One function per migration, in its own file.
Migration tenantsAndUsageMigration();       // 1
Migration accessMigration();                // 2
Migration monthlyUsageMigration();          // 3
Migration savedFiltersMigration();          // 4
Migration searchIndexesMigration();         // 5
Migration reportsMigration();               // 6
Migration schedulesMigration();             // 7
Migration appSettingsMigration();           // 8
Migration runDataSentMigration();           // 9
Migration idsNotReusedMigration();          // 10
Migration auditSearchStatisticsMigration(); // 11

} // namespace ud
