#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace ud {

// The QSettings key of the GUI's language choice: "" (or unset) follows the
// system, otherwise one of availableLanguages(). The GUI reads it once at
// start, so a change applies at the next start.
inline constexpr char kLanguageSettingsKey[] = "language";

// The languages UsageDesk is translated into, as two-letter codes ("en"
// first, then "de", "fr"). A Settings page lists these beside "system".
QStringList availableLanguages();

// The language the GUI's settings ask for ("" = the system's).
QString languageSetting();

// Picks the language: `languageOverride` if it is one of
// availableLanguages(), otherwise the first of QLocale::system().uiLanguages()
// that is (the environment's LANGUAGE, LC_ALL, LC_MESSAGES, LANG on Unix),
// otherwise English.
QString chooseLanguage(const QString &languageOverride);

// Installs Qt's own translation (qtbase_<lang>.qm from the Qt installation)
// and UsageDesk's (":/i18n/usagedesk_<lang>.qm", over the English numerus
// forms), and makes the chosen language's locale the default one so that
// numbers and dates follow it. Replaces what an earlier call installed.
// Returns the language chosen; an app translation that cannot be loaded
// leaves the English texts, which is not an error worth stopping for.
QString installTranslations(QCoreApplication &app, const QString &languageOverride);

// Installs only the English plural forms (":/i18n/usagedesk_en.qm"),
// replacing what an earlier call installed, and leaves the default locale
// alone. Every program runs it when its QCoreApplication is created.
void installEnglishPluralForms(QCoreApplication &app);

} // namespace ud
