// A plain C++ consumer of the kernel probe, with no Qt: CI builds it for Windows with mingw-w64
// (.ci/check-windows) and runs it under Wine against real loopback sockets (.ci/wine-probe).
// Prints the TCP table as "STATE local remote", one socket a line; `probe PORT...` prints only
// the sockets with one of those local or remote ports.
#include "kernel/kernelprobe.h"

#include <cstdio>
#include <cstdlib>

int main(int argc, char** argv)
{
    std::vector<std::uint16_t> ports;
    for (int i = 1; i < argc; ++i) {
        const long port = std::strtol(argv[i], nullptr, 10);
        if (port < 1 || port > 65535) {
            std::fprintf(stderr, "usage: probe [PORT...]: \"%s\" is not a port\n", argv[i]);
            return 2;
        }
        ports.push_back(static_cast<std::uint16_t>(port));
    }
    tsl::ProbeCreation creation = tsl::createProbe(tsl::SourcePreference::Auto);
    if (!creation.probe) {
        std::fprintf(stderr, "no probe: %s\n", creation.error.c_str());
        return 1;
    }
    const tsl::ProbeResult result =
        creation.probe->query(ports.empty() ? tsl::ProbeQuery::all() : tsl::ProbeQuery::forPorts(ports));
    if (!result.ok) {
        std::fprintf(stderr, "%s\n", result.error.c_str());
        return 1;
    }
    for (const tsl::SocketRow& row : result.rows) {
        std::printf("%-12s %-24s %s\n", tsl::stateToken(row.state).data(), row.local.text().c_str(),
                    row.remote.text().c_str());
    }
    std::printf("%zu sockets (source: %s)\n", result.rows.size(), tsl::sourceToken(result.source));
    return 0;
}
