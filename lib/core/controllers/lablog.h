#pragma once
// The Live Lab's log as data: every transition and operation with its time since the run
// started and the wall clock, a separator per run, capped to the newest entries, and exported
// as CSV or JSON lines with the same fields as `tcpstatelab lab run --json` (plus the clock).

#include "lab/labevent.h"
#include "model/tcpstate.h"

#include <QList>
#include <QString>
#include <QTime>

#include <deque>
#include <optional>

namespace tsl {

struct LabLogEntry {
    enum class Kind {
        Run,        // a separator: a new run started (name: what runs)
        Transition, // the kernel moved a socket
        Operation,  // the lab did something to a socket
        Note,       // anything else the user should read (errors, results)
    };
    Kind kind = Kind::Note;
    double timeMs = 0;    // since the run started
    QTime clock;          // the wall clock when it happened
    int endpoint = -1;
    QString role;         // English, as in JSON ("client", "server (half-open)")
    QString local;
    QString remote;
    TcpState from = TcpState::Closed;
    TcpState to = TcpState::Closed;
    QString edge;         // the model's edge id, empty when none fits
    bool seen = true;
    bool pathKnown = true; // false: several paths fit and none is claimed
    int listener = -1;     // for a listener's connection: the listener's endpoint
    QString operation;    // English, as in JSON
    bool ok = true;
    QString detail;       // English, as in JSON
    std::optional<LabFacts> flood; // a syn-flood status: its figures, as `lab run --json` adds them
    QString text;         // what the window shows, in the user's language at the time
};

class LabLog {
public:
    enum class Format {
        Csv,
        JsonLines,
    };
    static constexpr int kDefaultCapacity = 5000;

    explicit LabLog(int capacity = kDefaultCapacity) : m_capacity(std::max(1, capacity)) {}

    void append(const QList<LabLogEntry>& entries);
    void clear();
    const std::deque<LabLogEntry>& entries() const { return m_entries; }
    int capacity() const { return m_capacity; }
    qint64 dropped() const { return m_dropped; } // older entries let go to stay within capacity

    // One line a user reads: "  1234.5 ms  10:58:01.123  text"; a run is a separator line.
    static QString displayLine(const LabLogEntry& entry);
    static QString csvHeader();
    static QString csvLine(const LabLogEntry& entry);
    static QString jsonLine(const LabLogEntry& entry);
    QString exported(Format format) const;
    // Writes the log to `path`; false with a message (in the user's language) on failure.
    bool exportTo(const QString& path, Format format, QString* error) const;
    static std::optional<Format> formatForPath(const QString& path);

private:
    std::deque<LabLogEntry> m_entries;
    int m_capacity;
    qint64 m_dropped = 0;
};

} // namespace tsl
