#pragma once

#include "seed/SeedRandom.h"

#include <QHash>
#include <QString>

namespace ud {

// A demo company: its name as shown, and a unique lower-case hostname
// derived from it (acme-logistics.eu.example.com).
struct CompanyName
{
    QString name;
    QString hostname;
    QString hostKey; // "slug|region": asks nextHostname() for another one
};

// Makes company names from word lists: plain ones ("Acme Logistics GmbH"),
// some in other scripts and accents ("Zürcher Kantonalbank", "Société
// Générale de Transport"), and a few that stress CSV quoting (commas, double
// quotes, ampersands). Hostnames are unique by construction: the k-th
// company with the same slug and region gets "-k" (slugs never end in a
// digit, so "-2" cannot collide with another slug). The generator keeps one
// counter per slug and region, so its memory does not grow with the tenant
// count.
class CompanyNameGenerator
{
public:
    CompanyName next(SeedRandom &random);
    // Another hostname for the same company, when the one returned is
    // already taken by a tenant this run did not make.
    QString nextHostname(const QString &hostKey);

private:
    QString claimHostname(const QString &slugAndRegion);

    QHash<QString, int> m_used; // "slug|region" -> companies so far
};

} // namespace ud
