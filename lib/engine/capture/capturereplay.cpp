#include "capturereplay.h"

#include "capture/connectioninference.h"

#include <cstdio>
#include <cstring>
#include <deque>
#include <memory>
#include <unordered_map>

namespace tsl::capture {

namespace {

// The 4-tuple, the same both ways: the lower endpoint first.
struct FlowKey {
    net::IpFamily family = net::IpFamily::V4;
    std::array<std::uint8_t, 16> low{}, high{};
    std::uint16_t lowPort = 0, highPort = 0;
    friend bool operator==(const FlowKey&, const FlowKey&) = default;
};

struct FlowKeyHash {
    std::size_t operator()(const FlowKey& key) const
    {
        std::uint64_t hash = 1469598103934665603ull;
        const auto mix = [&hash](const std::uint8_t* bytes, std::size_t n) {
            for (std::size_t i = 0; i < n; ++i)
                hash = (hash ^ bytes[i]) * 1099511628211ull;
        };
        mix(key.low.data(), key.low.size());
        mix(key.high.data(), key.high.size());
        const std::uint8_t ports[4] = {std::uint8_t(key.lowPort >> 8), std::uint8_t(key.lowPort),
                                       std::uint8_t(key.highPort >> 8), std::uint8_t(key.highPort)};
        mix(ports, 4);
        return std::size_t(hash) ^ std::size_t(key.family);
    }
};

ConnectionEndpoint sourceOf(const net::TcpSegment& s) { return {s.family, s.source, s.sourcePort}; }
ConnectionEndpoint destinationOf(const net::TcpSegment& s) { return {s.family, s.destination, s.destinationPort}; }

bool lowerThan(const ConnectionEndpoint& x, const ConnectionEndpoint& y)
{
    const int order = std::memcmp(x.address.data(), y.address.data(), x.address.size());
    return order < 0 || (order == 0 && x.port < y.port);
}

FlowKey keyOf(const net::TcpSegment& s)
{
    const ConnectionEndpoint src = sourceOf(s), dst = destinationOf(s);
    const bool srcLow = lowerThan(src, dst);
    const ConnectionEndpoint& low = srcLow ? src : dst;
    const ConnectionEndpoint& high = srcLow ? dst : src;
    return {s.family, low.address, high.address, low.port, high.port};
}

} // namespace

ReplayResult replayCapture(const std::string& path, const ReplayOptions& options,
                           const std::function<void(const ReplayStep&)>& onStep)
{
    ReplayResult result;
    CaptureReader reader;
    if (!reader.open(path, options.filter)) {
        result.error = reader.error();
        result.detail = reader.detail();
        return result;
    }
    result.opened = true;
    result.linkType = reader.linkType();

    std::vector<std::unique_ptr<ConnectionInference>> connections;
    std::unordered_map<FlowKey, std::size_t, FlowKeyHash> live; // the tuple's current connection
    std::deque<std::size_t> order; // the connection of every step not yet handed on, in file order
    const bool wantSteps = options.steps && onStep;
    const auto wanted = [&options](std::size_t index) {
        return !options.onlyConnection || *options.onlyConnection == index;
    };
    const auto handOn = [&]() {
        while (!order.empty()) {
            ConnectionInference& front = *connections[order.front() - 1];
            if (!front.hasSettled())
                break;
            onStep(front.takeSettled());
            order.pop_front();
        }
    };

    CapturedPacket packet;
    while (reader.next(packet)) {
        const net::TcpSegment& s = packet.segment;
        const FlowKey key = keyOf(s);
        const bool syn = s.has(net::tcpflag::kSyn), ack = s.has(net::tcpflag::kAck);
        auto found = live.find(key);
        bool fresh = found == live.end();
        if (!fresh && syn && !ack) {
            const ConnectionInference& current = *connections[found->second - 1];
            fresh = current.over() && current.firstSynSeq() != s.seq;
        }
        if (fresh) {
            ConnectionEndpoint a = sourceOf(s), b = destinationOf(s);
            const bool opens = syn && !ack;
            // Mid-stream: a SYN,ACK's receiver opened; otherwise the ephemeral (higher) port is the client's.
            if ((syn && ack) || (!syn && b.port > a.port))
                std::swap(a, b);
            const std::size_t index = connections.size() + 1;
            connections.push_back(std::make_unique<ConnectionInference>(index, a, b, options.profile, !opens));
            if (found == live.end())
                found = live.emplace(key, index).first;
            else
                found->second = index;
        }
        const std::size_t index = found->second;
        ConnectionInference& connection = *connections[index - 1];
        const sim::Side from = sourceOf(s) == connection.summary().a ? sim::Side::A : sim::Side::B;
        connection.feed(packet, from);
        if (wantSteps && wanted(index)) {
            order.push_back(index);
            handOn();
        } else {
            connection.discardSettled();
        }
    }
    result.counts = reader.counts();
    result.stopMessage = reader.stopMessage();
    for (auto& connection : connections) {
        connection->finish();
        if (!wantSteps || !wanted(connection->summary().index))
            connection->discardSettled();
    }
    if (wantSteps)
        handOn();
    result.connections.reserve(connections.size());
    for (const auto& connection : connections)
        result.connections.push_back(connection->summary());
    return result;
}

std::string addressText(const ConnectionEndpoint& endpoint)
{
    char text[64] = {};
    const std::uint8_t* a = endpoint.address.data();
    if (endpoint.family == net::IpFamily::V4) {
        std::snprintf(text, sizeof text, "%u.%u.%u.%u", a[0], a[1], a[2], a[3]);
        return text;
    }
    // RFC 5952: the longest run of two or more zero groups becomes "::".
    std::uint16_t groups[8];
    for (int i = 0; i < 8; ++i)
        groups[i] = std::uint16_t(a[2 * i] << 8 | a[2 * i + 1]);
    int bestStart = -1, bestLength = 0;
    for (int i = 0; i < 8;) {
        if (groups[i] != 0) {
            ++i;
            continue;
        }
        int j = i;
        while (j < 8 && groups[j] == 0)
            ++j;
        if (j - i > bestLength && j - i >= 2) {
            bestStart = i;
            bestLength = j - i;
        }
        i = j;
    }
    std::string out;
    for (int i = 0; i < 8; ++i) {
        if (i == bestStart) {
            out += "::";
            i += bestLength - 1;
            continue;
        }
        if (!out.empty() && out.back() != ':')
            out += ':';
        char group[8];
        std::snprintf(group, sizeof group, "%x", groups[i]);
        out += group;
    }
    return out;
}

} // namespace tsl::capture
