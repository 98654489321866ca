#include "frontcommand.h"

#include <optional>
#include <string>

namespace tsl::front {

namespace {

// A port as the Qt command line reads it (PortList), restricted to the spelling nobody can
// read two ways: 1 to 5 digits, no sign, no leading zero, 1..65535.
std::optional<std::uint16_t> plainPort(std::string_view text)
{
    if (text.empty() || text.size() > 5 || text.front() == '0')
        return std::nullopt;
    unsigned value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + unsigned(c - '0');
    }
    if (value > 65535)
        return std::nullopt;
    return std::uint16_t(value);
}

// "P" or "P,Q,...": every item a plain port, no empty item (PortList skips those; the front
// leaves such spellings to it).
bool appendPorts(std::string_view list, std::vector<std::uint16_t>& ports)
{
    for (;;) {
        const std::size_t comma = list.find(',');
        const std::optional<std::uint16_t> port = plainPort(list.substr(0, comma));
        if (!port)
            return false;
        ports.push_back(*port);
        if (comma == std::string_view::npos)
            return true;
        list.remove_prefix(comma + 1);
    }
}

} // namespace

FrontCommand classify(const std::vector<std::string_view>& words)
{
    FrontCommand command;
    if (words.size() == 1 && (words[0] == "--version" || words[0] == "-v")) {
        command.kind = FrontCommand::Kind::Version;
        return command;
    }
    if (words.empty() || words[0] != "snapshot")
        return command;
    bool json = false;
    std::vector<std::uint16_t> ports;
    for (std::size_t i = 1; i < words.size(); ++i) {
        const std::string_view word = words[i];
        if (word == "--json") {
            json = true;
        } else if (word == "--port" && i + 1 < words.size()) {
            if (!appendPorts(words[++i], ports))
                return command;
        } else if (word.substr(0, 7) == "--port=") {
            if (!appendPorts(word.substr(7), ports))
                return command;
        } else {
            return command;
        }
    }
    command.kind = json ? FrontCommand::Kind::SnapshotJson : FrontCommand::Kind::SnapshotTable;
    command.ports = std::move(ports);
    return command;
}

} // namespace tsl::front
