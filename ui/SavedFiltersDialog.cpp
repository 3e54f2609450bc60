#include "SavedFiltersDialog.h"

#include "ErrorText.h"
#include "MessageBox.h"
#include "filters/SavedFilterStore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SavedFiltersDialog::SavedFiltersDialog(const ud::Connection &connection, const ud::Actor &actor,
                                       ud::Clock clock, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_actor(actor)
    , m_clock(std::move(clock))
    , m_list(new QListWidget(this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Saved Filters"));
    setMinimumSize(480, 300);
    m_list->setObjectName(u"filterList"_s);
    m_list->setAccessibleName(tr("Saved filters"));
    m_delete->setObjectName(u"deleteButton"_s);
    m_error->setObjectName(u"errorLabel"_s);
    ErrorText::mark(m_error);
    m_error->setWordWrap(true);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_delete);
    row->addStretch(1);
    row->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(m_error);
    layout->addLayout(row);

    connect(m_delete, &QPushButton::clicked, this, &SavedFiltersDialog::deleteSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &SavedFiltersDialog::reject);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            &SavedFiltersDialog::selectionChanged);
    reload();
}

void SavedFiltersDialog::reload()
{
    m_list->clear();
    const auto filters = ud::SavedFilterStore(m_connection, m_actor, m_clock).list();
    if (!filters) {
        m_error->setText(MessageBox::sentence(filters.error().message));
        m_error->show();
    } else {
        for (const ud::SavedFilter &filter : *filters) {
            auto *item =
                new QListWidgetItem(u"%1\n    %2"_s.arg(filter.name, filter.filterText), m_list);
            item->setData(Qt::UserRole, filter.name);
            item->setToolTip(filter.filterText);
        }
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    selectionChanged();
}

QStringList SavedFiltersDialog::filterNames() const
{
    QStringList names;
    for (int i = 0; i < m_list->count(); ++i)
        names << m_list->item(i)->data(Qt::UserRole).toString();
    return names;
}

void SavedFiltersDialog::selectionChanged()
{
    m_delete->setEnabled(m_list->currentItem() != nullptr);
}

void SavedFiltersDialog::deleteSelected()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const QString name = item->data(Qt::UserRole).toString();
    if (!MessageBox::confirm(this, tr("Delete Saved Filter"),
                             tr("Delete the saved filter \u201c%1\u201d? Reports and schedules "
                                "that use it will no longer find it.")
                                 .arg(name),
                             tr("Delete")))
        return;
    const ud::Status removed = ud::SavedFilterStore(m_connection, m_actor, m_clock).remove(name);
    if (!removed) {
        m_error->setText(MessageBox::sentence(removed.error().message));
        m_error->show();
        return;
    }
    m_error->hide();
    reload();
}
