#include "explorermodel.h"

#include "explorer/conditiondependence.h"

#include "i18n/translations.h"
#include "text/statetext.h"

namespace tsl {

ExplorerModel::ExplorerModel(QObject* parent)
    : QAbstractTableModel(parent),
      m_grids{ExplorerGrid(ExplorerPosition::InWindow), ExplorerGrid(ExplorerPosition::LeftEdge),
              ExplorerGrid(ExplorerPosition::OutsideWindow)}
{
    connect(&m_filler, &ExplorerFiller::answered, this, &ExplorerModel::onAnswered);
    connect(&m_filler, &ExplorerFiller::kernelCellStarted, this, [this](ExplorerPosition position, std::size_t row, std::size_t column) {
        if (m_kernelFilling == position)
            emit progressChanged(m_kernelDone, m_kernelTotal, int(row), int(column));
    });
    connect(&m_filler, &ExplorerFiller::kernelUnavailable, this, [this](const QString& reason, const QString& fix) {
        m_kernelReason = reason;
        m_kernelFix = fix;
        emit kernelUnavailable(reason, fix);
        // Every tooltip now says why.
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::ToolTipRole});
    });
    connect(&m_filler, &ExplorerFiller::jobFinished, this, [this](ExplorerPosition position, bool cancelled) {
        if (m_staleJobs > 0)
            --m_staleJobs;
        if (m_kernelFilling == position && !m_filler.isBusy())
            m_kernelFilling.reset();
        emit fillFinished(position, cancelled);
    });
    connect(&m_filler, &ExplorerFiller::busyChanged, this, &ExplorerModel::fillingChanged);
}

int ExplorerModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(kExplorerRows); }

int ExplorerModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(kExplorerColumns); }

const ExplorerCell& ExplorerModel::cell(const QModelIndex& index) const
{
    return shownGrid().cell(std::size_t(index.row()), std::size_t(index.column()));
}

QModelIndex ExplorerModel::indexOf(TcpState state, std::uint8_t flags) const
{
    const auto row = ExplorerGrid::rowOf(state);
    const auto column = ExplorerGrid::columnOf(flags);
    return row && column ? index(int(*row), int(*column)) : QModelIndex();
}

QString ExplorerModel::kernelMissingText() const
{
    if (!m_kernelReason.isEmpty())
        return tr("not available here: %1").arg(m_kernelReason);
    return tr("not asked yet (Fill asks the real kernel)");
}

QString ExplorerModel::displayText(const ExplorerCell& cell) const
{
    if (!cell.rfc)
        return cell.kernel ? ExplorerText::shortAnswer(*cell.kernel, cell.query.state) : QString();
    QString rfc = ExplorerText::shortAnswer(*cell.rfc, cell.query.state);
    if (!cell.kernel)
        return rfc;
    const QString kernel = ExplorerText::shortAnswer(*cell.kernel, cell.query.state);
    // Where both say the same, once; else the RFC's above Linux's (the legend says so).
    return cell.differs() || !cell.kernel->ok || !cell.rfc->ok ? rfc + QLatin1Char('\n') + kernel : rfc;
}

QVariant ExplorerModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const ExplorerCell& c = cell(index);
    switch (role) {
    case Qt::DisplayRole: return displayText(c);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        const QString depends = data(index, DependsRole).toString();
        const QString tip = ExplorerText::tooltip(c, kernelMissingText());
        return depends.isEmpty() ? tip : tip + QLatin1Char('\n') + depends;
    }
    case DependsRole: {
        auto& cache = m_depends[std::size_t(m_position)];
        if (cache.empty())
            cache.resize(kExplorerCells);
        std::optional<QString>& text = cache[std::size_t(index.row()) * kExplorerColumns + std::size_t(index.column())];
        if (!text)
            text = ConditionText::summary(conditionDependences(c.query));
        return *text;
    }
    case Qt::TextAlignmentRole: return int(Qt::AlignCenter);
    case DiffersRole: return c.differs();
    case RfcAnswerRole: return c.rfc ? ExplorerText::shortAnswer(*c.rfc, c.query.state) : QString();
    case KernelAnswerRole: return c.kernel ? ExplorerText::shortAnswer(*c.kernel, c.query.state) : QString();
    case AnsweredRole: return c.hasBoth() ? 2 : (c.rfc ? 1 : 0);
    case FailedRole: return (c.rfc && !c.rfc->ok) || (c.kernel && !c.kernel->ok);
    default: return {};
    }
}

