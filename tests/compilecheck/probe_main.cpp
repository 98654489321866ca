// A plain C++ consumer of the kernel probe, with no Qt: CI builds it for Windows with mingw-w64
// to check that the iphlpapi backend compiles and links. It prints the TCP table.
#include "kernel/kernelprobe.h"

#include <cstdio>

int main()
{
    tsl::ProbeCreation creation = tsl::createProbe(tsl::SourcePreference::Auto);
    if (!creation.probe) {
        std::fprintf(stderr, "no probe: %s\n", creation.error.c_str());
        return 1;
    }
    const tsl::ProbeResult result = creation.probe->query(tsl::ProbeQuery::all());
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
