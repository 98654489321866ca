#include "netlinkprobe_linux.h"

#include "linuxtimer.h"
#include "model/platformstates.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/uio.h>
#include <unistd.h>

namespace tsl::netlink {

namespace {

constexpr std::uint32_t kAllStates = 0xffffffffu; // includes TIME_WAIT and request sockets

void append(std::vector<std::uint8_t>& out, const void* data, std::size_t size)
{
    const auto* bytes = static_cast<const std::uint8_t*>(data);
    out.insert(out.end(), bytes, bytes + size);
}

int nativeFamily(AddressFamily family) { return family == AddressFamily::IPv4 ? AF_INET : AF_INET6; }

void fillId(inet_diag_sockid& id, const Endpoint& local, const Endpoint& remote)
{
    id.idiag_sport = htons(local.port);
    id.idiag_dport = htons(remote.port);
    const std::size_t n = local.family == AddressFamily::IPv4 ? 4 : 16;
    std::memcpy(id.idiag_src, local.address.data(), n);
    std::memcpy(id.idiag_dst, remote.address.data(), n);
    id.idiag_if = 0;
    id.idiag_cookie[0] = INET_DIAG_NOCOOKIE;
    id.idiag_cookie[1] = INET_DIAG_NOCOOKIE;
}

std::vector<std::uint8_t> request(const inet_diag_req_v2& body, std::uint16_t flags,
                                  std::uint32_t sequence, const std::vector<std::uint8_t>& bytecode)
{
    nlmsghdr header{};
    header.nlmsg_type = SOCK_DIAG_BY_FAMILY;
    header.nlmsg_flags = flags;
    header.nlmsg_seq = sequence;
    std::size_t length = NLMSG_LENGTH(sizeof body);
    nlattr attribute{};
    if (!bytecode.empty()) {
        attribute.nla_type = INET_DIAG_REQ_BYTECODE;
        attribute.nla_len = static_cast<std::uint16_t>(NLA_HDRLEN + bytecode.size());
        length = NLMSG_ALIGN(length) + NLA_ALIGN(attribute.nla_len);
    }
    header.nlmsg_len = static_cast<std::uint32_t>(length);

    std::vector<std::uint8_t> out;
    out.reserve(length);
    append(out, &header, sizeof header);
    append(out, &body, sizeof body);
    out.resize(NLMSG_ALIGN(out.size()), 0);
    if (!bytecode.empty()) {
        append(out, &attribute, sizeof attribute);
        append(out, bytecode.data(), bytecode.size());
        out.resize(length, 0);
    }
    return out;
}

Endpoint endpointFrom(std::uint8_t family, const __be32* address, __be16 port)
{
    if (family == AF_INET)
        return Endpoint::ipv4(address[0], ntohs(port));
    std::uint8_t bytes[16];
    std::memcpy(bytes, address, 16);
    return Endpoint::ipv6(bytes, ntohs(port)).unmapped();
}

std::uint32_t readLe32(const std::uint8_t* p)
{
    return std::uint32_t(p[0]) | std::uint32_t(p[1]) << 8 | std::uint32_t(p[2]) << 16
           | std::uint32_t(p[3]) << 24;
}

} // namespace

std::vector<std::uint8_t> portFilterBytecode(const std::vector<std::uint16_t>& ports)
{
    // An OR of port tests, compiled as ss does: test, JMP, test, JMP, ..., test.
    // A test is two ops {S_EQ|D_EQ, yes=8, no=12} {0, 0, port}. A match falls through (yes) into
    // the JMP after it, which always takes its "no" branch to exactly the end: accept. A miss
    // jumps 12 bytes, over that JMP to the next test; the last miss lands 4 bytes past the end,
    // which the kernel takes as reject. The kernel audits the "yes" chain, so it must reach
    // every op in order.
    std::vector<inet_diag_bc_op> ops;
    for (std::uint16_t port : ports) {
        for (std::uint8_t code : {std::uint8_t(INET_DIAG_BC_S_EQ), std::uint8_t(INET_DIAG_BC_D_EQ)}) {
            ops.push_back({code, 8, 12});
            ops.push_back({0, 0, port});
            ops.push_back({INET_DIAG_BC_JMP, 4, 0}); // "no" filled in below
        }
    }
    if (!ops.empty())
        ops.pop_back(); // no JMP after the last test
    const std::size_t total = ops.size() * sizeof(inet_diag_bc_op);
    for (std::size_t i = 0; i < ops.size(); ++i) {
        if (ops[i].code == INET_DIAG_BC_JMP)
            ops[i].no = static_cast<std::uint16_t>(total - i * sizeof(inet_diag_bc_op));
    }
    std::vector<std::uint8_t> out;
    append(out, ops.data(), total);
    return out;
}

std::vector<std::uint8_t> buildDumpRequest(AddressFamily family, const std::vector<std::uint16_t>& ports,
                                           std::uint32_t sequence)
{
    inet_diag_req_v2 body{};
    body.sdiag_family = static_cast<std::uint8_t>(nativeFamily(family));
    body.sdiag_protocol = IPPROTO_TCP;
    body.idiag_states = kAllStates;
    body.id.idiag_cookie[0] = INET_DIAG_NOCOOKIE;
    body.id.idiag_cookie[1] = INET_DIAG_NOCOOKIE;
    return request(body, NLM_F_REQUEST | NLM_F_DUMP, sequence,
                   ports.empty() ? std::vector<std::uint8_t>{} : portFilterBytecode(ports));
}

std::vector<std::uint8_t> buildExactRequest(const FourTuple& tuple, std::uint32_t sequence)
{
    inet_diag_req_v2 body{};
    body.sdiag_family = static_cast<std::uint8_t>(nativeFamily(tuple.local.family));
    body.sdiag_protocol = IPPROTO_TCP;
    body.idiag_states = kAllStates;
    fillId(body.id, tuple.local, tuple.remote);
    return request(body, NLM_F_REQUEST, sequence, {});
}

ParseStatus parseDatagram(const std::uint8_t* data, std::size_t length, std::uint32_t sequence,
                          ParseState& state)
{
    std::size_t offset = 0;
    bool sawMessage = false;
    bool multipart = false;
    while (length - offset >= sizeof(nlmsghdr)) {
        nlmsghdr header;
        std::memcpy(&header, data + offset, sizeof header);
        if (header.nlmsg_len < sizeof(nlmsghdr) || header.nlmsg_len > length - offset) {
            state.error = "truncated netlink message (length " + std::to_string(header.nlmsg_len)
                          + ", " + std::to_string(length - offset) + " bytes left)";
            return ParseStatus::Failed;
        }
        const std::uint8_t* payload = data + offset + NLMSG_HDRLEN;
        const std::size_t payloadLength = header.nlmsg_len - std::min<std::size_t>(header.nlmsg_len, NLMSG_HDRLEN);
        offset += std::min<std::size_t>(NLMSG_ALIGN(header.nlmsg_len), length - offset);

        if (header.nlmsg_seq != sequence)
            continue; // a stale answer to an earlier request
        sawMessage = true;
        multipart = multipart || (header.nlmsg_flags & NLM_F_MULTI);
        if (header.nlmsg_flags & NLM_F_DUMP_INTR)
            state.interrupted = true;

        if (header.nlmsg_type == NLMSG_DONE) {
            int code = 0;
            if (payloadLength >= sizeof code)
                std::memcpy(&code, payload, sizeof code);
            if (code < 0) {
                state.errnoValue = -code;
                state.error = std::string("the kernel ended the dump with an error: ") + std::strerror(-code);
                return ParseStatus::Failed;
            }
            return ParseStatus::Done;
        }
        if (header.nlmsg_type == NLMSG_ERROR) {
            if (payloadLength < sizeof(nlmsgerr)) {
                state.error = "truncated NLMSG_ERROR";
                return ParseStatus::Failed;
            }
            nlmsgerr error;
            std::memcpy(&error, payload, sizeof error);
            if (error.error == 0)
                return ParseStatus::Done; // an acknowledgement
            state.errnoValue = -error.error;
            state.error = std::string("netlink error: ") + std::strerror(-error.error);
            return ParseStatus::Failed;
        }
        if (header.nlmsg_type != SOCK_DIAG_BY_FAMILY)
            continue;
        if (payloadLength < sizeof(inet_diag_msg)) {
            state.error = "truncated inet_diag_msg (" + std::to_string(payloadLength) + " bytes)";
            return ParseStatus::Failed;
        }
        inet_diag_msg msg;
        std::memcpy(&msg, payload, sizeof msg);
        if (msg.idiag_family != AF_INET && msg.idiag_family != AF_INET6) {
            state.error = "unexpected address family " + std::to_string(msg.idiag_family);
            return ParseStatus::Failed;
        }
        SocketRow row;
        row.local = endpointFrom(msg.idiag_family, msg.id.idiag_src, msg.id.idiag_sport);
        row.remote = endpointFrom(msg.idiag_family, msg.id.idiag_dst, msg.id.idiag_dport);
        row.rawState = msg.idiag_state;
        row.state = stateFromLinux(msg.idiag_state);
        row.timer = timerFromLinux(msg.idiag_timer);
        row.timerMs = row.timer == TimerKind::None ? 0 : std::int64_t(msg.idiag_expires);
        row.recvQueue = msg.idiag_rqueue;
        row.sendQueue = msg.idiag_wqueue;
        row.uid = msg.idiag_uid;
        row.inode = msg.idiag_inode;
        state.rows.push_back(row);
    }
    if (offset != length && length - offset < sizeof(nlmsghdr)) {
        state.error = "truncated netlink datagram (" + std::to_string(length - offset) + " stray bytes)";
        return ParseStatus::Failed;
    }
    // The answer to an exact lookup is one message without NLM_F_MULTI.
    if (sawMessage && !multipart)
        return ParseStatus::Done;
    return ParseStatus::NeedMore;
}

bool parseRecording(const std::vector<std::uint8_t>& file, ParseState& state, ParseStatus& last)
{
    static constexpr char kMagic[] = "TSLNL1\n";
    constexpr std::size_t kMagicLength = sizeof kMagic - 1;
    if (file.size() < kMagicLength || std::memcmp(file.data(), kMagic, kMagicLength) != 0) {
        state.error = "not a netlink recording (bad magic)";
        return false;
    }
    std::size_t offset = kMagicLength;
    last = ParseStatus::NeedMore;
    while (offset < file.size()) {
        if (file.size() - offset < 8) {
            state.error = "truncated recording header";
            return false;
        }
        const std::uint32_t sequence = readLe32(file.data() + offset);
        const std::uint32_t length = readLe32(file.data() + offset + 4);
        offset += 8;
        if (length > file.size() - offset) {
            state.error = "truncated recording: datagram of " + std::to_string(length) + " bytes, "
                          + std::to_string(file.size() - offset) + " left";
            return false;
        }
        last = parseDatagram(file.data() + offset, length, sequence, state);
        offset += length;
        if (last == ParseStatus::Failed)
            return false;
    }
    return true;
}

NetlinkProbe::NetlinkProbe() : m_buffer(64 * 1024)
{
    m_socket.reset(::socket(AF_NETLINK, SOCK_DGRAM | SOCK_CLOEXEC, NETLINK_SOCK_DIAG));
    if (!m_socket.valid()) {
        m_error = std::string("cannot open a sock_diag netlink socket: ") + std::strerror(errno);
        return;
    }
    // A kernel that never answers must not hang the program.
    timeval timeout{2, 0};
    ::setsockopt(m_socket.get(), SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    sockaddr_nl local{};
    local.nl_family = AF_NETLINK;
    if (::bind(m_socket.get(), reinterpret_cast<sockaddr*>(&local), sizeof local) != 0) {
        m_error = std::string("cannot bind the netlink socket: ") + std::strerror(errno);
        m_socket.reset();
    }
}

bool NetlinkProbe::exchange(const std::vector<std::uint8_t>& request, std::uint32_t sequence,
                            ParseState& state)
{
    sockaddr_nl kernel{};
    kernel.nl_family = AF_NETLINK;
    ssize_t sent;
    do {
        sent = ::sendto(m_socket.get(), request.data(), request.size(), 0,
                        reinterpret_cast<sockaddr*>(&kernel), sizeof kernel);
    } while (sent < 0 && errno == EINTR);
    if (sent != static_cast<ssize_t>(request.size())) {
        state.error = std::string("netlink send failed: ") + std::strerror(errno);
        return false;
    }
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
    if (tuples.empty())
        return true;
    if (!m_socket.valid()) {
        error = m_error;
        return false;
    }
    const std::uint32_t base = m_sequence + 1;
    m_sequence += std::uint32_t(tuples.size());
    // Built in place: one fixed-size message per tuple (nlmsghdr + inet_diag_req_v2).
    constexpr std::size_t kRequest = NLMSG_LENGTH(sizeof(inet_diag_req_v2));
    static_assert(kRequest % 4 == 0, "requests must stay 4-byte aligned back to back");
    m_batch.resize(kRequest * tuples.size());
    for (std::size_t i = 0; i < tuples.size(); ++i) {
        nlmsghdr header{};
        header.nlmsg_len = kRequest;
        header.nlmsg_type = SOCK_DIAG_BY_FAMILY;
        header.nlmsg_flags = NLM_F_REQUEST;
        header.nlmsg_seq = base + std::uint32_t(i);
        inet_diag_req_v2 body{};
        body.sdiag_family = static_cast<std::uint8_t>(nativeFamily(tuples[i].local.family));
        body.sdiag_protocol = IPPROTO_TCP;
        body.idiag_states = kAllStates;
        fillId(body.id, tuples[i].local, tuples[i].remote);
        std::memcpy(m_batch.data() + i * kRequest, &header, sizeof header);
        std::memcpy(m_batch.data() + i * kRequest + NLMSG_HDRLEN, &body, sizeof body);
    }
    sockaddr_nl kernel{};
    kernel.nl_family = AF_NETLINK;
    ssize_t sent;
    do {
        sent = ::sendto(m_socket.get(), m_batch.data(), m_batch.size(), 0, reinterpret_cast<sockaddr*>(&kernel), sizeof kernel);
    } while (sent < 0 && errno == EINTR);
    if (sent != static_cast<ssize_t>(m_batch.size())) {
        error = std::string("netlink send failed: ") + std::strerror(errno);
        return false;
    }

    constexpr std::size_t kSlot = 4096; // one exact answer is a few hundred bytes
    std::size_t answered = 0;
    while (answered < tuples.size()) {
        const std::size_t want = std::min<std::size_t>(tuples.size() - answered, 64);
        if (m_buffer.size() < want * kSlot)
            m_buffer.resize(want * kSlot);
        iovec iov[64];
        mmsghdr messages[64];
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
            if (m_recorder)
                m_recorder(0, data, length);
            if (length < sizeof(nlmsghdr))
                continue;
            nlmsghdr header;
            std::memcpy(&header, data, sizeof header);
            const std::uint32_t index = header.nlmsg_seq - base;
            if (header.nlmsg_seq < base || index >= tuples.size())
                continue; // a stale answer
            m_parse.rows.clear();
            m_parse.error.clear();
            m_parse.errnoValue = 0;
            const ParseStatus status = parseDatagram(data, length, header.nlmsg_seq, m_parse);
            if (status == ParseStatus::Failed && m_parse.errnoValue != ENOENT) {
                error = m_parse.error;
                return false;
            }
            ++answered;
            // A miss on a listening port answers with the listener: keep only the exact match.
            for (const SocketRow& row : m_parse.rows) {
                if (row.local.unmapped() == tuples[index].local.unmapped()
                    && row.remote.unmapped() == tuples[index].remote.unmapped())
                    rows[index] = row;
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
        const std::uint32_t sequence = ++m_sequence;
        ParseState state;
        const bool ok = exchange(buildExactRequest(query.tuple, sequence), sequence, state);
        if (!ok && state.errnoValue == ENOENT)
            return result; // no such socket: an empty answer, not an error
        if (!ok) {
            result.ok = false;
            result.error = state.error;
            return result;
        }
        // A miss on a listening port answers with the listener: keep only the exact match.
        for (const SocketRow& row : state.rows) {
            if (query.matches(row))
                result.rows.push_back(row);
        }
        return result;
    }

    if (query.kind == ProbeQuery::Kind::Ports && query.ports.empty())
        return result;
    // Up to kMaxFilterPorts ports the kernel filters; beyond that the whole table is dumped and
    // filtered here.
    const bool kernelFilters = query.kind == ProbeQuery::Kind::Ports && query.ports.size() <= kMaxFilterPorts;
    const std::vector<std::uint16_t> ports = kernelFilters ? query.ports : std::vector<std::uint16_t>{};
    for (AddressFamily family : {AddressFamily::IPv4, AddressFamily::IPv6}) {
        // A table that changed during the dump is dumped again, a few times at most.
        for (int attempt = 0;; ++attempt) {
            const std::uint32_t sequence = ++m_sequence;
            ParseState state;
            if (!exchange(buildDumpRequest(family, ports, sequence), sequence, state)) {
                if (family == AddressFamily::IPv6 && state.errnoValue == ENOENT)
                    break; // IPv6 disabled in this kernel
                result.ok = false;
                result.error = state.error;
                return result;
            }
            if (state.interrupted && attempt < 3)
                continue;
            result.inconsistent = result.inconsistent || state.interrupted;
            for (const SocketRow& row : state.rows) {
                if (kernelFilters || query.matches(row))
                    result.rows.push_back(row);
            }
            break;
        }
    }
    return result;
}

} // namespace tsl::netlink
