#include "observedpath.h"

#include "transitiontable.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <utility>

namespace tsl {

namespace {

// No real jump between two polls needs more edges than this (CLOSED to TIME_WAIT takes five).
constexpr std::size_t kMaxEdges = 7;

enum class Fit {
    No,       // the evidence rules the edge out
    Possible, // nothing rules it out, nothing proves it
    Proven,   // the log proves it, or it follows by itself from what came before
};

bool isTimeout(const Transition& edge) { return edge.event.starts_with("timeout"); }
bool isReset(const Transition& edge) { return edge.event.starts_with("rcv RST"); }
bool isAbort(const Transition& edge) { return edge.event == "ABORT"; }
// A connection ended by a RST or an ABORT tells a different story than an orderly close.
bool endsAbruptly(const Transition& edge) { return isReset(edge) || isAbort(edge); }

Fit ifKnown(bool known, bool happened)
{
    if (!known)
        return Fit::Possible;
    return happened ? Fit::Proven : Fit::No;
}

Fit fitOf(std::size_t index, bool firstEdge, const PathEvidence& evidence)
{
    const Transition& edge = transitions()[index];
    const bool child = evidence.listenerChild;
    // A timer runs for a minute or more: it cannot have fired in a state nobody saw.
    if (isTimeout(edge))
        return firstEdge ? Fit::Proven : Fit::No;
    if (std::find(evidence.proven.begin(), evidence.proven.end(), index) != evidence.proven.end())
        return Fit::Proven;
    // A listener's connection starts with the SYN the listener received; the listener's own
    // edges (CLOSE, SEND, ABORT on LISTEN) are never its story. A listener itself stays in
    // LISTEN: each SYN it receives makes a new socket, its child.
    if (edge.from == TcpState::Listen && edge.event == "rcv SYN")
        return child ? Fit::Proven : Fit::No;
    if (edge.from == TcpState::Listen && child)
        return Fit::No;
    if (edge.event == "SEND") // on a listener: the lab never does it
        return evidence.knowsCalls ? Fit::No : Fit::Possible;
    if (edge.event == "passive OPEN" || edge.event == "active OPEN")
        return child || evidence.knowsCalls ? Fit::No : Fit::Possible;
    // A half-open request has no descriptor: nobody can close or abort it.
    if (child && edge.from == TcpState::SynReceived && (edge.event == "CLOSE" || isAbort(edge)))
        return Fit::No;
    if (edge.event == "CLOSE")
        return ifKnown(evidence.knowsCalls, evidence.closed);
    if (isAbort(edge))
        return ifKnown(evidence.knowsCalls, evidence.aborted);
    if (isReset(edge)) {
        // SYN_RECEIVED returns to LISTEN on a RST when reached by passive open, else to CLOSED.
        if (edge.from == TcpState::SynReceived && (edge.to == TcpState::Listen) != child)
            return Fit::No;
        return ifKnown(evidence.knowsPeer, evidence.peerAborted);
    }
    if (edge.event == "rcv FIN" || edge.event == "rcv FIN,ACK")
        return ifKnown(evidence.knowsPeer, evidence.peerClosed);
    if (edge.event == "rcv SYN") // SYN_SENT meeting a SYN: a simultaneous open
        return evidence.knowsPeer ? Fit::No : Fit::Possible;
    if (edge.event == "rcv SYN,ACK")
        return ifKnown(evidence.knowsPeer, evidence.peerListening);
    return Fit::Proven; // an ACK of what this socket sent: it follows by itself
}

struct Candidate {
    std::vector<std::size_t> edges;
    bool proven = true;  // every edge proven (or following by itself)
    bool abrupt = false; // ends by a RST or an ABORT
};

struct Search {
    TcpState target;
    const PathEvidence& evidence;
    std::vector<Candidate> found;
    std::vector<std::size_t> edges;
    std::array<bool, kStateCount> visited{};

    void from(TcpState state, bool proven)
    {
        if (edges.size() >= kMaxEdges)
            return;
        const auto table = transitions();
        for (std::size_t i = 0; i < table.size(); ++i) {
            const Transition& edge = table[i];
            if (edge.from != state)
                continue;
            const Fit fit = fitOf(i, edges.empty(), evidence);
            if (fit == Fit::No)
                continue;
            // A listener's connection that is gone may have ended back in LISTEN (rcv RST).
            const bool arrived = edge.to == target
                                 || (target == TcpState::Closed && evidence.listenerChild && edge.to == TcpState::Listen
                                     && edge.from == TcpState::SynReceived);
            if (!arrived && visited[stateIndex(edge.to)])
                continue;
            edges.push_back(i);
            if (arrived) {
                record(proven && fit == Fit::Proven);
            } else {
                visited[stateIndex(edge.to)] = true;
                from(edge.to, proven && fit == Fit::Proven);
                visited[stateIndex(edge.to)] = false;
            }
            edges.pop_back();
        }
    }

