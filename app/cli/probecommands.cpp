#include "probecommands.h"

#include "cliio.h"
#include "snapshotwriter.h"

#include "kernel/kernelprobe.h"
#include "kernel/tablediff.h"
#include "model/transitiontable.h"
#include "watch/socketwatcher.h"
#include "text/statetext.h"
#include "input/portlist.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#ifdef __linux__
#include "kernel/netlinkprobe_linux.h"
#endif

#include <cmath>
#include <cstdio>
#include <map>
#include <variant>

namespace tsl {

using cli::fail;
using cli::printJsonLine;
using cli::qs;
using cli::out;

namespace {


// The --port, --all and --source options both verbs share.
struct ProbeOptions {
    QCommandLineOption port{QStringLiteral("port"),
                            ProbeCommands::tr("Only sockets whose local or remote port is P (repeatable)."),
                            ProbeCommands::tr("P")};
    QCommandLineOption all{QStringLiteral("all"), ProbeCommands::tr("Every TCP socket (the default without --port).")};
    QCommandLineOption source{QStringLiteral("source"),
                              ProbeCommands::tr("Where to read the table: auto, netlink or procfs."),
                              ProbeCommands::tr("SOURCE"), QStringLiteral("auto")};
    QCommandLineOption json{QStringLiteral("json"), ProbeCommands::tr("Print JSON.")};

