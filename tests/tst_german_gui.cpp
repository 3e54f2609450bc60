#include "AccessTestSupport.h"
#include "DeliveryLogDialog.h"
#include "FilterDialog.h"
#include "GenerateReportDialog.h"
#include "MainWindow.h"
#include "ReportComparePage.h"
#include "ReportViewPage.h"
#include "ScheduleDialog.h"
#include "TenantDialog.h"
#include "TestDatabase.h"
#include "TestTenants.h"
#include "access/RoleStore.h"
#include "core/Translations.h"
#include "reports/ReportGenerator.h"
#include "reports/ReportScope.h"
#include "schedules/ScheduleStore.h"
#include "tenants/TenantAdministration.h"
#include "tenants/TenantStore.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimeZone>
#include <QToolButton>
#include <QTranslator>
#include <QTreeView>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>
#include <algorithm>

using namespace Qt::StringLiterals;
using testdata::tenant;

// The GUI in German shows German texts only, and no visible text escaped
// tr(): run once with the real German translation and once with a pseudo
// translation that wraps every text in ⟦ ⟧, over every main page and the
// main dialogs.
namespace {

const QString kSourceDir = QStringLiteral(USAGEDESK_SOURCE_DIR);
const QString kOpen = u"⟦"_s;
const QString kClose = u"⟧"_s;

struct TsMessage
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString translation; // the first form
};

QList<TsMessage> readTs(const QString &path)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot open %s", qUtf8Printable(path));
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == "message"_L1) {
            messages.append(message);
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == "name"_L1) {
            context = xml.readElementText();
        } else if (xml.name() == "message"_L1) {
            message = TsMessage();
            message.context = context;
            message.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
        } else if (xml.name() == "source"_L1) {
            message.source = xml.readElementText();
        } else if (xml.name() == "comment"_L1) {
            message.comment = xml.readElementText();
        } else if (xml.name() == "translation"_L1 && !message.numerus) {
            message.translation = xml.readElementText();
        } else if (xml.name() == "numerusform"_L1 && message.translation.isEmpty()) {
            message.translation = xml.readElementText();
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qUtf8Printable(path), qUtf8Printable(xml.errorString()));
    return messages;
}

