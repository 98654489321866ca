#pragma once
// A sentence the engine says to a person, kept as a fact lib/core can word: the English source
// (marked with TSL_TRANSLATE_NOOP in `context`, "%1".."%9" standing for the arguments) and the
// arguments themselves (names, numbers, the system's own messages: never translated).
// english() is what JSON and the English output print; lib/core translates the source and fills
// in the same arguments. Plain C++.

#include <string>
#include <utility>
#include <vector>

namespace tsl {

struct EngineText {
    const char* context = nullptr;
    const char* source = nullptr;
    std::vector<std::string> args;
    // A stable identifier for scripts reading JSON (a note's "note_id"); empty where none is given.
    std::string id;

    bool empty() const { return source == nullptr; }
    // The source with its arguments filled in: "%1".."%9" replaced once, left to right, so an
    // argument that itself contains "%2" is never substituted again.
    std::string english() const;
};

// `source` must be a TSL_TRANSLATE_NOOP(context, ...) literal: lupdate finds it there.
inline EngineText engineText(const char* context, const char* source, std::vector<std::string> args = {})
{
    return EngineText{context, source, std::move(args), {}};
}

// A message the engine has no words of its own for (the system's, a library's): printed as it
// is in every language.
inline EngineText verbatimText(std::string message) { return EngineText{nullptr, "%1", {std::move(message)}, {}}; }

} // namespace tsl
