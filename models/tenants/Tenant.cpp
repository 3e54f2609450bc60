#include "tenants/Tenant.h"

namespace ud {

QString contractModeName(ContractMode mode)
{
    switch (mode) {
    case ContractMode::Production:
        return QStringLiteral("PRODUCTION");
    case ContractMode::Trial:
        return QStringLiteral("TRIAL");
    case ContractMode::Unknown:
        break;
    }
    return QStringLiteral("UNKNOWN");
}

std::optional<ContractMode> contractModeFromName(QStringView name)
{
    for (ContractMode mode :
         {ContractMode::Production, ContractMode::Trial, ContractMode::Unknown}) {
        if (name.compare(contractModeName(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

} // namespace ud
