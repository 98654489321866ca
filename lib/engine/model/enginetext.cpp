#include "enginetext.h"

namespace tsl {

std::string EngineText::english() const
{
    if (!source)
        return {};
    std::string text;
    for (const char* at = source; *at; ++at) {
        if (at[0] == '%' && at[1] >= '1' && at[1] <= '9') {
            const std::size_t index = std::size_t(at[1] - '1');
            if (index < args.size()) {
                text += args[index];
                ++at;
                continue;
            }
        }
        text += *at;
    }
    return text;
}

} // namespace tsl
