// macOS and FreeBSD: the kernel's TCP control blocks through sysctl (pcblist). Plain C++, no Qt.
// Written against the system headers' documented records; it has NOT been compiled or run yet
// (no macOS or FreeBSD machine or cross toolchain is available to this project). Each record
// starts with its own length, which is checked before anything in it is read.
#include "kernelprobe.h"

#include "model/platformstates.h"

#include <sys/types.h>
#include <sys/socket.h>
#include <sys/socketvar.h>
#include <sys/sysctl.h>
#include <netinet/in.h>
#include <netinet/in_pcb.h>
#include <netinet/ip_var.h>
#include <netinet/tcp.h>
#include <netinet/tcp_fsm.h>
#include <netinet/tcp_var.h>
#include <arpa/inet.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace tsl {

namespace {

#if defined(__APPLE__)
constexpr const char* kSysctl = "net.inet.tcp.pcblist64";
using Record = struct xtcpcb64;
#else // FreeBSD
constexpr const char* kSysctl = "net.inet.tcp.pcblist";
using Record = struct xtcpcb;
#endif

bool fillRow(const Record& record, SocketRow& row)
{
#if defined(__APPLE__)
    const auto& inp = record.xt_inpcb;
    const std::uint16_t lport = ntohs(inp.inp_lport);
    const std::uint16_t fport = ntohs(inp.inp_fport);
    const bool v6 = inp.inp_vflag & INP_IPV6;
    if (v6) {
        std::uint8_t local[16];
        std::uint8_t remote[16];
        std::memcpy(local, &inp.inp_dependladdr.inp6_local, 16);
        std::memcpy(remote, &inp.inp_dependfaddr.inp6_foreign, 16);
        row.local = Endpoint::ipv6(local, lport).unmapped();
        row.remote = Endpoint::ipv6(remote, fport).unmapped();
    } else {
        row.local = Endpoint::ipv4(inp.inp_dependladdr.inp46_local.ia46_addr4.s_addr, lport);
        row.remote = Endpoint::ipv4(inp.inp_dependfaddr.inp46_foreign.ia46_addr4.s_addr, fport);
    }
    row.rawState = record.t_state;
    row.sendQueue = inp.xi_socket.so_snd.sb_cc;
    row.recvQueue = inp.xi_socket.so_rcv.sb_cc;
    row.uid = inp.xi_socket.so_uid;
#else
    const auto& inc = record.xt_inp.inp_inc;
    const std::uint16_t lport = ntohs(inc.inc_lport);
    const std::uint16_t fport = ntohs(inc.inc_fport);
    if (record.xt_inp.inp_vflag & INP_IPV6) {
        std::uint8_t local[16];
        std::uint8_t remote[16];
        std::memcpy(local, &inc.inc6_laddr, 16);
        std::memcpy(remote, &inc.inc6_faddr, 16);
        row.local = Endpoint::ipv6(local, lport).unmapped();
        row.remote = Endpoint::ipv6(remote, fport).unmapped();
    } else {
        row.local = Endpoint::ipv4(inc.inc_laddr.s_addr, lport);
        row.remote = Endpoint::ipv4(inc.inc_faddr.s_addr, fport);
    }
    row.rawState = record.t_state;
    row.sendQueue = record.xt_inp.xi_socket.so_snd.sb_cc;
    row.recvQueue = record.xt_inp.xi_socket.so_rcv.sb_cc;
    row.uid = record.xt_inp.xi_socket.so_uid;
#endif
    row.state = stateFromBsd(row.rawState);
    return true;
}

class SysctlProbe final : public KernelProbe {
public:
    ProbeSource source() const override { return ProbeSource::Sysctl; }

    ProbeResult query(const ProbeQuery& query) override
    {
        ProbeResult result;
        result.source = ProbeSource::Sysctl;
        // The table may grow between sizing and reading: retry with room to spare.
        for (int attempt = 0;; ++attempt) {
            std::size_t size = 0;
            if (::sysctlbyname(kSysctl, nullptr, &size, nullptr, 0) != 0) {
                result.ok = false;
                result.error = std::string("sysctl ") + kSysctl + ": " + std::strerror(errno);
                return result;
            }
            m_buffer.resize(size + size / 4 + 4096);
            size = m_buffer.size();
            if (::sysctlbyname(kSysctl, m_buffer.data(), &size, nullptr, 0) == 0) {
                m_buffer.resize(size);
                break;
            }
            if (errno != ENOMEM || attempt >= 4) {
                result.ok = false;
                result.error = std::string("sysctl ") + kSysctl + ": " + std::strerror(errno);
                return result;
            }
        }

        // xinpgen, then records (each with its length first), then a closing xinpgen.
        if (m_buffer.size() < sizeof(struct xinpgen)) {
            result.ok = false;
            result.error = "the pcblist is shorter than its header";
            return result;
        }
        struct xinpgen head;
        std::memcpy(&head, m_buffer.data(), sizeof head);
        std::size_t offset = head.xig_len;
        while (offset + sizeof(std::uint32_t) <= m_buffer.size()) {
            std::uint32_t length = 0;
            std::memcpy(&length, m_buffer.data() + offset, sizeof length);
            if (length <= sizeof(struct xinpgen))
                break; // the closing xinpgen
            if (length < sizeof(Record) || offset + length > m_buffer.size()) {
                result.ok = false;
                result.error = "malformed pcblist record (length " + std::to_string(length) + ")";
                return result;
            }
            Record record;
            std::memcpy(&record, m_buffer.data() + offset, sizeof record);
            SocketRow row;
            if (fillRow(record, row) && query.matches(row))
                result.rows.push_back(row);
            offset += length;
        }
        struct xinpgen tail;
        if (offset + sizeof tail <= m_buffer.size()) {
            std::memcpy(&tail, m_buffer.data() + offset, sizeof tail);
            result.inconsistent = tail.xig_gen != head.xig_gen; // the table changed meanwhile
        }
        return result;
    }

private:
    std::vector<unsigned char> m_buffer;
};

} // namespace

std::vector<ProbeSource> availableSources() { return {ProbeSource::Sysctl}; }

ProbeCreation createProbe(SourcePreference preference)
{
    ProbeCreation creation;
    if (preference != SourcePreference::Auto) {
        creation.error = "only sysctl pcblist is available on this system";
        return creation;
    }
    creation.probe = std::make_unique<SysctlProbe>();
    return creation;
}

} // namespace tsl