// Every message of `messages` translated as ⟦source⟧, compiled with lrelease.
QString writePseudoTranslation(const QList<TsMessage> &messages, const QString &directory)
{
    const QString ts = directory + u"/pseudo.ts"_s;
    QFile file(ts);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QXmlStreamWriter xml(&file);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(u"TS"_s);
    xml.writeAttribute(u"version"_s, u"2.1"_s);
    xml.writeAttribute(u"language"_s, u"de"_s);
    for (const TsMessage &m : messages) {
        xml.writeStartElement(u"context"_s);
        xml.writeTextElement(u"name"_s, m.context);
        xml.writeStartElement(u"message"_s);
        if (m.numerus)
            xml.writeAttribute(u"numerus"_s, u"yes"_s);
        xml.writeTextElement(u"source"_s, m.source);
        if (!m.comment.isEmpty())
            xml.writeTextElement(u"comment"_s, m.comment);
        const QString pseudo = kOpen + m.source + kClose;
        if (m.numerus) {
            xml.writeStartElement(u"translation"_s);
            xml.writeTextElement(u"numerusform"_s, pseudo);
            xml.writeTextElement(u"numerusform"_s, pseudo);
            xml.writeEndElement();
        } else {
            xml.writeTextElement(u"translation"_s, pseudo);
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    file.close();
    const QString qm = directory + u"/pseudo.qm"_s;
    QProcess lrelease;
    lrelease.start(QStringLiteral(USAGEDESK_LRELEASE), {u"-silent"_s, ts, u"-qm"_s, qm});
    if (!lrelease.waitForFinished(60000) || lrelease.exitCode() != 0)
        return {};
    return qm;
}

struct Seen
{
    QString text;
    QString where;
};

QString nameOf(const QObject *object)
{
    return QString::fromLatin1(object->metaObject()->className()) + u'/' + object->objectName();
}

void add(QList<Seen> &seen, const QString &text, const QObject *where, const char *what)
{
    if (!text.trimmed().isEmpty())
        seen.append({text, nameOf(where) + u' ' + QLatin1StringView(what)});
}

void collectActions(const QList<QAction *> &actions, QList<Seen> &seen)
{
    for (QAction *action : actions) {
        if (!action->isVisible() || action->isSeparator())
            continue;
        add(seen, action->text(), action, "action");
        if (action->menu())
            collectActions(action->menu()->actions(), seen);
    }
}

void collectHeader(const QAbstractItemView *view, const QHeaderView *header, QList<Seen> &seen)
{
    if (!header || header->isHidden() || !view->model())
        return;
    for (int section = 0; section < view->model()->columnCount(); ++section) {
        if (header->isSectionHidden(section))
            continue;
        add(seen, view->model()->headerData(section, Qt::Horizontal).toString(), view, "header");
    }
}

bool isStandardButton(const QAbstractButton *button)
{
    // Qt names these itself (OK, Cancel...), from its own translation.
    const auto *box = qobject_cast<const QDialogButtonBox *>(button->parentWidget());
    return box &&
           box->standardButton(const_cast<QAbstractButton *>(button)) != QDialogButtonBox::NoButton;
}

// The visible texts of `root` and its visible children, every tab included.
void collect(QWidget *root, QList<Seen> &seen)
{
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (auto *tabs = qobject_cast<QTabWidget *>(w); tabs && tabs->isVisible()) {
            const int current = tabs->currentIndex();
            for (int i = 0; i < tabs->count(); ++i) {
                add(seen, tabs->tabText(i), tabs, "tab");
                if (i == current)
                    continue;
                tabs->setCurrentIndex(i);
                collect(tabs->widget(i), seen);
            }
            tabs->setCurrentIndex(current);
        }
        if (!w->isVisible())
            continue;
        if (w->isWindow())
            add(seen, w->windowTitle(), w, "window title");
        add(seen, w->toolTip(), w, "tool tip");
        if (auto *label = qobject_cast<QLabel *>(w))
            add(seen, label->text(), w, "label");
        if (auto *button = qobject_cast<QAbstractButton *>(w); button && !isStandardButton(button))
            add(seen, button->text(), w, "button");
        if (auto *push = qobject_cast<QPushButton *>(w); push && push->menu())
            collectActions(push->menu()->actions(), seen);
        if (auto *tool = qobject_cast<QToolButton *>(w); tool && tool->menu())
            collectActions(tool->menu()->actions(), seen);
        if (auto *group = qobject_cast<QGroupBox *>(w))
            add(seen, group->title(), w, "group title");
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            add(seen, edit->placeholderText(), w, "placeholder");
        if (auto *edit = qobject_cast<QPlainTextEdit *>(w))
            add(seen, edit->placeholderText(), w, "placeholder");
        if (auto *edit = qobject_cast<QTextEdit *>(w))
            add(seen, edit->placeholderText(), w, "placeholder");
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            add(seen, combo->placeholderText(), w, "placeholder");
            for (int i = 0; i < combo->count(); ++i)
                add(seen, combo->itemText(i), w, "combo item");
        }
        if (auto *list = qobject_cast<QListWidget *>(w)) {
            for (int i = 0; i < list->count(); ++i)
                add(seen, list->item(i)->text(), w, "list item");
        }
        if (auto *table = qobject_cast<QTableView *>(w))
            collectHeader(table, table->horizontalHeader(), seen);
        if (auto *tree = qobject_cast<QTreeView *>(w))
            collectHeader(tree, tree->header(), seen);
        if (auto *bar = qobject_cast<QMenuBar *>(w))
            collectActions(bar->actions(), seen);
    }
}

