#pragma once
// `tcpstatelab pkt run SCRIPT.pkt...`: packetdrill scripts played against host A's real Linux
// stack in the private network, without root (lib/engine/pkt). A verdict line per script, the
// failing line in packetdrill's words, a summary for several scripts; --json: one object per
// script line.

#include <QCoreApplication>
#include <QStringList>

namespace tsl {

class PktCommands {
    Q_DECLARE_TR_FUNCTIONS(PktCommands)

public:
    static int run(const QStringList& arguments);

private:
    static int runScripts(const QStringList& arguments);
};

} // namespace tsl
