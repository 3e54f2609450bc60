#include "core/Translations.h"
#include "reports/ReportScope.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

// The translation sources (translations/*.ts) are complete, consistent with
// the English texts, and up to date with the code; the compiled translations
// load and change what tr() returns, numbers and the plural forms.
namespace {

const QString kSourceDir = QStringLiteral(USAGEDESK_SOURCE_DIR);
const QString kLupdate = QStringLiteral(USAGEDESK_LUPDATE);

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;      // the translation's type attribute: "", "unfinished", "obsolete", "vanished"
    QStringList forms; // one, or the numerus forms
    QStringList fileNames; // <location> files, when the file has them
    QList<int> lines;
};

struct TsFile
{
    QString language;
    QList<Message> messages;
    QString error;
};

TsFile readTsFile(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = u"cannot open %1"_s.arg(path);
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    QString lastFile;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == "message"_L1) {
            ts.messages.append(message);
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == "TS"_L1) {
            ts.language = xml.attributes().value("language"_L1).toString();
        } else if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            message = Message();
            message.context = context;
            message.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
        } else if (name == "location"_L1) {
            const auto attributes = xml.attributes();
            if (attributes.hasAttribute("filename"_L1))
                lastFile = attributes.value("filename"_L1).toString();
            message.fileNames.append(lastFile);
            message.lines.append(attributes.value("line"_L1).toInt());
        } else if (name == "source"_L1) {
            message.source = xml.readElementText();
        } else if (name == "comment"_L1) {
            message.comment = xml.readElementText();
        } else if (name == "translation"_L1) {
            message.type = xml.attributes().value("type"_L1).toString();
            if (!message.numerus)
                message.forms = {xml.readElementText()};
        } else if (name == "numerusform"_L1) {
            message.forms.append(xml.readElementText());
        }
    }
    if (xml.hasError())
        ts.error = u"%1: %2 (line %3)"_s.arg(path, xml.errorString()).arg(xml.lineNumber());
    return ts;
}

QString tsPath(const QString &language)
{
    return kSourceDir + u"/translations/usagedesk_"_s + language + u".ts"_s;
}

QString describe(const Message &m)
{
    return u"[%1] \"%2\""_s.arg(m.context, m.source);
}

// %1..%99, %L1, %n and %Ln, as a sorted list (repeats count once).
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?(?:\\d{1,2}|n)"_s);
    QSet<QString> found;
    for (const auto &match : pattern.globalMatch(text))
        found.insert(match.captured());
    QStringList list(found.begin(), found.end());
    list.sort();
    return list;
}

// An accelerator is a single '&' before a character ("&&" is a literal one).
bool hasAccelerator(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        return true;
    }
    return false;
}

using MessageKey = QString;

MessageKey keyOf(const Message &m)
{
    return m.context + u'\x1f' + m.source + u'\x1f' + m.comment;
}

