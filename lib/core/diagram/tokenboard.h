#pragma once
// What the state diagram shows right now: highlighted states and edge, and the tokens of the
// connections a source is following. Every source (the live lab, the watch, the simulator, the
// private network) feeds it the same plain events; the board numbers the connections, colours
// them by role, walks them along the model's edges, piles many on one state into a single chip
// with a count, and fades out the ones that reached CLOSED or left the table. The painter only
// reads it; nothing here needs a widget.

#include "model/tcpstate.h"
#include "model/transitiontable.h"

#include <QEasingCurve>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <array>
#include <bitset>
#include <deque>
#include <map>
#include <optional>
#include <vector>

namespace tsl {

enum class TokenSource {
    Lab,
    Watch,
    Simulator,
    Network,
};

// One thing that happened to one connection, in a source's own terms.
struct TokenEvent {
    TokenSource source = TokenSource::Lab;
    QString key;                     // the connection, unique within its source
    PathRole role = PathRole::Client; // client path or server path: the token's colour
    QString label;                   // short, e.g. ":52910" or "client :52910"
    TcpState state = TcpState::Closed; // where it stands after this event
    // The model's edges walked to get there, played one after another; empty: the token is
    // placed on `state` (it jumped, or the source only knows where it stands).
    std::vector<std::size_t> path;
    bool fresh = false;    // a new connection, even if its key was seen before (a reused 4-tuple)
    bool gone = false;     // the socket left the table: fade out once the walk is over
    bool numbered = true;  // the board tells connections apart by number (false: the label does)
    // A ghost: another engine's view of a connection the source follows (the simulator as the
    // real kernel's twin). Drawn translucent and outlined beside the state, never piled with or
    // numbered among the source's own tokens.
    bool ghost = false;
};

class TokenBoard : public QObject {
    Q_OBJECT

public:
    struct Token {
        TokenSource source = TokenSource::Lab;
        QString key;
        int number = 0;                         // 1, 2, 3 … per source since its last clear; 0: none
        PathRole role = PathRole::Client;
        QString label;
        TcpState state = TcpState::Closed;      // where it sits, or where its move started
        std::optional<std::size_t> movingAlong; // edge being walked
        qreal progress = 0;                     // 0..1 along that edge
        qreal opacity = 1;                      // below 1 while fading out
        bool gone = false;
        bool ghost = false;                     // see TokenEvent::ghost

        QString text() const; // what the chip says: "3  client :52910"
    };

    // The tokens resting on one state: a few as chips of their own, more as one counted chip.
    struct Pile {
        TcpState state = TcpState::Closed;
        std::vector<const Token*> tokens; // in number order; empty when aggregated
        int count = 0;
        int clients = 0;
        int servers = 0;
        bool aggregated() const { return tokens.empty() && count > 0; }
    };

    // More tokens than this on one state become one chip with a count.
    static constexpr int kMaxChipsPerState = 3;

    explicit TokenBoard(QObject* parent = nullptr);
    ~TokenBoard() override;

    // ---- highlights (a click on the diagram, the simulator's last edge)
    void setHighlightedStates(const QList<TcpState>& states);
    QList<TcpState> highlightedStates() const;
    bool isHighlighted(TcpState state) const;
    void setHighlightedEdge(std::optional<std::size_t> transition);
    std::optional<std::size_t> highlightedEdge() const { return m_highlightedEdge; }

    // ---- tokens
    void apply(const TokenEvent& event);
    void apply(const std::vector<TokenEvent>& events); // one repaint for a whole poll
    // Forgets a source's tokens and restarts its numbering: a new run, or Clear.
    void clear(TokenSource source);
    void clearAll();
    // The diagram shows one source's tokens at a time; the others keep following theirs
    // (switching panels never stops or resets anything).
    void setShownSource(TokenSource source);
    TokenSource shownSource() const { return m_shown; }
    // A source that follows more sockets than it has tokens for tells the true counts, so the
    // piles still say "TIME_WAIT × 10000".
    void setStateCounts(TokenSource source, const std::map<TcpState, int>& counts);

    const Token* token(TokenSource source, const QString& key) const;
    int tokenCount(TokenSource source) const;
    // The shown source's tokens: resting ones piled per state, moving ones on their edges.
    std::vector<Pile> piles() const;          // without ghosts
    std::vector<const Token*> movingTokens() const; // ghosts too (token->ghost)
    // The shown source's ghosts at rest, per state (in key order), drawn beside the state's box.
    std::vector<Pile> ghostPiles() const;
    bool isAnimating() const;

    // Length of one edge's walk; 0 moves tokens at once.
    void setAnimationDuration(int milliseconds);
    int animationDuration() const { return m_durationMs; }
    void setEasingCurve(const QEasingCurve& curve) { m_easing = curve; }
    // A token on CLOSED (or gone) stays `delay` ms, then fades out over `duration` ms.
    void setFadeTimes(int delayMs, int durationMs);
    // Exports paint frames at their own pace: the board's clock then stands still, no timer
    // runs, and time passes only by advance(), which moves and fades tokens as the timer would.
    void useManualClock();
    void advance(int milliseconds);

signals:
    void changed();
    // A token finished its walk and now rests on `state`.
    void tokenArrived(tsl::TokenSource source, const QString& key, tsl::TcpState state);

private:
    struct Entry {
        Token token;
        std::deque<std::size_t> pending; // edges still to walk
        qint64 moveStartedMs = 0;
        std::optional<qint64> fadeFromMs; // when fading begins
    };
    using Key = std::pair<int, QString>;

    bool applyOne(const TokenEvent& event);
    void startNextMove(Entry& entry, qint64 now);
    void arrive(Entry& entry, qint64 now);
    void scheduleFade(Entry& entry, qint64 now);
    void tick();
    void ensureTicking(bool walking);
    qint64 now() const;

    std::bitset<kStateCount> m_highlighted;
    std::optional<std::size_t> m_highlightedEdge;
    std::map<Key, Entry> m_entries;
    std::array<int, 4> m_nextNumber{1, 1, 1, 1};
    std::array<std::map<TcpState, int>, 4> m_counts;
    TokenSource m_shown = TokenSource::Lab;
    int m_durationMs = 400;
    int m_fadeDelayMs = 4000;
    int m_fadeDurationMs = 1000;
    QEasingCurve m_easing{QEasingCurve::InOutCubic};
    QElapsedTimer m_clock;
    std::optional<qint64> m_manualNowMs; // set: useManualClock()
    QTimer m_ticker;
};

} // namespace tsl
