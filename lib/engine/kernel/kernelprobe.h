#pragma once
// The one small interface behind which every platform's way of reading the TCP table hides.
// Plain C++; one implementation file per platform.

#include "socketrow.h"

#include <memory>
#include <string>
#include <vector>

namespace tsl {

class KernelProbe {
public:
    virtual ~KernelProbe() = default;
    virtual ProbeSource source() const = 0;
    virtual ProbeResult query(const ProbeQuery& query) = 0;

    // Exact lookups of many connections at once: `rows[i]` answers `tuples[i]` (empty when the
    // connection is not in the table). False with `error` when the table could not be read.
    // The default asks one by one; a probe that can batch (netlink) overrides it.
    virtual bool lookupMany(const std::vector<FourTuple>& tuples,
                            std::vector<std::optional<SocketRow>>& rows, std::string& error);
};

enum class SourcePreference {
    Auto, // the best this platform offers, falling back when it is missing
    Netlink,
    Procfs,
};

struct ProbeCreation {
    std::unique_ptr<KernelProbe> probe; // null when nothing could be opened
    std::string error;                  // why not, or why a fallback was taken
    bool fellBack = false;              // Auto took a lesser source than the platform's best
};

// Opens the platform's probe. On Linux: netlink, or /proc when netlink is unavailable (Auto) —
// the result says so. Asking for a source this platform does not have fails with a message.
ProbeCreation createProbe(SourcePreference preference);

// The sources this build can offer, best first.
std::vector<ProbeSource> availableSources();

} // namespace tsl