QVariant ExplorerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        const std::uint8_t flags = ExplorerGrid::flagsOfColumn(std::size_t(section));
        if (role == Qt::DisplayRole)
            return segmentName(flags);
        if (role == Qt::ToolTipRole)
            return tr("A crafted segment with the flags %1, sent to a socket in the row's state").arg(segmentName(flags));
        return {};
    }
    if (section < 0 || section >= rowCount())
        return {};
    const TcpState state = ExplorerGrid::stateOfRow(std::size_t(section));
    if (role == Qt::DisplayRole) {
        // The token everywhere; in the other languages its name in the user's words under it.
        if (Translations::current() == QLatin1String("en"))
            return StateText::token(state);
        return StateText::token(state) + QLatin1Char('\n') + StateText::displayName(state);
    }
    if (role == Qt::ToolTipRole) {
        const QString meaning = state == TcpState::Closed ? tr("A port with no socket.") : StateText::explanation(state);
        return StateText::heading(state) + QStringLiteral(": ") + meaning;
    }
    return {};
}

void ExplorerModel::setConditions(const WhatIfQuery& conditions)
{
    m_filler.cancel();
    m_staleJobs = m_filler.jobsQueued();
    m_conditions = conditions;
    for (ExplorerPosition position : kExplorerPositions) {
        m_grids[std::size_t(position)] = ExplorerGrid(position, conditions);
        m_depends[std::size_t(position)].clear();
    }
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    fillRfc();
}

void ExplorerModel::setPosition(ExplorerPosition position)
{
    if (position == m_position)
        return;
    m_position = position;
    // Every cell changes at once; the rows and columns stay.
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void ExplorerModel::fillRfc()
{
    for (ExplorerPosition position : kExplorerPositions)
        fill(position, false);
}

void ExplorerModel::fill(ExplorerPosition position, bool kernel, std::optional<TcpState> onlyState)
{
    const ExplorerGrid& g = grid(position);
    std::vector<ExplorerJobCell> cells;
    int kernelCells = 0;
    for (std::size_t row = 0; row < kExplorerRows; ++row) {
        if (onlyState && ExplorerGrid::stateOfRow(row) != *onlyState)
            continue;
        for (std::size_t column = 0; column < kExplorerColumns; ++column) {
            const ExplorerCell& c = g.cell(row, column);
            ExplorerJobCell job{row, column, c.query, !c.rfc, kernel && !c.kernel};
            if (job.kernel)
                ++kernelCells;
            if (job.rfc || job.kernel)
                cells.push_back(job);
        }
    }
    if (cells.empty())
        return;
    if (kernelCells > 0) {
        m_kernelReason.clear();
        m_kernelFix.clear();
        m_kernelFilling = position;
        m_kernelTotal = kernelCells;
        m_kernelDone = 0;
        emit progressChanged(0, m_kernelTotal, -1, -1);
    }
    m_filler.fill(position, std::move(cells));
}

void ExplorerModel::refill(ExplorerPosition position)
{
    m_grids[std::size_t(position)].clearKernel();
    if (position == m_position)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    fill(position, true);
}

void ExplorerModel::retranslate()
{
    emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void ExplorerModel::cancel() { m_filler.cancel(); }

void ExplorerModel::onAnswered(ExplorerPosition position, std::size_t row, std::size_t column, bool kernel, const WhatIfAnswer& answer)
{
    if (m_staleJobs > 0)
        return;
    ExplorerCell& c = m_grids[std::size_t(position)].cell(row, column);
    (kernel ? c.kernel : c.rfc) = answer;
    if (kernel && m_kernelFilling == position) {
        ++m_kernelDone;
        emit progressChanged(m_kernelDone, m_kernelTotal, int(row), int(column));
    }
    if (position == m_position) {
        const QModelIndex at = index(int(row), int(column));
        emit dataChanged(at, at);
    }
}

} // namespace tsl
