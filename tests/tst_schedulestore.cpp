// ScheduleStore and ScheduleRules on both back ends: add, edit, enable,
// disable and delete with their audit lines, activeSince (creation, timing
// changes, re-enabling), names unique ignoring case, saved:<name> scopes,
// the permissions of access.md, and bad input for each field leaving the
// database as it was.
#include "AccessTestSupport.h"
#include "TestDatabase.h"
#include "filters/SavedFilterStore.h"
#include "schedules/ScheduleRules.h"
#include "schedules/ScheduleStore.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using accesstest::lastAuditLine;
using accesstest::superActor;

namespace {

ud::Schedule weeklyDraft(const QString &name)
{
    ud::Schedule s;
    s.name = name;
    s.description = u"for billing"_s;
    s.recipients = {u"billing@example.com"_s, u"Boss@Example.org"_s};
    s.recurrence = ud::Recurrence::Weekly;
    s.dayOfWeek = Qt::Monday;
    s.timeOfDay = QTime(8, 0);
    s.timeZone = "Europe/Berlin";
    s.delimiter = u"pipe"_s;
    s.bom = true;
    s.scope = u"all"_s;
    return s;
}

template<typename T>
QString messageOf(const ud::Result<T> &result)
{
    return result ? QString() : result.error().message;
}

} // namespace

class TestScheduleStore : public QObject
{
    Q_OBJECT

private:
    QDateTime m_now = QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);

    ud::Clock clock()
    {
        return [this] {
            return m_now;
        };
    }

    // A custom role with `grants` and one administrator holding it.
    static ud::Actor actorWith(const ud::Connection &connection, const QString &user,
                               const QStringList &grants)
    {
        const qint64 role =
            accesstest::addRole(connection, u"Role of "_s + user, accesstest::grants(grants));
        accesstest::insertAdministrator(connection, user, role);
        return accesstest::actorOf(connection, user);
    }

