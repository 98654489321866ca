// Windows: the IP Helper API (GetTcpTable2 / GetTcp6Table2). Plain C++, no Qt.
// Compile-checked on Linux with mingw-w64 in CI; not yet run on Windows.
#ifndef _WIN32_WINNT
#define _WIN32_WINNT 0x0601 // Windows 7: GetTcpTable2 and GetTcp6Table2 exist from Vista on
#endif
#include "kernelprobe.h"

#include "model/platformstates.h"

#include <winsock2.h>
#include <ws2tcpip.h>
#include <iphlpapi.h>

#include <cstring>
#include <vector>

namespace tsl {

namespace {

// Ports are the low 16 bits of a DWORD, in network order.
std::uint16_t portFrom(DWORD value) { return ntohs(static_cast<u_short>(value & 0xffff)); }

SocketRow rowFrom(const MIB_TCPROW2& r)
{
    SocketRow row;
    row.local = Endpoint::ipv4(r.dwLocalAddr, portFrom(r.dwLocalPort));
    row.remote = Endpoint::ipv4(r.dwRemoteAddr, portFrom(r.dwRemotePort));
    row.rawState = static_cast<int>(r.dwState);
    row.state = stateFromWindows(row.rawState);
    // The listener's remote endpoint is reported as 0.0.0.0 with garbage in the port.
    if (row.state == TcpState::Listen)
        row.remote.port = 0;
    return row;
}

SocketRow rowFrom(const MIB_TCP6ROW2& r)
{
    SocketRow row;
    std::uint8_t local[16];
    std::uint8_t remote[16];
    std::memcpy(local, &r.LocalAddr, 16);
    std::memcpy(remote, &r.RemoteAddr, 16);
    row.local = Endpoint::ipv6(local, portFrom(r.dwLocalPort)).unmapped();
    row.remote = Endpoint::ipv6(remote, portFrom(r.dwRemotePort)).unmapped();
    row.rawState = static_cast<int>(r.State);
    row.state = stateFromWindows(row.rawState);
    if (row.state == TcpState::Listen)
        row.remote.port = 0;
    return row;
}

// Calls `get` with a buffer that grows until the table fits (it may grow between calls).
template <typename Get>
bool fetch(Get get, std::vector<unsigned char>& buffer, std::string& error)
{
    ULONG size = static_cast<ULONG>(buffer.size());
    for (int attempt = 0; attempt < 8; ++attempt) {
        const ULONG status = get(buffer.empty() ? nullptr : buffer.data(), &size);
        if (status == NO_ERROR)
            return true;
        if (status == ERROR_NO_DATA) {
            buffer.clear();
            return true;
        }
        if (status != ERROR_INSUFFICIENT_BUFFER) {
            error = "the IP Helper API failed with error " + std::to_string(status);
            return false;
        }
        buffer.resize(size + size / 4 + 4096);
        size = static_cast<ULONG>(buffer.size());
    }
    error = "the TCP table kept growing while it was read";
    return false;
}

class IphlpapiProbe final : public KernelProbe {
public:
    ProbeSource source() const override { return ProbeSource::Iphlpapi; }

    ProbeResult query(const ProbeQuery& query) override
    {
        ProbeResult result;
        result.source = ProbeSource::Iphlpapi;
        std::string error;
        if (!fetch([](void* b, PULONG s) { return GetTcpTable2(static_cast<PMIB_TCPTABLE2>(b), s, TRUE); },
                   m_buffer, error)) {
            result.ok = false;
            result.error = error;
            return result;
        }
        if (m_buffer.size() >= sizeof(DWORD)) {
            const auto* table = reinterpret_cast<const MIB_TCPTABLE2*>(m_buffer.data());
            for (DWORD i = 0; i < table->dwNumEntries; ++i) {
                const SocketRow row = rowFrom(table->table[i]);
                if (query.matches(row))
                    result.rows.push_back(row);
            }
        }
        if (!fetch([](void* b, PULONG s) { return GetTcp6Table2(static_cast<PMIB_TCP6TABLE2>(b), s, TRUE); },
                   m_buffer, error)) {
            result.ok = false;
            result.error = error;
            return result;
        }
        if (m_buffer.size() >= sizeof(DWORD)) {
            const auto* table = reinterpret_cast<const MIB_TCP6TABLE2*>(m_buffer.data());
            for (DWORD i = 0; i < table->dwNumEntries; ++i) {
                const SocketRow row = rowFrom(table->table[i]);
                if (query.matches(row))
                    result.rows.push_back(row);
            }
        }
        return result;
    }

private:
    std::vector<unsigned char> m_buffer;
};

} // namespace

std::vector<ProbeSource> availableSources() { return {ProbeSource::Iphlpapi}; }

ProbeCreation createProbe(SourcePreference preference)
{
    ProbeCreation creation;
    if (preference != SourcePreference::Auto) {
        creation.error = "only the IP Helper API (iphlpapi) is available on Windows";
        return creation;
    }
    creation.probe = std::make_unique<IphlpapiProbe>();
    return creation;
}

} // namespace tsl
