#pragma once
// What the diagram shows right now: highlighted states and edge, and tokens (labelled markers
// such as "client :52910") that sit on states and glide along edges. The live lab and the
// simulator drive it; the painter reads it.

#include "model/tcpstate.h"

#include <QColor>
#include <QEasingCurve>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <bitset>
#include <deque>
#include <optional>

class QVariantAnimation;

namespace tsl {

class DiagramScene : public QObject {
    Q_OBJECT

public:
    struct Token {
        QString id;
        QString label;
        QColor color;
        TcpState state = TcpState::Closed;          // where it sits, or where its move started
        std::optional<std::size_t> movingAlong;     // transition being animated
        qreal progress = 0;                          // 0..1 along that transition
    };

    explicit DiagramScene(QObject* parent = nullptr);
    ~DiagramScene() override;

    void setHighlightedStates(const QList<TcpState>& states);
    QList<TcpState> highlightedStates() const;
    bool isHighlighted(TcpState state) const;

    void setHighlightedEdge(std::optional<std::size_t> transition);
    std::optional<std::size_t> highlightedEdge() const { return m_highlightedEdge; }

    // Places (or re-places, without animation) a token on a state.
    void placeToken(const QString& id, const QString& label, const QColor& color, TcpState state);
    // Re-places an existing token on a state, without animation, keeping its label and colour
    // (a jump no edge explains). False for an unknown token.
    bool setTokenState(const QString& id, TcpState state);
    // Animates the token along a transition; moves queue up so a path plays edge after edge.
    // Returns false for an unknown token or transition index.
    bool moveToken(const QString& id, std::size_t transition);
    void removeToken(const QString& id);
    // Removes every token whose id starts with `prefix` (each panel names its own tokens).
    void removeTokens(const QString& prefix);
    void clearTokens();
    // One story on the diagram at a time: the panel whose token ids start with `prefix` owns the
    // tokens from now on. Every other token goes; tokensClaimed tells the other panels (once per
    // change of owner) so they stop driving the diagram.
    void claimTokens(const QString& prefix);
    const QString& tokenOwner() const { return m_owner; }
    const QList<Token>& tokens() const { return m_tokens; }
    std::optional<Token> token(const QString& id) const;
    bool isAnimating() const;

    // Length of one edge's animation; 0 moves tokens at once.
    void setAnimationDuration(int milliseconds);
    int animationDuration() const { return m_durationMs; }
    void setEasingCurve(const QEasingCurve& curve) { m_easing = curve; }

signals:
    void changed();
    // A token finished a move and now sits on `state`.
    void tokenArrived(const QString& id, tsl::TcpState state);
    void tokensClaimed(const QString& prefix);

private:
    struct Motion {
        QVariantAnimation* animation = nullptr;
        std::deque<std::size_t> pending;
    };
    Token* findToken(const QString& id);
    void startNextMove(const QString& id);
    void finishMove(const QString& id);

    std::bitset<kStateCount> m_highlighted;
    std::optional<std::size_t> m_highlightedEdge;
    QList<Token> m_tokens;
    QHash<QString, Motion> m_motions;
    QString m_owner;
    int m_durationMs = 400;
    QEasingCurve m_easing{QEasingCurve::InOutCubic};
};

} // namespace tsl
