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
    Followed f;
    f.role = std::move(role);
    f.tuple = tuple;
    f.state = initial;
    f.initial = initial;
    f.everSeen = initial != TcpState::Closed;
    m_endpoints.push_back(std::move(f));
    return int(m_endpoints.size()) - 1;
}

void KernelFollower::preferEdges(int endpoint, const std::vector<std::string>& edgeIds)
{
    for (const std::string& id : edgeIds) {
        if (const auto index = transitionIndex(id))
            m_endpoints[std::size_t(endpoint)].preferred.push_back(*index);
    }
}

bool KernelFollower::anyActive() const
{
    return std::any_of(m_endpoints.begin(), m_endpoints.end(), [](const Followed& f) { return !f.gone; });
}

std::vector<ObservedTransition> KernelFollower::transitionsTo(int endpoint, TcpState next, std::int64_t timeUs)
{
    Followed& f = m_endpoints[std::size_t(endpoint)];
    std::vector<ObservedTransition> out;
    if (next == f.state)
        return out;
    const auto table = transitions();
    const std::vector<std::size_t> path = observedPath(f.state, next, f.preferred);
    if (path.empty()) {
        out.push_back({endpoint, f.role, f.state, next, std::nullopt, true, timeUs});
    } else {
        for (std::size_t i = 0; i < path.size(); ++i) {
            const Transition& edge = table[path[i]];
            out.push_back({endpoint, f.role, edge.from, edge.to, path[i], i + 1 == path.size(), timeUs});
        }
    }
    f.state = next;
    return out;
}

std::vector<ObservedTransition> KernelFollower::reportFromSocket(int endpoint, TcpState state)
{
    Followed& f = m_endpoints[std::size_t(endpoint)];
    f.everSeen = true;
    if (state == TcpState::Closed)
        f.gone = true;
    return transitionsTo(endpoint, state, elapsedUs());
}

void KernelFollower::watchListener(int listenerEndpoint) { m_listeners.push_back(listenerEndpoint); }

bool KernelFollower::discoverHalfOpen()
{
    for (int listener : m_listeners) {
        if (m_endpoints[std::size_t(listener)].gone)
            continue;
        // A copy: following a new connection below may move m_endpoints.
        const Endpoint listening = m_endpoints[std::size_t(listener)].tuple.local;
        const ProbeResult result = m_probe.query(ProbeQuery::forPorts({listening.port}));
        if (!result.ok) {
            m_probeError = result.error.empty() ? std::string("the probe gave no reason") : result.error;
            return false;
        }
        for (const SocketRow& row : result.rows) {
            if (row.local != listening || row.remote.isUnspecified())
                continue;
            const bool known = std::any_of(m_endpoints.begin(), m_endpoints.end(), [&](const Followed& f) {
                return f.tuple.local == row.local && f.tuple.remote == row.remote;
            });
            if (!known)
                follow("server (half-open)", {row.local, row.remote}, TcpState::Listen);
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
    for (std::size_t k = 0; k < m_active.size(); ++k) {
        const std::size_t i = m_active[k];
        Followed& f = m_endpoints[i];
        if (!m_rows[k]) {
            if (!f.everSeen)
                continue; // not created yet
            f.gone = true;
            f.row.reset();
            auto t = transitionsTo(int(i), TcpState::Closed, now);
            out.insert(out.end(), t.begin(), t.end());
            continue;
        }
        f.everSeen = true;
        f.row = m_rows[k];
        auto t = transitionsTo(int(i), f.row->state, now);
        out.insert(out.end(), t.begin(), t.end());
    }
    return out;
}

} // namespace tsl
