#pragma once
// What `replay` and the capture panel say about a replayed capture, in the user's language: why
// a file could not be read, what was skipped, each segment's step (the sender's call, then the
// simulator's explanation of the receiver's handling), a connection's capture point.

#include "capture/capturereplay.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tsl {

class ReplayText {
    Q_DECLARE_TR_FUNCTIONS(ReplayText)

public:
    // Nothing could be read: "cannot read x.pcap: unknown file format".
    static QString openError(const capture::ReplayResult& result, const QString& path);
    // What was read but not used, and where libpcap stopped early: one warning per line.
    static QStringList warnings(const capture::ReplayResult& result);
    // The capture holds no TCP at all.
    static QString noTcp(const capture::ReplayResult& result, const QString& path);
    // "SYN_SENT", or "?" where the capture has not told yet.
    static QString state(TcpState state);
    // "A: connect" — what the sender did to send it; empty when nothing new.
    static QString senderCall(const capture::ReplayStep& step);
    // The whole step: the sender's call, the receiver's handling as the simulator explains it,
    // retransmission, out of window, inferred at the capture point, the start of mid-stream states.
    static QString explanation(const capture::ReplayStep& step);
    // Short marks for a table: "retransmission", "out of window", "at capture point".
    static QStringList marks(const capture::ReplayStep& step);
    static QString capturePoint(capture::CapturePoint point);
    // "A→B SYN seq=0 ack=0" with relative numbers.
    static QString segmentLabel(const capture::ReplayStep& step);
    // "192.0.2.1:41223" ([v6]:port).
    static QString endpoint(const capture::ConnectionEndpoint& endpoint);
};

} // namespace tsl
