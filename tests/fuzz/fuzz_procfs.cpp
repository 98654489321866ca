// libFuzzer target: the /proc/net/tcp{,6} parser, seeded with tests/data/proc_net_tcp*.txt.
// Malformed text must fail with a line number, never crash or overflow.
#include "kernel/procfsprobe_linux.h"

#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    for (const tsl::AddressFamily family : {tsl::AddressFamily::IPv4, tsl::AddressFamily::IPv6}) {
        std::vector<tsl::SocketRow> rows;
        std::string error;
        if (!tsl::procfs::parse(text, family, 100, rows, error) && error.empty())
            __builtin_trap(); // a failure must always say why
    }
    return 0;
}
