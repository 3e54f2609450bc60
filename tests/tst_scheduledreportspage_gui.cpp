// The Scheduled Reports page (offscreen) on both back ends: the list shows
// name, task type, recurrence, next run (local; UTC in the raw role), last
// run and result, enabled; Disable, Enable and Delete ask first with the
// seed's prompts, and Cancel changes nothing while Confirm / Delete do (read
// back from the database); the delivery log shows the runs the real runner
// delivered to the test SMTP server and one it failed, Retry now turns the
// failed run into a retrying one and Resend mails a delivered one again; a
// role that may only view gets no New, Enable, Disable or Delete; the model
// shows its rows before it fills in their runs, which then equal the store's;
// a reload keeps the runs shown until its own are in (new schedules blank).
#include "AccessTestSupport.h"
#include "DeliveryLogDialog.h"
#include "GuiTestSupport.h"
#include "MessageBox.h"
#include "ScheduledReportsPage.h"
#include "SmtpTestServer.h"
#include "TestDatabase.h"
#include "schedules/ScheduleRunner.h"
#include "schedules/ScheduleStore.h"
#include "schedules/ScheduleTableModel.h"
#include "schedules/ScheduleTiming.h"
#include "schedules/SmtpSettingsStore.h"

#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using guitest::child;
using ud::ScheduleTableModel;

namespace {

const QDateTime kCreated(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC); // a Sunday

ud::Schedule weekly(const QString &name)
{
    ud::Schedule s;
    s.name = name;
    s.recipients = {u"billing@example.com"_s};
    s.recurrence = ud::Recurrence::Weekly;
    s.dayOfWeek = Qt::Monday;
    s.timeOfDay = QTime(6, 0);
    s.timeZone = "Europe/Berlin";
    return s;
}

ud::Schedule daily(const QString &name)
{
    ud::Schedule s = weekly(name);
    s.recurrence = ud::Recurrence::Daily;
    s.dayOfWeek = 0;
    s.timeOfDay = QTime(7, 0);
    s.timeZone = "UTC";
    return s;
}

struct Prompted
{
    QString title;
    QString text;
    QString action;
};

} // namespace

class TestScheduledReportsPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ud::Connection> m_connection;
    ud::Actor m_admin;
    QDateTime m_now = kCreated;
    QList<Prompted> m_prompts;
    QList<bool> m_answers;

    ud::Clock clock()
    {
        return [this] {
            return m_now;
        };
    }

    std::unique_ptr<ScheduledReportsPage> makePage(const ud::Actor &actor)
    {
        auto page = std::make_unique<ScheduledReportsPage>(*m_connection, actor, clock());
        page->setPrompt([this](const QString &title, const QString &text, const QString &action) {
            m_prompts << Prompted{title, text, action};
            if (m_answers.isEmpty())
                qFatal("unexpected prompt: %s", qUtf8Printable(text));
            return m_answers.takeFirst();
        });
        page->resize(1300, 500);
        page->show();
        return page;
    }

    static QString cell(const ScheduledReportsPage &page, qint64 id, int column)
    {
        return page.model()->index(page.model()->rowOf(id), column).data().toString();
    }

    bool enabledInDatabase(qint64 id)
    {
        const auto found = ud::ScheduleStore(*m_connection, m_admin, clock()).find(id);
        if (!found)
            qFatal("%s", qUtf8Printable(found.error().message));
        return found->enabled;
    }

    // Runs `click`, which confirms a change, and waits for the change to
    // finish on its worker thread.
    static void confirmed(ScheduledReportsPage &page, const std::function<void()> &click)
    {
        QSignalSpy finished(&page, &ScheduledReportsPage::changeFinished);
        click();
        QVERIFY(finished.wait(10'000));
        QCOMPARE(finished.constFirst().at(0).toBool(), true);
    }

    static void reloaded(ScheduledReportsPage &page)
    {
        QTRY_VERIFY_WITH_TIMEOUT(!page.model()->isLoading(), 10000);
    }

    // SMTP settings for runDue(): never contacted, the send is a fake.
    void saveFakeSmtp()
    {
        ud::SmtpSettings smtp;
        smtp.host = u"127.0.0.1"_s;
        smtp.port = 25;
        smtp.security = ud::SmtpSettings::Security::None;
        smtp.userName = u""_s;
        smtp.trustedFingerprint = u""_s;
        smtp.fromAddress = u"usagedesk@example.com"_s;
        const ud::Status saved = ud::SmtpSettingsStore(*m_connection, m_admin, clock()).save(smtp);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    }

    // Runs what is due at m_now; every send ends with `result`.
    void runDue(ud::SmtpOutcome::Result result)
    {
        ud::RunnerOptions options;
        options.send = [result](const ud::SmtpSettings &, const QString &, const QStringList &,
                                const QByteArray &, const ud::CancellationFlag *,
                                const ud::SmtpClient::BeforeFinalDot &) {
            ud::SmtpOutcome outcome;
            outcome.result = result;
            const bool delivered = result == ud::SmtpOutcome::Result::Delivered;
            outcome.lastCode = delivered ? 250 : 550;
            outcome.message = delivered ? u"250 OK"_s : u"550 mailbox unavailable"_s;
            return outcome;
        };
        ud::ScheduleRunner runner(*m_connection, m_admin, clock(), options);
        const auto summary = runner.runDue();
        QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
    }

    // The display text of a schedule's cell, "<no row>" when it is not listed.
    static QString modelCell(const ScheduleTableModel &model, qint64 id, int column)
    {
        const int row = model.rowOf(id);
        return row < 0 ? u"<no row>"_s : model.index(row, column).data().toString();
    }

    // The schedule ids in the proxy's order.
    static QList<qint64> idsInOrder(const QAbstractItemModel &proxy)
    {
        QList<qint64> ids;
        for (int i = 0; i < proxy.rowCount(); ++i)
            ids << proxy.index(i, 0).data(ScheduleTableModel::ScheduleIdRole).toLongLong();
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"UsageDeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_scheduledreportspage_gui"_s);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QSettings().clear();
    }

    void init()
    {
        m_db = TestDatabase::create();
        m_connection = m_db->connect(u"gui"_s);
        m_admin = accesstest::superActor(*m_connection);
        m_now = kCreated;
        m_prompts.clear();
        m_answers.clear();
    }

    void cleanup()
    {
        QVERIFY(m_answers.isEmpty());
        m_connection.reset();
        m_db.reset();
        QSettings().clear();
    }

    void listShowsEachColumn()
    {
        ud::ScheduleStore store(*m_connection, m_admin, clock());
        const auto alpha = store.add(weekly(u"Alpha"_s));
        ud::Schedule off = daily(u"beta"_s);
        off.enabled = false;
        const auto beta = store.add(off);
        QVERIFY(alpha && beta);
        auto page = makePage(m_admin);
        reloaded(*page);
        QCOMPARE(page->model()->rowCount(), 2);
        QCOMPARE(page->model()->rowOf(*alpha), 0); // by name, ignoring case
        QCOMPARE(
            page->model()->headerData(ScheduleTableModel::NextRunColumn, Qt::Horizontal).toString(),
            u"Next run (local)"_s);

        QCOMPARE(cell(*page, *alpha, ScheduleTableModel::NameColumn), u"Alpha"_s);
        QCOMPARE(cell(*page, *alpha, ScheduleTableModel::TaskTypeColumn), u"Usage report"_s);
        QCOMPARE(cell(*page, *alpha, ScheduleTableModel::RecurrenceColumn),
                 u"Weekly on Monday at 06:00 (Europe/Berlin)"_s);
        const QModelIndex next =
            page->model()->index(page->model()->rowOf(*alpha), ScheduleTableModel::NextRunColumn);
        const QDateTime expected(QDate(2026, 3, 2), QTime(5, 0), Qt::UTC);
        QCOMPARE(next.data(ScheduleTableModel::RawValueRole).toDateTime(), expected);
        QCOMPARE(next.data().toString(), ScheduleTableModel::localText(expected));
        QCOMPARE(next.data().toString(),
                 QLocale().toString(expected.toLocalTime(), u"ddd d MMM yyyy HH:mm"_s));
        QCOMPARE(cell(*page, *alpha, ScheduleTableModel::LastRunColumn), u"Never"_s);
        QCOMPARE(cell(*page, *alpha, ScheduleTableModel::EnabledColumn), u"Enabled"_s);

        QCOMPARE(cell(*page, *beta, ScheduleTableModel::RecurrenceColumn),
                 u"Daily at 07:00 (UTC)"_s);
        QCOMPARE(cell(*page, *beta, ScheduleTableModel::NextRunColumn), u"— (disabled)"_s);
        QCOMPARE(cell(*page, *beta, ScheduleTableModel::EnabledColumn), u"Disabled"_s);
        QCOMPARE(child<QLabel>(page.get(), u"statusLabel"_s)->text(), u"2 schedules"_s);

        // The buttons follow the selection.
        auto *enable = child<QPushButton>(page.get(), u"enableButton"_s);
        auto *disable = child<QPushButton>(page.get(), u"disableButton"_s);
        QVERIFY(!enable->isEnabled() && !disable->isEnabled());
        page->select(*alpha);
        QVERIFY(!enable->isEnabled() && disable->isEnabled());
        page->select(*beta);
        QVERIFY(enable->isEnabled() && !disable->isEnabled());
    }

    void disableEnableAndDeleteAskFirst()
    {
        ud::ScheduleStore store(*m_connection, m_admin, clock());
        const auto id = store.add(weekly(u"Monday billing"_s));
        QVERIFY(id);
        auto page = makePage(m_admin);
        reloaded(*page);
        page->select(*id);
        auto *enable = child<QPushButton>(page.get(), u"enableButton"_s);
        auto *disable = child<QPushButton>(page.get(), u"disableButton"_s);
        auto *remove = child<QPushButton>(page.get(), u"deleteButton"_s);

        // Disable: Cancel keeps it enabled.
        m_answers << false;
        QTest::mouseClick(disable, Qt::LeftButton);
        QCOMPARE(m_prompts.size(), 1);
        QCOMPARE(m_prompts.last().text, u"Disable the scheduled report \"Monday billing\"?"_s);
        QCOMPARE(m_prompts.last().action, u"Confirm"_s);
        QVERIFY(enabledInDatabase(*id));
        // Confirm disables it.
        m_answers << true;
        confirmed(*page, [&] { QTest::mouseClick(disable, Qt::LeftButton); });
        QVERIFY(!enabledInDatabase(*id));
        reloaded(*page);
        QCOMPARE(cell(*page, *id, ScheduleTableModel::EnabledColumn), u"Disabled"_s);
        QCOMPARE(page->selectedId(), *id); // the row stays selected
        QVERIFY(enable->isEnabled() && !disable->isEnabled());

        // Enable likewise.
        m_answers << false;
        QTest::mouseClick(enable, Qt::LeftButton);
        QCOMPARE(m_prompts.last().text, u"Enable the scheduled report \"Monday billing\"?"_s);
        QCOMPARE(m_prompts.last().action, u"Confirm"_s);
        QVERIFY(!enabledInDatabase(*id));
        m_now = kCreated.addDays(3);
        m_answers << true;
        confirmed(*page, [&] { QTest::mouseClick(enable, Qt::LeftButton); });
        QVERIFY(enabledInDatabase(*id));
        reloaded(*page);
        QCOMPARE(cell(*page, *id, ScheduleTableModel::EnabledColumn), u"Enabled"_s);
        // Enabled again on Wednesday: the next run is the following Monday.
        QCOMPARE(page->model()
                     ->index(page->model()->rowOf(*id), ScheduleTableModel::NextRunColumn)
                     .data(ScheduleTableModel::RawValueRole)
                     .toDateTime(),
                 QDateTime(QDate(2026, 3, 9), QTime(5, 0), Qt::UTC));

        // Delete: Cancel keeps, Delete removes.
        m_answers << false;
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(
            m_prompts.last().text.startsWith(u"Delete the scheduled report \"Monday billing\"?"_s));
        QCOMPARE(m_prompts.last().action, u"Delete"_s);
        QCOMPARE(m_db->count(u"schedules"_s), 1);
        m_answers << true;
        confirmed(*page, [&] { QTest::mouseClick(remove, Qt::LeftButton); });
        QCOMPARE(m_db->count(u"schedules"_s), 0);
        reloaded(*page);
        QCOMPARE(page->model()->rowCount(), 0);
        QCOMPARE(m_prompts.size(), 6);
    }

    void deliveryLogRetryAndResend()
    {
        SmtpTestServer server;
        QVERIFY2(server.start(u"plain"_s), qPrintable(server.errorString()));
        ud::SmtpSettings smtp;
        smtp.host = u"127.0.0.1"_s;
        smtp.port = server.port();
        smtp.security = ud::SmtpSettings::Security::None;
        // Empty, not null: the store binds a null string as NULL for now.
        smtp.userName = u""_s;
        smtp.trustedFingerprint = u""_s;
        smtp.fromAddress = u"usagedesk@example.com"_s;
        smtp.connectTimeoutMs = 5000;
        smtp.replyTimeoutMs = 5000;
        const ud::Status saved = ud::SmtpSettingsStore(*m_connection, m_admin, clock()).save(smtp);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));

        ud::ScheduleStore store(*m_connection, m_admin, clock());
        const auto delivered = store.add(daily(u"Delivered daily"_s));
        const auto failing = store.add(weekly(u"Failing weekly"_s));
        QVERIFY(delivered && failing);
        QVERIFY(store.setEnabled(*failing, false));

        // Two days later: two daily runs are due and go to the real server.
        m_now = kCreated.addDays(2);
        {
            ud::ScheduleRunner runner(*m_connection, m_admin, clock());
            const auto summary = runner.runDue();
            QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
            QCOMPARE(summary->delivered, 2);
        }
        QCOMPARE(server.messages().size(), 2);

        // The weekly one fails for good (a 5xx from a fake server).
        QVERIFY(store.setEnabled(*delivered, false));
        QVERIFY(store.setEnabled(*failing, true));
        m_now = kCreated.addDays(9);
        {
            ud::RunnerOptions options;
            options.send = [](const ud::SmtpSettings &, const QString &, const QStringList &,
                              const QByteArray &, const ud::CancellationFlag *,
                              const ud::SmtpClient::BeforeFinalDot &) {
                ud::SmtpOutcome outcome;
                outcome.result = ud::SmtpOutcome::Result::PermanentFailure;
                outcome.lastCode = 550;
                outcome.message = u"550 mailbox unavailable"_s;
                outcome.transcript = {u"S: 550 mailbox unavailable"_s};
                return outcome;
            };
            ud::ScheduleRunner runner(*m_connection, m_admin, clock(), options);
            const auto summary = runner.runDue();
            QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
            QCOMPARE(summary->failed, 1);
        }

        auto page = makePage(m_admin);
        reloaded(*page);
        QVERIFY2(
            cell(*page, *delivered, ScheduleTableModel::LastRunColumn).endsWith(u" — delivered"_s),
            qPrintable(cell(*page, *delivered, ScheduleTableModel::LastRunColumn)));
        QVERIFY(cell(*page, *failing, ScheduleTableModel::LastRunColumn).endsWith(u" — failed"_s));

        // The delivered schedule's log: two runs, newest first.
        page->select(*delivered);
        QTest::mouseClick(child<QPushButton>(page.get(), u"logButton"_s), Qt::LeftButton);
        auto *log = page->findChild<DeliveryLogDialog *>();
        QVERIFY(log);
        auto *runs = child<QTableWidget>(log, u"runTable"_s);
        auto *attempts = child<QTableWidget>(log, u"attemptTable"_s);
        auto *retry = child<QPushButton>(log, u"retryButton"_s);
        auto *resend = child<QPushButton>(log, u"resendButton"_s);
        QCOMPARE(runs->rowCount(), 2);
        QCOMPARE(log->runs().first().scheduledAt,
                 QDateTime(QDate(2026, 3, 3), QTime(7, 0), Qt::UTC));
        QCOMPARE(log->runs().first().status, u"delivered"_s);
        QCOMPARE(runs->item(0, 0)->text(),
                 ScheduleTableModel::localText(log->runs().first().scheduledAt));
        QCOMPARE(runs->item(0, 3)->text(), u"1"_s);
        QCOMPARE(attempts->rowCount(), 1);
        QCOMPARE(attempts->item(0, 1)->text(), u"delivered"_s);
        QVERIFY(!retry->isEnabled());
        QVERIFY(resend->isEnabled());

        // Resend asks, then mails the same report again.
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::mouseClick(resend, Qt::LeftButton);
        QVERIFY(!log->isBusy());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(resend, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!log->isBusy(), 20000);
        QCOMPARE(server.messages().size(), 3);
        QCOMPARE(log->runs().first().status, u"delivered"_s);
        QCOMPARE(attempts->rowCount(), 2);
        QVERIFY2(attempts->item(1, 2)->toolTip().startsWith(u"resend: "_s),
                 qPrintable(attempts->item(1, 2)->toolTip()));
        log->close();

        // The failed run: Retry now makes it retrying.
        page->select(*failing);
        page->openDeliveryLog();
        log = nullptr;
        for (DeliveryLogDialog *candidate : page->findChildren<DeliveryLogDialog *>()) {
            if (candidate->isVisible())
                log = candidate;
        }
        QVERIFY(log);
        runs = child<QTableWidget>(log, u"runTable"_s);
        retry = child<QPushButton>(log, u"retryButton"_s);
        resend = child<QPushButton>(log, u"resendButton"_s);
        QCOMPARE(runs->rowCount(), 1);
        QCOMPARE(log->runs().first().status, u"failed"_s);
        QVERIFY(retry->isEnabled());
        QVERIFY(!resend->isEnabled());
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!log->isBusy(), 20000);
        QCOMPARE(log->runs().first().status, u"retrying"_s);
        QVERIFY(log->runs().first().nextAttemptAt.isValid());
        QCOMPARE(child<QLabel>(log, u"messageLabel"_s)->text(), u"Retry: done."_s);
        log->close();
    }

    // Issue #8: the model shows the schedules first, then fills in the next
    // and last runs (dataChanged on those columns); once filled in, its rows
    // and last runs are the store's.
    void modelShowsRowsBeforeRuns()
    {
        saveFakeSmtp();

        ud::ScheduleStore store(*m_connection, m_admin, clock());
        const auto ran = store.add(daily(u"Ran daily"_s));
        const auto never = store.add(weekly(u"Never ran"_s));
        QVERIFY(ran && never);
        QVERIFY(store.setEnabled(*never, false));
        m_now = kCreated.addDays(2);
        runDue(ud::SmtpOutcome::Result::PermanentFailure);
        QVERIFY(store.setEnabled(*never, true));
        const auto schedules = store.list();
        const auto lastRuns = store.lastRuns();
        QVERIFY(schedules && lastRuns);
        QCOMPARE(schedules->size(), 2);
        QVERIFY(lastRuns->contains(*ran));
        QVERIFY(!lastRuns->contains(*never));

        ScheduleTableModel model(m_connection->target(), m_admin, clock());
        QStringList events;
        qsizetype rowsAtFirst = -1;
        qsizetype runsAtFirst = -1;
        QStringList lastRunCellsAtFirst;
        connect(&model, &ScheduleTableModel::loaded, this, [&] {
            events << u"rows"_s;
            rowsAtFirst = model.rowCount();
            runsAtFirst = 0;
            for (int i = 0; i < model.rowCount(); ++i) {
                runsAtFirst += model.rowAt(i).lastRun.has_value() ? 1 : 0;
                lastRunCellsAtFirst
                    << model.index(i, ScheduleTableModel::LastRunColumn).data().toString();
            }
            QVERIFY(model.isLoading());
            QVERIFY(!model.runsKnown());
        });
        connect(&model, &ScheduleTableModel::runsLoaded, this, [&] { events << u"runs"_s; });
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.reload();
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);

        QCOMPARE(events, QStringList({u"rows"_s, u"runs"_s}));
        QCOMPARE(rowsAtFirst, schedules->size());
        QCOMPARE(runsAtFirst, 0);
        // Unknown yet, so not "Never".
        QCOMPARE(lastRunCellsAtFirst, QStringList({QString(), QString()}));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.constFirst().at(0).toModelIndex().column(),
                 int(ScheduleTableModel::NextRunColumn));
        QCOMPARE(changed.constFirst().at(1).toModelIndex().column(),
                 int(ScheduleTableModel::LastRunColumn));

        QVERIFY(model.runsKnown());
        QCOMPARE(model.rowCount(), schedules->size());
        for (int i = 0; i < model.rowCount(); ++i) {
            const ScheduleTableModel::Row &row = model.rowAt(i);
            QCOMPARE(row.schedule, schedules->at(i));
            const auto last = lastRuns->constFind(row.schedule.id);
            QCOMPARE(row.lastRun.has_value(), last != lastRuns->cend());
            if (row.lastRun)
                QCOMPARE(*row.lastRun, *last);
            QVERIFY(row.nextRun.isValid()); // both enabled again
        }
        QVERIFY(model.index(model.rowOf(*ran), ScheduleTableModel::LastRunColumn)
                    .data()
                    .toString()
                    .endsWith(u" — failed"_s));
        QCOMPARE(
            model.index(model.rowOf(*never), ScheduleTableModel::LastRunColumn).data().toString(),
            u"Never"_s);
    }

    // A reload keeps the next and last runs shown until its own runs are in
    // (no blank flicker after an edit, a run or a refresh): between loaded()
    // and runsLoaded() a listed schedule shows its old values and sorts by
    // them, a new one shows blank cells, a deleted one is gone; runsLoaded()
    // brings the new values.
    void modelKeepsRunsAcrossReload()
    {
        saveFakeSmtp();
        ud::ScheduleStore store(*m_connection, m_admin, clock());
        const auto alpha = store.add(weekly(u"Alpha weekly"_s)); // Monday 05:00 UTC
        const auto zulu = store.add(daily(u"Zulu daily"_s));     // 07:00 UTC
        ud::Schedule goneDraft = daily(u"Gone daily"_s);
        goneDraft.timeOfDay = QTime(10, 0);
        const auto gone = store.add(goneDraft);
        QVERIFY(alpha && zulu && gone);
        m_now = kCreated.addDays(2); // Tuesday 3 March, 09:30 UTC
        runDue(ud::SmtpOutcome::Result::PermanentFailure);

        ScheduleTableModel model(m_connection->target(), m_admin, clock());
        // Sorted by next run as a proxy sorts it: on the raw value.
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ScheduleTableModel::RawValueRole);
        proxy.sort(ScheduleTableModel::NextRunColumn, Qt::AscendingOrder);
        QStringList events;
        connect(&model, &ScheduleTableModel::runsLoaded, this, [&] { events << u"runs"_s; });
        model.reload();
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
        QCOMPARE(events, QStringList({u"runs"_s}));
        const QString alphaNext = modelCell(model, *alpha, ScheduleTableModel::NextRunColumn);
        const QString alphaLast = modelCell(model, *alpha, ScheduleTableModel::LastRunColumn);
        const QString zuluNext = modelCell(model, *zulu, ScheduleTableModel::NextRunColumn);
        const QString zuluLast = modelCell(model, *zulu, ScheduleTableModel::LastRunColumn);
        QCOMPARE(zuluNext,
                 ScheduleTableModel::localText(QDateTime(QDate(2026, 3, 4), QTime(7, 0), Qt::UTC)));
        QCOMPARE(alphaNext,
                 ScheduleTableModel::localText(QDateTime(QDate(2026, 3, 9), QTime(5, 0), Qt::UTC)));
        QVERIFY2(zuluLast.endsWith(u" — failed"_s), qPrintable(zuluLast));
        QVERIFY2(alphaLast.endsWith(u" — failed"_s), qPrintable(alphaLast));
        // Zulu runs first although Alpha comes first by name.
        QCOMPARE(model.rowOf(*alpha), 0);
        QCOMPARE(idsInOrder(proxy), QList<qint64>({*gone, *zulu, *alpha}));

        // A day later: Zulu is delivered (a new last run), Gone is deleted, a
        // new schedule is added.
        m_now = kCreated.addDays(3); // Wednesday 4 March, 09:30 UTC
        runDue(ud::SmtpOutcome::Result::Delivered);
        QVERIFY(store.remove(*gone));
        ud::Schedule added = daily(u"New daily"_s);
        added.timeOfDay = QTime(8, 0);
        const auto fresh = store.add(added);
        QVERIFY(fresh);

        QStringList atRows; // Next and Last run of Alpha, Zulu, the new one
        QList<qint64> orderAtRows;
        QStringList namesAtRows;
        connect(&model, &ScheduleTableModel::loaded, this, [&] {
            events << u"rows"_s;
            QVERIFY(!model.runsKnown());
            for (const qint64 id : {*alpha, *zulu, *fresh}) {
                atRows << modelCell(model, id, ScheduleTableModel::NextRunColumn)
                       << modelCell(model, id, ScheduleTableModel::LastRunColumn);
            }
            orderAtRows = idsInOrder(proxy);
            for (int i = 0; i < model.rowCount(); ++i)
                namesAtRows << model.rowAt(i).schedule.name;
        });
        model.reload();
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);

        QCOMPARE(events, QStringList({u"runs"_s, u"rows"_s, u"runs"_s}));
        // Until its runs are in, the reload shows what was shown before; the
        // new schedule is blank (unknown yet, not "Never").
        QCOMPARE(atRows,
                 QStringList({alphaNext, alphaLast, zuluNext, zuluLast, QString(), QString()}));
        // Gone is gone (on SQLite the new schedule may even reuse its id).
        QCOMPARE(namesAtRows, QStringList({u"Alpha weekly"_s, u"New daily"_s, u"Zulu daily"_s}));
        // The proxy keeps sorting by the kept values; the new row, unknown,
        // sorts last.
        QCOMPARE(orderAtRows, QList<qint64>({*zulu, *alpha, *fresh}));

        // Then the new values.
        QVERIFY(model.runsKnown());
        QCOMPARE(model.rowCount(), 3);
        const QString zuluLastNow = modelCell(model, *zulu, ScheduleTableModel::LastRunColumn);
        QVERIFY2(zuluLastNow.endsWith(u" — delivered"_s), qPrintable(zuluLastNow));
        QCOMPARE(zuluLastNow, u"%1 — delivered"_s.arg(ScheduleTableModel::localText(
                                  QDateTime(QDate(2026, 3, 4), QTime(7, 0), Qt::UTC))));
        QCOMPARE(modelCell(model, *zulu, ScheduleTableModel::NextRunColumn),
                 ScheduleTableModel::localText(QDateTime(QDate(2026, 3, 5), QTime(7, 0), Qt::UTC)));
        QCOMPARE(modelCell(model, *alpha, ScheduleTableModel::LastRunColumn), alphaLast);
        QCOMPARE(modelCell(model, *fresh, ScheduleTableModel::LastRunColumn), u"Never"_s);
        QCOMPARE(modelCell(model, *fresh, ScheduleTableModel::NextRunColumn),
                 ScheduleTableModel::localText(QDateTime(QDate(2026, 3, 5), QTime(8, 0), Qt::UTC)));
        QCOMPARE(idsInOrder(proxy), QList<qint64>({*zulu, *fresh, *alpha}));
    }

    // A kept next run is dropped when it is known to be wrong: the schedule's
    // timing changed, or it was enabled again, since it was computed.
    void modelDropsNextRunOfChangedTiming()
    {
        ud::ScheduleStore store(*m_connection, m_admin, clock());
        const auto edited = store.add(daily(u"Edited"_s));
        const auto kept = store.add(weekly(u"Kept"_s));
        QVERIFY(edited && kept);
        ScheduleTableModel model(m_connection->target(), m_admin, clock());
        model.reload();
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
        const QString keptNext = modelCell(model, *kept, ScheduleTableModel::NextRunColumn);
        QVERIFY(!keptNext.isEmpty());

        auto schedule = store.find(*edited);
        QVERIFY(schedule);
        schedule->timeOfDay = QTime(9, 0);
        QVERIFY(store.edit(*schedule));
        QStringList atRows;
        connect(&model, &ScheduleTableModel::loaded, this, [&] {
            atRows << modelCell(model, *edited, ScheduleTableModel::NextRunColumn)
                   << modelCell(model, *edited, ScheduleTableModel::LastRunColumn)
                   << modelCell(model, *kept, ScheduleTableModel::NextRunColumn);
        });
        model.reload();
        QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), 10000);
        QCOMPARE(atRows, QStringList({QString(), u"Never"_s, keptNext}));
        QCOMPARE(modelCell(model, *edited, ScheduleTableModel::NextRunColumn),
                 ScheduleTableModel::localText(QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC)));
    }

    void viewerSeesNoChanges()
    {
        ud::ScheduleStore store(*m_connection, m_admin, clock());
        const auto id = store.add(weekly(u"Read only"_s));
        QVERIFY(id);
        const qint64 role = accesstest::addRole(*m_connection, u"Schedule viewer"_s,
                                                accesstest::grants({u"scheduled_tasks:view"_s}));
        accesstest::insertAdministrator(*m_connection, u"viewer"_s, role);
        const ud::Actor viewer = accesstest::actorOf(*m_connection, u"viewer"_s);
        auto page = makePage(viewer);
        reloaded(*page);
        QCOMPARE(page->model()->rowCount(), 1);
        for (const QString &name :
             {u"newButton"_s, u"enableButton"_s, u"disableButton"_s, u"deleteButton"_s})
            QVERIFY2(child<QPushButton>(page.get(), name)->isHidden(), qPrintable(name));
        QVERIFY(!child<QPushButton>(page.get(), u"logButton"_s)->isHidden());
        // Calling the actions anyway changes nothing and asks nothing.
        page->select(*id);
        page->setSelectedEnabled(false);
        page->deleteSelected();
        QVERIFY(m_prompts.isEmpty());
        QVERIFY(enabledInDatabase(*id));
        QCOMPARE(m_db->count(u"schedules"_s), 1);
    }
};

QTEST_MAIN(TestScheduledReportsPage)
#include "tst_scheduledreportspage_gui.moc"
