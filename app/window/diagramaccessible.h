#pragma once
// The state diagram for screen readers (AT-SPI on Linux, UI Automation on Windows): the diagram
// widget is a canvas with a child per state (its name; what it means and how many connections
// are on it), per edge of the transition table (event / action, what it means) and per token
// (which connection, where). The keyboard's focus item is the focused child; a state whose count
// changes, and tokens that come or go, are announced. installWindowAccessibility() installs it
// (and the ladder's rows, ladderaccessible.h) with QAccessible::installFactory.

#include "diagram/diagramfocus.h"
#include "diagram/statesummary.h"

#include <QAccessibleWidget>
#include <QCoreApplication>
#include <QStringList>

#include <array>
#include <map>
#include <optional>
#include <vector>

namespace tsl {

class DiagramWidget;

// Once per process: the accessibility factory for the diagram and the ladder.
void installWindowAccessibility();

class DiagramAccessible : public QAccessibleWidget {
    Q_DECLARE_TR_FUNCTIONS(DiagramAccessible)

public:
    explicit DiagramAccessible(DiagramWidget* diagram);
    ~DiagramAccessible() override;
    DiagramAccessible(const DiagramAccessible&) = delete;
    DiagramAccessible& operator=(const DiagramAccessible&) = delete;

    // The children: the eleven states in stateIndex() order, then every edge of transitions()
    // (those not drawn are invisible), then the shown source's tokens.
    static int childIndex(const DiagramFocus& item);
    static int firstTokenChild();

    int childCount() const override;
    QAccessibleInterface* child(int index) const override;
    int indexOfChild(const QAccessibleInterface* child) const override;
    QAccessibleInterface* childAt(int x, int y) const override;
    QAccessibleInterface* focusChild() const override;
    QString text(QAccessible::Text t) const override;

    DiagramWidget* diagram() const;

    // One token (or a pile counted into one chip) as a reader hears it.
    struct Token {
        QString id; // stable while the token lives: its source's key ("pile:STATE" for a counted pile)
        QString name;
        QString description;
        TcpState state = TcpState::Closed;      // where it rests, or where its walk goes
        std::optional<std::size_t> movingAlong; // the edge it walks
    };
    std::vector<Token> tokens() const;

    // The board changed (DiagramWidget calls this): announce what a reader would notice.
    void boardChanged();

private:
    QAccessibleInterface* childFor(const QString& key, int index) const;

    mutable std::map<QString, QAccessible::Id> m_children; // by key: "state:3", "edge:12", "token:<id>"
    std::array<StateSummary, kStateCount> m_lastSummaries{};
    QStringList m_lastTokens;
};

} // namespace tsl
