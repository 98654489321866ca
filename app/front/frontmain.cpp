// tcpstatelab on Linux: the front. Plain C++ over the engine, no Qt loaded: it answers
// `--version`, `snapshot ... --json` and the snapshot table itself (frontcommand.h says why and which), and hands
// every other command line, unchanged, to the Qt command line tcpstatelab-cli (app/main.cpp),
// which starts the window program in turn. exec, not a child: the same process, its exit code,
// its signals and its terminal.
#include "frontcommand.h"

#include "kernel/kernelprobe.h"
#include "kernel/snapshotjson.h"
#include "kernel/snapshottext.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include <unistd.h>

namespace {

// This program's folder, whatever the current directory or $PATH said.
std::string ownFolder(const char* argv0)
{
    std::vector<char> buffer(4096);
    const ssize_t length = ::readlink("/proc/self/exe", buffer.data(), buffer.size() - 1);
    std::string path = length > 0 ? std::string(buffer.data(), std::size_t(length)) : std::string(argv0);
    const std::size_t slash = path.rfind('/');
    return slash == std::string::npos ? std::string(".") : path.substr(0, slash);
}

// Beside this program (the build tree), then where the package installs it (beside the window
// program).
int handOver(char** argv)
{
    const std::string here = ownFolder(argv[0]);
    const std::string candidates[] = {here + "/tcpstatelab-cli",
                                      here + "/" TSL_WINDOW_PROGRAM_FROM_BINDIR "/tcpstatelab-cli"};
    std::string tried;
    int error = ENOENT;
    for (const std::string& path : candidates) {
        if (::access(path.c_str(), X_OK) != 0)
            continue;
        ::execv(path.c_str(), argv); // argv[0] as the user typed it: the usage lines name it
        error = errno;
        tried = path;
        break;
    }
    if (tried.empty())
        tried = candidates[0] + ", " + candidates[1];
    // No Qt here to translate it; a broken installation is the only way to see it.
    std::fprintf(stderr, "tcpstatelab: cannot start the command-line program (%s): %s\n", tried.c_str(),
                 std::strerror(error));
    return 1;
}

// `snapshot --json`, or the table (in English: no --lang), as the Qt command line prints them; anything but a
// clean read goes to the Qt command line instead (it reads again and says what went wrong, in
// the user's language).
int snapshot(const tsl::front::FrontCommand& command, char** argv)
{
    tsl::ProbeCreation creation = tsl::createProbe(tsl::SourcePreference::Auto);
    if (!creation.probe || creation.fellBack)
        return handOver(argv);
    const tsl::ProbeResult result = creation.probe->query(
        command.ports.empty() ? tsl::ProbeQuery::all() : tsl::ProbeQuery::forPorts(command.ports));
    if (!result.ok)
        return handOver(argv);
    const std::string document = command.kind == tsl::front::FrontCommand::Kind::SnapshotJson
                                     ? tsl::snapshotJson(result)
                                     : tsl::snapshotTableText(result);
    std::fwrite(document.data(), 1, document.size(), stdout);
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    const std::vector<std::string_view> words(argv + 1, argv + argc);
    const tsl::front::FrontCommand command = tsl::front::classify(words);
    switch (command.kind) {
    case tsl::front::FrontCommand::Kind::Version:
        std::fputs("tcpstatelab " TSL_VERSION "\n", stdout);
        return 0;
    case tsl::front::FrontCommand::Kind::SnapshotJson:
    case tsl::front::FrontCommand::Kind::SnapshotTable:
        return snapshot(command, argv);
    case tsl::front::FrontCommand::Kind::HandOver:
        break;
    }
    return handOver(argv);
}
