#include "SaveFilterDialog.h"

#include "ErrorText.h"
#include "MessageBox.h"
#include "core/FieldRules.h"
#include "filters/SavedFilterStore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SaveFilterDialog::SaveFilterDialog(const ud::Connection &connection, const ud::Actor &actor,
                                   ud::Clock clock, const ud::TenantFilter &filter, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_actor(actor)
    , m_clock(std::move(clock))
    , m_filter(filter)
    , m_name(new QLineEdit(this))
    , m_nameError(new QLabel(this))
    , m_formError(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Save Filter"));
    setMinimumWidth(440);
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setAccessibleName(tr("Filter name"));
    m_name->setMaxLength(200); // the rule (100) is checked and explained, not cut silently
    m_nameError->setObjectName(u"nameError"_s);
    m_formError->setObjectName(u"formError"_s);
    m_nameError->setAccessibleName(tr("Name error"));
    m_formError->setAccessibleName(tr("Save error"));
    for (QLabel *label : {m_nameError, m_formError}) {
        ErrorText::mark(label);
        label->setWordWrap(true);
        label->hide();
    }
    auto *filterText = new QLabel(filter.toText(), this);
    filterText->setObjectName(u"filterTextLabel"_s);
    filterText->setAccessibleName(tr("Filter text"));
    filterText->setTextFormat(Qt::PlainText);
    filterText->setWordWrap(true);
    filterText->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *form = new QFormLayout;
    auto *nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    form->addRow(QString(), m_nameError);
    form->addRow(tr("Filter:"), filterText);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_formError);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save"));

    if (filter.isEmpty()) {
        showError(m_formError, tr("there is no condition to save: apply a filter first"));
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SaveFilterDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SaveFilterDialog::reject);
    connect(m_name, &QLineEdit::textEdited, this, [this] { showError(m_nameError, QString()); });
    m_name->setFocus();
}

void SaveFilterDialog::setName(const QString &name)
{
    m_name->setText(name);
}

void SaveFilterDialog::showError(QLabel *label, const QString &message)
{
    label->setText(MessageBox::sentence(message));
    label->setVisible(!message.isEmpty());
}

void SaveFilterDialog::accept()
{
    showError(m_formError, QString());
    const auto name = ud::validateName(tr("Name"), m_name->text());
    showError(m_nameError, name ? QString() : name.error().message);
    if (!name) {
        m_name->setFocus();
        return;
    }
    ud::SavedFilterStore store(m_connection, m_actor, m_clock);
    auto ifExists = ud::SavedFilterStore::IfExists::Refuse;
    const auto existing = store.find(*name);
    if (!existing) {
        showError(m_formError, existing.error().message);
        return;
    }
    if (existing->has_value()) {
        if (!MessageBox::confirm(this, tr("Replace Saved Filter"),
                                 tr("A saved filter named \u201c%1\u201d already exists:\n%2\n\n"
                                    "Replace it with this filter?")
                                     .arg((*existing)->name, (*existing)->filterText),
                                 tr("Replace"))) {
            showError(m_nameError, tr("a saved filter named \u201c%1\u201d already exists; "
                                      "choose another name")
                                       .arg((*existing)->name));
            m_name->setFocus();
            m_name->selectAll();
            return;
        }
        ifExists = ud::SavedFilterStore::IfExists::Replace;
    }
    const auto saved = store.save(*name, m_filter, ifExists);
    if (!saved) {
        // A name taken meanwhile or refused belongs next to the field; the
        // rest (filter, access, storage) below it.
        showError(saved.error().kind == ud::ErrorKind::BadInput && m_filter.validate().ok()
                      ? m_nameError
                      : m_formError,
                  saved.error().message);
        return;
    }
    m_saved = *saved;
    QDialog::accept();
}
