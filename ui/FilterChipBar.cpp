#include "FilterChipBar.h"

#include "FilterConditionRow.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FilterChipBar::FilterChipBar(QWidget *parent)
    : QWidget(parent)
    , m_chips(new QWidget(this))
    , m_chipLayout(new QHBoxLayout(m_chips))
    , m_clearAll(new QPushButton(tr("Clear &all"), this))
    , m_text(new QLabel(this))
{
    setObjectName(u"filterChipBar"_s);
    setAccessibleName(tr("Active filter"));
    m_chips->setObjectName(u"chips"_s);
    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_clearAll->setObjectName(u"clearAllButton"_s);
    m_clearAll->setAccessibleName(tr("Clear all filter conditions"));
    m_text->setObjectName(u"filterTextLabel"_s);
    m_text->setAccessibleName(tr("Filter text"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setWordWrap(true);

    auto *line = new QHBoxLayout;
    line->setContentsMargins(0, 0, 0, 0);
    line->addWidget(m_chips);
    line->addStretch(1);
    line->addWidget(m_clearAll);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(line);
    layout->addWidget(m_text);

    connect(m_clearAll, &QPushButton::clicked, this, &FilterChipBar::clearAll);
    rebuild();
}

void FilterChipBar::setFilter(const ud::TenantFilter &filter)
{
    m_filter = filter;
    rebuild();
}

QStringList FilterChipBar::chipTexts() const
{
    QStringList texts;
    for (qsizetype i = 0; i < m_filter.conditions.size(); ++i) {
        if (const auto *label = m_chips->findChild<QLabel *>(u"chipLabel%1"_s.arg(i)))
            texts << label->text();
    }
    return texts;
}

void FilterChipBar::rebuild()
{
    // Chips are few (one per condition); rebuilding them all keeps the
    // numbering of names simple. A chip whose × was just clicked is deleted
    // once that click has been handled.
    const QList<QFrame *> old = m_chips->findChildren<QFrame *>(Qt::FindDirectChildrenOnly);
    for (QFrame *chip : old) {
        m_chipLayout->removeWidget(chip);
        chip->setObjectName(QString());
        for (QObject *child : chip->children())
            child->setObjectName(QString());
        chip->hide();
        chip->deleteLater();
    }
    for (qsizetype i = 0; i < m_filter.conditions.size(); ++i) {
        const QString description = FilterConditionRow::describe(m_filter.conditions.at(i));
        auto *chip = new QFrame(m_chips);
        chip->setObjectName(u"chip%1"_s.arg(i));
        chip->setFrameShape(QFrame::StyledPanel);
        chip->setAccessibleName(description);
        auto *label = new QLabel(description, chip);
        label->setObjectName(u"chipLabel%1"_s.arg(i));
        label->setTextFormat(Qt::PlainText);
        auto *remove = new QToolButton(chip);
        remove->setObjectName(u"chipRemove%1"_s.arg(i));
        remove->setText(u"\u00d7"_s);
        remove->setAutoRaise(true);
        remove->setAccessibleName(tr("Remove condition %1").arg(description));
        remove->setToolTip(tr("Remove this condition"));
        auto *chipLayout = new QHBoxLayout(chip);
        chipLayout->setContentsMargins(6, 1, 1, 1);
        chipLayout->setSpacing(2);
        chipLayout->addWidget(label);
        chipLayout->addWidget(remove);
        m_chipLayout->addWidget(chip);
        chip->show(); // added to a bar that may already be visible
        connect(remove, &QToolButton::clicked, this, [this, i] { removeCondition(i); });
    }
    m_text->setText(m_filter.toText());
    setVisible(!m_filter.isEmpty());
}

void FilterChipBar::removeCondition(qsizetype index)
{
    if (index < 0 || index >= m_filter.conditions.size())
        return;
    m_filter.conditions.removeAt(index);
    rebuild();
    Q_EMIT filterChanged(m_filter);
}

void FilterChipBar::clearAll()
{
    m_filter = ud::TenantFilter();
    rebuild();
    Q_EMIT filterChanged(m_filter);
}
