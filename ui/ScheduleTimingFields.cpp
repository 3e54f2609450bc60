#include "ScheduleTimingFields.h"

#include "ErrorText.h"
#include "MessageBox.h"
#include "schedules/ScheduleRules.h"
#include "schedules/ScheduleTiming.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLabel *errorLabel(QWidget *parent, const QString &name, const QString &accessibleName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setAccessibleName(accessibleName);
    ErrorText::mark(label);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

// The address field holds one address per line or several separated by
// commas; ScheduleRules splits the commas.
QStringList addressItems(const QString &text)
{
    QStringList items;
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            items << line;
    }
    return items;
}

} // namespace

ScheduleTimingFields::ScheduleTimingFields(QWidget *parent)
    : QWidget(parent)
{
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);

    m_email = new QPlainTextEdit(this);
    m_email->setObjectName(u"emailEdit"_s);
    m_email->setAccessibleName(tr("Email"));
    m_email->setPlaceholderText(tr("reports@example.com, billing@example.com"));
    m_email->setTabChangesFocus(true);
    m_email->setFixedHeight(m_email->fontMetrics().lineSpacing() * 3 + 12);
    m_emailError = errorLabel(this, u"emailError"_s, tr("Email error"));
    m_form->addRow(tr("&Email:"), m_email);
    m_form->addRow(QString(), m_emailError);

    m_recurrence = new QComboBox(this);
    m_recurrence->setObjectName(u"recurrenceCombo"_s);
    m_recurrence->setAccessibleName(tr("Recurrence"));
    m_recurrence->addItem(tr("Daily"), int(ud::Recurrence::Daily));
    m_recurrence->addItem(tr("Weekly"), int(ud::Recurrence::Weekly));
    m_recurrence->addItem(tr("Monthly"), int(ud::Recurrence::Monthly));
    m_form->addRow(tr("&Recurrence:"), m_recurrence);

    m_dayOfWeek = new QComboBox(this);
    m_dayOfWeek->setObjectName(u"dayOfWeekCombo"_s);
    m_dayOfWeek->setAccessibleName(tr("Day of the Week"));
    for (int day = Qt::Monday; day <= Qt::Sunday; ++day)
        m_dayOfWeek->addItem(QLocale().dayName(day), day);
    m_form->addRow(tr("Day of the &Week:"), m_dayOfWeek);

    auto *monthDay = new QWidget(this);
    auto *monthDayLayout = new QHBoxLayout(monthDay);
    monthDayLayout->setContentsMargins(0, 0, 0, 0);
    m_dayOfMonth = new QSpinBox(monthDay);
    m_dayOfMonth->setObjectName(u"dayOfMonthSpin"_s);
    m_dayOfMonth->setAccessibleName(tr("Day of month"));
    m_dayOfMonth->setRange(1, 31);
    m_dayOfMonthNote = new QLabel(tr("In shorter months, on the last day"), monthDay);
    m_dayOfMonthNote->setObjectName(u"dayOfMonthNote"_s);
    monthDayLayout->addWidget(m_dayOfMonth);
    monthDayLayout->addWidget(m_dayOfMonthNote, 1);
    m_dayOfMonth->setObjectName(u"dayOfMonthSpin"_s);
    m_form->addRow(tr("Day of &month:"), monthDay);

    m_time = new QTimeEdit(QTime(6, 0), this);
    m_time->setObjectName(u"timeEdit"_s);
    m_time->setAccessibleName(tr("Time"));
    m_time->setDisplayFormat(u"HH:mm"_s);
    m_form->addRow(tr("&Time:"), m_time);

    m_zone = new QComboBox(this);
    m_zone->setObjectName(u"zoneCombo"_s);
    m_zone->setAccessibleName(tr("Time zone"));
    m_zone->setEditable(true);
    m_zone->setInsertPolicy(QComboBox::NoInsert);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_zone->addItem(QString::fromUtf8(id));
    m_zone->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_zone->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_zone->completer()->setFilterMode(Qt::MatchContains);
    m_zone->setCurrentText(QString::fromUtf8(ud::ScheduleRules::defaultTimeZone()));
    m_zoneError = errorLabel(this, u"zoneError"_s, tr("Time zone error"));
    m_form->addRow(tr("Time &zone:"), m_zone);
    m_form->addRow(QString(), m_zoneError);

    m_preview = new QListWidget(this);
    m_preview->setObjectName(u"previewList"_s);
    m_preview->setAccessibleName(tr("Next five runs"));
    m_preview->setFocusPolicy(Qt::NoFocus);
    m_preview->setSelectionMode(QAbstractItemView::NoSelection);
    m_preview->setFixedHeight(m_preview->fontMetrics().lineSpacing() * 5 + 14);
    m_form->addRow(tr("Next five runs:"), m_preview);

    connect(m_email, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling)
            m_emailTouched = true;
        update();
    });
    connect(m_recurrence, &QComboBox::currentIndexChanged, this, &ScheduleTimingFields::update);
    connect(m_dayOfWeek, &QComboBox::currentIndexChanged, this, &ScheduleTimingFields::update);
    connect(m_dayOfMonth, &QSpinBox::valueChanged, this, &ScheduleTimingFields::update);
    connect(m_time, &QTimeEdit::timeChanged, this, &ScheduleTimingFields::update);
    connect(m_zone, &QComboBox::currentTextChanged, this, &ScheduleTimingFields::update);
    update();
}

