#include "seed/CompanyNameGenerator.h"

#include <iterator>

using namespace Qt::StringLiterals;

namespace ud {

namespace {

// A word as shown, and its ASCII form for hostnames.
struct Word
{
    const char16_t *text;
    const char *slug;
};

constexpr Word kPrefixes[] = {
    {u"Acme", "acme"},
    {u"Nordlicht", "nordlicht"},
    {u"Blue Harbor", "blue-harbor"},
    {u"Zürcher", "zuercher"},
    {u"Alpenrose", "alpenrose"},
    {u"Silverline", "silverline"},
    {u"Greenfield", "greenfield"},
    {u"Red Rock", "red-rock"},
    {u"Baltic", "baltic"},
    {u"Rheinland", "rheinland"},
    {u"Helvetia", "helvetia"},
    {u"Lumière", "lumiere"},
    {u"Øresund", "oresund"},
    {u"Málaga", "malaga"},
    {u"Kraków", "krakow"},
    {u"Pacific Crest", "pacific-crest"},
    {u"Northwind", "northwind"},
    {u"Ironbridge", "ironbridge"},
    {u"Sunvale", "sunvale"},
    {u"Evergreen", "evergreen"},
    {u"Citadel", "citadel"},
    {u"Polaris", "polaris"},
    {u"Meridian", "meridian"},
    {u"Keystone", "keystone"},
    {u"Bergmann", "bergmann"},
    {u"Hanse", "hanse"},
    {u"Donau", "donau"},
    {u"Tessiner", "tessiner"},
    {u"Fjord", "fjord"},
    {u"Sakura", "sakura"},
    {u"東京", "tokyo"},
    {u"Straße & Söhne", "strasse-soehne"},
    {u"Riverside", "riverside"},
    {u"Oakwood", "oakwood"},
    {u"Summit", "summit"},
    {u"Atlas", "atlas"},
    {u"Vega", "vega"},
    {u"Orion", "orion"},
    {u"Lindqvist", "lindqvist"},
    {u"Castell", "castell"},
};

constexpr Word kIndustries[] = {
    {u"Logistics", "logistics"},
    {u"Versicherung", "versicherung"},
    {u"Health", "health"},
    {u"Kantonalbank", "kantonalbank"},
    {u"Bank", "bank"},
    {u"Energie", "energie"},
    {u"Software", "software"},
    {u"Retail", "retail"},
    {u"Pharma", "pharma"},
    {u"Consulting", "consulting"},
    {u"Telecom", "telecom"},
    {u"Foods", "foods"},
    {u"Maschinenbau", "maschinenbau"},
    {u"Stadtwerke", "stadtwerke"},
    {u"Klinikum", "klinikum"},
    {u"Capital", "capital"},
    {u"Systems", "systems"},
    {u"Mobility", "mobility"},
    {u"Airlines", "airlines"},
    {u"Hotels", "hotels"},
    {u"Media", "media"},
    {u"Chemie", "chemie"},
    {u"Automotive", "automotive"},
    {u"Insurance", "insurance"},
    {u"Università", "universita"},
    {u"Immobilien", "immobilien"},
    {u"Labs", "labs"},
    {u"Freight", "freight"},
};

// Legal forms; the empty one is a company that shows none.
constexpr const char16_t *kLegalForms[] = {
    u"GmbH", u"AG", u"Inc.", u"Ltd", u"S.A.", u"SE", u"B.V.", u"AB", u"Oy", u"LLC", u"", u"", u"",
};

// With their article: "de Transport", "d'Énergie".
constexpr Word kFrenchTrades[] = {
    {u"de Transport", "transport"},
    {u"de Crédit", "credit"},
    {u"des Télécommunications", "telecom"},
    {u"d'Assurances", "assurances"},
    {u"d'Énergie", "energie"},
    {u"de Santé", "sante"},
};

constexpr Word kFrenchAdjectives[] = {
    {u"Générale", "generale"},
    {u"Nationale", "nationale"},
    {u"Lyonnaise", "lyonnaise"},
    {u"Européenne", "europeenne"},
};

constexpr Word kSurnames[] = {
    {u"Müller", "mueller"}, {u"Smith", "smith"},   {u"Jones", "jones"},
    {u"O'Brien", "obrien"}, {u"Dubois", "dubois"}, {u"Schmidt", "schmidt"},
    {u"Novák", "novak"},    {u"García", "garcia"}, {u"Andersson", "andersson"},
    {u"Rossi", "rossi"},
};

template<typename T, size_t N>
const T &pick(SeedRandom &random, const T (&list)[N])
{
    return list[random.below(N)];
}

QString text(const char16_t *value)
{
    return QString::fromUtf16(value);
}

QString slug(const char *value)
{
    return QString::fromLatin1(value);
}

QString withLegalForm(QString name, SeedRandom &random)
{
    const char16_t *form = pick(random, kLegalForms);
    if (*form)
        name += u' ' + text(form);
    return name;
}

} // namespace

CompanyName CompanyNameGenerator::next(SeedRandom &random)
{
    QString name;
    QString stem;
    const int pattern = random.belowInt(100);
    if (pattern < 72) { // Acme Logistics GmbH
        const Word &prefix = pick(random, kPrefixes);
        const Word &industry = pick(random, kIndustries);
        name = withLegalForm(text(prefix.text) + u' ' + text(industry.text), random);
        stem = slug(prefix.slug) + u'-' + slug(industry.slug);
    } else if (pattern < 82) { // Nordlicht & Hanse Versicherung AG
        const Word &first = pick(random, kPrefixes);
        const Word &second = pick(random, kPrefixes);
        const Word &industry = pick(random, kIndustries);
        name = withLegalForm(
            text(first.text) + u" & "_s + text(second.text) + u' ' + text(industry.text), random);
        stem = slug(first.slug) + u'-' + slug(second.slug) + u'-' + slug(industry.slug);
    } else if (pattern < 89) { // Société Générale de Transport
        const Word &adjective = pick(random, kFrenchAdjectives);
        const Word &trade = pick(random, kFrenchTrades);
        name = u"Société "_s + text(adjective.text) + u' ' + text(trade.text);
        stem = u"societe-"_s + slug(adjective.slug) + u'-' + slug(trade.slug);
    } else if (pattern < 95) { // Müller, Smith & Partner: a comma for CSV quoting
        const Word &first = pick(random, kSurnames);
        const Word &second = pick(random, kSurnames);
        name = text(first.text) + u", "_s + text(second.text) + u" & Partner"_s;
        stem = slug(first.slug) + u'-' + slug(second.slug) + u"-partner"_s;
    } else { // "Atlas" Consulting Ltd: double quotes for CSV quoting
        const Word &prefix = pick(random, kPrefixes);
        const Word &industry = pick(random, kIndustries);
        name = withLegalForm(u'"' + text(prefix.text) + u"\" "_s + text(industry.text), random);
        stem = slug(prefix.slug) + u'-' + slug(industry.slug);
    }

    // Regions as the service names its data centres.
    const int regionDraw = random.belowInt(100);
    const QString region = regionDraw < 45 ? u"eu"_s : regionDraw < 85 ? u"us"_s : u"ap"_s;
    const QString slugAndRegion = stem + u'|' + region;
    return {name, claimHostname(slugAndRegion), slugAndRegion};
}

QString CompanyNameGenerator::nextHostname(const QString &hostKey)
{
    return claimHostname(hostKey);
}

QString CompanyNameGenerator::claimHostname(const QString &slugAndRegion)
{
    const int occurrence = ++m_used[slugAndRegion];
    const qsizetype bar = slugAndRegion.indexOf(u'|');
    QString host = slugAndRegion.left(bar);
    if (occurrence > 1)
        host += u'-' + QString::number(occurrence);
    return host + u'.' + slugAndRegion.mid(bar + 1) + u".example.com"_s;
}

} // namespace ud
