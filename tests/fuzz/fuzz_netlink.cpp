// libFuzzer target: the sock_diag reply parser, on bytes a hostile or broken kernel could send.
// The input is read twice: as a recording (the framing `snapshot --save-netlink` writes, which
// the seeds in tests/data/netlink_*.bin are), and as one raw datagram answering the sequence
// number of its first message. Either must fail cleanly or parse, never read out of bounds or
// hit undefined behaviour (the sanitizers turn that into a finding).
#include "kernel/netlinkmessages_linux.h"
#include "kernel/netlinkrecording_linux.h"

#include <cstring>
#include <linux/netlink.h>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace tsl::netlink;
    {
        const std::vector<std::uint8_t> file(data, data + size);
        ParseState state;
        ParseStatus last = ParseStatus::NeedMore;
        parseRecording(file, state, last);
    }
    std::uint32_t sequence = 0;
    if (size >= sizeof(nlmsghdr))
        std::memcpy(&sequence, data + offsetof(nlmsghdr, nlmsg_seq), sizeof sequence);
    ParseState state;
    if (parseDatagram(data, size, sequence, state) == ParseStatus::Failed && state.error.empty())
        __builtin_trap(); // a failure must always say why
    return 0;
}