void ScheduleTimingFields::setClock(ud::Clock clock)
{
    m_clock = std::move(clock);
    update();
}

void ScheduleTimingFields::setSchedule(const ud::Schedule &schedule)
{
    m_filling = true;
    m_email->setPlainText(schedule.recipients.join(u", "_s));
    m_recurrence->setCurrentIndex(qMax(0, m_recurrence->findData(int(schedule.recurrence))));
    if (schedule.dayOfWeek >= 1 && schedule.dayOfWeek <= 7)
        m_dayOfWeek->setCurrentIndex(schedule.dayOfWeek - 1);
    if (schedule.dayOfMonth >= 1)
        m_dayOfMonth->setValue(schedule.dayOfMonth);
    if (schedule.timeOfDay.isValid())
        m_time->setTime(schedule.timeOfDay);
    if (!schedule.timeZone.isEmpty())
        m_zone->setCurrentText(QString::fromUtf8(schedule.timeZone));
    m_filling = false;
    update();
}

ud::Schedule ScheduleTimingFields::timing() const
{
    ud::Schedule schedule;
    applyTo(schedule);
    return schedule;
}

void ScheduleTimingFields::applyTo(ud::Schedule &schedule) const
{
    const auto recipients =
        ud::ScheduleRules::parseRecipients(tr("Email"), addressItems(m_email->toPlainText()));
    schedule.recipients = recipients ? *recipients : addressItems(m_email->toPlainText());
    schedule.recurrence = static_cast<ud::Recurrence>(m_recurrence->currentData().toInt());
    schedule.dayOfWeek =
        schedule.recurrence == ud::Recurrence::Weekly ? m_dayOfWeek->currentData().toInt() : 0;
    schedule.dayOfMonth =
        schedule.recurrence == ud::Recurrence::Monthly ? m_dayOfMonth->value() : 0;
    const QTime time = m_time->time();
    schedule.timeOfDay = QTime(time.hour(), time.minute());
    const auto zone = ud::ScheduleRules::parseTimeZone(tr("Time zone"), m_zone->currentText());
    schedule.timeZone = zone ? *zone : m_zone->currentText().toUtf8();
}

QString ScheduleTimingFields::recipientsProblem() const
{
    const auto recipients =
        ud::ScheduleRules::parseRecipients(tr("Email"), addressItems(m_email->toPlainText()));
    return recipients ? QString() : recipients.error().message;
}

QString ScheduleTimingFields::zoneProblem() const
{
    const auto zone = ud::ScheduleRules::parseTimeZone(tr("Time zone"), m_zone->currentText());
    return zone ? QString() : zone.error().message;
}

void ScheduleTimingFields::showAllErrors()
{
    if (m_showAll)
        return;
    m_showAll = true;
    update();
}

QList<QDateTime> ScheduleTimingFields::nextRuns(int count) const
{
    QList<QDateTime> runs;
    if (!zoneProblem().isEmpty())
        return runs;
    const ud::Schedule schedule = timing();
    QDateTime after = m_clock().toUTC();
    for (int i = 0; i < count; ++i) {
        const QDateTime next = ud::ScheduleTiming::nextRunAfter(schedule, after);
        if (!next.isValid())
            break;
        runs << next;
        after = next;
    }
    return runs;
}

QStringList ScheduleTimingFields::previewLines() const
{
    QStringList lines;
    const ud::Schedule schedule = timing();
    const QTimeZone zone(schedule.timeZone);
    const QLocale locale;
    for (const QDateTime &run : nextRuns()) {
        lines << tr("%1 — %2 UTC", "a run in the schedule's zone and in UTC")
                     .arg(locale.toString(run.toTimeZone(zone), u"ddd d MMM yyyy HH:mm t"_s),
                          locale.toString(run.toUTC(), u"HH:mm"_s));
    }
    return lines;
}

void ScheduleTimingFields::update()
{
    const auto recurrence = static_cast<ud::Recurrence>(m_recurrence->currentData().toInt());
    const bool weekly = recurrence == ud::Recurrence::Weekly;
    const bool monthly = recurrence == ud::Recurrence::Monthly;
    m_form->setRowVisible(m_dayOfWeek, weekly);
    m_form->setRowVisible(m_dayOfMonth->parentWidget(), monthly);

    showError(m_emailError, m_emailTouched || m_showAll ? recipientsProblem() : QString());
    showError(m_zoneError, zoneProblem());

    m_preview->clear();
    const QStringList lines = previewLines();
    if (lines.isEmpty())
        m_preview->addItem(tr("(choose a valid time zone to see the runs)"));
    else
        m_preview->addItems(lines);
    Q_EMIT changed();
}

void ScheduleTimingFields::showError(QLabel *label, const QString &message)
{
    label->setText(MessageBox::sentence(message));
    label->setVisible(!message.isEmpty());
}
