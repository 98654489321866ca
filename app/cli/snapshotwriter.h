#pragma once
// `snapshot`'s output, written straight into one byte buffer: the profile of `snapshot --json`
// over 10,000 sockets showed most of its time in building a QJsonObject per row and a
// QStringList per table line. Same bytes as before (QJsonDocument's compact form, keys in
// its order), a fraction of the work.

#include "kernel/kernelprobe.h"

#include <QByteArray>
#include <QStringList>

namespace tsl::snapshotwriter {

// The JSON document `snapshot --json` prints: counts, sockets, source (and inconsistent);
// the engine's snapshotJson (kernel/snapshotjson.h), which the Qt-free front prints too.
QByteArray json(const ProbeResult& result);
// The table: `header` (translated column titles), one aligned line per socket.
QByteArray table(const ProbeResult& result, const QStringList& header);

} // namespace tsl::snapshotwriter
