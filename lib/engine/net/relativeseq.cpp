#include "relativeseq.h"

#include "model/translatenoop.h"

#include <cctype>
#include <cstdlib>
#include <utility>

namespace tsl::net {

namespace {

struct Name {
    const char* text;
    std::uint32_t ReceiverNumbers::*field;
};

// In the order a value equal to several of them is written with: snd.nxt before snd.una.
constexpr Name kNames[] = {
    {"rcv.nxt", &ReceiverNumbers::rcvNxt}, {"snd.nxt", &ReceiverNumbers::sndNxt}, {"snd.una", &ReceiverNumbers::sndUna},
    {"irs", &ReceiverNumbers::irs},        {"iss", &ReceiverNumbers::iss},
};

bool parseNumber(const std::string& text, std::uint64_t& value)
{
    if (text.empty() || text.size() > 10)
        return false;
    for (char c : text) {
        if (!std::isdigit(static_cast<unsigned char>(c)))
            return false;
    }
    value = std::strtoull(text.c_str(), nullptr, 10);
    return value <= 0xffffffffull;
}

} // namespace

ReceiverNumbers ReceiverNumbers::from(const DirectionView& receiver, const DirectionView& sender)
{
    ReceiverNumbers numbers;
    numbers.rcvNxt = sender.sndNxt;
    numbers.sndNxt = receiver.sndNxt;
    numbers.sndUna = sender.acked ? sender.lastAck : receiver.iss;
    // A SYN's window is never scaled; later ones are, once both ends offered scaling.
    const bool scaled = !receiver.windowInSyn && receiver.windowScale && sender.windowScale;
    numbers.window = std::uint32_t(receiver.window) << (scaled ? *receiver.windowScale : 0);
    numbers.irs = sender.iss;
    numbers.iss = receiver.iss;
    return numbers;
}

std::optional<std::uint32_t> resolveRelative(const std::string& expression, const ReceiverNumbers& numbers,
                                             std::string& error)
{
    EngineText text;
    const auto value = resolveRelative(expression, numbers, text);
    if (!value)
        error = text.english();
    return value;
}

std::optional<std::uint32_t> resolveRelative(const std::string& expression, const ReceiverNumbers& numbers,
                                             EngineText& error)
{
    std::string text;
    for (char c : expression) {
        if (!std::isspace(static_cast<unsigned char>(c)))
            text += char(std::tolower(static_cast<unsigned char>(c)));
    }
    std::uint64_t plain = 0;
    if (parseNumber(text, plain))
        return std::uint32_t(plain);
    // NAME, then any number of "+TERM" / "-TERM", a TERM being a number or "wnd".
    std::uint32_t value = 0;
    std::size_t at = 0;
    bool named = false;
    for (const Name& name : kNames) {
        const std::string prefix = name.text;
        if (text.compare(0, prefix.size(), prefix) == 0) {
            value = numbers.*(name.field);
            at = prefix.size();
            named = true;
            break;
        }
    }
    if (!named) {
        error = engineText("RelativeSeq",
                           TSL_TRANSLATE_NOOP("RelativeSeq", "\"%1\" is not a sequence expression: use rcv.nxt, snd.una, "
                                                             "snd.nxt, irs, iss (plus or minus a number or wnd) or a plain number"),
                           {expression});
        return std::nullopt;
    }
    while (at < text.size()) {
        const char sign = text[at];
        if (sign != '+' && sign != '-') {
            error = engineText("RelativeSeq", TSL_TRANSLATE_NOOP("RelativeSeq", "\"%1\": expected + or - after %2"),
                               {expression, text.substr(0, at)});
            return std::nullopt;
        }
        std::size_t end = at + 1;
        while (end < text.size() && text[end] != '+' && text[end] != '-')
            ++end;
        const std::string term = text.substr(at + 1, end - at - 1);
        std::uint64_t amount = 0;
        if (term == "wnd") {
            amount = numbers.window;
        } else if (!parseNumber(term, amount)) {
            error = engineText("RelativeSeq", TSL_TRANSLATE_NOOP("RelativeSeq", "\"%1\": \"%2\" is neither a number nor wnd"),
                               {expression, term});
            return std::nullopt;
        }
        value = sign == '+' ? value + std::uint32_t(amount) : value - std::uint32_t(amount);
        at = end;
    }
    return value;
}

std::string describeRelative(std::uint32_t value, const ReceiverNumbers& numbers, std::uint32_t reach)
{
    std::string best;
    std::uint32_t bestDistance = reach + 1;
    for (const Name& name : kNames) {
        const std::uint32_t base = numbers.*(name.field);
        const std::int64_t difference = std::int32_t(value - base);
        const std::uint32_t distance = std::uint32_t(difference < 0 ? -difference : difference);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = name.text;
            if (difference > 0)
                best += "+" + std::to_string(difference);
            else if (difference < 0)
                best += std::to_string(difference);
        }
    }
    return best.empty() ? std::to_string(value) : best;
}

} // namespace tsl::net
