#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Asks for a report's new name (export_reports:edit). The name rules are the
// model's (validateName): the error shows under the field as it is typed and
// Rename stays disabled until the name is valid and different.
class RenameReportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RenameReportDialog(const QString &currentName, QWidget *parent = nullptr);

    // Trimmed; valid once the dialog is accepted.
    QString name() const;
    QLineEdit *nameEdit() const { return m_nameEdit; }
    QLabel *errorLabel() const { return m_errorLabel; }
    bool canRename() const;

private:
    void validate();

    QString m_currentName;
    QLineEdit *m_nameEdit = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
