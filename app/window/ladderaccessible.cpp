#include "ladderaccessible.h"

#include "ladderwidget.h"

#include "ladder/ladderpainter.h"

#include <QPointer>
#include <QStringList>

namespace tsl {

namespace {

class LadderRowAccessible : public QAccessibleInterface {
public:
    LadderRowAccessible(LadderWidget* ladder, int row) : m_ladder(ladder), m_row(row) {}

    bool isValid() const override { return m_ladder && parentAccessible() && m_row <= parentAccessible()->childCount(); }
    QObject* object() const override { return nullptr; }
    QWindow* window() const override { return parent() ? parent()->window() : nullptr; }
    QAccessibleInterface* parent() const override { return m_ladder ? QAccessible::queryAccessibleInterface(m_ladder) : nullptr; }
    QAccessibleInterface* child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface*) const override { return -1; }
    QAccessibleInterface* childAt(int, int) const override { return nullptr; }
    QAccessibleInterface* focusChild() const override { return nullptr; }
    void setText(QAccessible::Text, const QString&) override {}
    QAccessible::Role role() const override { return QAccessible::ListItem; }

    QString text(QAccessible::Text t) const override
    {
        const LadderAccessible* ladder = parentAccessible();
        if (!ladder)
            return {};
        if (t == QAccessible::Name)
            return ladder->rowText(m_row);
        return {};
    }

    QRect rect() const override
    {
        if (!m_ladder)
            return {};
        const auto layout = m_ladder->currentLayout();
        if (!layout)
            return {};
        const qreal top = layout->rowY(m_row - 1);
        const qreal bottom = layout->rowY(m_row);
        const QRect local = m_ladder->canvasToWidget(QRectF(0, top, layout->canvasSize().width(), bottom - top)).toAlignedRect();
        return QRect(m_ladder->mapToGlobal(local.topLeft()), local.size());
    }

    QAccessible::State state() const override
    {
        QAccessible::State s;
        s.readOnly = true;
        return s;
    }

private:
    const LadderAccessible* parentAccessible() const { return dynamic_cast<const LadderAccessible*>(parent()); }

    QPointer<LadderWidget> m_ladder;
    int m_row;
};

QString sideText(sim::Side side) { return QLatin1String(sim::sideName(side)); }

} // namespace

LadderAccessible::LadderAccessible(LadderWidget* ladder) : QAccessibleWidget(ladder, QAccessible::List) {}

LadderAccessible::~LadderAccessible()
{
    for (const auto& [row, id] : m_rows)
        QAccessible::deleteAccessibleInterface(id);
}

LadderWidget* LadderAccessible::ladder() const { return static_cast<LadderWidget*>(widget()); }

int LadderAccessible::childCount() const
{
    const auto layout = ladder()->currentLayout();
    return layout ? layout->steps() : 0;
}

QAccessibleInterface* LadderAccessible::child(int index) const
{
    if (index < 0 || index >= childCount())
        return nullptr;
    const int row = index + 1;
    if (const auto it = m_rows.find(row); it != m_rows.end()) {
        if (QAccessibleInterface* known = QAccessible::accessibleInterface(it->second))
            return known;
    }
    auto* made = new LadderRowAccessible(ladder(), row); // owned by Qt's cache from here
    m_rows[row] = QAccessible::registerAccessibleInterface(made);
    return made;
}

int LadderAccessible::indexOfChild(const QAccessibleInterface* child) const
{
    for (const auto& [row, id] : m_rows) {
        if (QAccessible::accessibleInterface(id) == child)
            return row - 1 < childCount() ? row - 1 : -1;
    }
    return -1;
}

QString LadderAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Name) {
        const QString own = QAccessibleWidget::text(t);
        return own.isEmpty() ? tr("Ladder diagram") : own;
    }
    return QAccessibleWidget::text(t);
}

QString LadderAccessible::rowText(int row) const
{
    const auto layout = ladder()->currentLayout();
    if (!layout)
        return {};
    // What the row shows, read off the layout the painter draws (things are placed by their y).
    const auto inRow = [&](qreal y) { return layout->rowAt(y) == row; };
    QStringList parts;
    for (const LadderLayout::Arrow& arrow : layout->arrows()) {
        if (!inRow(arrow.line.p1().y()))
            continue;
        const bool toB = arrow.line.p2().x() > arrow.line.p1().x();
        QString text = tr("%1 → %2: %3").arg(toB ? sideText(sim::Side::A) : sideText(sim::Side::B),
                                             toB ? sideText(sim::Side::B) : sideText(sim::Side::A), arrow.text);
        if (arrow.dropped)
            text += tr(" (lost)");
        else if (arrow.discarded)
            text += tr(" (discarded)");
        else if (arrow.inFlight)
            text += tr(" (in flight)");
        parts << text;
    }
    for (const LadderLayout::TimerMark& timer : layout->timers()) {
        if (inRow(timer.at.y()))
            parts << tr("%1: %2").arg(sideText(timer.side), timer.text);
    }
    for (const LadderLayout::StateMark& mark : layout->states()) {
        if (inRow(mark.rect.center().y()))
            parts << tr("%1 enters %2").arg(sideText(mark.side), mark.text);
    }
    for (const LadderLayout::RowMark& mark : layout->marks()) {
        if (mark.row == row)
            parts << (mark.explanation.isEmpty() ? mark.text : mark.explanation);
    }
    const QString heading = tr("Step %1").arg(row);
    return parts.isEmpty() ? heading : heading + QStringLiteral(": ") + parts.join(QStringLiteral("; "));
}

} // namespace tsl
