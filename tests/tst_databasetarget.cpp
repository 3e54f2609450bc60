#include "storage/DatabaseTarget.h"

#include <QDir>
#include <QTest>

using namespace ud;
using namespace Qt::StringLiterals;

class TestDatabaseTarget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sqlitePathIsMadeAbsolute()
    {
        const auto target = DatabaseTarget::parse(u"data/usage.sqlite"_s);
        QVERIFY(target);
        QCOMPARE(target->backend, Backend::Sqlite);
        QCOMPARE(target->sqlitePath, QDir::current().absoluteFilePath(u"data/usage.sqlite"_s));
    }

    void postgresUrl()
    {
        const auto target =
            DatabaseTarget::parse(u"postgresql://billing@db.example.com:6543/usage"_s);
        QVERIFY(target);
        QCOMPARE(target->backend, Backend::Postgres);
        QCOMPARE(target->user, u"billing"_s);
        QCOMPARE(target->host, u"db.example.com"_s);
        QCOMPARE(target->port, 6543);
        QCOMPARE(target->databaseName, u"usage"_s);
        QVERIFY(target->password.isEmpty());
        QCOMPARE(target->displayName(), u"postgresql://billing@db.example.com:6543/usage"_s);
    }

    void postgresDefaults()
    {
        const auto target = DatabaseTarget::parse(u"postgres://alice@localhost"_s);
        QVERIFY(target);
        QCOMPARE(target->port, 5432);
        QCOMPARE(target->databaseName, u"alice"_s); // libpq: the database defaults to the user
    }

    void connectOptions()
    {
        const auto target = DatabaseTarget::parse(u"postgresql://u@h/d?sslmode=require"_s);
        QVERIFY(target);
        QCOMPARE(target->connectOptions, u"sslmode=require"_s);
        const auto bad = DatabaseTarget::parse(u"postgresql://u@h/d?evil=1"_s);
        QVERIFY(!bad);
        QCOMPARE(bad.error().kind, ErrorKind::BadInput);
        QVERIFY(bad.error().message.contains(u"evil"_s));
    }

    void passwordNeverShown()
    {
        const auto target = DatabaseTarget::parse(u"postgresql://u:secret@h:5432/d"_s);
        QVERIFY(target);
        QVERIFY(!target->displayName().contains(u"secret"_s));
    }

    void badTargets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << u"   "_s;
        QTest::newRow("no host") << u"postgresql:///db"_s;
        QTest::newRow("two databases") << u"postgresql://u@h/a/b"_s;
    }
    void badTargets()
    {
        QFETCH(QString, text);
        const auto target = DatabaseTarget::parse(text);
        QVERIFY(!target);
        QCOMPARE(target.error().kind, ErrorKind::BadInput);
        QVERIFY(target.error().message.startsWith(u"--db"_s));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseTarget)
#include "tst_databasetarget.moc"
