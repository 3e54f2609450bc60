#pragma once

#include "filters/FilterCondition.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QToolButton;

// One condition of the Filters dialog: attribute, the operators that fit it,
// and a value editor fitting its kind (text field; PRODUCTION/TRIAL/UNKNOWN;
// yes/no; a date with a calendar), a remove button and an inline error.
// The choices come from the filter vocabulary (FilterCondition.h), so the row
// can only offer what the parser accepts.
class FilterConditionRow : public QWidget
{
    Q_OBJECT

public:
    explicit FilterConditionRow(QWidget *parent = nullptr);

    void setCondition(const ud::FilterCondition &condition);
    ud::FilterCondition condition() const;

    // Empty when the condition is complete; otherwise what is wrong, also
    // shown next to the row.
    QString problem() const;
    bool isValid() const { return problem().isEmpty(); }

    // 1-based position, for accessible names ("Condition 2 attribute").
    void setPosition(int position);

    // The widgets in tab order, for the dialog's tab chain.
    QList<QWidget *> focusChain() const;
    QComboBox *attributeCombo() const { return m_attribute; }

    // Readable names as the dialog and the chips show them.
    static QString attributeLabel(ud::FilterAttribute attribute);
    static QString operatorLabel(ud::FilterOperator op);
    static QString valueLabel(const ud::FilterCondition &condition);
    // "Company name contains “acme”".
    static QString describe(const ud::FilterCondition &condition);

Q_SIGNALS:
    void changed();
    void removeRequested();

private:
    void attributeChosen();
    void fillOperators(ud::FilterOperator preferred);
    ud::FilterAttribute currentAttribute() const;
    void updateProblem();

    QComboBox *m_attribute;
    QComboBox *m_operator;
    QStackedWidget *m_valueStack;
    QLineEdit *m_text;
    QComboBox *m_mode;
    QComboBox *m_boolean;
    QDateEdit *m_date;
    QToolButton *m_remove;
    QLabel *m_error;
};
