#include "profile.h"

namespace tsl::sim {

const char* profileToken(Profile profile)
{
    switch (profile) {
    case Profile::Rfc9293: return "rfc9293";
    case Profile::Linux: return "linux";
    }
    return "rfc9293";
}

std::optional<Profile> parseProfile(std::string_view token)
{
    for (Profile profile : kProfiles) {
        if (token == profileToken(profile))
            return profile;
    }
    return std::nullopt;
}

std::string profileTokenList()
{
    std::string list;
    for (Profile profile : kProfiles)
        list += (list.empty() ? "" : ", ") + std::string(profileToken(profile));
    return list;
}

} // namespace tsl::sim