// Runs lupdate over the sources into `ts` (a copy of a committed file) the way
// the update_translations target does; returns lupdate's error output.
QString runLupdate(const QString &ts, const QStringList &extraOptions = {})
{
    QProcess lupdate;
    lupdate.setWorkingDirectory(kSourceDir);
    lupdate.start(kLupdate, QStringList{u"-no-obsolete"_s, u"-silent"_s} + extraOptions +
                                QStringList{u"models"_s, u"ui"_s, u"app"_s, u"-ts"_s, ts});
    if (!lupdate.waitForFinished(120000) || lupdate.exitStatus() != QProcess::NormalExit ||
        lupdate.exitCode() != 0)
        return u"lupdate failed: "_s + QString::fromLocal8Bit(lupdate.readAllStandardError());
    return {};
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"UsageDeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_translations"_s);
    }

    // Before anything installs a translation: the English plural forms are
    // there (loaded when the QCoreApplication was created).
    void englishPluralFormsFromTheStart()
    {
        QCOMPARE(QCoreApplication::translate("TenantsPage", "%Ln tenant(s)", nullptr, 1),
                 u"1 tenant"_s);
        QCOMPARE(QCoreApplication::translate("TenantsPage", "%Ln tenant(s)", nullptr, 3),
                 u"3 tenants"_s);
        QCOMPARE(QCoreApplication::translate("AuditLogPage", "%n line(s).", nullptr, 1),
                 u"1 line."_s);
        // Only the plural forms: everything else reads as written.
        QCOMPARE(QCoreApplication::translate("ud::ReportPeriod", "Current month"),
                 u"Current month"_s);
    }

    void complete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("numerusForms");
        QTest::newRow("de") << u"de"_s << 2;
        QTest::newRow("fr") << u"fr"_s << 2;
        QTest::newRow("en") << u"en"_s << 2;
    }

    // No unfinished or obsolete entries; plural forms, placeholders,
    // accelerators and ellipses as in the English text.
    void complete()
    {
        QFETCH(QString, language);
        QFETCH(int, numerusForms);
        const TsFile ts = readTsFile(tsPath(language));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QCOMPARE(ts.language, language);
        QVERIFY(ts.messages.size() > (language == "en"_L1 ? 10 : 1000));
        QStringList problems;
        for (const Message &m : ts.messages) {
            if (language == "en"_L1 && !m.numerus)
                problems << describe(m) + u": the English file holds numerus forms only"_s;
            if (!m.type.isEmpty())
                problems << describe(m) + u": type=\"%1\""_s.arg(m.type);
            if (m.numerus && m.forms.size() != numerusForms)
                problems << describe(m) + u": %1 plural forms, expected %2"_s.arg(m.forms.size())
                                              .arg(numerusForms);
            for (const QString &form : m.forms) {
                const QString where = describe(m) + u" -> \""_s + form + u"\": "_s;
                if (form.trimmed().isEmpty()) {
                    problems << where + u"empty"_s;
                    continue;
                }
                if (placeholders(form) != placeholders(m.source))
                    problems << where + u"placeholders %1, expected %2"_s.arg(
                                            placeholders(form).join(u' '),
                                            placeholders(m.source).join(u' '));
                if (hasAccelerator(form) != hasAccelerator(m.source))
                    problems << where + u"accelerator '&' differs from the source"_s;
                if (form.endsWith(u'…') != m.source.endsWith(u'…'))
                    problems << where + u"trailing ellipsis differs from the source"_s;
                if (form.endsWith(u'\n') != m.source.endsWith(u'\n'))
                    problems << where + u"trailing line break differs from the source"_s;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The checks above catch what they should: a bad file fails them.
    void checksRejectBadEntries()
    {
        QCOMPARE(placeholders(u"%1 of %2, %n, %L3, 100%"_s),
                 (QStringList{u"%1"_s, u"%2"_s, u"%L3"_s, u"%n"_s}));
        QVERIFY(hasAccelerator(u"&Save"_s));
        QVERIFY(!hasAccelerator(u"Fish && Chips"_s));
        QVERIFY(hasAccelerator(u"Fish && &Chips"_s));

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(u"bad.ts"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                   "<!DOCTYPE TS>\n"
                   "<TS version=\"2.1\" language=\"de\">\n"
                   "<context>\n"
                   "    <name>X</name>\n"
                   "    <message>\n"
                   "        <source>Open %1</source>\n"
                   "        <translation type=\"unfinished\">Öffnen</translation>\n"
                   "    </message>\n"
                   "    <message numerus=\"yes\">\n"
                   "        <source>%n file(s)</source>\n"
                   "        <translation>\n"
                   "            <numerusform>%n Datei</numerusform>\n"
                   "        </translation>\n"
                   "    </message>\n"
                   "</context>\n"
                   "</TS>\n");
        file.close();
        const TsFile ts = readTsFile(file.fileName());
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QCOMPARE(ts.messages.size(), 2);
        QCOMPARE(ts.messages[0].type, u"unfinished"_s);
        QVERIFY(placeholders(ts.messages[0].forms[0]) != placeholders(ts.messages[0].source));
        QVERIFY(ts.messages[1].numerus);
        QCOMPARE(ts.messages[1].forms.size(), 1);
    }

    // The committed .ts files hold exactly the strings the code has now: a
    // new or changed tr() text fails here until the translations follow.
    void upToDate_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("de") << u"de"_s;
        QTest::newRow("fr") << u"fr"_s;
        QTest::newRow("en") << u"en"_s;
    }

    void upToDate()
    {
        QFETCH(QString, language);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString copy = dir.filePath(u"usagedesk_"_s + language + u".ts"_s);
        QVERIFY(QFile::copy(tsPath(language), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        const QString failed = runLupdate(
            copy, language == "en"_L1 ? QStringList{u"-pluralonly"_s, u"-locations"_s, u"none"_s}
                                      : QStringList{u"-locations"_s, u"none"_s});
        QVERIFY2(failed.isEmpty(), qPrintable(failed));

        const TsFile committed = readTsFile(tsPath(language));
        const TsFile current = readTsFile(copy);
        QVERIFY(committed.error.isEmpty() && current.error.isEmpty());
        QSet<MessageKey> committedKeys;
        for (const Message &m : committed.messages)
            committedKeys.insert(keyOf(m));
        QStringList added;
        QSet<MessageKey> currentKeys;
        for (const Message &m : current.messages) {
            currentKeys.insert(keyOf(m));
            if (!committedKeys.contains(keyOf(m)))
                added << describe(m);
        }
        QStringList gone;
        for (const Message &m : committed.messages)
            if (!currentKeys.contains(keyOf(m)))
                gone << describe(m);
        QVERIFY2(added.isEmpty() && gone.isEmpty(),
                 qPrintable(u"translations/usagedesk_%1.ts is not up to date with the code.\n"
                            "New or changed strings:\n  %2\nStrings no longer in the code:\n  %3\n"
                            "Update with: cmake --build build --target update_translations, "
                            "then translate the new entries (translations/README.md)."_s.arg(
                                language, added.join(u"\n  "_s), gone.join(u"\n  "_s))));
    }

    // A file-local tr() helper passes a fixed context; lupdate files a call
    // under the function's namespace or class. Where they differ the text is
    // never found at run time, so every call must land in the helper's context.
    void helperContextsMatchLupdate()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString ts = dir.filePath(u"contexts_de.ts"_s);
        const QString failed = runLupdate(ts, {u"-locations"_s, u"absolute"_s});
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        const TsFile parsed = readTsFile(ts);
        QVERIFY2(parsed.error.isEmpty(), qPrintable(parsed.error));

        static const QRegularExpression helper(
            QStringLiteral("QString tr\\(const char \\*\\w+[^)]*\\)\\s*\\{\\s*return "
                           "QCoreApplication::translate\\(\\s*\"([^\"]+)\""));
        static const QRegularExpression unqualifiedTr(QStringLiteral("(?<![\\w:.>])tr\\("));
        QMap<QString, QString> helperContext; // file -> context, for files without Q_OBJECT
        QMap<QString, QStringList> lines;
        QStringList problems;
        int checked = 0;
        for (const Message &m : parsed.messages) {
            for (qsizetype i = 0; i < m.fileNames.size(); ++i) {
                const QString path = QDir(dir.path()).absoluteFilePath(m.fileNames[i]);
                const QString file = QDir::cleanPath(path);
                if (!lines.contains(file)) {
                    QFile source(file);
                    if (!source.open(QIODevice::ReadOnly)) {
                        problems << u"cannot read "_s + file;
                        lines.insert(file, {});
                        continue;
                    }
                    const QString text = QString::fromUtf8(source.readAll());
                    lines.insert(file, text.split(u'\n'));
                    const auto match = helper.match(text);
                    if (match.hasMatch() && !text.contains(u"Q_OBJECT"_s))
                        helperContext.insert(file, match.captured(1));
                }
                if (!helperContext.contains(file))
                    continue;
                const QStringList &fileLines = lines[file];
                const int line = m.lines[i];
                if (line < 1 || line > fileLines.size())
                    continue;
                if (!unqualifiedTr.match(fileLines[line - 1]).hasMatch())
                    continue;
                ++checked;
                if (m.context != helperContext[file])
                    problems << u"%1:%2: \"%3\" is filed under %4 but its tr() translates in %5"_s
                                    .arg(QDir(kSourceDir).relativeFilePath(file))
                                    .arg(line)
                                    .arg(m.source, m.context, helperContext[file]);
            }
        }
        QVERIFY2(checked > 100, qPrintable(u"only %1 helper calls checked"_s.arg(checked)));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // Report CSV columns and command-line names are protocol, not prose: no
    // tr() text is exactly one of them.
    void protocolNamesAreNotTranslatable()
    {
        const QStringList columns{u"tenant_id"_s,     u"hostname"_s,       u"company_name"_s,
                                  u"contract_mode"_s, u"period_start"_s,   u"period_end"_s,
                                  u"users_peak"_s,    u"users_end"_s,      u"voice_credits"_s,
                                  u"sms_credits"_s,   u"authentications"_s};
        const QStringList commands{u"report"_s,   u"generate"_s, u"tenants"_s, u"import"_s,
                                   u"--period"_s, u"--scope"_s,  u"--db"_s,    u"--user"_s};
        const TsFile ts = readTsFile(tsPath(u"de"_s));
        QStringList problems;
        for (const Message &m : ts.messages)
            if (columns.contains(m.source) || commands.contains(m.source))
                problems << describe(m);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    void chooseLanguage()
    {
        QCOMPARE(ud::availableLanguages(), (QStringList{u"en"_s, u"de"_s, u"fr"_s}));
        QCOMPARE(ud::chooseLanguage(u"de"_s), u"de"_s);
        QCOMPARE(ud::chooseLanguage(u"fr_CA"_s), u"fr"_s);
        QCOMPARE(ud::chooseLanguage(u"de-AT"_s), u"de"_s);
        // Not translated: the system's language (LANGUAGE=en in the tests).
        QCOMPARE(ud::chooseLanguage(u"pt"_s), u"en"_s);
        QCOMPARE(ud::chooseLanguage(QString()), u"en"_s);
    }

    void installedLanguageTranslatesAndFormats()
    {
        auto *app = QCoreApplication::instance();
        const QLocale english(QLocale::English, QLocale::UnitedStates);

        QCOMPARE(ud::installTranslations(*app, u"de"_s), u"de"_s);
        QCOMPARE(QCoreApplication::translate("ud::ReportPeriod", "Current month"),
                 u"Aktueller Monat"_s);
        QCOMPARE(QLocale().language(), QLocale::German);
        QCOMPARE(QLocale().toString(12480), u"12.480"_s);
        QCOMPARE(ud::ReportScope::all().describe(12480, QString(), QLocale()),
                 u"Alle 12.480 Mandanten"_s);
        QCOMPARE(ud::ReportScope::all().describe(1, QString(), QLocale()),
                 u"1 Mandant insgesamt"_s);
        // Qt's own texts come along (qtbase_de.qm).
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);

        QCOMPARE(ud::installTranslations(*app, u"fr"_s), u"fr"_s);
        QCOMPARE(QCoreApplication::translate("ud::ReportPeriod", "Current month"),
                 u"Mois en cours"_s);
        QCOMPARE(QLocale().language(), QLocale::French);
        QCOMPARE(ud::ReportScope::all().describe(0, QString(), QLocale()), u"0 client au total"_s);
        QCOMPARE(QCoreApplication::translate("TenantsPage", "%Ln tenant(s)", nullptr, 2),
                 QLocale().toString(2) + u" clients"_s);

        // English: the numerus forms, and a second call replaces the first.
        QCOMPARE(ud::installTranslations(*app, u"en"_s), u"en"_s);
        QCOMPARE(QCoreApplication::translate("ud::ReportPeriod", "Current month"),
                 u"Current month"_s);
        QCOMPARE(ud::ReportScope::all().describe(1, QString(), english), u"All 1 tenant"_s);
        QCOMPARE(ud::ReportScope::all().describe(12480, QString(), english),
                 u"All 12,480 tenants"_s);
        QCOMPARE(ud::ReportScope::matching(ud::TenantFilter()).describe(1, QString(), english),
                 u"1 tenant matching the filter"_s);
        QCOMPARE(QCoreApplication::translate("TenantsPage", "%Ln tenant(s) match", nullptr, 1),
                 u"1 tenant matches"_s);
        QCOMPARE(QCoreApplication::translate("ud::PasswordHasher",
                                             "password: at least %n characters are required",
                                             nullptr, 1),
                 u"password: at least 1 character is required"_s);
        QCOMPARE(QLocale().language(), QLocale::English);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