    void addTo(QCommandLineParser& parser) { parser.addOptions({port, all, source, json}); }
};

struct OpenedProbe {
    std::unique_ptr<KernelProbe> probe;
    ProbeQuery query;
};

// Validates the options and opens the probe; on bad input prints the message and returns the
// exit code instead.
std::variant<OpenedProbe, int> openProbe(const QCommandLineParser& parser, const ProbeOptions& options)
{
    std::vector<std::uint16_t> ports;
    for (const QString& value : parser.values(options.port)) {
        QString error;
        auto parsed = PortList::parse(value, &error); // "--port 5000,8080" works too
        if (parsed && parsed->empty() && !PortList::parsePort(value, &error)) // "--port ''": no port at all
            parsed.reset();
        if (!parsed)
            return fail(error);
        ports.insert(ports.end(), parsed->begin(), parsed->end());
    }
    if (parser.isSet(options.all) && !ports.empty())
        return fail(ProbeCommands::tr("use either --all or --port, not both."));

    int exitCode = cli::Success;
    auto probe = ProbeCommands::openSource(parser.value(options.source), &exitCode);
    if (!probe)
        return exitCode;
    return OpenedProbe{std::move(probe),
                       ports.empty() ? ProbeQuery::all() : ProbeQuery::forPorts(std::move(ports))};
}

// Records the netlink probe's replies to `path` (the format netlink::parseRecording reads).
bool recordNetlink(KernelProbe& probe, const QString& path, QString& error)
{
#ifdef __linux__
    if (auto* netlinkProbe = dynamic_cast<netlink::NetlinkProbe*>(&probe)) {
        std::string why;
        if (netlinkProbe->recordTo(path.toStdString(), why))
            return true;
        error = qs(why);
        return false;
    }
#else
    Q_UNUSED(probe);
    Q_UNUSED(path);
#endif
    error = ProbeCommands::tr("--save-netlink needs the netlink source.");
    return false;
}

// Why writing the recording failed after it was opened (a full disk), or empty.
QString recordingError(KernelProbe& probe)
{
#ifdef __linux__
    if (auto* netlinkProbe = dynamic_cast<netlink::NetlinkProbe*>(&probe))
        return qs(netlinkProbe->recordingError());
#else
    Q_UNUSED(probe);
#endif
    return {};
}

// A duration in seconds from an option: a finite number in [minimum, maximum] (nan and inf pass
// no range check written with < and >, so they are refused by name).
bool finiteSeconds(const QString& text, double minimum, double maximum, double& seconds)
{
    bool ok = false;
    seconds = text.toDouble(&ok);
    return ok && std::isfinite(seconds) && seconds >= minimum && seconds <= maximum;
}

// One watch line for a poll whose dump the kernel marked inconsistent (NLM_F_DUMP_INTR after the
// retries): {"event":"inconsistent"} in JSON, the warning snapshot prints otherwise.
void reportInconsistent(bool json, qint64 now, qint64 elapsed, ProbeSource source)
{
    if (json) {
        out() << QJsonDocument(QJsonObject{{QStringLiteral("time_ms"), now},
                                           {QStringLiteral("elapsed_ms"), elapsed},
                                           {QStringLiteral("event"), QStringLiteral("inconsistent")},
                                           {QStringLiteral("source"), QString::fromLatin1(sourceToken(source))}})
                     .toJson(QJsonDocument::Compact)
              << '\n';
        return;
    }
    out() << QStringLiteral("%1 ms  ").arg(elapsed, 8)
          << ProbeCommands::tr("warning: the table changed while it was read; this snapshot may be inconsistent.")
          << '\n';
}

// One event of the watch: a line of text, or a JSON line. The path is the model's, from the
// state before to the state now; every state in between was passed unseen between two polls.
void printWatchEvent(const WatchEvent& event, bool json, qint64 now, ProbeSource source)
{
    const TableChange& change = event.change;
    const QString from = qs(stateToken(change.from));
    const QString to = qs(stateToken(change.to));
    QStringList edges;
    QStringList unseen;
    const auto table = transitions();
    for (std::size_t i = 0; i < event.path.size(); ++i) {
        const Transition& edge = table[event.path[i]];
        edges << qs(edge.id);
        if (i + 1 < event.path.size())
            unseen << qs(stateToken(edge.to));
    }
    if (json) {
        const QString kind = change.kind == TableChange::Kind::Appeared ? QStringLiteral("appeared")
                             : change.kind == TableChange::Kind::Changed ? QStringLiteral("changed")
                                                                         : QStringLiteral("left");
        printJsonLine({{QStringLiteral("time_ms"), now},
                       {QStringLiteral("elapsed_ms"), event.elapsedMs},
                       {QStringLiteral("event"), kind},
                       {QStringLiteral("family"), change.row.family() == AddressFamily::IPv4 ? QStringLiteral("ipv4") : QStringLiteral("ipv6")},
                       {QStringLiteral("local"), qs(change.row.local.text())},
                       {QStringLiteral("remote"), qs(change.row.remote.text())},
                       {QStringLiteral("from"), change.kind == TableChange::Kind::Appeared ? QJsonValue() : QJsonValue(from)},
                       {QStringLiteral("to"), change.kind == TableChange::Kind::Left ? QJsonValue() : QJsonValue(to)},
                       {QStringLiteral("source"), QString::fromLatin1(sourceToken(source))},
                       {QStringLiteral("start"), qs(stateToken(event.start))},
                       {QStringLiteral("initial"), event.initial},
                       {QStringLiteral("path"), QJsonArray::fromStringList(edges)},
                       {QStringLiteral("unseen"), QJsonArray::fromStringList(unseen)},
                       {QStringLiteral("path_known"), event.pathKnown}});
        return;
    }
    QString what;
    if (change.kind == TableChange::Kind::Appeared)
        what = event.start == TcpState::Listen ? ProbeCommands::tr("appeared in %1 (a connection of a listener)").arg(to)
                                               : ProbeCommands::tr("appeared in %1").arg(to);
    else if (change.kind == TableChange::Kind::Changed)
        what = QStringLiteral("%1 → %2").arg(from, to);
    else
        what = ProbeCommands::tr("left the table (was %1)").arg(from);
    if (!event.initial && !unseen.isEmpty())
        what += QLatin1Char(' ') + ProbeCommands::tr("(via %1, unseen)").arg(unseen.join(QStringLiteral(", ")));
    else if (!event.initial && !event.pathKnown)
        what += QLatin1Char(' ') + ProbeCommands::tr("(path unknown)");
    out() << QStringLiteral("%1 ms  %2  %3  %4")
                 .arg(event.elapsedMs, 8)
                 .arg(qs(change.row.local.text()), qs(change.row.remote.text()), what)
          << '\n';
}

} // namespace

std::unique_ptr<KernelProbe> ProbeCommands::openSource(const QString& source, int* exitCode)
{
    const QString sourceText = source.toLower();
    SourcePreference preference = SourcePreference::Auto;
    if (sourceText == QLatin1String("netlink"))
        preference = SourcePreference::Netlink;
    else if (sourceText == QLatin1String("procfs"))
        preference = SourcePreference::Procfs;
    else if (sourceText != QLatin1String("auto")) {
        *exitCode = fail(tr("unknown source \"%1\"; valid sources: auto, netlink, procfs.").arg(sourceText));
        return nullptr;
    }
    ProbeCreation creation = createProbe(preference);
    if (!creation.probe) {
        *exitCode = fail(tr("cannot read the kernel's TCP table from %1: %2").arg(sourceText, qs(creation.error)));
        return nullptr;
    }
    if (creation.fellBack) {
        cli::err() << QCoreApplication::applicationName() << ": "
                   << tr("note: %1 (source: %2)")
                          .arg(qs(creation.error), qs(std::string_view(sourceToken(creation.probe->source()))))
                   << Qt::endl;
    }
    return std::move(creation.probe);
}

int ProbeCommands::snapshot(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Print the kernel's TCP sockets with their states, like ss: state, local and remote "
           "endpoint, timer and queues, and the number of sockets in each state."));
    ProbeOptions options;
    options.addTo(parser);
    const QCommandLineOption save(QStringLiteral("save-netlink"),
                                  tr("Also record the raw netlink replies to FILE (test data, like ss -D)."),
                                  tr("FILE"));
    parser.addOption(save);
    if (auto exit = cli::parseOrExit(parser, arguments, QStringLiteral("snapshot")))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("snapshot takes no arguments, got \"%1\".").arg(parser.positionalArguments().join(QLatin1Char(' '))));
    auto opened = openProbe(parser, options);
    if (auto* code = std::get_if<int>(&opened))
        return *code;
    OpenedProbe& probe = std::get<OpenedProbe>(opened);

    if (parser.isSet(save)) {
        if (probe.probe->source() != ProbeSource::Netlink)
            return fail(tr("--save-netlink needs the netlink source."));
        QString error;
        if (!recordNetlink(*probe.probe, parser.value(save), error))
            return fail(tr("cannot record to \"%1\": %2").arg(parser.value(save), error));
    }

    const ProbeResult result = probe.probe->query(probe.query);
    if (!result.ok)
        return fail(tr("reading the TCP table failed: %1").arg(qs(result.error)), cli::Failure);
    if (const QString error = recordingError(*probe.probe); !error.isEmpty())
        return fail(tr("cannot record to \"%1\": %2").arg(parser.value(save), error), cli::Failure);

    if (parser.isSet(options.json)) {
        out().flush();
        const QByteArray document = snapshotwriter::json(result);
        std::fwrite(document.constData(), 1, std::size_t(document.size()), stdout);
        std::fflush(stdout);
        return cli::Success;
    }

    std::map<std::size_t, int> counts;
    for (const SocketRow& row : result.rows)
        ++counts[row.state == TcpState::Unknown ? kStateCount : stateIndex(row.state)];
    const auto countName = [](std::size_t index) {
        return index == kStateCount ? QStringLiteral("UNKNOWN") : StateText::token(kAllStates[index]);
    };
    out().flush();
    const QByteArray lines = snapshotwriter::table(result, {tr("State"), tr("Recv-Q"), tr("Send-Q"), tr("Local Address:Port"),
                                                            tr("Peer Address:Port"), tr("Timer")});
    std::fwrite(lines.constData(), 1, std::size_t(lines.size()), stdout);
    std::fflush(stdout);
    QStringList summary;
    for (const auto& [index, n] : counts)
        summary << QStringLiteral("%1 %2").arg(countName(index)).arg(n);
    out() << '\n'
          << tr("%1 sockets (source: %2)%3")
                 .arg(result.rows.size())
                 .arg(QString::fromLatin1(sourceToken(result.source)))
                 .arg(summary.isEmpty() ? QString() : QStringLiteral(": ") + summary.join(QStringLiteral(", ")))
          << '\n';
    if (result.inconsistent)
        out() << tr("warning: the table changed while it was read; this snapshot may be inconsistent.") << '\n';
    out().flush();
    return cli::Success;
}

