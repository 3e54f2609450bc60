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
Migration auditSearchStatisticsMigration(); // 10

} // namespace ud
