#include "RenameReportDialog.h"

#include "ErrorText.h"
#include "MessageBox.h"
#include "core/FieldRules.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

RenameReportDialog::RenameReportDialog(const QString &currentName, QWidget *parent)
    : QDialog(parent)
    , m_currentName(currentName)
{
    setWindowTitle(tr("Rename Report"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_nameEdit = new QLineEdit(currentName, this);
    m_nameEdit->setObjectName(QStringLiteral("nameEdit"));
    m_nameEdit->setAccessibleName(tr("New name"));
    m_nameEdit->selectAll();
    form->addRow(tr("&Name:"), m_nameEdit);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("nameError"));
    m_errorLabel->setWordWrap(true);
    ErrorText::mark(m_errorLabel);
    m_errorLabel->hide();
    form->addRow(QString(), m_errorLabel);
    layout->addLayout(form);
    auto *note = new QLabel(tr("Only the name changes: the report's rows and its exports stay "
                               "as they are."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Rename"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_nameEdit, &QLineEdit::textChanged, this, &RenameReportDialog::validate);
    validate();
}

QString RenameReportDialog::name() const
{
    return m_nameEdit->text().trimmed();
}

bool RenameReportDialog::canRename() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void RenameReportDialog::validate()
{
    const auto checked = ud::validateName(tr("name"), m_nameEdit->text());
    const bool changed = checked && *checked != m_currentName;
    m_errorLabel->setVisible(!checked);
    if (!checked)
        m_errorLabel->setText(MessageBox::sentence(checked.error().message));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(changed);
}