int ProbeCommands::watch(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Print one line whenever a TCP connection appears, changes state or leaves the kernel's "
           "table, with a timestamp in milliseconds. Stops on Ctrl-C or after --duration."));
    ProbeOptions options;
    options.addTo(parser);
    const QCommandLineOption interval(QStringLiteral("interval-ms"),
                                      tr("Milliseconds between polls (1 to 60000, default 100)."),
                                      tr("N"), QStringLiteral("100"));
    const QCommandLineOption duration(QStringLiteral("duration"),
                                      tr("Stop after S seconds (default: until Ctrl-C)."), tr("S"));
    parser.addOptions({interval, duration});
    if (auto exit = cli::parseOrExit(parser, arguments, QStringLiteral("watch")))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("watch takes no arguments, got \"%1\".").arg(parser.positionalArguments().join(QLatin1Char(' '))));

    bool ok = false;
    const int intervalMs = parser.value(interval).toInt(&ok);
    if (!ok || intervalMs < 1 || intervalMs > 60000)
        return fail(tr("invalid --interval-ms \"%1\": use a whole number from 1 to 60000.").arg(parser.value(interval)));
    double durationS = -1;
    if (parser.isSet(duration)) {
        if (!finiteSeconds(parser.value(duration), 0, 31 * 24 * 3600, durationS) || durationS <= 0)
            return fail(tr("invalid --duration \"%1\": use a positive number of seconds.").arg(parser.value(duration)));
    }
    auto opened = openProbe(parser, options);
    if (auto* code = std::get_if<int>(&opened))
        return *code;
    OpenedProbe& probe = std::get<OpenedProbe>(opened);
    const bool json = parser.isSet(options.json);

    // The Watch panel's own watcher, polled here on this thread: the same events, the same
    // implied paths (a listener's connection starts in LISTEN), the same rule.
    const ProbeSource source = probe.probe->source();
    SocketWatcher watcher(std::move(probe.probe));
    watcher.setPorts(probe.query.ports);
    QElapsedTimer clock;
    clock.start();
    QString failure;
    QObject::connect(&watcher, &SocketWatcher::failed, [&failure](const QString& error) { failure = error; });
    QObject::connect(&watcher, &SocketWatcher::inconsistentDump, [json, source, &clock] {
        // as snapshot says it: the kernel kept changing during the dump
        reportInconsistent(json, QDateTime::currentMSecsSinceEpoch(), clock.elapsed(), source);
    });
    QObject::connect(&watcher, &SocketWatcher::changed, [json, source](const QList<WatchEvent>& events) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (const WatchEvent& event : events)
            printWatchEvent(event, json, now, source);
        out().flush();
    });

    // Polls start every interval (10 Hz at 100 ms, as the Watch panel's timer), however long a
    // poll of a large table took; one that overran starts the next at once, and the schedule
    // restarts from there rather than catching up.
    const cli::StopRequest stop;
    qint64 next = 0;
    while (!stop.requested()) {
        if (!watcher.poll())
            return fail(tr("reading the TCP table failed: %1").arg(failure), cli::Failure);
        if (durationS > 0 && clock.elapsed() >= qint64(durationS * 1000))
            break;
        next += intervalMs;
        const qint64 now = clock.elapsed();
        if (next <= now)
            next = now;
        else
            stop.sleep(next - now);
    }
    return cli::Success;
}

} // namespace tsl
