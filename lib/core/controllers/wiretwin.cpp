#include "wiretwin.h"

#include "controllers/wirelab.h"
#include "diagram/tokenboard.h"
#include "text/simtext.h"
#include "text/twintext.h"

namespace tsl {

namespace {

constexpr sim::Side kSides[] = {sim::Side::A, sim::Side::B};

int sideIndex(sim::Side side) { return side == sim::Side::A ? 0 : 1; }

} // namespace

WireTwin::WireTwin(WireLab* lab, TokenBoard* board, QObject* parent) : QObject(parent), m_lab(lab), m_board(board)
{
    connect(m_lab, &WireLab::eventsArrived, this, &WireTwin::follow);
    connect(m_lab, &WireLab::cleared, this, [this] {
        // The lab cleared its ladder (with the marks) and the Network tokens (with the ghosts).
        m_marks.clear();
        m_ghostShown[0] = m_ghostShown[1] = false;
        if (m_twin)
            restart(false);
    });
    connect(m_lab, &WireLab::changed, this, &WireTwin::finishAtScenarioEnd);
    connect(m_lab, &WireLab::busyChanged, this, &WireTwin::finishAtScenarioEnd);
}

void WireTwin::finishAtScenarioEnd()
{
    // A scenario played to its end (and the lab is idle): the last step's comparison is final.
    if (!m_twin || m_lab->scenario().isEmpty() || m_lab->isBusy() || m_lab->stepsDone() < m_lab->stepCount()
            || m_twin->steps().empty() || m_twin->steps().back().closed)
        return;
    m_twin->finish();
    updateMarks();
    noteClosedDifferences();
    emit changed();
}

WireTwin::~WireTwin() = default;

QString WireTwin::ghostKey(sim::Side side) { return side == sim::Side::A ? QStringLiteral("twin A") : QStringLiteral("twin B"); }

void WireTwin::setEnabled(bool on)
{
    if (on == isEnabled())
        return;
    if (on) {
        restart(true);
        return;
    }
    unmarkAll();
    removeGhosts();
    m_twin.reset();
    emit changed();
}

void WireTwin::setProfile(sim::Profile profile)
{
    if (profile == m_profile)
        return;
    m_profile = profile;
    if (m_twin)
        restart(true);
}

void WireTwin::restart(bool replay)
{
    unmarkAll();
    m_twin = std::make_unique<SimTwin>(m_profile);
    m_recordsSeen = 0;
    m_loggedSteps.clear();
    if (replay) {
        m_lab->note(tr("Simulator as twin on (%1): the session so far replayed").arg(sim::SimText::profileTitle(m_profile)));
        feed(m_lab->events(), false);
    } else {
        moveGhosts(false);
    }
    emit changed();
}

void WireTwin::follow(const std::vector<NetRunEvent>& events)
{
    if (!m_twin)
        return;
    feed(events, true);
    emit changed();
}

void WireTwin::feed(const std::vector<NetRunEvent>& events, bool animate)
{
    for (const NetRunEvent& event : events)
        m_twin->feed(event);
    moveGhosts(animate);
    updateMarks();
    noteClosedDifferences();
}

void WireTwin::moveGhosts(bool animate)
{
    // The simulator's edges since the last batch, per side: the ghost walks them.
    std::vector<std::size_t> paths[2];
    const auto& records = m_twin->simulator().records();
    const std::size_t done = std::min(records.size(), std::size_t(m_twin->simulator().currentStep()));
    for (std::size_t i = m_recordsSeen; i < done; ++i) {
        for (const sim::StateChange& change : records[i].changes)
            paths[sideIndex(change.side)].push_back(change.transition);
    }
    m_recordsSeen = done;
    if (!m_board)
        return;
    std::vector<TokenEvent> tokens;
    for (const sim::Side side : kSides) {
        const int i = sideIndex(side);
        const TcpState state = m_twin->simState(side);
        const TokenBoard::Token* shown = m_board->token(TokenSource::Network, ghostKey(side));
        if (!m_ghostShown[i] && state == TcpState::Closed)
            continue; // nothing to show yet (as the kernel's tokens)
        if (m_ghostShown[i] && paths[i].empty() && shown && shown->state == state)
            continue;
        TokenEvent token;
        token.source = TokenSource::Network;
        token.key = ghostKey(side);
        token.ghost = true;
        token.numbered = false;
        token.role = side == sim::Side::A ? PathRole::Client : PathRole::Server;
        token.label = tr("sim %1").arg(side == sim::Side::A ? QStringLiteral("A") : QStringLiteral("B"));
        token.state = state;
        if (animate)
            token.path = paths[i];
        token.fresh = !m_ghostShown[i];
        token.gone = state == TcpState::Closed;
        m_ghostShown[i] = !token.gone;
        tokens.push_back(std::move(token));
    }
    if (!tokens.empty())
        m_board->apply(tokens);
}

void WireTwin::updateMarks()
{
    // Every row where a step disagrees: its mark, the explanations of all its steps.
    std::map<int, std::pair<QStringList, QStringList>> wanted;
    for (const TwinStep& step : m_twin->steps()) {
        if (step.agrees() || step.events.empty())
            continue;
        const auto row = m_lab->ladder().rowOfStep(m_twin->events()[step.events.front()].step);
        if (!row)
            continue;
        auto& [texts, explanations] = wanted[*row];
        const QString text = TwinText::mark(step);
        if (!texts.contains(text))
            texts << text;
        explanations << TwinText::explanation(*m_twin, step);
    }
    for (auto it = m_marks.begin(); it != m_marks.end();) {
        if (wanted.count(it->first) == 0) {
            m_lab->markRow(it->first, QString());
            it = m_marks.erase(it);
        } else {
            ++it;
        }
    }
    for (const auto& [row, mark] : wanted) {
        const QString text = mark.first.join(QStringLiteral("; "));
        const QString explanation = mark.second.join(QStringLiteral("\n\n"));
        const QString painted = text + QChar(0) + explanation;
        auto& shown = m_marks[row];
        if (shown == painted)
            continue;
        shown = painted;
        m_lab->markRow(row, text, explanation);
    }
}

void WireTwin::noteClosedDifferences()
{
    for (const TwinStep& step : m_twin->steps()) {
        if (!step.closed || step.agrees() || m_loggedSteps.count(step.index) != 0)
            continue;
        m_loggedSteps.insert(step.index);
        QStringList differences;
        for (const TwinDifference& difference : step.differences)
            differences << TwinText::difference(difference);
        const auto row = step.events.empty() ? std::nullopt
                                             : m_lab->ladder().rowOfStep(m_twin->events()[step.events.front()].step);
        m_lab->note(tr("Twin (%1) differs at ladder row %2: %3")
                        .arg(sim::SimText::profileTitle(m_profile), row ? QString::number(*row) : QStringLiteral("?"),
                             differences.join(QStringLiteral("; "))));
    }
}

void WireTwin::removeGhosts()
{
    if (!m_board)
        return;
    std::vector<TokenEvent> tokens;
    for (const sim::Side side : kSides) {
        const TokenBoard::Token* shown = m_board->token(TokenSource::Network, ghostKey(side));
        m_ghostShown[sideIndex(side)] = false;
        if (!shown || shown->gone)
            continue;
        TokenEvent token;
        token.source = TokenSource::Network;
        token.key = ghostKey(side);
        token.ghost = true;
        token.numbered = false;
        token.role = shown->role;
        token.label = shown->label;
        token.state = shown->state;
        token.gone = true; // fades out where it stands
        tokens.push_back(std::move(token));
    }
    if (!tokens.empty())
        m_board->apply(tokens);
}

void WireTwin::unmarkAll()
{
    for (const auto& [row, painted] : m_marks)
        m_lab->markRow(row, QString());
    m_marks.clear();
}

int WireTwin::differingSteps() const
{
    if (!m_twin)
        return 0;
    int count = 0;
    for (const TwinStep& step : m_twin->steps())
        count += step.agrees() ? 0 : 1;
    return count;
}

std::vector<int> WireTwin::markedRows() const
{
    std::vector<int> rows;
    for (const auto& [row, painted] : m_marks)
        rows.push_back(row);
    return rows;
}

QString WireTwin::summary() const
{
    if (!m_twin)
        return {};
    const QString profile = sim::SimText::profileTitle(m_profile);
    const int differing = differingSteps();
    if (differing == 0)
        return tr("Twin (%1) agrees with the kernel").arg(profile);
    if (differing == 1)
        return tr("Twin (%1): 1 step differs — see the mark on the ladder").arg(profile);
    return tr("Twin (%1): %2 steps differ — see the marks on the ladder").arg(profile).arg(differing);
}

} // namespace tsl
