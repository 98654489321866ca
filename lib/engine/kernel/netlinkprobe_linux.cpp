#include "netlinkprobe_linux.h"

#include <algorithm>
#include <cerrno>
#include <cstddef>
#include <cstring>
#include <linux/netlink.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/uio.h>

namespace tsl::netlink {

namespace {

// Room for dumps of large tables and a full batch of exact replies; the kernel caps it at
// net.core.rmem_max, which is fine: kBatchSize replies fit the default buffer too.
constexpr int kReceiveBuffer = 1 << 20;
constexpr std::size_t kSlot = 4096; // one exact answer is a few hundred bytes

} // namespace

NetlinkProbe::NetlinkProbe(std::uint32_t lastSequence) : m_sequence(lastSequence), m_buffer(64 * 1024)
{
    m_socket.reset(::socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG));
    if (!m_socket.valid()) {
        m_error = std::string("cannot open a sock_diag netlink socket: ") + std::strerror(errno);
        return;
    }
    setUp();
}

NetlinkProbe::NetlinkProbe(FileDescriptor socket) : m_socket(std::move(socket)), m_buffer(64 * 1024)
{
    if (!m_socket.valid()) {
        m_error = "no sock_diag netlink socket";
        return;
    }
    setUp();
}

void NetlinkProbe::setUp()
{
    // A kernel that never answers must not hang the program.
    timeval timeout{2, 0};
    ::setsockopt(m_socket.get(), SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    ::setsockopt(m_socket.get(), SOL_SOCKET, SO_RCVBUF, &kReceiveBuffer, sizeof kReceiveBuffer);
    sockaddr_nl local{};
    local.nl_family = AF_NETLINK;
    if (::bind(m_socket.get(), reinterpret_cast<sockaddr*>(&local), sizeof local) != 0) {
        m_error = std::string("cannot bind the netlink socket: ") + std::strerror(errno);
        m_socket.reset();
    }
}

bool NetlinkProbe::recordTo(const std::string& path, std::string& error)
{
    auto writer = std::make_shared<RecordingWriter>();
    if (!writer->open(path, error))
        return false;
    m_writer = writer;
    m_recorder = [writer](std::uint32_t sequence, const std::uint8_t* data, std::size_t length) {
        writer->write(sequence, data, length);
    };
    return true;
}

bool NetlinkProbe::send(const std::vector<std::uint8_t>& datagram, std::string& error)
{
    sockaddr_nl kernel{};
    kernel.nl_family = AF_NETLINK;
    ssize_t sent;
    do {
        sent = ::sendto(m_socket.get(), datagram.data(), datagram.size(), 0,
                        reinterpret_cast<sockaddr*>(&kernel), sizeof kernel);
    } while (sent < 0 && errno == EINTR);
    if (sent != static_cast<ssize_t>(datagram.size())) {
        error = std::string("netlink send failed: ") + std::strerror(sent < 0 ? errno : EMSGSIZE);
        return false;
    }
    return true;
}

bool NetlinkProbe::exchange(const std::vector<std::uint8_t>& request, std::uint32_t sequence,
                            ParseState& state)
{
    if (!send(request, state.error))
        return false;
    for (;;) {
        const ssize_t received = ::recv(m_socket.get(), m_buffer.data(), m_buffer.size(), 0);
        if (received < 0) {
            if (errno == EINTR)
                continue;
            state.error = std::string("netlink receive failed: ") + std::strerror(errno);
            return false;
        }
        if (m_recorder)
            m_recorder(sequence, m_buffer.data(), std::size_t(received));
        switch (parseDatagram(m_buffer.data(), std::size_t(received), sequence, state)) {
        case ParseStatus::NeedMore: continue;
        case ParseStatus::Done: return true;
        case ParseStatus::Failed: return false;
        }
    }
}

bool NetlinkProbe::lookupMany(const std::vector<FourTuple>& tuples, std::vector<std::optional<SocketRow>>& rows,
                              std::string& error)
{
    rows.assign(tuples.size(), std::nullopt);
    if (!tuples.empty() && !m_socket.valid()) {
        error = m_error;
        return false;
    }
    for (std::size_t start = 0; start < tuples.size(); start += kBatchSize) {
        const std::size_t count = std::min(kBatchSize, tuples.size() - start);
        if (!lookupBatch(tuples.data() + start, count, rows.data() + start, error))
            return false;
    }
    return true;
}

bool NetlinkProbe::lookupBatch(const FourTuple* tuples, std::size_t count, std::optional<SocketRow>* rows,
                               std::string& error)
{
    const std::uint32_t base = m_sequence + 1;
    m_sequence += std::uint32_t(count);
    m_batch.clear();
    for (std::size_t i = 0; i < count; ++i)
        appendExactRequest(m_batch, tuples[i], base + std::uint32_t(i));
    if (!send(m_batch, error))
        return false;

    if (m_buffer.size() < count * kSlot)
        m_buffer.resize(count * kSlot);
    iovec iov[kBatchSize];
    mmsghdr messages[kBatchSize];
    std::size_t answered = 0;
    while (answered < count) {
        const std::size_t want = count - answered;
        for (std::size_t i = 0; i < want; ++i) {
            iov[i] = {m_buffer.data() + i * kSlot, kSlot};
            messages[i] = {};
            messages[i].msg_hdr.msg_iov = &iov[i];
            messages[i].msg_hdr.msg_iovlen = 1;
        }
        const int received = ::recvmmsg(m_socket.get(), messages, unsigned(want), MSG_WAITFORONE, nullptr);
        if (received < 0) {
            if (errno == EINTR)
                continue;
            error = std::string("netlink receive failed: ") + std::strerror(errno);
            return false;
        }
        for (int m = 0; m < received; ++m) {
            const std::uint8_t* data = m_buffer.data() + std::size_t(m) * kSlot;
            const std::size_t length = messages[m].msg_len;
            if (length < sizeof(nlmsghdr))
                continue;
            nlmsghdr header;
            std::memcpy(&header, data, sizeof header);
            if (m_recorder)
                m_recorder(header.nlmsg_seq, data, length);
            const auto index = batchIndex(header.nlmsg_seq, base, count);
            if (!index)
                continue; // a stale answer
            m_parse.clear();
            const ParseStatus status = parseDatagram(data, length, header.nlmsg_seq, m_parse);
            if (status == ParseStatus::Failed && m_parse.errnoValue != ENOENT) {
                error = m_parse.error;
                return false;
            }
            ++answered;
            // A miss on a listening port answers with the listener: keep only the exact match.
            for (const SocketRow& row : m_parse.rows) {
                if (row.local.unmapped() == tuples[*index].local.unmapped()
                    && row.remote.unmapped() == tuples[*index].remote.unmapped())
                    rows[*index] = row;
            }
        }
    }
    return true;
}

ProbeResult NetlinkProbe::query(const ProbeQuery& query)
{
    ProbeResult result;
    result.source = ProbeSource::Netlink;
    if (!m_socket.valid()) {
        result.ok = false;
        result.error = m_error;
        return result;
    }

    if (query.kind == ProbeQuery::Kind::Exact) {
        std::vector<std::optional<SocketRow>> rows;
        if (!lookupMany({query.tuple}, rows, result.error)) {
            result.ok = false;
            return result;
        }
        if (rows.front())
            result.rows.push_back(*rows.front());
        return result;
    }

    if (query.kind == ProbeQuery::Kind::Ports && query.ports.empty())
        return result;
    // Up to kMaxFilterPorts ports the kernel filters; beyond that the whole table is dumped and
    // filtered here.
    const bool kernelFilters = query.kind == ProbeQuery::Kind::Ports && query.ports.size() <= kMaxFilterPorts;
    const std::vector<std::uint16_t> ports = kernelFilters ? query.ports : std::vector<std::uint16_t>{};
    // One dump of both families where the kernel takes it (one walk of its tables, not two).
    // Not while recording: a refused first try would land in the recording as an error.
    if (m_bothFamilies && !m_recorder) {
        if (dump(buildBothFamiliesDumpRequest(ports, m_sequence + 1), true, query, kernelFilters, result))
            return result;
        if (!result.ok && !m_bothFamilies) {
            result.ok = true; // refused: this kernel has no compat interface; ask per family
            result.error.clear();
        } else {
            return result;
        }
    }
    for (AddressFamily family : {AddressFamily::IPv4, AddressFamily::IPv6}) {
        std::vector<SocketRow> before = std::move(result.rows);
        if (!dump(buildDumpRequest(family, ports, m_sequence + 1), false, query, kernelFilters, result)) {
            if (family == AddressFamily::IPv6 && m_dump.errnoValue == ENOENT) {
                result.ok = true; // IPv6 disabled in this kernel
                result.error.clear();
                result.rows = std::move(before);
                break;
            }
            return result;
        }
        before.insert(before.end(), result.rows.begin(), result.rows.end());
        result.rows = std::move(before);
    }
    return result;
}

bool NetlinkProbe::dump(std::vector<std::uint8_t> request, bool bothFamilies, const ProbeQuery& query,
                        bool kernelFilters, ProbeResult& result)
{
    // A table that changed during the dump is dumped again, a few times at most.
    for (int attempt = 0;; ++attempt) {
        const std::uint32_t sequence = ++m_sequence;
        std::memcpy(request.data() + offsetof(nlmsghdr, nlmsg_seq), &sequence, sizeof sequence);
        m_dump.clear();
        m_dump.ipv6Apart = bothFamilies;
        // Room for this dump's rows at once (the last one's count, and some): no growing copies.
        m_dump.rows.reserve(m_lastDumpRows + m_lastDumpRows / 8 + 16);
        if (!exchange(request, sequence, m_dump)) {
            if (bothFamilies && m_dump.errnoValue != 0 && m_dump.errnoValue != ENOBUFS)
                m_bothFamilies = false; // EOPNOTSUPP, EINVAL...: the old request is not served here
            result.ok = false;
            result.error = m_dump.error;
            return false;
        }
        if (m_dump.interrupted && attempt < 3)
            continue;
        result.inconsistent = result.inconsistent || m_dump.interrupted;
        m_dump.joinFamilies();
        m_lastDumpRows = m_dump.rows.size();
        if (!kernelFilters) {
            m_dump.rows.erase(std::remove_if(m_dump.rows.begin(), m_dump.rows.end(),
                                             [&query](const SocketRow& row) { return !query.matches(row); }),
                              m_dump.rows.end());
        }
        result.rows = std::move(m_dump.rows);
        return true;
    }
}

} // namespace tsl::netlink
