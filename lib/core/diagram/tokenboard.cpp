#include "tokenboard.h"

#include <algorithm>

namespace tsl {

namespace {
constexpr int kWalkTickMs = 16; // one frame at 60 Hz: smooth walks
constexpr int kFadeTickMs = 50; // fading alone needs no more than 20 frames a second; idle: none

int sourceIndex(TokenSource source) { return int(source); }
} // namespace

QString TokenBoard::Token::text() const
{
    if (number <= 0)
        return label;
    return label.isEmpty() ? QString::number(number) : QStringLiteral("%1  %2").arg(number).arg(label);
}

TokenBoard::TokenBoard(QObject* parent) : QObject(parent)
{
    m_clock.start();
    m_ticker.setInterval(kWalkTickMs);
    connect(&m_ticker, &QTimer::timeout, this, &TokenBoard::tick);
}

TokenBoard::~TokenBoard() = default;

void TokenBoard::setHighlightedStates(const QList<TcpState>& states)
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

QList<TcpState> TokenBoard::highlightedStates() const
{
    QList<TcpState> out;
    for (TcpState state : kAllStates) {
        if (m_highlighted.test(stateIndex(state)))
            out << state;
    }
    return out;
}

bool TokenBoard::isHighlighted(TcpState state) const
{
    return state != TcpState::Unknown && m_highlighted.test(stateIndex(state));
}

void TokenBoard::setHighlightedEdge(std::optional<std::size_t> transition)
{
    if (transition && *transition >= transitions().size())
        transition.reset();
    if (transition == m_highlightedEdge)
        return;
    m_highlightedEdge = transition;
    emit changed();
}

void TokenBoard::apply(const TokenEvent& event)
{
    if (applyOne(event))
        emit changed();
}

void TokenBoard::apply(const std::vector<TokenEvent>& events)
{
    bool any = false;
    for (const TokenEvent& event : events)
        any = applyOne(event) || any;
    if (any)
        emit changed();
}

bool TokenBoard::applyOne(const TokenEvent& event)
{
    if (event.state == TcpState::Unknown)
        return false;
    const auto& table = transitions();
    std::vector<std::size_t> path;
    for (std::size_t edge : event.path) {
        if (edge < table.size())
            path.push_back(edge);
    }
    const qint64 now = this->now();
    const Key key{sourceIndex(event.source), event.key};
    auto it = m_entries.find(key);
    if (it != m_entries.end() && event.fresh) {
        m_entries.erase(it);
        it = m_entries.end();
    }
    if (it == m_entries.end()) {
        if (event.gone && path.empty())
            return false; // never shown and already gone: nothing to tell
        Entry entry;
        entry.token.source = event.source;
        entry.token.key = event.key;
        entry.token.number = event.numbered && !event.ghost ? m_nextNumber[std::size_t(sourceIndex(event.source))]++ : 0;
        entry.token.state = path.empty() ? event.state : table[path.front()].from;
        it = m_entries.emplace(key, std::move(entry)).first;
    }
    Entry& entry = it->second;
    Token& token = entry.token;
    token.role = event.role;
    token.ghost = event.ghost;
    if (!event.label.isEmpty())
        token.label = event.label;
    token.gone = token.gone || event.gone;
    if (path.empty()) {
        // Placed (or jumped): no edge explains the move; anything still queued is obsolete.
        entry.pending.clear();
        token.movingAlong.reset();
        token.progress = 0;
        token.state = event.state;
        arrive(entry, now);
        return true;
    }
    entry.fadeFromMs.reset();
    token.opacity = 1;
    for (std::size_t edge : path)
        entry.pending.push_back(edge);
    if (!token.movingAlong)
        startNextMove(entry, now);
    return true;
}

void TokenBoard::startNextMove(Entry& entry, qint64 now)
{
    Token& token = entry.token;
    while (!entry.pending.empty()) {
        const std::size_t edge = entry.pending.front();
        entry.pending.pop_front();
        token.state = transitions()[edge].from;
        if (m_durationMs <= 0) {
            token.state = transitions()[edge].to;
            continue;
        }
        token.movingAlong = edge;
        token.progress = 0;
        entry.moveStartedMs = now;
        ensureTicking(true);
        return;
    }
    token.movingAlong.reset();
    token.progress = 0;
    arrive(entry, now);
}

void TokenBoard::arrive(Entry& entry, qint64 now)
{
    scheduleFade(entry, now);
    emit tokenArrived(entry.token.source, entry.token.key, entry.token.state);
}

void TokenBoard::scheduleFade(Entry& entry, qint64 now)
{
    // CLOSED is where a connection ends; a socket that left the table ends there too.
    if (entry.token.state == TcpState::Closed || entry.token.gone) {
        if (!entry.fadeFromMs)
            entry.fadeFromMs = now + m_fadeDelayMs;
        ensureTicking(false);
    } else {
        entry.fadeFromMs.reset();
        entry.token.opacity = 1;
    }
}

qint64 TokenBoard::now() const { return m_manualNowMs ? *m_manualNowMs : m_clock.elapsed(); }

void TokenBoard::useManualClock()
{
    m_ticker.stop();
    m_manualNowMs = now();
}

void TokenBoard::advance(int milliseconds)
{
    if (!m_manualNowMs)
        return;
    *m_manualNowMs += std::max(0, milliseconds);
    tick();
}

void TokenBoard::ensureTicking(bool walking)
{
    if (m_manualNowMs)
        return;
    const int interval = walking ? kWalkTickMs : kFadeTickMs;
    if (!m_ticker.isActive())
        m_ticker.start(interval);
    else if (walking && m_ticker.interval() != kWalkTickMs)
        m_ticker.setInterval(kWalkTickMs);
}

void TokenBoard::tick()
{
    const qint64 now = this->now();
    bool busy = false;
    bool visibleChange = false;
    bool walking = false;
    std::vector<Key> faded;
    for (auto& [key, entry] : m_entries) {
        Token& token = entry.token;
        const bool shown = token.source == m_shown;
        if (token.movingAlong) {
            const qreal t = qreal(now - entry.moveStartedMs) / qreal(std::max(1, m_durationMs));
            if (t >= 1) {
                token.state = transitions()[*token.movingAlong].to;
                token.movingAlong.reset();
                token.progress = 0;
                startNextMove(entry, now);
            } else {
                token.progress = m_easing.valueForProgress(t);
            }
            visibleChange = visibleChange || shown;
            busy = busy || token.movingAlong.has_value();
            walking = walking || token.movingAlong.has_value();
        }
        if (!token.movingAlong && entry.fadeFromMs) {
            busy = true;
            if (now >= *entry.fadeFromMs) {
                const qreal left = 1 - qreal(now - *entry.fadeFromMs) / qreal(std::max(1, m_fadeDurationMs));
                if (left <= 0)
                    faded.push_back(key);
                token.opacity = std::clamp(left, 0.0, 1.0);
                visibleChange = visibleChange || shown;
            }
        }
    }
    for (const Key& key : faded)
        m_entries.erase(key);
    if (!m_manualNowMs) { // with a manual clock, advance() drives this
        if (!busy && faded.empty())
            m_ticker.stop();
        else if (!walking && m_ticker.interval() != kFadeTickMs)
            m_ticker.setInterval(kFadeTickMs);
    }
    if (visibleChange || !faded.empty())
        emit changed();
}

void TokenBoard::clear(TokenSource source)
{
    const int index = sourceIndex(source);
    std::erase_if(m_entries, [&](const auto& item) { return item.first.first == index; });
    m_nextNumber[std::size_t(index)] = 1;
    m_counts[std::size_t(index)].clear();
    emit changed();
}

void TokenBoard::clearAll()
{
    m_entries.clear();
    m_nextNumber.fill(1);
    for (auto& counts : m_counts)
        counts.clear();
    emit changed();
}

void TokenBoard::setShownSource(TokenSource source)
{
    if (source == m_shown)
        return;
    m_shown = source;
    emit changed();
}

void TokenBoard::setStateCounts(TokenSource source, const std::map<TcpState, int>& counts)
{
    auto& mine = m_counts[std::size_t(sourceIndex(source))];
    if (mine == counts)
        return;
    mine = counts;
    if (source == m_shown)
        emit changed();
}

const TokenBoard::Token* TokenBoard::token(TokenSource source, const QString& key) const
{
    const auto it = m_entries.find(Key{sourceIndex(source), key});
    return it == m_entries.end() ? nullptr : &it->second.token;
}

int TokenBoard::tokenCount(TokenSource source) const
{
    const int index = sourceIndex(source);
    return int(std::count_if(m_entries.begin(), m_entries.end(),
                             [&](const auto& item) { return item.first.first == index; }));
}

std::vector<TokenBoard::Pile> TokenBoard::piles() const
{
    std::array<Pile, kStateCount> byState;
    for (const auto& [key, entry] : m_entries) {
        const Token& token = entry.token;
        if (token.source != m_shown || token.movingAlong || token.ghost)
            continue;
        Pile& pile = byState[stateIndex(token.state)];
        pile.tokens.push_back(&token);
        ++pile.count;
        (token.role == PathRole::Server ? pile.servers : pile.clients) += 1;
    }
    const auto& counts = m_counts[std::size_t(sourceIndex(m_shown))];
    std::vector<Pile> out;
    for (TcpState state : kAllStates) {
        Pile& pile = byState[stateIndex(state)];
        pile.state = state;
        if (const auto it = counts.find(state); it != counts.end() && it->second > pile.count) {
            // The source follows more sockets here than it has tokens for: say how many.
            pile.clients += it->second - pile.count;
            pile.count = it->second;
        }
        if (pile.count == 0)
            continue;
        if (pile.count > kMaxChipsPerState)
            pile.tokens.clear();
        else
            std::sort(pile.tokens.begin(), pile.tokens.end(),
                      [](const Token* a, const Token* b) { return a->number < b->number; });
        out.push_back(std::move(pile));
    }
    return out;
}

std::vector<TokenBoard::Pile> TokenBoard::ghostPiles() const
{
    std::array<Pile, kStateCount> byState;
    for (const auto& [key, entry] : m_entries) {
        const Token& token = entry.token;
        if (token.source != m_shown || token.movingAlong || !token.ghost)
            continue;
        Pile& pile = byState[stateIndex(token.state)];
        pile.tokens.push_back(&token);
        ++pile.count;
        (token.role == PathRole::Server ? pile.servers : pile.clients) += 1;
    }
    std::vector<Pile> out;
    for (TcpState state : kAllStates) {
        Pile& pile = byState[stateIndex(state)];
        pile.state = state;
        if (pile.count > 0)
            out.push_back(std::move(pile));
    }
    return out;
}

std::vector<const TokenBoard::Token*> TokenBoard::movingTokens() const
{
    std::vector<const Token*> out;
    for (const auto& [key, entry] : m_entries) {
        if (entry.token.source == m_shown && entry.token.movingAlong)
            out.push_back(&entry.token);
    }
    return out;
}

bool TokenBoard::isAnimating() const
{
    return std::any_of(m_entries.begin(), m_entries.end(),
                       [](const auto& item) { return item.second.token.movingAlong.has_value(); });
}

void TokenBoard::setAnimationDuration(int milliseconds) { m_durationMs = std::max(0, milliseconds); }

void TokenBoard::setFadeTimes(int delayMs, int durationMs)
{
    m_fadeDelayMs = std::max(0, delayMs);
    m_fadeDurationMs = std::max(1, durationMs);
}

} // namespace tsl
