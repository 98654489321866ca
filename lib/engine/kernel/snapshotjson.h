#pragma once
// The JSON document `snapshot --json` prints (counts, sockets, source, and inconsistent), in
// plain C++: the Qt command line (app/cli/snapshotwriter) and the Qt-free front of tcpstatelab
// (app/front) print the same bytes from this one writer. QJsonDocument's compact form, keys in
// its (sorted) order, as `snapshot --json` always printed them; written straight into one
// buffer (building a QJsonObject per row was most of the time over 10,000 sockets).

#include "kernelprobe.h"

#include <string>

namespace tsl {

// The whole document, ending in a newline.
std::string snapshotJson(const ProbeResult& result);

} // namespace tsl
