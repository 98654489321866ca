#pragma once
// Asks the real kernel several whatif questions at once, each in a fresh private network of its
// own (no socket of one question lingers into the next; one network reused across cells changes
// answers, see tests/bench/bench_explorer). A cell mostly waits — for the wire, for answers —
// so a few threads fill the explorer's grid in a fraction of the time (bench_explorer: 88 cells
// in ~2 s with 8 threads, ~16 s one after the other, the same answers).

#include "whatif/whatif.h"

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace tsl {

namespace net {
class PrivateNetwork;
}

using PrivateNetworkFactory = std::function<std::unique_ptr<net::PrivateNetwork>(std::string& error)>;

inline constexpr int kKernelBatchThreads = 8;

// The answers in the order of `queries`; nullopt (and `error`, the first network's failure) when
// a private network could not be built for every question.
std::optional<std::vector<WhatIfAnswer>> askKernelInParallel(const std::vector<WhatIfQuery>& queries,
                                                             const PrivateNetworkFactory& factory, std::string& error);

} // namespace tsl
