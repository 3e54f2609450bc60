#include "storage/Migrations.h"

namespace ud {

const std::vector<Migration> &allMigrations()
{
    static const std::vector<Migration> migrations = {
        tenantsAndUsageMigration(),
        accessMigration(),
        monthlyUsageMigration(),
        savedFiltersMigration(),
        searchIndexesMigration(),
        reportsMigration(),
        schedulesMigration(),
        appSettingsMigration(),
        runDataSentMigration(),
        idsNotReusedMigration(),
        auditSearchStatisticsMigration(),
    };
    return migrations;
}

} // namespace ud
