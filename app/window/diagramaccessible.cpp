#include "diagramaccessible.h"

#include "diagramwidget.h"
#include "ladderaccessible.h"
#include "ladderwidget.h"

#include "model/transitiontable.h"
#include "text/statetext.h"

#include <QPointer>

namespace tsl {

namespace {

enum class ItemKind {
    State,
    Edge,
    Token,
};

// One state, edge or token of the diagram; holds no data of its own, so it says what the
// diagram shows the moment a reader asks.
class DiagramItemAccessible : public QAccessibleInterface {
public:
    DiagramItemAccessible(DiagramWidget* diagram, ItemKind kind, int index, QString tokenId)
        : m_diagram(diagram), m_kind(kind), m_index(index), m_tokenId(std::move(tokenId))
    {
    }

    bool isValid() const override { return m_diagram && (m_kind != ItemKind::Token || token()); }
    QObject* object() const override { return nullptr; }
    QWindow* window() const override { return parent() ? parent()->window() : nullptr; }
    QAccessibleInterface* parent() const override { return m_diagram ? QAccessible::queryAccessibleInterface(m_diagram) : nullptr; }
    QAccessibleInterface* child(int) const override { return nullptr; }
    int childCount() const override { return 0; }
    int indexOfChild(const QAccessibleInterface*) const override { return -1; }
    QAccessibleInterface* childAt(int, int) const override { return nullptr; }
    QAccessibleInterface* focusChild() const override { return nullptr; }
    void setText(QAccessible::Text, const QString&) override {}

    QAccessible::Role role() const override
    {
        switch (m_kind) {
        case ItemKind::State:
            return QAccessible::Button; // a click (or Enter) highlights and explains it
        case ItemKind::Edge:
            return QAccessible::Link; // it leads from one state to another
        case ItemKind::Token:
            break;
        }
        return QAccessible::Graphic;
    }

    QString text(QAccessible::Text t) const override
    {
        if (!m_diagram)
            return {};
        switch (m_kind) {
        case ItemKind::State: {
            const TcpState state = kAllStates[std::size_t(m_index)];
            const StateSummary summary = StateSummary::of(*m_diagram->board())[std::size_t(m_index)];
            if (t == QAccessible::Name)
                return StateText::heading(state);
            if (t == QAccessible::Value)
                return summary.countText();
            if (t == QAccessible::Description)
                return summary.countText() + QStringLiteral(". ") + StateText::explanation(state);
            return {};
        }
        case ItemKind::Edge: {
            const Transition& edge = transitions()[std::size_t(m_index)];
            if (t == QAccessible::Name)
                return StateText::edgeSummary(edge);
            if (t == QAccessible::Description)
                return StateText::edgeExplanation(edge);
            return {};
        }
        case ItemKind::Token:
            break;
        }
        const auto found = token();
        if (!found)
            return {};
        if (t == QAccessible::Name)
            return found->name;
        if (t == QAccessible::Description)
            return found->description;
        return {};
    }

    QRect rect() const override
    {
        if (!m_diagram)
            return {};
        QRectF inWidget;
        switch (m_kind) {
        case ItemKind::State:
            inWidget = m_diagram->itemRect(DiagramFocus::onState(kAllStates[std::size_t(m_index)]));
            break;
        case ItemKind::Edge:
            inWidget = m_diagram->itemRect(DiagramFocus::onEdge(std::size_t(m_index)));
            break;
        case ItemKind::Token:
            if (const auto found = token()) {
                const DiagramLayout& layout = m_diagram->layout();
                QRectF canvas = layout.stateBox(found->state);
                if (found->movingAlong)
                    canvas = QRectF(layout.pointAlongEdge(*found->movingAlong, 0.5) - QPointF(12, 12), QSizeF(24, 24));
                inWidget = m_diagram->canvasToWidget(canvas);
            }
            break;
        }
        const QRect local = inWidget.toAlignedRect();
        return QRect(m_diagram->mapToGlobal(local.topLeft()), local.size());
    }

