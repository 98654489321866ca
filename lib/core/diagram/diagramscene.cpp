#include "diagramscene.h"

#include "model/transitiontable.h"

#include <QHash>
#include <QVariantAnimation>

namespace tsl {

DiagramScene::DiagramScene(QObject* parent) : QObject(parent) {}

DiagramScene::~DiagramScene() = default;

void DiagramScene::setHighlightedStates(const QList<TcpState>& states)
{
    std::bitset<kStateCount> next;
    for (TcpState state : states) {
        if (state != TcpState::Unknown)
            next.set(stateIndex(state));
    }
    if (next == m_highlighted)
        return;
    m_highlighted = next;
    emit changed();
}

QList<TcpState> DiagramScene::highlightedStates() const
{
    QList<TcpState> out;
    for (TcpState state : kAllStates) {
        if (m_highlighted.test(stateIndex(state)))
            out << state;
    }
    return out;
}

bool DiagramScene::isHighlighted(TcpState state) const
{
    return state != TcpState::Unknown && m_highlighted.test(stateIndex(state));
}

void DiagramScene::setHighlightedEdge(std::optional<std::size_t> transition)
{
    if (transition && *transition >= transitions().size())
        transition.reset();
    if (transition == m_highlightedEdge)
        return;
    m_highlightedEdge = transition;
    emit changed();
}

DiagramScene::Token* DiagramScene::findToken(const QString& id)
{
    for (Token& token : m_tokens) {
        if (token.id == id)
            return &token;
    }
    return nullptr;
}

std::optional<DiagramScene::Token> DiagramScene::token(const QString& id) const
{
    for (const Token& token : m_tokens) {
        if (token.id == id)
            return token;
    }
    return std::nullopt;
}

void DiagramScene::placeToken(const QString& id, const QString& label, const QColor& color,
                              TcpState state)
{
    removeToken(id);
    m_tokens.append(Token{id, label, color, state, std::nullopt, 0});
    emit changed();
}

bool DiagramScene::setTokenState(const QString& id, TcpState state)
{
    const std::optional<Token> existing = token(id);
    if (!existing)
        return false;
    placeToken(id, existing->label, existing->color, state);
    return true;
}

bool DiagramScene::moveToken(const QString& id, std::size_t transition)
{
    if (!findToken(id) || transition >= transitions().size())
        return false;
    Motion& motion = m_motions[id];
    motion.pending.push_back(transition);
    if (!motion.animation)
        startNextMove(id);
    return true;
}

void DiagramScene::startNextMove(const QString& id)
{
    Motion& motion = m_motions[id];
    Token* token = findToken(id);
    if (!token || motion.pending.empty()) {
        m_motions.remove(id);
        return;
    }
    const std::size_t transition = motion.pending.front();
    motion.pending.pop_front();
    token->state = transitions()[transition].from;
    token->movingAlong = transition;
    token->progress = 0;
    if (m_durationMs <= 0) {
        finishMove(id);
        return;
    }
    auto* animation = new QVariantAnimation(this);
    animation->setStartValue(0.0);
    animation->setEndValue(1.0);
    animation->setDuration(m_durationMs);
    animation->setEasingCurve(m_easing);
    connect(animation, &QVariantAnimation::valueChanged, this, [this, id](const QVariant& value) {
        if (Token* t = findToken(id)) {
            t->progress = value.toReal();
            emit changed();
        }
    });
    connect(animation, &QVariantAnimation::finished, this, [this, id] { finishMove(id); });
    motion.animation = animation;
    animation->start(QAbstractAnimation::DeleteWhenStopped);
    emit changed();
}

void DiagramScene::finishMove(const QString& id)
{
    if (auto it = m_motions.find(id); it != m_motions.end())
        it->animation = nullptr; // deleted by DeleteWhenStopped
    Token* token = findToken(id);
    if (!token)
        return;
    if (token->movingAlong)
        token->state = transitions()[*token->movingAlong].to;
    token->movingAlong.reset();
    token->progress = 0;
    const TcpState arrived = token->state;
    emit changed();
    emit tokenArrived(id, arrived);
    startNextMove(id);
}

void DiagramScene::removeToken(const QString& id)
{
    if (auto it = m_motions.find(id); it != m_motions.end()) {
        if (it->animation) {
            it->animation->disconnect(this);
            it->animation->stop();
        }
        m_motions.erase(it);
    }
    const auto removed = m_tokens.removeIf([&](const Token& t) { return t.id == id; });
    if (removed > 0)
        emit changed();
}

void DiagramScene::removeTokens(const QString& prefix)
{
    QStringList ids;
    for (const Token& t : m_tokens) {
        if (t.id.startsWith(prefix))
            ids << t.id;
    }
    for (const QString& id : ids)
        removeToken(id);
}

void DiagramScene::claimTokens(const QString& prefix)
{
    QStringList others;
    for (const Token& t : m_tokens) {
        if (!t.id.startsWith(prefix))
            others << t.id;
    }
    for (const QString& id : others)
        removeToken(id);
    if (m_owner != prefix) {
        m_owner = prefix;
        emit tokensClaimed(prefix);
    }
}

void DiagramScene::clearTokens()
{
    const QStringList ids = [this] {
        QStringList out;
        for (const Token& t : m_tokens)
            out << t.id;
        return out;
    }();
    for (const QString& id : ids)
        removeToken(id);
}

bool DiagramScene::isAnimating() const
{
    for (const Motion& motion : m_motions) {
        if (motion.animation)
            return true;
    }
    return false;
}

void DiagramScene::setAnimationDuration(int milliseconds)
{
    m_durationMs = std::max(0, milliseconds);
}

} // namespace tsl
