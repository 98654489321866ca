#include "kernelbatch.h"

#include "net/privatenetwork.h"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <thread>

namespace tsl {

std::optional<std::vector<WhatIfAnswer>> askKernelInParallel(const std::vector<WhatIfQuery>& queries,
                                                             const PrivateNetworkFactory& factory, std::string& error)
{
    std::vector<WhatIfAnswer> answers(queries.size());
    std::atomic<std::size_t> next{0};
    std::atomic<bool> failed{false};
    std::mutex errorMutex;
    const auto work = [&]() {
        for (std::size_t at = next++; at < queries.size() && !failed; at = next++) {
            std::string why;
            const std::unique_ptr<net::PrivateNetwork> network = factory(why);
            if (!network) {
                const std::lock_guard lock(errorMutex);
                if (!failed.exchange(true))
                    error = why;
                return;
            }
            answers[at] = whatIfLinux(queries[at], *network);
        }
    };
    {
        std::vector<std::jthread> workers;
        const std::size_t count = std::min<std::size_t>(kKernelBatchThreads, queries.size());
        for (std::size_t i = 0; i < count; ++i)
            workers.emplace_back(work);
    }
    if (failed)
        return std::nullopt;
    return answers;
}

} // namespace tsl
