// A deleted report's, schedule's, role's, administrator's or saved filter's
// id is never given to a new one (docs/bad-input.md), through each
// entity's real store on both back ends: make two, delete the newer, make one
// more. SQLite's plain INTEGER PRIMARY KEY would hand out the deleted id
// again (max + 1); schema version 10 made these keys AUTOINCREMENT.
#include "AccessTestSupport.h"
#include "TestDatabase.h"
#include "filters/SavedFilterStore.h"
#include "reports/ReportCatalog.h"
#include "reports/ReportGenerator.h"
#include "schedules/ScheduleStore.h"

#include <QSqlQuery>
#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;
using accesstest::superActor;

namespace {

template<typename T>
QString messageOf(const ud::Result<T> &result)
{
    return result ? QString() : result.error().message;
}

QString messageOf(const ud::Status &status)
{
    return status ? QString() : status.error().message;
}

ud::Clock fixedClock()
{
    return [] {
        return QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);
    };
}

// Makes entity number n (1, 2, 3) and returns its id; deletes by id.
struct Entity
{
    std::function<qint64(int n)> make;
    std::function<void(qint64 id)> remove;
};

} // namespace

class TestIdsNotReused : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ud::Connection> m_connection;

    // Two made, the newer deleted, one more made: the new id is neither of
    // the two (in particular not the deleted one) and larger than both.
    void checkNotReused(const Entity &entity)
    {
        const qint64 first = entity.make(1);
        const qint64 second = entity.make(2);
        QVERIFY(second > first);
        entity.remove(second);
        const qint64 third = entity.make(3);
        QVERIFY2(third != second,
                 qPrintable(u"the deleted id %1 was given to a new row"_s.arg(second)));
        QVERIFY(third > second);
    }

private Q_SLOTS:
    void init()
    {
        m_db = TestDatabase::create();
        m_connection = m_db->connect();
    }

    void cleanup()
    {
        m_connection.reset();
        m_db.reset();
    }

    void reports()
    {
        QSqlQuery insert(m_connection->database());
        QVERIFY(insert.exec(
            u"INSERT INTO tenants (tenant_id, hostname, hostname_folded, company_name, "
            "company_name_folded, contract_mode, created_on) VALUES "
            "('0a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9', 'a.example.com', 'a.example.com', "
            "'A', 'a', 'TRIAL', '2025-01-01')"_s));
        const ud::Actor actor = superActor(*m_connection);
        ud::ReportGenerator generator(*m_connection, fixedClock());
        ud::ReportCatalog catalog(*m_connection, actor, fixedClock());
        checkNotReused({[&](int n) {
                            ud::ReportRequest request;
                            request.name = u"Report %1"_s.arg(n);
                            request.scope = u"all"_s;
                            request.period = u"last-month"_s;
                            request.today = QDate(2025, 7, 1);
                            const auto id = generator.generate(actor, request);
                            if (!id)
                                qFatal("generate: %s", qPrintable(messageOf(id)));
                            return *id;
                        },
                        [&](qint64 id) {
                            const ud::Status removed = catalog.remove(id);
                            QVERIFY2(removed, qPrintable(messageOf(removed)));
                            QCOMPARE(catalog.find(id).error().kind, ud::ErrorKind::NotFound);
                        }});
    }

    void schedules()
    {
        ud::ScheduleStore store(*m_connection, superActor(*m_connection), fixedClock());
        checkNotReused({[&](int n) {
                            ud::Schedule s;
                            s.name = u"Schedule %1"_s.arg(n);
                            s.recipients = {u"billing@example.com"_s};
                            s.recurrence = ud::Recurrence::Daily;
                            s.timeOfDay = QTime(8, 0);
                            s.timeZone = "Europe/Berlin";
                            s.scope = u"all"_s;
                            const auto id = store.add(s);
                            if (!id)
                                qFatal("add schedule: %s", qPrintable(messageOf(id)));
                            return *id;
                        },
                        [&](qint64 id) {
                            const ud::Status removed = store.remove(id);
                            QVERIFY2(removed, qPrintable(messageOf(removed)));
                            QVERIFY(!store.find(id));
                        }});
    }

    void roles()
    {
        ud::AdministrationService service(*m_connection, superActor(*m_connection), fixedClock());
        ud::RoleStore store(*m_connection);
        checkNotReused({[&](int n) {
                            return accesstest::addRole(*m_connection, u"Role %1"_s.arg(n),
                                                       accesstest::grants({u"tenants:view"_s}));
                        },
                        [&](qint64 id) {
                            const ud::Status removed = service.deleteRole(id);
                            QVERIFY2(removed, qPrintable(messageOf(removed)));
                            QVERIFY(!store.findById(id).value().has_value());
                        }});
    }

    void administrators()
    {
        const qint64 auditor = accesstest::builtInRoleId(*m_connection, ud::BuiltInRole::Auditor);
        ud::AdministratorStore store(*m_connection);
        checkNotReused({[&](int n) {
                            return accesstest::insertAdministrator(*m_connection,
                                                                   u"user%1"_s.arg(n), auditor);
                        },
                        [&](qint64 id) {
                            const ud::Status removed = store.remove(id);
                            QVERIFY2(removed, qPrintable(messageOf(removed)));
                            QVERIFY(!store.findById(id).value().has_value());
                        }});
    }

    void savedFilters()
    {
        ud::SavedFilterStore store(*m_connection, superActor(*m_connection), fixedClock());
        QHash<qint64, QString> names;
        checkNotReused({[&](int n) {
                            const auto saved =
                                store.save(u"Filter %1"_s.arg(n), u"locked eq true"_s);
                            if (!saved)
                                qFatal("save filter: %s", qPrintable(messageOf(saved)));
                            names.insert(saved->id, saved->name);
                            return saved->id;
                        },
                        [&](qint64 id) {
                            const ud::Status removed = store.remove(names.value(id));
                            QVERIFY2(removed, qPrintable(messageOf(removed)));
                            QVERIFY(!store.find(names.value(id)).value().has_value());
                        }});
    }
};

QTEST_GUILESS_MAIN(TestIdsNotReused)
#include "tst_idsnotreused.moc"