    void record(bool proven)
    {
        const auto table = transitions();
        // Once accepted, a connection has passed ESTABLISHED: a path around it is not its story.
        if (evidence.established) {
            const bool passes = std::any_of(edges.begin(), edges.end(),
                                            [&](std::size_t i) { return table[i].to == TcpState::Established; });
            const bool before = std::any_of(edges.begin(), edges.end(), [&](std::size_t i) {
                return table[i].from == TcpState::SynSent || table[i].from == TcpState::SynReceived
                       || table[i].from == TcpState::Listen || table[i].from == TcpState::Closed;
            });
            if (before && !passes)
                return;
        }
        const bool abrupt = std::any_of(edges.begin(), edges.end(), [&](std::size_t i) { return endsAbruptly(table[i]); });
        found.push_back({edges, proven, abrupt});
    }
};

std::vector<TcpState> statesOf(const std::vector<std::size_t>& edges)
{
    std::vector<TcpState> states;
    states.reserve(edges.size());
    for (std::size_t i : edges)
        states.push_back(transitions()[i].to);
    return states;
}

std::size_t unusualEdges(const Candidate& candidate)
{
    return std::size_t(std::count_if(candidate.edges.begin(), candidate.edges.end(),
                                     [](std::size_t i) { return transitions()[i].role == PathRole::Unusual; }));
}

// The best path of one story: the most direct (the fewest states claimed as passed unseen), then
// the client's and server's usual paths before a simultaneous open or close (which needs both
// ends to act at once). nullopt when no candidate tells this story; `ambiguous` when the best
// ones still pass different states.
struct StoryBest {
    std::optional<Candidate> path;
    bool ambiguous = false;
};

StoryBest bestOfStory(const std::vector<Candidate>& candidates, bool abrupt)
{
    std::vector<const Candidate*> story;
    for (const Candidate& candidate : candidates) {
        if (candidate.abrupt == abrupt)
            story.push_back(&candidate);
    }
    if (story.empty())
        return {};
    const auto rank = [](const Candidate* candidate) { return std::pair(candidate->edges.size(), unusualEdges(*candidate)); };
    const auto best = rank(*std::min_element(story.begin(), story.end(),
                                             [&](const Candidate* one, const Candidate* other) { return rank(one) < rank(other); }));
    std::erase_if(story, [&](const Candidate* candidate) { return rank(candidate) != best; });
    const auto states = statesOf(story.front()->edges);
    const bool ambiguous = std::any_of(story.begin(), story.end(),
                                       [&](const Candidate* candidate) { return statesOf(candidate->edges) != states; });
    return {*story.front(), ambiguous};
}

ExplainedJump choose(std::vector<Candidate> candidates)
{
    // What the log proves outweighs everything else.
    if (std::any_of(candidates.begin(), candidates.end(), [](const Candidate& candidate) { return candidate.proven; }))
        std::erase_if(candidates, [](const Candidate& candidate) { return !candidate.proven; });
    const StoryBest orderly = bestOfStory(candidates, false);
    const StoryBest abrupt = bestOfStory(candidates, true);
    if (orderly.ambiguous || abrupt.ambiguous)
        return {{}, false};
    if (orderly.path && abrupt.path) {
        // LAST_ACK -> CLOSED by its ACK, a RST or an ABORT: the states are certain, the orderly
        // edge is the one to draw. An orderly close and a RST through other states: unknown.
        if (statesOf(orderly.path->edges) != statesOf(abrupt.path->edges))
            return {{}, false};
        return {orderly.path->edges, true};
    }
    if (orderly.path)
        return {orderly.path->edges, true};
    if (abrupt.path)
        return {abrupt.path->edges, true};
    return {{}, false};
}

} // namespace

ExplainedJump explainJump(TcpState from, TcpState to, const PathEvidence& evidence)
{
    if (from == TcpState::Closed && to == TcpState::Closed)
        return explainLife(evidence);
    if (from == to || from == TcpState::Unknown || to == TcpState::Unknown)
        return {};
    const auto search = [&] {
        Search walk{to, evidence, {}, {}, {}};
        walk.visited[stateIndex(from)] = true;
        // A socket that reached CLOSED is gone: a later connection is another socket's story.
        walk.visited[stateIndex(TcpState::Closed)] = true;
        walk.from(from, true);
        return choose(std::move(walk.found));
    };
    if (!evidence.proven.empty())
        return search();
    // The watch asks this for every change of thousands of sockets, with a handful of distinct
    // questions: each is answered once per thread.
    const unsigned flags = unsigned(evidence.listenerChild) | unsigned(evidence.established) << 1
                           | unsigned(evidence.knowsCalls) << 2 | unsigned(evidence.closed) << 3
                           | unsigned(evidence.aborted) << 4 | unsigned(evidence.knowsPeer) << 5
                           | unsigned(evidence.peerListening) << 6 | unsigned(evidence.peerClosed) << 7
                           | unsigned(evidence.peerAborted) << 8;
    const unsigned key = (flags * kStateCount + unsigned(stateIndex(from))) * kStateCount + unsigned(stateIndex(to));
    thread_local std::map<unsigned, ExplainedJump> answered;
    const auto known = answered.find(key);
    if (known != answered.end())
        return known->second;
    return answered.emplace(key, search()).first->second;
}

ExplainedJump explainLife(const PathEvidence& evidence)
{
    // Only the caller's own open says how it began; from there on it is an ordinary jump.
    const auto table = transitions();
    for (std::size_t opening : evidence.proven) {
        if (table[opening].from != TcpState::Closed)
            continue;
        ExplainedJump rest = explainJump(table[opening].to, TcpState::Closed, evidence);
        if (!rest.known)
            return rest;
        rest.edges.insert(rest.edges.begin(), opening);
        return rest;
    }
    return {};
}

bool callReachesState(TcpState state) { return state != TcpState::TimeWait; }

} // namespace tsl
