#pragma once
// The fallback when sock_diag netlink is unavailable: /proc/net/tcp and /proc/net/tcp6, parsed
// strictly (a malformed line is an error with its line number, never a crash). Filtering
// happens here, in user space: procfs cannot filter.

#include "kernelprobe.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace tsl::procfs {

// A table file larger than this is refused (/proc/net/tcp holds ~150 bytes per socket: this is
// well over a million sockets), as is anything but a regular file (a FIFO, /dev/zero).
inline constexpr std::size_t kMaxTableBytes = std::size_t(256) * 1024 * 1024;

// Parses the text of one /proc/net/tcp{,6} file. `ticksPerSecond` converts the timer column
// (USER_HZ ticks). Returns false with `error` set ("line 7: ...") on malformed input.
bool parse(std::string_view text, AddressFamily family, long ticksPerSecond,
           std::vector<SocketRow>& rows, std::string& error);

class ProcfsProbe final : public KernelProbe {
public:
    // `root` is where net/tcp and net/tcp6 are found ("/proc" normally).
    explicit ProcfsProbe(std::string root = "/proc");

    bool isAvailable(std::string* error = nullptr) const;
    ProbeSource source() const override { return ProbeSource::Procfs; }
    ProbeResult query(const ProbeQuery& query) override;

private:
    std::string m_root;
    long m_ticksPerSecond;
};

} // namespace tsl::procfs
