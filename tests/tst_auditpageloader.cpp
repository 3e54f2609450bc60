// AuditPageLoader: the Audit Log's pages read on a thread of their own give
// the same lines as AuditQuery on the caller's connection, newest first, and
// only the newest request is answered.
#include "AccessTestSupport.h"
#include "TestDatabase.h"
#include "access/AuditLog.h"
#include "access/AuditPageLoader.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using accesstest::signInAsAdmin;

Q_DECLARE_METATYPE(QList<ud::AuditEntry>)

class TestAuditPageLoader : public QObject
{
    Q_OBJECT

    static QList<qint64> ids(const QList<ud::AuditEntry> &entries)
    {
        QList<qint64> out;
        for (const ud::AuditEntry &entry : entries)
            out << entry.id;
        return out;
    }

private Q_SLOTS:
    void sameLinesAsTheQueryAndOnlyTheNewestAnswered()
    {
        qRegisterMetaType<QList<ud::AuditEntry>>();
        auto db = TestDatabase::create();
        auto connection = db->connect(u"loader-test"_s);
        const ud::Actor admin = signInAsAdmin(*connection);
        const QDateTime start(QDate(2021, 3, 1), QTime(9, 0), Qt::UTC);
        for (int i = 0; i < 300; ++i) {
            QVERIFY(ud::AuditLog::append(*connection,
                                         {0, start.addSecs(i), i % 3 ? u"carol"_s : u"dave"_s,
                                          u"edit tenant"_s, u"t%1"_s.arg(i), i % 7 != 0, QString()})
                        .ok());
        }
        const ud::AuditQuery query(*connection, admin, ud::systemClock());
        ud::AuditPageLoader loader(db->target(), admin, ud::systemClock());
        QSignalSpy loaded(&loader, &ud::AuditPageLoader::loaded);

        // Page after page, the loader's lines are the query's lines.
        ud::AuditFilter dave;
        dave.actor = u"DAVE"_s;
        qint64 before = 0;
        for (int page = 0; page < 3; ++page) {
            const auto expected = query.page(dave, before, 40);
            QVERIFY(expected);
            loaded.clear();
            const quint64 id = loader.request(dave, before, 40);
            QVERIFY(loader.isLoading());
            QTRY_COMPARE(loaded.size(), 1);
            QVERIFY(!loader.isLoading());
            QCOMPARE(loaded.at(0).at(0).toULongLong(), id);
            const auto lines = loaded.at(0).at(1).value<QList<ud::AuditEntry>>();
            QCOMPARE(ids(lines), ids(*expected));
            QVERIFY(!lines.isEmpty());
            for (qsizetype i = 1; i < lines.size(); ++i)
                QVERIFY(lines.at(i - 1).id > lines.at(i).id); // newest first
            for (const ud::AuditEntry &line : lines)
                QCOMPARE(line.actor, u"dave"_s);
            before = lines.constLast().id;
        }

        // Three requests at once: only the last is answered.
        loaded.clear();
        ud::AuditFilter none;
        none.contains = u"no such text"_s;
        loader.request(none, 0, 50);
        loader.request({}, 0, 10);
        ud::AuditFilter refused;
        refused.allowed = false;
        const quint64 last = loader.request(refused, 0, 500);
        QTRY_VERIFY(!loader.isLoading());
        QTest::qWait(100);
        QCOMPARE(loaded.size(), 1);
        QCOMPARE(loaded.at(0).at(0).toULongLong(), last);
        const auto lines = loaded.at(0).at(1).value<QList<ud::AuditEntry>>();
        QCOMPARE(ids(lines), ids(*query.page(refused, 0, 500)));
        QCOMPARE(lines.size(), 43); // i % 7 == 0 for i in 0..299
    }

    void destroyedWhileLoading()
    {
        auto db = TestDatabase::create();
        auto connection = db->connect(u"loader-test"_s);
        const ud::Actor admin = signInAsAdmin(*connection);
        auto loader = std::make_unique<ud::AuditPageLoader>(db->target(), admin, ud::systemClock());
        loader->request({}, 0, 100);
        loader.reset(); // waits; nothing arrives at a dead loader
        QTest::qWait(50);
    }
};

QTEST_GUILESS_MAIN(TestAuditPageLoader)
#include "tst_auditpageloader.moc"
