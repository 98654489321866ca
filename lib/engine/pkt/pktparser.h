#pragma once
// Reads a packetdrill script into a Script: the grammar of packetdrill's documentation (times,
// packets, system calls, shell lines, %{ assert }% blocks, --option lines at the head). What it
// does not support is refused with its line and column and what is supported instead; nothing
// is skipped. Plain C++.

#include "pktscript.h"

#include <optional>
#include <string>

namespace tsl::pkt {

struct ParseError {
    int line = 1;
    int column = 1;
    std::string message;
};

// The largest script read: packetdrill scripts are a few kilobytes.
inline constexpr std::size_t kMaxScriptBytes = 1024 * 1024;

std::optional<Script> parseScript(const std::string& text, const ScriptOptions& options, ParseError& error);
// Reads `path` (a regular file of text, at most kMaxScriptBytes) and parses it.
std::optional<Script> readScript(const std::string& path, const ScriptOptions& options, ParseError& error);

} // namespace tsl::pkt
