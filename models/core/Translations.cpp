#include "core/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace ud {

namespace {

// Translators this module installed carry this name, so that a second call
// (a test switching languages) removes exactly those.
constexpr auto kTranslatorName = "ud-translation"_L1;

QString languageOf(const QString &localeName)
{
    return localeName.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
}

void removeInstalled(QCoreApplication &app)
{
    const auto translators = app.findChildren<QTranslator *>(QString(), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : translators) {
        if (translator->objectName() == kTranslatorName) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
}

bool install(QCoreApplication &app, const QString &fileName, const QString &directory)
{
    auto *translator = new QTranslator(&app);
    translator->setObjectName(kTranslatorName);
    if (!translator->load(fileName, directory) ||
        !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    return true;
}

} // namespace

void installEnglishPluralForms(QCoreApplication &app)
{
    removeInstalled(app);
    install(app, u"usagedesk_en"_s, u":/i18n"_s);
}

QStringList availableLanguages()
{
    return {u"en"_s, u"de"_s, u"fr"_s};
}

QString languageSetting()
{
    return QSettings().value(QString::fromLatin1(kLanguageSettingsKey)).toString();
}

QString chooseLanguage(const QString &languageOverride)
{
    const QStringList available = availableLanguages();
    const QString wanted = languageOf(languageOverride.trimmed());
    if (available.contains(wanted))
        return wanted;
    const QStringList uiLanguages = QLocale::system().uiLanguages();
    for (const QString &name : uiLanguages) {
        const QString language = languageOf(name);
        if (available.contains(language))
            return language;
    }
    return u"en"_s;
}

QString installTranslations(QCoreApplication &app, const QString &languageOverride)
{
    const QString language = chooseLanguage(languageOverride);
    removeInstalled(app);

    // The system's locale keeps its territory's formats when it speaks the
    // chosen language (de_AT stays de_AT); otherwise the language's main one.
    const QLocale system = QLocale::system();
    QLocale::setDefault(languageOf(system.name()) == language ? system : QLocale(language));

    // Installed last is asked first: the language's texts, then the English
    // numerus forms for anything it leaves out, then Qt's own dialogs.
    if (language != "en"_L1)
        install(app, u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    install(app, u"usagedesk_en"_s, u":/i18n"_s);
    if (language != "en"_L1)
        install(app, u"usagedesk_"_s + language, u":/i18n"_s);
    return language;
}

} // namespace ud

// The English plural forms belong to the English texts (the sources say
// "%n report(s)"), so every program has them from its start, including those
// that never call installTranslations(), which replaces them.
static void installEnglishPluralForms()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        ud::installEnglishPluralForms(*app);
}
Q_COREAPP_STARTUP_FUNCTION(installEnglishPluralForms)