private Q_SLOTS:
    void addEditEnableDisableDelete()
    {
        auto db = TestDatabase::create();
        auto connection = db->connect();
        ud::ScheduleStore store(*connection, superActor(*connection), clock());

        const auto id = store.add(weeklyDraft(u"  Weekly billing "_s));
        QVERIFY2(id, qPrintable(messageOf(id)));
        QVERIFY(*id > 0);
        QCOMPARE(lastAuditLine(*db),
                 u"admin|add schedule|Weekly billing|allowed|weekly on MON 08:00 Europe/Berlin; "
                 "all; to billing@example.com, Boss@Example.org; enabled"_s);
        auto found = store.find(*id);
        QVERIFY2(found, qPrintable(messageOf(found)));
        ud::Schedule expected = weeklyDraft(u"Weekly billing"_s);
        expected.id = *id;
        expected.activeSince = m_now;
        expected.createdBy = u"admin"_s;
        expected.createdAt = m_now;
        expected.updatedAt = m_now;
        QCOMPARE(*found, expected);
        const auto all = store.list();
        QVERIFY(all);
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first(), expected);

        // A change that keeps the timing keeps activeSince.
        m_now = m_now.addDays(1);
        ud::Schedule changed = *found;
        changed.description = u"new text"_s;
        changed.recipients = {u"other@example.com"_s};
        QVERIFY(store.edit(changed));
        found = store.find(*id);
        QCOMPARE(found->description, u"new text"_s);
        QCOMPARE(found->recipients, QStringList{u"other@example.com"_s});
        QCOMPARE(found->activeSince, expected.activeSince);
        QCOMPARE(found->updatedAt, m_now);
        QCOMPARE(found->createdAt, expected.createdAt);
        QVERIFY(lastAuditLine(*db).startsWith(u"admin|edit schedule|Weekly billing|allowed|"_s));

        // A new time is new timing: runs count from now.
        m_now = m_now.addDays(1);
        changed = *found;
        changed.timeOfDay = QTime(6, 45);
        QVERIFY(store.edit(changed));
        found = store.find(*id);
        QCOMPARE(found->activeSince, m_now);
        // So is a change to monthly (the weekday goes, the day of month comes).
        m_now = m_now.addDays(1);
        changed = *found;
        changed.recurrence = ud::Recurrence::Monthly;
        changed.dayOfWeek = 0;
        changed.dayOfMonth = 31;
        QVERIFY(store.edit(changed));
        found = store.find(*id);
        QCOMPARE(found->recurrence, ud::Recurrence::Monthly);
        QCOMPARE(found->dayOfMonth, 31);
        QCOMPARE(found->dayOfWeek, 0);
        QCOMPARE(found->activeSince, m_now);
        const QDateTime activeSince = m_now;

        // Disabling keeps activeSince; enabling moves it to now, so the
        // disabled stretch is not replayed.
        m_now = m_now.addDays(10);
        QVERIFY(store.setEnabled(*id, false));
        QCOMPARE(lastAuditLine(*db), u"admin|disable schedule|Weekly billing|allowed|"_s);
        found = store.find(*id);
        QVERIFY(!found->enabled);
        QCOMPARE(found->activeSince, activeSince);
        const qint64 auditLines = db->count(u"audit_log"_s);
        QVERIFY(store.setEnabled(*id, false)); // already disabled: nothing to do
        QCOMPARE(db->count(u"audit_log"_s), auditLines);
        m_now = m_now.addDays(30);
        QVERIFY(store.setEnabled(*id, true));
        found = store.find(*id);
        QVERIFY(found->enabled);
        QCOMPARE(found->activeSince, m_now);
        QCOMPARE(lastAuditLine(*db), u"admin|enable schedule|Weekly billing|allowed|runs after "_s +
                                         ud::isoUtc(m_now) + u" are due"_s);

        // Enabling through edit moves it too.
        QVERIFY(store.setEnabled(*id, false));
        m_now = m_now.addDays(3);
        changed = *store.find(*id);
        changed.enabled = true;
        QVERIFY(store.edit(changed));
        QCOMPARE(store.find(*id)->activeSince, m_now);

        // lastRun reads schedule_runs: none yet, then the latest by instant.
        auto last = store.lastRun(*id);
        QVERIFY(last);
        QVERIFY(!last->has_value());
        QSqlQuery insert(connection->database());
        for (const auto &[at, status] : {std::pair{u"2026-04-30T06:45:00Z"_s, u"delivered"_s},
                                         std::pair{u"2026-05-31T06:45:00Z"_s, u"retrying"_s},
                                         std::pair{u"2026-03-31T06:45:00Z"_s, u"failed"_s}}) {
            insert.prepare(u"INSERT INTO schedule_runs (schedule_id, scheduled_at, period_start, "
                           "period_end, status, claimed_by, claimed_at, attempts, last_reply) "
                           "VALUES (?, ?, '2026-04-01', '2026-04-30', ?, 'host/1/x', ?, 2, "
                           "'451 try later')"_s);
            insert.addBindValue(*id);
            insert.addBindValue(at);
            insert.addBindValue(status);
            insert.addBindValue(at);
            QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
        }
        // The key is (schedule, instant): the same run cannot be taken twice.
        insert.prepare(u"INSERT INTO schedule_runs (schedule_id, scheduled_at, period_start, "
                       "period_end, status, claimed_by, claimed_at) VALUES (?, "
                       "'2026-05-31T06:45:00Z', '2026-04-01', '2026-04-30', 'claimed', 'b', "
                       "'2026-05-31T06:45:00Z')"_s);
        insert.addBindValue(*id);
        QVERIFY(!insert.exec());
        last = store.lastRun(*id);
        QVERIFY(last && last->has_value());
        QCOMPARE((*last)->scheduledAt, QDateTime(QDate(2026, 5, 31), QTime(6, 45), Qt::UTC));
        QCOMPARE((*last)->status, u"retrying"_s);
        QCOMPARE((*last)->lastReply, u"451 try later"_s);
        QCOMPARE((*last)->attempts, 2);
        // lastRuns() reads the same run for every schedule in one query; a
        // schedule without runs has no entry.
        ud::Schedule other = changed;
        other.name = u"Never ran"_s;
        const auto otherId = store.add(other);
        QVERIFY(otherId);
        const auto lastRuns = store.lastRuns();
        QVERIFY(lastRuns);
        QCOMPARE(lastRuns->size(), 1);
        QVERIFY(!lastRuns->contains(*otherId));
        const ud::ScheduleRun &latest = lastRuns->value(*id);
        QCOMPARE(latest.scheduleId, *id);
        QCOMPARE(latest.scheduledAt, (*last)->scheduledAt);
        QCOMPARE(latest.status, (*last)->status);
        QCOMPARE(latest.lastReply, (*last)->lastReply);
        QCOMPARE(latest.attempts, (*last)->attempts);
        QCOMPARE(latest.periodStart, (*last)->periodStart);
        QVERIFY(store.remove(*otherId));

        // Deleting takes its runs along.
        QVERIFY(store.remove(*id));
        QVERIFY(lastAuditLine(*db).startsWith(u"admin|delete schedule|Weekly billing|allowed|"_s));
        QCOMPARE(db->count(u"schedules"_s), 0);
        QCOMPARE(db->count(u"schedule_runs"_s), 0);
        for (const ud::ErrorKind kind :
             {store.find(*id).error().kind, store.remove(*id).error().kind,
              store.setEnabled(*id, true).error().kind, store.edit(changed).error().kind})
            QCOMPARE(kind, ud::ErrorKind::NotFound);
    }

    void namesAreUniqueIgnoringCase()
    {
        auto db = TestDatabase::create();
        auto connection = db->connect();
        ud::ScheduleStore store(*connection, superActor(*connection), clock());
        const auto first = store.add(weeklyDraft(u"Billing"_s));
        const auto second = store.add(weeklyDraft(u"Other"_s));
        QVERIFY(first && second);
        const QString before = db->dump({u"schedules"_s});
        const auto clash = store.add(weeklyDraft(u"BILLING"_s));
        QVERIFY(!clash);
        QCOMPARE(clash.error().kind, ud::ErrorKind::BadInput);
        QVERIFY2(clash.error().message.contains(u"already exists"_s), qPrintable(messageOf(clash)));
        // Renaming onto another's name is refused, onto its own in another
        // case is not.
        ud::Schedule other = *store.find(*second);
        other.name = u"billing"_s;
        const ud::Status renamed = store.edit(other);
        QVERIFY(!renamed);
        QVERIFY(renamed.error().message.contains(u"already exists"_s));
        QCOMPARE(db->dump({u"schedules"_s}), before);
        ud::Schedule own = *store.find(*first);
        own.name = u"BILLING"_s;
        QVERIFY(store.edit(own));
        QCOMPARE(store.find(*first)->name, u"BILLING"_s);
        const auto list = store.list();
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).name, u"BILLING"_s); // by folded name
        QCOMPARE(list->at(1).name, u"Other"_s);
    }

    void savedScopeIsResolvedWhenSaved()
    {
        auto db = TestDatabase::create();
        auto connection = db->connect();
        const ud::Actor admin = superActor(*connection);
        ud::SavedFilterStore filters(*connection, admin, clock());
        QVERIFY(filters.save(u"Trials"_s, u"contract_mode eq trial"_s));
        ud::ScheduleStore store(*connection, admin, clock());
        ud::Schedule draft = weeklyDraft(u"Trials weekly"_s);
        draft.scope = u"saved:trials"_s;
        const auto id = store.add(draft);
        QVERIFY2(id, qPrintable(messageOf(id)));
        QCOMPARE(store.find(*id)->scope, u"filter:contract_mode eq TRIAL"_s);
        // Changing the saved filter later does not change the schedule.
        QVERIFY(filters.save(u"Trials"_s, u"locked eq true"_s,
                             ud::SavedFilterStore::IfExists::Replace));
        QCOMPARE(store.find(*id)->scope, u"filter:contract_mode eq TRIAL"_s);
        draft.name = u"Unknown filter"_s;
        draft.scope = u"saved:nope"_s;
        const auto unknown = store.add(draft);
        QVERIFY(!unknown);
        QVERIFY2(unknown.error().message.startsWith(u"scope: "_s), qPrintable(messageOf(unknown)));
    }

    void permissions()
    {
        auto db = TestDatabase::create();
        auto connection = db->connect();
        ud::ScheduleStore admin(*connection, superActor(*connection), clock());
        const auto id = admin.add(weeklyDraft(u"Existing"_s));
        QVERIFY(id);
        const ud::Schedule existing = *admin.find(*id);

        const ud::Actor viewer = actorWith(*connection, u"viewer"_s, {u"scheduled_tasks:view"_s});
        const ud::Actor adderOnly =
            actorWith(*connection, u"adderonly"_s, {u"scheduled_tasks:add,view"_s});
        const ud::Actor adder =
            actorWith(*connection, u"adder"_s, {u"scheduled_tasks:add"_s, u"export_reports:add"_s});
        const ud::Actor editor =
            actorWith(*connection, u"editor"_s, {u"scheduled_tasks:view,edit"_s});
        const ud::Actor remover =
            actorWith(*connection, u"remover"_s, {u"scheduled_tasks:remove"_s});
        const ud::Actor outsider = actorWith(*connection, u"outsider"_s, {u"usage_data:view"_s});
        const ud::Actor auditor = [&] {
            accesstest::insertAdministrator(
                *connection, u"auditor"_s,
                accesstest::builtInRoleId(*connection, ud::BuiltInRole::Auditor));
            return accesstest::actorOf(*connection, u"auditor"_s);
        }();
        struct Expect
        {
            const ud::Actor &actor;
            bool view, add, edit, remove;
        };
        const QList<Expect> matrix = {
            {viewer, true, false, false, false},  {adderOnly, true, false, false, false},
            {adder, false, true, false, false},   {editor, true, false, true, false},
            {remover, false, false, false, true}, {outsider, false, false, false, false},
            {auditor, true, false, false, false},
        };
        for (const Expect &e : matrix) {
            const QString who = e.actor.userName;
            ud::ScheduleStore store(*connection, e.actor, clock());
            const auto listed = store.list();
            QVERIFY2(bool(listed) == e.view, qPrintable(who));
            if (!e.view) {
                QCOMPARE(listed.error().kind, ud::ErrorKind::NotPermitted);
                QVERIFY(lastAuditLine(*db).startsWith(who + u"|list schedules||refused|"_s));
                QCOMPARE(store.find(*id).error().kind, ud::ErrorKind::NotPermitted);
            }
            const auto added = store.add(weeklyDraft(u"By "_s + who));
            QVERIFY2(bool(added) == e.add, qPrintable(who + messageOf(added)));
            if (!e.add) {
                QCOMPARE(added.error().kind, ud::ErrorKind::NotPermitted);
                QVERIFY2(lastAuditLine(*db).startsWith(who + u"|add schedule|By "_s + who +
                                                       u"|refused|"_s),
                         qPrintable(lastAuditLine(*db)));
                // Refused before validation: bad input is not looked at.
                QCOMPARE(store.add(ud::Schedule()).error().kind, ud::ErrorKind::NotPermitted);
            } else {
                QVERIFY(admin.remove(*added));
            }
            ud::Schedule changed = existing;
            changed.description = u"by "_s + who;
            const ud::Status edited = store.edit(changed);
            QVERIFY2(bool(edited) == e.edit, qPrintable(who));
            const ud::Status disabled = store.setEnabled(*id, false);
            QVERIFY2(bool(disabled) == e.edit, qPrintable(who));
            if (!e.edit) {
                QCOMPARE(disabled.error().kind, ud::ErrorKind::NotPermitted);
                QVERIFY(lastAuditLine(*db).startsWith(who + u"|disable schedule|"_s));
            } else {
                QVERIFY(store.setEnabled(*id, true));
                QVERIFY(admin.edit(existing));
            }
            if (!e.remove) {
                const ud::Status removed = store.remove(*id);
                QVERIFY2(!removed, qPrintable(who));
                QCOMPARE(removed.error().kind, ud::ErrorKind::NotPermitted);
                QVERIFY(lastAuditLine(*db).startsWith(who + u"|delete schedule|"_s));
            }
        }
        // Whatever an allowed actor changed was undone.
        QCOMPARE(db->count(u"schedules"_s), 1);
        QCOMPARE(admin.find(*id)->description, existing.description);
        QVERIFY(admin.find(*id)->enabled);
        ud::ScheduleStore removerStore(*connection, remover, clock());
        QVERIFY(removerStore.remove(*id));
        QCOMPARE(db->count(u"schedules"_s), 0);
    }

    void badInputForEachField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("empty name") << u"name="_s << u"name: a name is required"_s;
        QTest::newRow("long name")
            << u"name=%1"_s.arg(QString(101, u'x')) << u"name: at most 100"_s;
        QTest::newRow("control in name") << u"name=a\tb"_s << u"name: control character"_s;
        QTest::newRow("description")
            << u"description=\u0007"_s << u"description: control character"_s;
        QTest::newRow("no recipient") << u"recipients="_s << u"e-mail: "_s;
        QTest::newRow("bad recipient")
            << u"recipients=not-an-address"_s << u"e-mail: \"not-an-address\" is not"_s;
        QTest::newRow("duplicate recipient")
            << u"recipients=a@example.com,A@EXAMPLE.com"_s << u"given more than once"_s;
        QTest::newRow("task") << u"task=cleanup"_s << u"task type: \"cleanup\""_s;
        QTest::newRow("weekly without day") << u"dayOfWeek=0"_s << u"day of week: a weekly"_s;
        QTest::newRow("weekly day 8") << u"dayOfWeek=8"_s << u"day of week: a weekly"_s;
        QTest::newRow("weekly with day of month")
            << u"dayOfMonth=3"_s << u"day of month: only a monthly"_s;
        QTest::newRow("monthly day 0") << u"monthly=0"_s << u"day of month: a monthly"_s;
        QTest::newRow("monthly day 32") << u"monthly=32"_s << u"day of month: a monthly"_s;
        QTest::newRow("daily with day") << u"daily=1"_s << u"day of week: only a weekly"_s;
        QTest::newRow("time") << u"time="_s << u"time of day: "_s;
        QTest::newRow("seconds") << u"time=08:00:30"_s << u"time of day: "_s;
        QTest::newRow("zone") << u"zone=Mars/Olympus"_s << u"time zone: \"Mars/Olympus\""_s;
        QTest::newRow("delimiter") << u"delimiter=colon"_s << u"delimiter: \"colon\""_s;
        QTest::newRow("scope") << u"scope=some"_s << u"scope: "_s;
        QTest::newRow("scope filter") << u"scope=filter:locked eq maybe"_s << u"position"_s;
    }

    void badInputForEachField()
    {
        QFETCH(QString, field);
        QFETCH(QString, fragment);
        auto db = TestDatabase::create();
        auto connection = db->connect();
        ud::ScheduleStore store(*connection, superActor(*connection), clock());
        const auto existing = store.add(weeklyDraft(u"Existing"_s));
        QVERIFY(existing);
        const QString before = db->dump();
        const QString audit = db->auditLog();

        ud::Schedule draft = weeklyDraft(u"New"_s);
        const QString key = field.section(u'=', 0, 0);
        const QString value = field.section(u'=', 1);
        if (key == "name"_L1)
            draft.name = value;
        else if (key == "description"_L1)
            draft.description = value;
        else if (key == "recipients"_L1)
            draft.recipients = value.isEmpty() ? QStringList() : value.split(u',');
        else if (key == "task"_L1)
            draft.taskType = value;
        else if (key == "dayOfWeek"_L1)
            draft.dayOfWeek = value.toInt();
        else if (key == "dayOfMonth"_L1)
            draft.dayOfMonth = value.toInt();
        else if (key == "monthly"_L1) {
            draft.recurrence = ud::Recurrence::Monthly;
            draft.dayOfWeek = 0;
            draft.dayOfMonth = value.toInt();
        } else if (key == "daily"_L1) {
            draft.recurrence = ud::Recurrence::Daily;
            draft.dayOfWeek = value.toInt();
        } else if (key == "time"_L1)
            draft.timeOfDay = QTime::fromString(value, Qt::ISODate);
        else if (key == "zone"_L1)
            draft.timeZone = value.toUtf8();
        else if (key == "delimiter"_L1)
            draft.delimiter = value;
        else if (key == "scope"_L1)
            draft.scope = value;

        const auto added = store.add(draft);
        QVERIFY(!added);
        QCOMPARE(added.error().kind, ud::ErrorKind::BadInput);
        QVERIFY2(added.error().message.contains(fragment), qPrintable(added.error().message));
        // The same through edit.
        draft.id = *existing;
        const ud::Status edited = store.edit(draft);
        QVERIFY(!edited);
        QCOMPARE(edited.error().kind, ud::ErrorKind::BadInput);
        QVERIFY2(edited.error().message.contains(fragment), qPrintable(edited.error().message));
        QCOMPARE(db->dump(), before);
        QCOMPARE(db->auditLog(), audit);
    }

    void rulesParseTheTextForms()
    {
        using R = ud::ScheduleRules;
        QCOMPARE(*R::parseDayOfWeek(u"f"_s, u"mon"_s), 1);
        QCOMPARE(*R::parseDayOfWeek(u"f"_s, u" Sunday "_s), 7);
        QCOMPARE(*R::parseDayOfWeek(u"f"_s, u"WED"_s), 3);
        QVERIFY(!R::parseDayOfWeek(u"f"_s, u"Mo"_s));
        QVERIFY(!R::parseDayOfWeek(u"f"_s, u"8"_s));
        QCOMPARE(R::dayOfWeekId(7), u"SUN"_s);
        QCOMPARE(*R::parseDayOfMonth(u"f"_s, u"31"_s), 31);
        QVERIFY(!R::parseDayOfMonth(u"f"_s, u"0"_s));
        QVERIFY(!R::parseDayOfMonth(u"f"_s, u"32"_s));
        QVERIFY(!R::parseDayOfMonth(u"f"_s, u"1x"_s));
        QCOMPARE(*R::parseTimeOfDay(u"f"_s, u"00:00"_s), QTime(0, 0));
        QCOMPARE(*R::parseTimeOfDay(u"f"_s, u"23:59"_s), QTime(23, 59));
        for (const QString &bad : {u"24:00"_s, u"8:00"_s, u"12:60"_s, u"12:00:00"_s, u""_s})
            QVERIFY2(!R::parseTimeOfDay(u"--time"_s, bad), qPrintable(bad));
        QVERIFY(R::parseTimeOfDay(u"--time"_s, u"25:00"_s)
                    .error()
                    .message.startsWith(u"--time: \"25:00\""_s));
        QCOMPARE(*R::parseTimeZone(u"f"_s, u"europe/berlin"_s), QByteArray("Europe/Berlin"));
        for (const QString &empty : {u""_s, u"   "_s}) {
            const auto zone = R::parseTimeZone(u"--tz"_s, empty);
            QVERIFY(!zone);
            QCOMPARE(zone.error().kind, ud::ErrorKind::BadInput);
            QVERIFY(zone.error().message.startsWith(u"--tz: a time zone is required"_s));
        }
        QVERIFY(QTimeZone::isTimeZoneIdAvailable(R::defaultTimeZone()));
        QCOMPARE(*R::parseRecurrence(u"f"_s, u"Monthly"_s), ud::Recurrence::Monthly);
        QVERIFY(!R::parseRecurrence(u"f"_s, u"yearly"_s));
        QCOMPARE(*R::parseRecipients(u"f"_s, {u"a@example.com, b@example.com"_s, u"c@x.org"_s}),
                 (QStringList{u"a@example.com"_s, u"b@example.com"_s, u"c@x.org"_s}));
        QCOMPARE(*R::parseDelimiter(u"f"_s, u"TAB"_s), u"tab"_s);
    }
};

QTEST_GUILESS_MAIN(TestScheduleStore)
#include "tst_schedulestore.moc"
