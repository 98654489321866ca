#pragma once
// The simulator as the Wire panel's twin (issue 13 §2): a SimTwin follows the WireLab's session —
// the same socket calls and wire actions — and shows what it thinks beside the kernel: ghost
// tokens for A and B on the token board walking the simulator's edges, a mark with its
// explanation on every live-ladder row where the two engines disagree (state or answer), a line
// in the log for each, and a one-line summary. Turning it on mid-session, or changing its
// profile, replays the session's events so far; the lab's reset starts it afresh. QtCore only:
// the panel wires a checkbox and a chooser to it.

#include "lab/simtwin.h"

#include <QObject>
#include <QString>

#include <map>
#include <memory>
#include <set>
#include <vector>

namespace tsl {

class TokenBoard;
class WireLab;

class WireTwin : public QObject {
    Q_OBJECT

public:
    // `lab` and `board` (may be null) must outlive the twin.
    WireTwin(WireLab* lab, TokenBoard* board, QObject* parent = nullptr);
    ~WireTwin() override;

    // On: a new twin replays the session so far and follows it. Off: ghosts and marks go.
    void setEnabled(bool on);
    bool isEnabled() const { return m_twin != nullptr; }
    // A new profile replays the session so far under it (when on).
    void setProfile(sim::Profile profile);
    sim::Profile profile() const { return m_profile; }

    // The twin while on (null when off).
    const SimTwin* twin() const { return m_twin.get(); }
    // Steps where the engines disagree so far (the open one included).
    int differingSteps() const;
    // Ladder rows marked by the twin (ascending).
    std::vector<int> markedRows() const;
    // "Twin (Linux) agrees with the kernel" / "Twin (RFC 9293): 2 steps differ — see the marks"; empty when off.
    QString summary() const;

    // The ghosts' keys on the board, per side: "twin A", "twin B".
    static QString ghostKey(sim::Side side);

signals:
    // The summary, the ghosts or the marks changed.
    void changed();

private:
    void restart(bool replay);
    void finishAtScenarioEnd();
    void follow(const std::vector<NetRunEvent>& events);
    void feed(const std::vector<NetRunEvent>& events, bool animate);
    void moveGhosts(bool animate);
    void updateMarks();
    void noteClosedDifferences();
    void removeGhosts();
    void unmarkAll();

    WireLab* m_lab;
    TokenBoard* m_board;
    sim::Profile m_profile = sim::Profile::Rfc9293;
    std::unique_ptr<SimTwin> m_twin;
    std::size_t m_recordsSeen = 0;        // simulator steps already turned into ghost walks
    bool m_ghostShown[2] = {false, false};
    std::map<int, QString> m_marks;       // row → mark text as painted
    std::set<int> m_loggedSteps;          // twin steps (index) whose difference the log has
};

} // namespace tsl
