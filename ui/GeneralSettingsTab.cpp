#include "GeneralSettingsTab.h"

#include "ErrorText.h"
#include "MessageBox.h"
#include "ReportExportDefaults.h"
#include "core/Translations.h"
#include "settings/AppSettingsStore.h"
#include "ui_GeneralSettingsTab.h"

#include <QCompleter>
#include <QSettings>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

// Each language under its own name, so a reader of none of the others still
// finds theirs; these names are not translated.
QString nativeName(const QString &language)
{
    if (language == "en"_L1)
        return u"English"_s;
    if (language == "de"_L1)
        return u"Deutsch"_s;
    if (language == "fr"_L1)
        return u"Français"_s;
    return QLocale(language).nativeLanguageName();
}

// The store words its messages for the command line ("--reporting-tz: ...",
// French puts a no-break space before the colon); the form shows them under
// the field's own label.
QString withoutOption(const QString &message)
{
    const QString option = u"--reporting-tz"_s;
    const qsizetype colon = message.indexOf(u':', option.size());
    if (!message.startsWith(option) || colon < 0)
        return message;
    return message.mid(colon + 1).trimmed();
}

} // namespace

GeneralSettingsTab::GeneralSettingsTab(const ud::Connection &connection, ud::Actor actor,
                                       ud::Clock clock, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::GeneralSettingsTab>())
    , m_connection(connection)
    , m_actor(std::move(actor))
    , m_clock(std::move(clock))
{
    m_ui->setupUi(this);
    fillChoices();
    showZoneError(QString());
    m_ui->generalStatusLabel->hide();

    m_mayEditZone = m_actor.can({ud::Entity::Settings, ud::Action::Edit});
    m_ui->timeZoneCombo->setEnabled(m_mayEditZone);
    if (!m_mayEditZone)
        m_ui->timeZoneCombo->setToolTip(tr("Changing it needs Settings: Edit."));

    connect(m_ui->generalSaveButton, &QPushButton::clicked, this, &GeneralSettingsTab::save);
    connect(m_ui->timeZoneCombo, &QComboBox::editTextChanged, this,
            [this] { showZoneError(QString()); });
    reload();
}

GeneralSettingsTab::~GeneralSettingsTab() = default;

void GeneralSettingsTab::fillChoices()
{
    const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    QStringList zoneNames;
    zoneNames.reserve(zones.size());
    for (const QByteArray &zone : zones)
        zoneNames << QString::fromUtf8(zone);
    m_ui->timeZoneCombo->addItems(zoneNames);
    // Typing "berlin" should find Europe/Berlin: match anywhere, any case.
    auto *completer = new QCompleter(zoneNames, m_ui->timeZoneCombo);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_ui->timeZoneCombo->setCompleter(completer);

    m_ui->languageCombo->addItem(tr("System default"), QString());
    for (const QString &language : ud::availableLanguages())
        m_ui->languageCombo->addItem(nativeName(language), language);

    // The ids are the names CsvWriter::delimiterFromName takes.
    m_ui->defaultDelimiterCombo->addItem(tr("Comma (,)"), u"comma"_s);
    m_ui->defaultDelimiterCombo->addItem(tr("Pipe (|)"), u"pipe"_s);
    m_ui->defaultDelimiterCombo->addItem(tr("Semicolon (;)"), u"semicolon"_s);
    m_ui->defaultDelimiterCombo->addItem(tr("Tab"), u"tab"_s);
}

void GeneralSettingsTab::reload()
{
    const auto zone = ud::AppSettingsStore::readReportingTimeZone(m_connection);
    if (!zone) {
        showStatus(zone.error().message, true);
    } else {
        m_savedZone = *zone;
        m_ui->timeZoneCombo->setEditText(QString::fromUtf8(*zone));
    }
    const int language = m_ui->languageCombo->findData(ud::languageSetting());
    m_ui->languageCombo->setCurrentIndex(qMax(0, language));
    const ReportExportDefaults defaults = ReportExportDefaults::load();
    m_ui->defaultDelimiterCombo->setCurrentIndex(
        qMax(0, m_ui->defaultDelimiterCombo->findData(defaults.delimiter)));
    m_ui->defaultBomCheck->setChecked(defaults.bom);
}

bool GeneralSettingsTab::save()
{
    showZoneError(QString());
    const auto zone = ud::AppSettingsStore::validateTimeZone(m_ui->timeZoneCombo->currentText());
    if (!zone) {
        showZoneError(zone.error().message);
        showStatus(QString(), false);
        return false;
    }
    if (m_mayEditZone && *zone != m_savedZone) {
        ud::AppSettingsStore store(m_connection, m_actor, m_clock);
        if (const ud::Status saved = store.setReportingTimeZone(*zone); !saved) {
            if (saved.error().kind == ud::ErrorKind::BadInput)
                showZoneError(saved.error().message);
            else
                showStatus(MessageBox::sentence(saved.error().message), true);
            return false;
        }
        m_savedZone = *zone;
    }
    m_ui->timeZoneCombo->setEditText(QString::fromUtf8(m_savedZone));

    QSettings settings;
    const QString language = m_ui->languageCombo->currentData().toString();
    const bool languageChanged = language != ud::languageSetting();
    settings.setValue(QString::fromLatin1(ud::kLanguageSettingsKey), language);
    ReportExportDefaults defaults;
    defaults.delimiter = m_ui->defaultDelimiterCombo->currentData().toString();
    defaults.bom = m_ui->defaultBomCheck->isChecked();
    defaults.save();

    showStatus(languageChanged
                   ? tr("Settings saved. The new language applies the next time UsageDesk starts.")
                   : tr("Settings saved."),
               false);
    return true;
}

QString GeneralSettingsTab::statusText() const
{
    return m_ui->generalStatusLabel->text();
}

void GeneralSettingsTab::showStatus(const QString &text, bool error)
{
    ErrorText::mark(m_ui->generalStatusLabel, error);
    m_ui->generalStatusLabel->setText(text);
    m_ui->generalStatusLabel->setVisible(!text.isEmpty());
}

void GeneralSettingsTab::showZoneError(const QString &message)
{
    m_ui->timeZoneError->setText(
        message.isEmpty()
            ? QString()
            : tr("Reporting time zone: %1").arg(MessageBox::sentence(withoutOption(message))));
    m_ui->timeZoneError->setVisible(!message.isEmpty());
}
