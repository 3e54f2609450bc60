#include "CliRunner.h"
#include "TestDatabase.h"

#include <QTest>

using namespace Qt::StringLiterals;

// cli.md: the command line's errors are in the user's language, which it
// takes from the environment (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); report
// CSV columns and command names stay as they are.
class TestCliLanguage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;

    // `language` goes into LANGUAGE, or, when `variable` names another
    // variable, there (and LANGUAGE is unset).
    CliResult run(const QString &language, const QStringList &arguments,
                  const QString &variable = u"LANGUAGE"_s) const
    {
        CliRunner cli(m_db->cliTarget());
        cli.environment().remove(u"LANGUAGE"_s);
        cli.environment().insert(variable, language);
        return cli.run(arguments);
    }

    CliResult generateWithBadPeriod(const QString &language,
                                    const QString &variable = u"LANGUAGE"_s) const
    {
        return run(language,
                   {u"report"_s, u"generate"_s, u"--name"_s, u"Nonsense"_s, u"--scope"_s, u"all"_s,
                    u"--period"_s, u"nonsense"_s},
                   variable);
    }

private Q_SLOTS:
    void initTestCase() { m_db = TestDatabase::create(); }

    void cleanupTestCase() { m_db.reset(); }

    void errorsInGerman()
    {
        const CliResult result = generateWithBadPeriod(u"de"_s);
        QCOMPARE(result.exitCode, 2);
        const QString err = QString::fromUtf8(result.err);
        QVERIFY2(err.contains(u"Zeitraum „nonsense“ ist unbekannt; erwartet wird current-month"_s),
                 qPrintable(err));
        QVERIFY2(!err.contains(u"is not known"_s), qPrintable(err));
    }

    void errorsInFrench()
    {
        // Through LC_ALL this time, with a territory and an encoding.
        const CliResult result = generateWithBadPeriod(u"fr_FR.UTF-8"_s, u"LC_ALL"_s);
        QCOMPARE(result.exitCode, 2);
        const QString err = QString::fromUtf8(result.err);
        QVERIFY2(err.contains(u"période «\u00a0nonsense\u00a0» inconnue"_s), qPrintable(err));
    }

    void englishAndUnknownLanguages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("untranslated") << u"pt_BR"_s;
    }

    void englishAndUnknownLanguages()
    {
        QFETCH(QString, language);
        const CliResult result = generateWithBadPeriod(language);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("period \"nonsense\" is not known"), result.err.constData());
    }

    // The help is translated, the command and option names in it are not.
    void helpInGerman()
    {
        const CliResult result = run(u"de"_s, {u"--help"_s});
        QCOMPARE(result.exitCode, 0);
        const QString out = QString::fromUtf8(result.out + result.err);
        QVERIFY2(out.contains(u"Befehle:"_s), qPrintable(out));
        QVERIFY2(out.contains(u"report generate"_s), qPrintable(out));
        QVERIFY2(out.contains(u"--db ZIEL"_s), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_cli_language.moc"
