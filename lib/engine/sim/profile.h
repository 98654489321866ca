#pragma once
// Which TCP the simulator plays: RFC 9293 as written (with RFC 5961's challenge ACKs, which it
// adopts), or Linux where the real kernel answers differently (found by `whatif --engine both`
// and measured in tests/data/whatif_table.tsv). Every step taken differently under the linux
// profile carries a note naming the Linux behaviour. Plain C++.

#include <optional>
#include <string>
#include <string_view>

namespace tsl::sim {

enum class Profile {
    Rfc9293,
    Linux,
};

inline constexpr Profile kProfiles[] = {Profile::Rfc9293, Profile::Linux};

// Stable tokens for the command line and JSON: "rfc9293", "linux".
const char* profileToken(Profile profile);
std::optional<Profile> parseProfile(std::string_view token);
// "rfc9293, linux": for error messages.
std::string profileTokenList();

} // namespace tsl::sim
