#pragma once
// The front of tcpstatelab: the command lines it answers itself, without loading Qt. Loading
// QtCore and what it links (ICU, GLib, PCRE2, ...) is most of a Qt program's start-up: ~2.3 ms
// of a bare QCoreApplication's ~2.6 ms, where ss answers a filtered dump in ~3 ms in all. So
// `--version`, `snapshot ... --json` (a kernel dump printed as JSON: nothing to translate) and
// the snapshot table (English, as the verbs print it without --lang; kernel/snapshottext.h)
// run here, in plain C++ over the engine; every other command line, and any of these the
// front does not fully understand, goes to the Qt command line (tcpstatelab-cli) unchanged,
// which answers it as it always did — errors and their translations included.

#include <cstdint>
#include <string_view>
#include <vector>

namespace tsl::front {

struct FrontCommand {
    enum class Kind {
        HandOver,     // to tcpstatelab-cli, untouched
        Version,      // `tcpstatelab --version` (or -v) alone
        SnapshotJson, // `tcpstatelab snapshot --json [--port P[,P...]]...` in any order
        // The same without --json: the table. The verbs speak English unless --lang says
        // otherwise (CommandLine::prepare), and --lang is handed over.
        SnapshotTable,
    };
    Kind kind = Kind::HandOver;
    std::vector<std::uint16_t> ports; // SnapshotJson, SnapshotTable: empty means every socket
};

// `words` are the arguments after the program's name. Only what is certainly valid is taken:
// anything else (another option, --help, --lang, a port the Qt parser would refuse or read
// differently) is handed over, so that the Qt command line says what is wrong, as before.
FrontCommand classify(const std::vector<std::string_view>& words);

} // namespace tsl::front
