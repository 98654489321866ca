#include "netlinkmessages_linux.h"

#include "linuxtimer.h"
#include "model/platformstates.h"

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <linux/inet_diag.h>
#include <linux/netlink.h>
#include <linux/sock_diag.h>
#include <netinet/in.h>
#include <sys/socket.h>

namespace tsl::netlink {

namespace {

// Every state a connection or listener is in, as ss asks: TCP_ESTABLISHED (1) up to
// TCP_NEW_SYN_RECV (12, the request sockets of a half-open connection), TIME_WAIT included.
// Not TCP_BOUND_INACTIVE (13, Linux >= 6.8): asking for it makes the kernel walk its whole bind
// hash table, bucket by bucket under a lock, on every dump (measured: +70 % on a dump of a
// 20,000-socket table), only to add sockets that are bound and never listened or connected —
// which ss does not list, /proc/net/tcp does not list, and older kernels never report.
constexpr int kLastDumpedState = 12; // TCP_NEW_SYN_RECV
constexpr std::uint32_t kDumpedStates = (1u << (kLastDumpedState + 1)) - 1u;
// The largest errno the kernel hands out (MAX_ERRNO); anything beyond is not an error code.
constexpr int kMaxErrno = 4095;

void append(std::vector<std::uint8_t>& out, const void* data, std::size_t size)
{
    const auto* bytes = static_cast<const std::uint8_t*>(data);
    out.insert(out.end(), bytes, bytes + size);
}

int nativeFamily(AddressFamily family) { return family == AddressFamily::IPv4 ? AF_INET : AF_INET6; }

inet_diag_req_v2 requestBody(AddressFamily family)
{
    inet_diag_req_v2 body{};
    body.sdiag_family = static_cast<std::uint8_t>(nativeFamily(family));
    body.sdiag_protocol = IPPROTO_TCP;
    body.idiag_states = kDumpedStates;
    body.id.idiag_cookie[0] = INET_DIAG_NOCOOKIE;
    body.id.idiag_cookie[1] = INET_DIAG_NOCOOKIE;
    return body;
}

void fillId(inet_diag_sockid& id, const Endpoint& local, const Endpoint& remote)
{
    id.idiag_sport = htons(local.port);
    id.idiag_dport = htons(remote.port);
    const std::size_t n = local.family == AddressFamily::IPv4 ? 4 : 16;
    std::memcpy(id.idiag_src, local.address.data(), n);
    std::memcpy(id.idiag_dst, remote.address.data(), n);
    id.idiag_if = 0;
}

// Appends one request message: header, body (inet_diag_req_v2, or the old inet_diag_req), and
// the bytecode attribute when there is one.
template <typename Body>
void appendRequest(std::vector<std::uint8_t>& out, std::uint16_t type, const Body& body, std::uint16_t flags,
                   std::uint32_t sequence, const std::vector<std::uint8_t>& bytecode)
{
    nlmsghdr header{};
    header.nlmsg_type = type;
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

    const std::size_t start = out.size();
    append(out, &header, sizeof header);
    append(out, &body, sizeof body);
    out.resize(start + NLMSG_ALIGN(out.size() - start), 0);
    if (!bytecode.empty()) {
        append(out, &attribute, sizeof attribute);
        append(out, bytecode.data(), bytecode.size());
    }
    out.resize(start + length, 0);
}

Endpoint endpointFrom(std::uint8_t family, const __be32* address, __be16 port)
{
    if (family == AF_INET)
        return Endpoint::ipv4(address[0], ntohs(port));
    std::uint8_t bytes[16];
    std::memcpy(bytes, address, 16);
    return Endpoint::ipv6(bytes, ntohs(port)).unmapped();
}

// A kernel error code is -1 .. -MAX_ERRNO. Anything else (0 aside) comes from malformed bytes:
// negating INT_MIN would be undefined, and strerror of it meaningless.
bool validErrorCode(int code) { return code < 0 && code >= -kMaxErrno; }

ParseStatus failWithCode(ParseState& state, int code, const std::string& what)
{
    if (validErrorCode(code)) {
        state.errnoValue = -code;
        state.error = what + ": " + std::strerror(-code);
    } else {
        state.errnoValue = EPROTO;
        state.error = what + " with an invalid error code " + std::to_string(code);
    }
    return ParseStatus::Failed;
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
    std::vector<std::uint8_t> out;
    appendRequest(out, SOCK_DIAG_BY_FAMILY, requestBody(family), NLM_F_REQUEST | NLM_F_DUMP, sequence,
                  ports.empty() ? std::vector<std::uint8_t>{} : portFilterBytecode(ports));
    return out;
}

std::vector<std::uint8_t> buildBothFamiliesDumpRequest(const std::vector<std::uint16_t>& ports,
                                                       std::uint32_t sequence)
{
    inet_diag_req body{};
    body.idiag_family = AF_INET; // not read: the kernel dumps AF_UNSPEC for this request
    body.idiag_states = kDumpedStates;
    body.id.idiag_cookie[0] = INET_DIAG_NOCOOKIE;
    body.id.idiag_cookie[1] = INET_DIAG_NOCOOKIE;
    std::vector<std::uint8_t> out;
    appendRequest(out, TCPDIAG_GETSOCK, body, NLM_F_REQUEST | NLM_F_DUMP, sequence,
                  ports.empty() ? std::vector<std::uint8_t>{} : portFilterBytecode(ports));
    return out;
}

void appendExactRequest(std::vector<std::uint8_t>& out, const FourTuple& tuple, std::uint32_t sequence)
{
    inet_diag_req_v2 body = requestBody(tuple.local.family);
    fillId(body.id, tuple.local, tuple.remote);
    static const std::vector<std::uint8_t> kNoBytecode;
    appendRequest(out, SOCK_DIAG_BY_FAMILY, body, NLM_F_REQUEST, sequence, kNoBytecode);
}

std::vector<std::uint8_t> buildExactRequest(const FourTuple& tuple, std::uint32_t sequence)
{
    std::vector<std::uint8_t> out;
    appendExactRequest(out, tuple, sequence);
    return out;
}

std::size_t exactRequestSize()
{
    static_assert(NLMSG_LENGTH(sizeof(inet_diag_req_v2)) % 4 == 0, "requests must stay 4-byte aligned back to back");
    return NLMSG_LENGTH(sizeof(inet_diag_req_v2));
}

std::optional<std::size_t> batchIndex(std::uint32_t sequence, std::uint32_t base, std::size_t count)
{
    const std::uint32_t distance = sequence - base; // modulo 2^32: right across the wrap
    if (distance >= count)
        return std::nullopt;
    return std::size_t(distance);
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
            if (code < 0)
                return failWithCode(state, code, "the kernel ended the dump with an error");
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
            return failWithCode(state, error.error, "netlink error");
        }
        if (header.nlmsg_type != SOCK_DIAG_BY_FAMILY && header.nlmsg_type != TCPDIAG_GETSOCK)
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
        (state.ipv6Apart && msg.idiag_family == AF_INET6 ? state.ipv6Rows : state.rows).push_back(row);
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

} // namespace tsl::netlink