    QAccessible::State state() const override
    {
        QAccessible::State s;
        if (!m_diagram)
            return s;
        if (m_kind == ItemKind::Token) {
            s.readOnly = true;
            return s;
        }
        const DiagramFocus item = m_kind == ItemKind::State ? DiagramFocus::onState(kAllStates[std::size_t(m_index)])
                                                             : DiagramFocus::onEdge(std::size_t(m_index));
        s.focusable = true;
        s.selectable = true;
        s.invisible = !item.isDrawn(m_diagram->layout());
        s.focused = m_diagram->hasFocus() && m_diagram->focusItem() == item;
        s.selected = m_kind == ItemKind::State ? m_diagram->board()->isHighlighted(item.state())
                                               : m_diagram->board()->highlightedEdge() == item.edge();
        return s;
    }

private:
    std::optional<DiagramAccessible::Token> token() const
    {
        auto* accessible = m_diagram ? dynamic_cast<DiagramAccessible*>(QAccessible::queryAccessibleInterface(m_diagram)) : nullptr;
        if (!accessible)
            return std::nullopt;
        for (DiagramAccessible::Token& t : accessible->tokens()) {
            if (t.id == m_tokenId)
                return t;
        }
        return std::nullopt;
    }

    QPointer<DiagramWidget> m_diagram;
    ItemKind m_kind;
    int m_index;
    QString m_tokenId;
};

QAccessibleInterface* windowAccessibleFactory(const QString& className, QObject* object)
{
    if (className == QLatin1String("tsl::DiagramWidget")) {
        if (auto* diagram = qobject_cast<DiagramWidget*>(object))
            return new DiagramAccessible(diagram);
    }
    if (className == QLatin1String("tsl::LadderWidget")) {
        if (auto* ladder = qobject_cast<LadderWidget*>(object))
            return new LadderAccessible(ladder);
    }
    return nullptr;
}

int edgeCount() { return int(transitions().size()); }

} // namespace

void installWindowAccessibility()
{
    static const bool installed = [] {
        QAccessible::installFactory(windowAccessibleFactory);
        return true;
    }();
    Q_UNUSED(installed)
}

DiagramAccessible::DiagramAccessible(DiagramWidget* diagram) : QAccessibleWidget(diagram, QAccessible::Canvas)
{
    m_lastSummaries = StateSummary::of(*diagram->board());
    for (const Token& token : tokens())
        m_lastTokens << token.id;
}

DiagramAccessible::~DiagramAccessible()
{
    for (const auto& [key, id] : m_children)
        QAccessible::deleteAccessibleInterface(id);
}

DiagramWidget* DiagramAccessible::diagram() const { return static_cast<DiagramWidget*>(widget()); }

int DiagramAccessible::childIndex(const DiagramFocus& item)
{
    return item.isState() ? int(stateIndex(item.state())) : int(kStateCount) + int(item.edge());
}

int DiagramAccessible::firstTokenChild() { return int(kStateCount) + edgeCount(); }

std::vector<DiagramAccessible::Token> DiagramAccessible::tokens() const
{
    std::vector<Token> out;
    const TokenBoard* board = diagram()->board();
    for (const TokenBoard::Pile& pile : board->piles()) {
        const QString state = StateText::token(pile.state);
        if (pile.aggregated()) {
            out.push_back({QStringLiteral("pile:") + state, tr("%1 × %2").arg(state).arg(pile.count),
                           tr("%1 on %2").arg(StateSummary{pile.count, pile.clients, pile.servers, {}, 0}.countText(), state),
                           pile.state, std::nullopt});
            continue;
        }
        for (const TokenBoard::Token* token : pile.tokens) {
            out.push_back({token->key, token->text(), tr("%1, on %2").arg(StateText::roleName(token->role), state), pile.state,
                           std::nullopt});
        }
    }
    for (const TokenBoard::Token* token : board->movingTokens()) {
        if (token->ghost || !token->movingAlong)
            continue;
        const Transition& edge = transitions()[*token->movingAlong];
        out.push_back({token->key, token->text(),
                       tr("%1, moving from %2 to %3").arg(StateText::roleName(token->role), StateText::token(edge.from), StateText::token(edge.to)),
                       edge.to, token->movingAlong});
    }
    return out;
}

int DiagramAccessible::childCount() const { return firstTokenChild() + int(tokens().size()); }

QAccessibleInterface* DiagramAccessible::childFor(const QString& key, int index) const
{
    if (const auto it = m_children.find(key); it != m_children.end()) {
        if (QAccessibleInterface* known = QAccessible::accessibleInterface(it->second))
            return known;
    }
    ItemKind kind = ItemKind::Token;
    QString tokenId;
    if (index < int(kStateCount)) {
        kind = ItemKind::State;
    } else if (index < firstTokenChild()) {
        kind = ItemKind::Edge;
        index -= int(kStateCount);
    } else {
        tokenId = key.mid(QStringLiteral("token:").size());
    }
    auto* made = new DiagramItemAccessible(diagram(), kind, index, tokenId); // owned by Qt's cache from here
    m_children[key] = QAccessible::registerAccessibleInterface(made);
    return made;
}

QAccessibleInterface* DiagramAccessible::child(int index) const
{
    if (index < 0)
        return nullptr;
    if (index < int(kStateCount))
        return childFor(QStringLiteral("state:%1").arg(index), index);
    if (index < firstTokenChild())
        return childFor(QStringLiteral("edge:%1").arg(index - int(kStateCount)), index);
    const std::vector<Token> all = tokens();
    const std::size_t at = std::size_t(index - firstTokenChild());
    if (at >= all.size())
        return nullptr;
    return childFor(QStringLiteral("token:") + all[at].id, index);
}

int DiagramAccessible::indexOfChild(const QAccessibleInterface* child) const
{
    if (!child)
        return -1;
    for (int i = 0; i < childCount(); ++i) {
        if (this->child(i) == child)
            return i;
    }
    return -1;
}

QAccessibleInterface* DiagramAccessible::childAt(int x, int y) const
{
    const QPoint local = diagram()->mapFromGlobal(QPoint(x, y));
    const DiagramLayout& layout = diagram()->layout();
    const QPointF canvas = DiagramLayout::canvasToDevice(diagram()->canvasToWidget(QRectF(QPointF(), DiagramLayout::canvasSize())))
                               .inverted()
                               .map(QPointF(local));
    if (const auto state = layout.stateAt(canvas))
        return child(childIndex(DiagramFocus::onState(*state)));
    if (const auto edge = layout.transitionAt(canvas))
        return child(childIndex(DiagramFocus::onEdge(*edge)));
    return nullptr;
}

QAccessibleInterface* DiagramAccessible::focusChild() const
{
    if (!diagram()->hasFocus() || !diagram()->focusItem())
        return nullptr;
    return child(childIndex(*diagram()->focusItem()));
}

QString DiagramAccessible::text(QAccessible::Text t) const
{
    if (t == QAccessible::Name) {
        const QString own = QAccessibleWidget::text(t);
        return own.isEmpty() ? tr("TCP state diagram") : own;
    }
    if (t == QAccessible::Description) {
        const QString own = QAccessibleWidget::text(t);
        return own.isEmpty() ? tr("The eleven TCP states and the edges between them. Arrow keys move between the states "
                                  "along the edges, Enter explains, Space steps the simulator.")
                             : own;
    }
    return QAccessibleWidget::text(t);
}

void DiagramAccessible::boardChanged()
{
    const auto now = StateSummary::of(*diagram()->board());
    for (std::size_t i = 0; i < now.size(); ++i) {
        if (now[i].count == m_lastSummaries[i].count && now[i].clients == m_lastSummaries[i].clients)
            continue;
        QAccessibleEvent changed(child(int(i)), QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&changed);
    }
    m_lastSummaries = now;

    QStringList ids;
    for (const Token& token : tokens())
        ids << token.id;
    if (ids == m_lastTokens)
        return;
    for (const QString& gone : m_lastTokens) {
        if (ids.contains(gone))
            continue;
        const auto it = m_children.find(QStringLiteral("token:") + gone);
        if (it == m_children.end())
            continue;
        QAccessible::deleteAccessibleInterface(it->second);
        m_children.erase(it);
    }
    m_lastTokens = ids;
    // The tokens' children came, went or moved among themselves.
    QAccessibleEvent reorder(this, QAccessible::ObjectReorder);
    QAccessible::updateAccessibility(&reorder);
}

} // namespace tsl
