// The Audit Log's "contains" filter (AuditQuery): the lines it finds are
// exactly the lines whose text holds the words, page after page, on both
// back ends; and PostgreSQL keeps statistics on the searched text (schema
// version 11), so it walks the log from the newest line instead of sorting
// all of it (docs/benchmarks.md, "PostgreSQL at full size").
#include "AccessTestSupport.h"
#include "TestDatabase.h"
#include "access/AuditLog.h"
#include "access/AuditQuery.h"
#include "storage/Migrations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using accesstest::signInAsAdmin;

class TestAuditSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void containsFindsExactlyTheMatchingLines()
    {
        auto db = TestDatabase::create();
        auto connection = db->connect();
        const ud::Actor admin = signInAsAdmin(*connection);
        const QStringList details = {u"Nordics Finance"_s, u"finance nordics"_s, u"Billing EU"_s,
                                     u"50% off_now"_s, QString()};
        const QDateTime start(QDate(2026, 1, 5), QTime(7, 0), Qt::UTC);
        for (int i = 0; i < 240; ++i) {
            const ud::AuditEntry line{0,
                                      start.addSecs(i),
                                      i % 4 ? u"carol"_s : u"Dave"_s,
                                      i % 5 ? u"edit tenant"_s : u"export report"_s,
                                      u"tenant-%1.example.com"_s.arg(i % 13),
                                      i % 9 != 0,
                                      details.at(i % details.size())};
            QVERIFY(ud::AuditLog::append(*connection, line).ok());
        }
        const ud::AuditQuery query(*connection, admin, ud::systemClock());
        const auto all = query.page({}, 0, 100000);
        QVERIFY(all);
        QVERIFY(all->size() >= 240);

        for (const QString &word :
             {u"nordics finance"_s, u"NORDICS"_s, u"dave export"_s, u"tenant-1"_s, u"% off_"_s,
              u"example.com finance"_s, u"no such words"_s}) {
            QList<qint64> expected;
            for (const ud::AuditEntry &line : *all) {
                const QString text =
                    line.actor + u' ' + line.action + u' ' + line.object + u' ' + line.detail;
                if (text.contains(word, Qt::CaseInsensitive))
                    expected << line.id;
            }
            // Page by page as the Audit Log page reads it, newest first.
            ud::AuditFilter filter;
            filter.contains = word;
            QList<qint64> found;
            qint64 before = 0;
            for (;;) {
                const auto page = query.page(filter, before, 17);
                QVERIFY(page);
                for (const ud::AuditEntry &line : *page)
                    found << line.id;
                if (page->size() < 17)
                    break;
                before = page->constLast().id;
            }
            QCOMPARE(found, expected);
            QCOMPARE(found.isEmpty(), word == u"no such words"_s);
        }
    }

    // The statistics are on the expression AuditQuery searches (else the
    // planner ignores them), and they tell PostgreSQL how common a word is.
    void postgresKnowsHowCommonAWordIs()
    {
        const ud::Migration statistics = ud::auditSearchStatisticsMigration();
        QCOMPARE(statistics.version, 11);
        QVERIFY(statistics.postgres.constFirst().contains(ud::AuditQuery::searchedText()));
        if (TestDatabase::backend() != ud::Backend::Postgres)
            return; // SQLite walks the rowid without statistics
        auto db = TestDatabase::create();
        auto connection = db->connect();
        QSqlQuery sql(connection->database());
        // 20,000 lines, one in 20 with the word: 1,000 matches. Without the
        // statistics PostgreSQL guessed 6 and sorted the whole log.
        QVERIFY(sql.exec(u"INSERT INTO audit_log (at_utc, actor, action, object, outcome, detail) "
                         "SELECT '2026-01-01T00:00:00Z', 'carol', 'edit tenant', 'tenant-' || i "
                         "|| '.example.com', 'allowed', CASE WHEN i % 20 = 0 THEN 'Needle words' "
                         "ELSE 'other words ' || (i % 97) END FROM generate_series(1, 20000) i"_s));
        QVERIFY(sql.exec(u"ANALYZE audit_log"_s));
        const QString where = u" FROM audit_log WHERE "_s + ud::AuditQuery::searchedText() +
                              u" LIKE '%needle%' ESCAPE '\\'"_s;
        QVERIFY(sql.exec(u"EXPLAIN (FORMAT JSON) SELECT audit_id"_s + where));
        QVERIFY(sql.next());
        const double estimate = QJsonDocument::fromJson(sql.value(0).toString().toUtf8())
                                    .array()
                                    .at(0)
                                    .toObject()
                                    .value(u"Plan"_s)
                                    .toObject()
                                    .value(u"Plan Rows"_s)
                                    .toDouble();
        QVERIFY2(estimate >= 200 && estimate <= 5000, qPrintable(QString::number(estimate)));
        // So the newest 201 matches are found walking back from the newest line.
        QVERIFY(sql.exec(u"EXPLAIN SELECT audit_id"_s + where +
                         u" ORDER BY audit_id DESC LIMIT 201"_s));
        QString plan;
        while (sql.next())
            plan += sql.value(0).toString() + u'\n';
        QVERIFY2(plan.contains(u"Index Scan Backward"_s), qPrintable(plan));
    }
};

QTEST_GUILESS_MAIN(TestAuditSearch)
#include "tst_auditsearch.moc"