QString plain(const QString &text)
{
    static const QRegularExpression tags(u"<[^>]*>"_s);
    return Qt::mightBeRichText(text) ? QString(text).remove(tags) : text;
}

// The texts of `seen` that are neither wrapped in ⟦ ⟧ nor data (no letter at
// all, such as numbers and dates, or one of `data`).
QList<Seen> unwrapped(const QList<Seen> &seen, const QSet<QString> &data)
{
    static const QRegularExpression letters(u"\\p{L}"_s);
    QList<Seen> escaped;
    for (const Seen &s : seen) {
        const QString text = plain(s.text);
        if (text.contains(kOpen) && text.contains(kClose))
            continue;
        if (!text.contains(letters) || data.contains(text.trimmed()))
            continue;
        escaped.append(s);
    }
    return escaped;
}

} // namespace

class TestGermanGui : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ud::Connection> m_connection;
    ud::Actor m_admin;
    QList<TsMessage> m_german;
    QSet<QString> m_data; // texts that are data, not translatable
    qint64 m_reportA = 0;
    qint64 m_reportB = 0;
    ud::Schedule m_schedule;

    // Everything a user sees on the main pages and in the main dialogs.
    void visitEverything(QList<Seen> &seen)
    {
        {
            MainWindow window(*m_connection, m_admin);
            window.resize(1200, 800);
            window.show();
            auto *navigation = window.findChild<QListWidget *>(u"navigationList"_s);
            if (!navigation)
                qFatal("no navigation list");
            for (int row = 0; row < navigation->count(); ++row) {
                navigation->setCurrentRow(row);
                // Pages load on threads of their own; let them settle.
                QTest::qWait(400);
                collect(&window, seen);
            }
            window.close();
        }
        {
            FilterDialog dialog;
            dialog.show();
            QTest::qWait(50);
            collect(&dialog, seen);
        }
        {
            GenerateReportDialog dialog(m_db->target(), m_admin, ud::ReportScope::all(),
                                        QDate(2026, 11, 25));
            dialog.show();
            QTRY_VERIFY_WITH_TIMEOUT(!dialog.isCounting(), 10000);
            collect(&dialog, seen);
        }
        {
            ud::TenantAdministration service(*m_connection, m_admin, ud::systemClock());
            TenantDialog dialog(service, QDate(2026, 11, 25));
            dialog.show();
            QTest::qWait(50);
            collect(&dialog, seen);
        }
        {
            ReportViewPage page(m_db->target(), m_admin, ud::systemClock());
            QSignalSpy opened(&page, &ReportViewPage::opened);
            page.resize(1000, 600);
            page.show();
            page.showReport(m_reportA);
            QVERIFY(opened.wait(10000));
            QVERIFY2(opened.constLast().at(0).toBool(),
                     qPrintable(opened.constLast().at(1).toString()));
            collect(&page, seen);
        }
        {
            ReportComparePage page(m_db->target(), m_admin, ud::systemClock());
            QSignalSpy compared(&page, &ReportComparePage::compared);
            page.resize(1000, 600);
            page.show();
            page.compare(m_reportA, m_reportB);
            QVERIFY(compared.wait(10000));
            QVERIFY2(compared.constLast().at(0).toBool(),
                     qPrintable(compared.constLast().at(1).toString()));
            collect(&page, seen);
        }
        {
            ScheduleDialog dialog(*m_connection, m_admin, ud::systemClock());
            dialog.show();
            QTest::qWait(100);
            collect(&dialog, seen);
            // Edit mode has a title and fields of its own.
            dialog.setSchedule(m_schedule);
            QTest::qWait(100);
            collect(&dialog, seen);
        }
        {
            DeliveryLogDialog dialog(*m_connection, m_admin, ud::systemClock(), m_schedule);
            dialog.show();
            QTest::qWait(200);
            collect(&dialog, seen);
        }
    }

    static QString report(const QList<Seen> &bad)
    {
        QStringList lines;
        for (const Seen &s : bad)
            lines << u"%1: \"%2\""_s.arg(s.where, s.text);
        lines.removeDuplicates();
        return lines.join(u'\n');
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"UsageDeskTest"_s);
        QCoreApplication::setApplicationName(u"tst_german_gui"_s);
        QSettings().clear();
        m_db = TestDatabase::create();
        m_connection = m_db->connect(u"gui"_s);
        m_admin = accesstest::signInAsAdmin(*m_connection);
        ud::TenantStore store(*m_connection);
        for (const ud::Tenant &t :
             {tenant(1, u"d.example.com"_s, u"Acme Corp"_s, ud::ContractMode::Trial),
              tenant(2, u"a.example.com"_s, u"Beta GmbH"_s, ud::ContractMode::Production)}) {
            QVERIFY(store.upsert(t));
            m_data << t.hostname << t.companyName << t.tenantId;
        }
        // Role names are data: stored names, which the CLI takes as arguments.
        const auto roles = ud::RoleStore(*m_connection).list();
        QVERIFY(roles);
        for (const auto &role : *roles)
            m_data << role.name;
        m_data << QString::fromLatin1(TestDatabase::kAdminUser) << m_db->target().displayName()
               << u"UsageDesk"_s;

        // A report or two on the Reports page, for its view and compare pages.
        ud::ReportRequest request;
        request.scope = u"all"_s;
        request.period = u"last-month"_s;
        request.today = QDate(2026, 11, 25);
        for (qint64 *id : {&m_reportA, &m_reportB}) {
            request.name = id == &m_reportA ? u"Oktober A"_s : u"Oktober B"_s;
            const auto generated =
                ud::ReportGenerator(*m_connection, ud::systemClock()).generate(m_admin, request);
            QVERIFY2(generated, qPrintable(generated ? QString() : generated.error().message));
            *id = *generated;
            m_data << request.name;
        }
        // One schedule on the Scheduled Reports page, for its dialog and delivery log.
        ud::Schedule draft;
        draft.name = u"Wochenbericht"_s;
        draft.recipients = {u"billing@example.com"_s};
        draft.recurrence = ud::Recurrence::Weekly;
        draft.dayOfWeek = Qt::Monday;
        draft.timeOfDay = QTime(6, 0);
        draft.timeZone = "Europe/Berlin";
        ud::ScheduleStore schedules(*m_connection, m_admin, ud::systemClock());
        const auto added = schedules.add(draft);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().message));
        const auto found = schedules.find(*added);
        QVERIFY(found);
        m_schedule = *found;
        m_data << draft.name << draft.recipients.constFirst();
        // Day names come from the locale's data, not from tr().
        for (const QLocale &locale :
             {QLocale(QLocale::English), QLocale(QLocale::German), QLocale(QLocale::French)})
            for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
                m_data << locale.dayName(day);
        // IANA time zone ids are names, not prose.
        for (const QByteArray &zone : QTimeZone::availableTimeZoneIds())
            m_data << QString::fromLatin1(zone);
        // Settings > General offers each language under its own name.
        m_data << u"English"_s << u"Deutsch"_s << u"Français"_s;
        m_german = readTs(kSourceDir + u"/translations/usagedesk_de.ts"_s);
        QVERIFY(m_german.size() > 1000);
    }

    void cleanupTestCase()
    {
        ud::installTranslations(*QCoreApplication::instance(), u"en"_s);
        m_connection.reset();
        m_db.reset();
    }

    void visibleTextsAreGerman()
    {
        QCOMPARE(ud::installTranslations(*QCoreApplication::instance(), u"de"_s), u"de"_s);
        // English texts whose German differs; a text that is also a German
        // translation ("Filter", "Name") proves nothing either way.
        QSet<QString> german;
        QSet<QString> english;
        for (const TsMessage &m : std::as_const(m_german)) {
            german.insert(m.translation);
            if (!m.numerus && m.translation != m.source)
                english.insert(m.source);
        }
        QList<Seen> seen;
        visitEverything(seen);
        if (QTest::currentTestFailed())
            return;
        QList<Seen> untranslated;
        int translated = 0;
        for (const Seen &s : seen) {
            if (german.contains(s.text))
                ++translated;
            else if (english.contains(s.text))
                untranslated.append(s);
        }
        QVERIFY2(untranslated.isEmpty(),
                 qPrintable(u"English texts in the German GUI:\n"_s + report(untranslated)));
        // The walk itself must have seen the GUI: many German texts, these in particular.
        qInfo("%d visible texts, %d of them German translations", int(seen.size()), translated);
        QVERIFY2(translated > 150, qPrintable(QString::number(translated)));
        QStringList texts;
        for (const Seen &s : seen)
            texts << s.text;
        for (const QString &expected :
             {u"Mandanten"_s, u"Berichte"_s, u"Prüfprotokoll"_s, u"Nutzungsbericht erstellen"_s,
              u"Mandant hinzufügen"_s, u"Bedingung &hinzufügen"_s, u"Geplante Berichte"_s,
              u"Einstellungen"_s, u"Geplanten Bericht anlegen"_s, u"Geplanten Bericht bearbeiten"_s,
              u"Nächster Versuch"_s, u"Zustellprotokoll: Wochenbericht"_s, u"&Zustellprotokoll"_s,
              u"&Absenderadresse:"_s})
            QVERIFY2(texts.contains(expected), qPrintable(expected));
    }

    void noTextEscapedTr()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString qm = writePseudoTranslation(m_german, dir.path());
        QVERIFY2(!qm.isEmpty(), "lrelease failed on the pseudo translation");
        ud::installTranslations(*QCoreApplication::instance(), u"en"_s);
        QTranslator pseudo;
        QVERIFY(pseudo.load(qm));
        QVERIFY(QCoreApplication::installTranslator(&pseudo));
        QCOMPARE(QCoreApplication::translate("MainWindow", "Reports"), u"⟦Reports⟧"_s);

        QList<Seen> seen;
        visitEverything(seen);
        QCoreApplication::removeTranslator(&pseudo);
        if (QTest::currentTestFailed())
            return;

        const QList<Seen> escaped = unwrapped(seen, m_data);
        const auto wrapped = std::count_if(seen.cbegin(), seen.cend(),
                                           [](const Seen &s) { return s.text.contains(kOpen); });
        QVERIFY2(escaped.isEmpty(),
                 qPrintable(u"Visible texts outside tr():\n"_s + report(escaped)));
        qInfo("%d visible texts, %d of them through tr()", int(seen.size()), int(wrapped));
        QVERIFY2(wrapped > 150, qPrintable(QString::number(wrapped)));
    }

    // The check above can fail: a text set without tr() is reported, wrapped
    // texts and data are not.
    void pseudoCheckCatchesAnUnwrappedText()
    {
        QWidget window;
        auto *english = new QLabel(u"Plain English"_s, &window);
        auto *wrappedLabel = new QLabel(u"⟦Reports⟧"_s, &window);
        auto *number = new QLabel(u"12.480 · 2026-11-25"_s, &window);
        auto *hostname = new QLabel(u"d.example.com"_s, &window);
        auto *hidden = new QLabel(u"Not shown"_s, &window);
        english->move(0, 0);
        wrappedLabel->move(0, 20);
        number->move(0, 40);
        hostname->move(0, 60);
        window.show();
        hidden->hide();
        QList<Seen> seen;
        collect(&window, seen);
        QCOMPARE(seen.size(), 4);
        const QList<Seen> escaped = unwrapped(seen, m_data);
        QCOMPARE(escaped.size(), 1);
        QCOMPARE(escaped.constFirst().text, u"Plain English"_s);
    }
};

QTEST_MAIN(TestGermanGui)
#include "tst_german_gui.moc"
