#include "reports/ReportComparisonModel.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace ud {

namespace {

struct FigureColumn
{
    ComparisonMeasure measure;
    ReportComparisonModel::FigureKind kind;
};

FigureColumn figureOf(int column)
{
    const int offset = column - ReportComparisonModel::FirstFigure;
    return {static_cast<ComparisonMeasure>(offset / 4),
            static_cast<ReportComparisonModel::FigureKind>(offset % 4)};
}

std::optional<qint64> valueOf(const ComparedFigure &figure, ReportComparisonModel::FigureKind kind)
{
    switch (kind) {
    case ReportComparisonModel::FigureKind::InA:
        return figure.a;
    case ReportComparisonModel::FigureKind::InB:
        return figure.b;
    case ReportComparisonModel::FigureKind::Change:
        return figure.change;
    case ReportComparisonModel::FigureKind::ChangePercent:
        return figure.percentTenths;
    }
    return std::nullopt;
}

} // namespace

ReportComparisonModel::ReportComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ReportComparisonModel::figureColumn(ComparisonMeasure measure, FigureKind kind)
{
    return FirstFigure + 4 * static_cast<int>(measure) + static_cast<int>(kind);
}

void ReportComparisonModel::setComparison(const ComparisonSummary &summary,
                                          const QList<ComparisonRow> &rows)
{
    beginResetModel();
    m_summary = summary;
    m_rows = rows;
    endResetModel();
    // The titles name the two reports.
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void ReportComparisonModel::appendRows(const QList<ComparisonRow> &rows)
{
    if (rows.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows(QModelIndex(), first, first + static_cast<int>(rows.size()) - 1);
    m_rows << rows;
    endInsertRows();
}

void ReportComparisonModel::clear()
{
    beginResetModel();
    m_summary = ComparisonSummary();
    m_rows.clear();
    endResetModel();
}

int ReportComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ReportComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReportComparisonModel::presenceText(ComparisonPresence presence)
{
    switch (presence) {
    case ComparisonPresence::Both:
        return tr("In both");
    case ComparisonPresence::OnlyInA:
        return tr("Only in A");
    case ComparisonPresence::OnlyInB:
        return tr("Only in B");
    }
    return QString();
}

QString ReportComparisonModel::measureTitle(ComparisonMeasure measure)
{
    switch (measure) {
    case ComparisonMeasure::UsersPeak:
        return tr("Users (peak)");
    case ComparisonMeasure::UsersEnd:
        return tr("Users (end)");
    case ComparisonMeasure::VoiceCredits:
        return tr("Voice credits");
    case ComparisonMeasure::SmsCredits:
        return tr("SMS credits");
    case ComparisonMeasure::Authentications:
        return tr("Authentications");
    }
    return QString();
}

QVariant ReportComparisonModel::raw(const ComparisonRow &row, int column) const
{
    switch (column) {
    case Hostname:
        return row.hostname;
    case CompanyName:
        return row.companyName;
    case TenantId:
        return row.tenantId;
    case Presence:
        return ReportComparison::presenceId(row.presence);
    default:
        break;
    }
    const FigureColumn which = figureOf(column);
    const std::optional<qint64> value = valueOf(row.figure(which.measure), which.kind);
    if (!value)
        return QVariant();
    if (which.kind == FigureKind::ChangePercent)
        return double(*value) / 10.0;
    return *value;
}

QString ReportComparisonModel::display(const ComparisonRow &row, int column) const
{
    switch (column) {
    case Hostname:
        return row.hostname;
    case CompanyName:
        return row.companyName;
    case TenantId:
        return row.tenantId;
    case Presence:
        return presenceText(row.presence);
    default:
        break;
    }
    const FigureColumn which = figureOf(column);
    const ComparedFigure &figure = row.figure(which.measure);
    const std::optional<qint64> value = valueOf(figure, which.kind);
    const QLocale locale;
    switch (which.kind) {
    case FigureKind::InA:
    case FigureKind::InB:
        return value ? locale.toString(*value) : QString();
    case FigureKind::Change:
        if (!value)
            return QString();
        // An explicit sign: a change reads as one at a glance.
        return *value > 0 ? locale.positiveSign() + locale.toString(*value)
                          : locale.toString(*value);
    case FigureKind::ChangePercent:
        if (!value)
            return figure.change ? tr("n/a") : QString();
        return tr("%1 %").arg((*value > 0 ? locale.positiveSign() : QString()) +
                              locale.toString(double(*value) / 10.0, 'f', 1));
    }
    return QString();
}

QVariant ReportComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ComparisonRow &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case RawValueRole:
        return raw(row, column);
    case ChangeSignRole: {
        if (column < FirstFigure)
            return {};
        const FigureColumn which = figureOf(column);
        if (which.kind != FigureKind::Change && which.kind != FigureKind::ChangePercent)
            return {};
        const std::optional<qint64> change = row.figure(which.measure).change;
        if (!change)
            return {};
        return *change > 0 ? 1 : (*change < 0 ? -1 : 0);
    }
    case Qt::TextAlignmentRole:
        if (column < FirstFigure)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant ReportComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::Alignment(
            (section < FirstFigure ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter));
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Hostname:
            return tr("Hostname");
        case CompanyName:
            return tr("Company");
        case TenantId:
            return tr("Tenant ID");
        case Presence:
            return tr("In reports");
        default:
            break;
        }
        const FigureColumn which = figureOf(section);
        const QString measure = measureTitle(which.measure);
        switch (which.kind) {
        case FigureKind::InA:
            return tr("%1 (A)").arg(measure);
        case FigureKind::InB:
            return tr("%1 (B)").arg(measure);
        case FigureKind::Change:
            return tr("%1 change").arg(measure);
        case FigureKind::ChangePercent:
            return tr("%1 change %").arg(measure);
        }
    }
    if (role == Qt::ToolTipRole && section >= FirstFigure) {
        const FigureColumn which = figureOf(section);
        const auto describe = [](const ComparedReport &report) {
            return tr("%1 (%2 to %3)").arg(report.name, report.periodStart, report.periodEnd);
        };
        switch (which.kind) {
        case FigureKind::InA:
            return tr("A: %1").arg(describe(m_summary.a));
        case FigureKind::InB:
            return tr("B: %1").arg(describe(m_summary.b));
        case FigureKind::Change:
            return tr("B minus A");
        case FigureKind::ChangePercent:
            return tr("(B minus A) divided by A, in percent, rounded to one decimal; "
                      "n/a when A is 0");
        }
    }
    return {};
}

} // namespace ud
