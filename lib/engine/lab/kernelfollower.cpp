#include "kernelfollower.h"

#include "model/observedpath.h"
#include "model/transitiontable.h"

#include <algorithm>

namespace tsl {

KernelFollower::KernelFollower(KernelProbe& probe)
    : m_probe(probe), m_start(std::chrono::steady_clock::now())
{
}

std::int64_t KernelFollower::elapsedUs() const
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - m_start).count();
}

int KernelFollower::follow(std::string role, const FourTuple& tuple, TcpState initial)
{
    Followed followed;
    followed.role = std::move(role);
    followed.tuple = tuple;
    followed.state = initial;
    followed.initial = initial;
    followed.reported = initial != TcpState::Closed;
    m_endpoints.push_back(std::move(followed));
    return int(m_endpoints.size()) - 1;
}

int KernelFollower::followConnection(std::string role, const FourTuple& tuple, int listener)
{
    const int id = follow(std::move(role), tuple, TcpState::Listen);
    Followed& followed = m_endpoints[std::size_t(id)];
    followed.reported = false;
    followed.listener = listener;
    followed.evidence.listenerChild = true;
    return id;
}

void KernelFollower::proveEdges(int endpoint, const std::vector<std::string>& edgeIds)
{
    for (const std::string& id : edgeIds) {
        if (const auto index = transitionIndex(id))
            m_endpoints[std::size_t(endpoint)].evidence.proven.push_back(*index);
    }
}

bool KernelFollower::anyActive() const
{
    return std::any_of(m_endpoints.begin(), m_endpoints.end(), [](const Followed& followed) { return !followed.gone; });
}

std::vector<ObservedTransition> KernelFollower::transitionsTo(int endpoint, TcpState next, std::int64_t timeUs)
{
    Followed& followed = m_endpoints[std::size_t(endpoint)];
    std::vector<ObservedTransition> out;
    // CLOSED to CLOSED is a whole life only for a socket that never showed one.
    if (next == followed.state && (next != TcpState::Closed || followed.lived))
        return out;
    const ExplainedJump jump = explainJump(followed.state, next, followed.evidence);
    followed.lived = true;
    if (!jump.known) {
        out.push_back({endpoint, followed.role, followed.state, next, std::nullopt, true, timeUs, false, followed.listener});
        followed.state = next;
        return out;
    }
    const auto table = transitions();
    for (std::size_t step = 0; step < jump.edges.size(); ++step) {
        const Transition& edge = table[jump.edges[step]];
        out.push_back({endpoint, followed.role, edge.from, edge.to, jump.edges[step], step + 1 == jump.edges.size(), timeUs,
                       true, followed.listener});
    }
    // A listener's connection reset in SYN_RECEIVED ends back in LISTEN: the request is gone.
    followed.state = jump.edges.empty() ? next : table[jump.edges.back()].to;
    return out;
}

std::vector<ObservedTransition> KernelFollower::reportFromSocket(int endpoint, TcpState state)
{
    Followed& followed = m_endpoints[std::size_t(endpoint)];
    followed.reported = true;
    if (state == TcpState::Closed)
        followed.gone = true;
    return transitionsTo(endpoint, state, elapsedUs());
}

void KernelFollower::watchListener(int listenerEndpoint) { m_listeners.push_back({listenerEndpoint}); }

bool KernelFollower::discoverHalfOpen()
{
    const std::int64_t now = m_listeners.empty() || m_discoveryInterval.count() == 0 ? 0 : elapsedUs();
    for (WatchedListener& watched : m_listeners) {
        const int listener = watched.endpoint;
        const Followed& followedListener = m_endpoints[std::size_t(listener)];
        if (followedListener.gone)
            continue;
        // For a listener the kernel reports its accept queue's length as the receive queue.
        const std::uint32_t acceptQueue = followedListener.row ? followedListener.row->recvQueue : 0;
        const bool due = m_discoveryInterval.count() == 0 || watched.sweptUs < 0
                         || now - watched.sweptUs >= m_discoveryInterval.count() || acceptQueue != watched.acceptQueue;
        if (!due)
            continue;
        // A copy: following a new connection below may move m_endpoints.
        const Endpoint listening = m_endpoints[std::size_t(listener)].tuple.local;
        // Connections this follower does not know yet: strangers' half-open requests.
        const ProbeResult result = m_probe.query(ProbeQuery::forPorts({listening.port}));
        if (!result.ok) {
            m_probeError = result.error.empty() ? std::string("the probe gave no reason") : result.error;
            return false;
        }
        watched.sweptUs = now;
        watched.acceptQueue = acceptQueue;
        for (const SocketRow& row : result.rows) {
            if (row.local != listening || row.remote.isUnspecified())
                continue;
            const bool known = std::any_of(m_endpoints.begin(), m_endpoints.end(), [&](const Followed& followed) {
                return followed.tuple.local == row.local && followed.tuple.remote == row.remote;
            });
            if (!known) {
                const int id = followConnection("server (half-open)", {row.local, row.remote}, listener);
                m_endpoints[std::size_t(id)].evidence.knowsCalls = true; // it has no descriptor of ours
            }
        }
    }
    return true;
}

std::vector<ObservedTransition> KernelFollower::poll()
{
    ++m_polls;
    std::vector<ObservedTransition> out;
    if (!discoverHalfOpen())
        return out;
    m_active.clear();
    m_tuples.clear();
    for (std::size_t i = 0; i < m_endpoints.size(); ++i) {
        if (!m_endpoints[i].gone) {
            m_active.push_back(i);
            m_tuples.push_back(m_endpoints[i].tuple);
        }
    }
    m_probeError.clear();
    if (m_tuples.empty())
        return out;
    if (!m_probe.lookupMany(m_tuples, m_rows, m_probeError)) {
        if (m_probeError.empty())
            m_probeError = "the probe gave no reason";
        return out; // nothing is known of this moment: no transition, and the error says why
    }
    const std::int64_t now = elapsedUs();
    for (std::size_t slot = 0; slot < m_active.size(); ++slot) {
        const std::size_t index = m_active[slot];
        Followed& followed = m_endpoints[index];
        std::vector<ObservedTransition> steps;
        if (!m_rows[slot]) {
            // Never reported: it does not exist (yet), whatever the caller expected.
            if (!followed.reported)
                continue;
            followed.gone = true;
            followed.row.reset();
            steps = transitionsTo(int(index), TcpState::Closed, now);
        } else {
            followed.reported = true;
            followed.row = m_rows[slot];
            steps = transitionsTo(int(index), followed.row->state, now);
        }
        out.insert(out.end(), steps.begin(), steps.end());
    }
    return out;
}

} // namespace tsl
