#include "netcommands.h"

#include "cliio.h"

#include "text/statetext.h"

#if TSL_HAVE_LIVE_LAB
#include "lab/netscenarios.h"
#include "net/netavailability.h"
#include "net/pcapwriter.h"
#include "net/privatenetwork.h"
#include "text/netruntext.h"
#include "text/nettext.h"
#endif

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tsl {

using cli::fail;
using cli::printJsonLine;
using cli::qs;
using cli::out;

namespace {


#if TSL_HAVE_LIVE_LAB
QString endText(net::WireEnd end) { return QString::fromLatin1(net::wireEndName(end)); }

QString addressText(const net::TcpSegment& segment, bool source)
{
    const auto& bytes = source ? segment.source : segment.destination;
    const std::uint16_t port = source ? segment.sourcePort : segment.destinationPort;
    std::optional<Endpoint> endpoint;
    if (segment.family == net::IpFamily::V4) {
        std::uint32_t address;
        std::memcpy(&address, bytes.data(), 4);
        endpoint = Endpoint::ipv4(address, port);
    } else {
        std::uint8_t raw[16];
        std::memcpy(raw, bytes.data(), 16);
        endpoint = Endpoint::ipv6(raw, port);
    }
    return qs(endpoint->text());
}

QJsonObject eventJson(const NetRunEvent& event)
{
    const double timeMs = double(event.timeUs) / 1000.0;
    switch (event.kind) {
    case NetRunEvent::Kind::Setting: {
        const QString text = qs(event.call);
        return {{QStringLiteral("type"), QStringLiteral("setting")},
                {QStringLiteral("name"), text.section(QLatin1Char('='), 0, 0)},
                {QStringLiteral("value"), text.section(QLatin1Char('='), 1).toLongLong()}};
    }
    case NetRunEvent::Kind::Call:
        return {{QStringLiteral("type"), QStringLiteral("call")},
                {QStringLiteral("side"), qs(event.side)},
                {QStringLiteral("call"), qs(event.call)},
                {QStringLiteral("detail"), qs(event.detail)},
                {QStringLiteral("time_ms"), timeMs}};
    case NetRunEvent::Kind::Segment: {
        const net::CapturedSegment& c = event.segment;
        QJsonArray options;
        for (const std::string& option : c.segment.options.texts())
            options.append(qs(option));
        QJsonObject object{{QStringLiteral("type"), QStringLiteral("segment")},
                           {QStringLiteral("action"), QString::fromLatin1(net::wireActionToken(event.action))},
                           {QStringLiteral("id"), double(c.id)},
                           {QStringLiteral("from"), endText(c.from)},
                           {QStringLiteral("to"), endText(c.to)},
                           {QStringLiteral("source"), addressText(c.segment, true)},
                           {QStringLiteral("destination"), addressText(c.segment, false)},
                           {QStringLiteral("flags"), qs(net::flagsText(c.segment.flags))},
                           {QStringLiteral("seq"), double(c.segment.seq)},
                           {QStringLiteral("ack"), double(c.segment.ack)},
                           {QStringLiteral("rel_seq"), double(c.relativeSeq)},
                           {QStringLiteral("rel_ack"), double(c.relativeAck)},
                           {QStringLiteral("len"), double(c.segment.payloadLength)},
                           {QStringLiteral("window"), c.segment.window},
                           {QStringLiteral("options"), options},
                           {QStringLiteral("retransmission"), c.retransmission},
                           {QStringLiteral("time_ms"), timeMs}};
        if (!event.reason.empty())
            object.insert(QStringLiteral("reason"), qs(event.reason));
        return object;
    }
    case NetRunEvent::Kind::State:
        return {{QStringLiteral("type"), QStringLiteral("state")},
                {QStringLiteral("side"), qs(event.side)},
                {QStringLiteral("socket"), qs(event.socket)},
                {QStringLiteral("local"), qs(event.local.text())},
                {QStringLiteral("remote"), qs(event.remote.peerText())},
                {QStringLiteral("from"), StateText::token(event.from)},
                {QStringLiteral("to"), StateText::token(event.to)},
                {QStringLiteral("seen"), event.seen},
                {QStringLiteral("time_ms"), timeMs}};
    case NetRunEvent::Kind::Note: {
        QJsonObject object{{QStringLiteral("type"), QStringLiteral("note")},
                           {QStringLiteral("text"), qs(event.detail)},
                           {QStringLiteral("time_ms"), timeMs}};
        if (!event.detailText.id.empty())
            object.insert(QStringLiteral("note_id"), qs(event.detailText.id));
        return object;
    }
    }
    return {};
}

QString actionText(net::WireAction action)
{
    switch (action) {
    case net::WireAction::Held: return NetCommands::tr("held");
    case net::WireAction::Delivered: return NetCommands::tr("delivered");
    case net::WireAction::Dropped: return NetCommands::tr("dropped");
    case net::WireAction::Duplicated: return NetCommands::tr("duplicated");
    case net::WireAction::Injected: return NetCommands::tr("injected");
    }
    return {};
}

QString socketKindText(const std::string& kind)
{
    if (kind == "listener")
        return NetCommands::tr("listener");
    if (kind == "connection")
        return NetCommands::tr("connection");
    return NetCommands::tr("half-open");
}

QString eventText(const NetRunEvent& event)
{
    const QString time = QStringLiteral("%1 ms  ").arg(double(event.timeUs) / 1000.0, 9, 'f', 1);
    switch (event.kind) {
    case NetRunEvent::Kind::Setting: return NetCommands::tr("Setting: %1").arg(qs(event.call));
    case NetRunEvent::Kind::Call:
        return time
               + NetCommands::tr("%1 calls %2 %3")
                     .arg(qs(event.side), NetRunText::callName(event.call), NetRunText::detail(event))
                     .trimmed();
    case NetRunEvent::Kind::Segment: {
        const net::CapturedSegment& c = event.segment;
        QString line = time + NetCommands::tr("%1 → %2  %3  seq %4 ack %5 len %6 win %7")
                                  .arg(endText(c.from), endText(c.to), qs(net::flagsText(c.segment.flags)))
                                  .arg(c.relativeSeq)
                                  .arg(c.relativeAck)
                                  .arg(qulonglong(c.segment.payloadLength))
                                  .arg(c.segment.window);
        QStringList options;
        for (const std::string& option : c.segment.options.texts())
            options << qs(option);
        if (!options.isEmpty())
            line += QStringLiteral(" [%1]").arg(options.join(QStringLiteral(", ")));
        line += QStringLiteral("  ") + actionText(event.action);
        if (c.retransmission && (event.action == net::WireAction::Held))
            line += QStringLiteral("  ") + NetCommands::tr("(retransmission)");
        if (!event.reason.empty())
            line += QStringLiteral(" (") + NetRunText::reason(event) + QLatin1Char(')');
        return line;
    }
    case NetRunEvent::Kind::State: {
        QString line = time + NetCommands::tr("%1 %2 %3 ↔ %4  %5 → %6")
                                  .arg(qs(event.side), socketKindText(event.socket), qs(event.local.text()),
                                       qs(event.remote.peerText()), StateText::token(event.from), StateText::token(event.to));
        if (!event.seen)
            line += QStringLiteral("  ") + NetCommands::tr("(passed unseen between two polls)");
        return line;
    }
    case NetRunEvent::Kind::Note: return time + NetCommands::tr("Note: %1").arg(NetRunText::detail(event));
    }
    return {};
}

QStringList scenarioList()
{
    QStringList names;
    for (const std::string& name : netScenarioNames())
        names << qs(name);
    return names;
}

QStringList settingList()
{
    QStringList names;
    for (const NetSetting& setting : netSettings())
        names << qs(setting.name);
    return names;
}

int unavailable(const std::string& error, int code)
{
    const net::NetAvailability why = net::explainFailure(error);
    cli::err() << QCoreApplication::applicationName() << ": "
               << NetCommands::tr("the private network is not available: %1").arg(NetText::reason(why)) << '\n'
               << NetCommands::tr("How to allow it: %1").arg(NetText::fix(why)) << Qt::endl;
    return code;
}
#endif

} // namespace

// Where the sub-command ("check", "run") is: the first word after the verb that is neither
// --lang nor its value (`tcpstatelab --lang de net run lost-syn` arrives as net --lang de run ...).
qsizetype NetCommands::subCommandAt(const QStringList& arguments)
{
    qsizetype at = 2;
    while (at < arguments.size()) {
        if (arguments.at(at) == QLatin1String("--lang"))
            at += 2;
        else if (arguments.at(at).startsWith(QLatin1String("--lang=")))
            at += 1;
        else
            break;
    }
    return at;
}

int NetCommands::run(const QStringList& arguments)
{
    const qsizetype subAt = subCommandAt(arguments);
    const QString sub = arguments.value(subAt);
    if (sub == QLatin1String("check")) {
        QCommandLineParser parser;
        parser.setApplicationDescription(tr("Whether this machine lets an ordinary user build the private network "
                                            "(two hosts and a wire in unprivileged user namespaces), and if not, why "
                                            "and how to allow it. Exit code 0: available, 1: not available."));
        const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
        parser.addOption(json);
        QStringList rest = arguments;
        rest.removeAt(subAt);
        if (auto exit = cli::parseOrExit(parser, rest, QStringLiteral("net check")))
            return *exit;
        if (!parser.positionalArguments().isEmpty())
            return fail(tr("net check takes no arguments, got \"%1\".").arg(parser.positionalArguments().join(QLatin1Char(' '))));
        return check(parser.isSet(json));
    }
    if (sub == QLatin1String("run"))
        return runScenario(arguments);
    if (sub == QLatin1String("-h") || sub == QLatin1String("--help")) {
        out() << tr("Usage: %1 net check [--json]\n"
                    "       %1 net run SCENARIO [--family ipv4|ipv6] [--set NAME=VALUE]... [--pcap FILE] [--json]\n"
                    "Two real Linux TCP stacks (hosts A and B) in a private network that needs no root; every "
                    "segment between them waits on a wire this program holds.")
                     .arg(QCoreApplication::applicationName())
              << '\n';
        out().flush();
        return cli::Success;
    }
    return fail(tr("use \"net check\" or \"net run SCENARIO\" (see net --help)."));
}

int NetCommands::check(bool json)
{
#if TSL_HAVE_LIVE_LAB
    const net::NetAvailability result = net::checkAvailability();
    if (json) {
        printJsonLine({{QStringLiteral("available"), result.available},
                   {QStringLiteral("reason"), qs(result.reason)},
                   {QStringLiteral("user_namespaces"), result.userNamespaces},
                   {QStringLiteral("apparmor_restricted"), result.apparmorRestricted},
                   {QStringLiteral("fix"), qs(result.fix)},
                   {QStringLiteral("setup_ms"), result.setupMs}});
    } else if (result.available) {
        out() << tr("The private network is available: built and removed again in %1 ms, without root.")
                     .arg(result.setupMs, 0, 'f', 1)
              << '\n';
        out().flush();
    }
    if (!result.available) {
        cli::err() << QCoreApplication::applicationName() << ": "
                   << tr("the private network is not available: %1").arg(NetText::reason(result)) << '\n'
                   << tr("How to allow it: %1").arg(NetText::fix(result)) << Qt::endl;
        return cli::Failure;
    }
    return cli::Success;
#else
    if (json) {
        printJsonLine({{QStringLiteral("available"), false},
                   {QStringLiteral("reason"), tr("the private network needs Linux network namespaces")},
                   {QStringLiteral("user_namespaces"), false},
                   {QStringLiteral("apparmor_restricted"), false}});
    }
    return fail(tr("the private network needs Linux network namespaces; the simulator runs every scenario on any system."),
                cli::Failure);
#endif
}

int NetCommands::runScenario(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Play a scenario on two real Linux TCP stacks, hosts A and B, in a private network made without root. "
           "Every segment waits on the wire until the scenario delivers, drops or crafts it; each host's socket "
           "states are read from its own kernel table."));
    parser.addPositionalArgument(QStringLiteral("scenario"), tr("The scenario."), tr("SCENARIO"));
    const QCommandLineOption family(QStringLiteral("family"), tr("ipv4 or ipv6 (default ipv4)."), tr("FAMILY"), QStringLiteral("ipv4"));
    const QCommandLineOption set(QStringLiteral("set"), tr("A kernel setting of both hosts, repeatable: tcp_syncookies, "
                                                           "tcp_max_syn_backlog, ... or rto_min_ms."),
                                 tr("NAME=VALUE"));
    const QCommandLineOption pcap(QStringLiteral("pcap"), tr("Write every captured segment to FILE (pcap, for Wireshark)."), tr("FILE"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object per line."));
    parser.addOptions({family, set, pcap, json});
    QStringList rest = arguments;
    rest.removeAt(subCommandAt(arguments));
    if (auto exit = cli::parseOrExit(parser, rest, QStringLiteral("net run")))
        return *exit;
#if !TSL_HAVE_LIVE_LAB
    return fail(tr("the private network needs Linux network namespaces; the simulator runs every scenario on any system."),
                cli::Failure);
#else
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return fail(tr("net run needs exactly one SCENARIO; valid scenarios: %1").arg(scenarioList().join(QStringLiteral(", "))));
    const QString& name = positional.first();
    if (!scenarioList().contains(name))
        return fail(tr("unknown scenario \"%1\"; valid scenarios: %2").arg(name, scenarioList().join(QStringLiteral(", "))));
    const QString familyText = parser.value(family).toLower();
    if (familyText != QLatin1String("ipv4") && familyText != QLatin1String("ipv6"))
        return fail(tr("unknown family \"%1\"; valid families: ipv4, ipv6.").arg(familyText));
    NetRunOptions options;
    options.family = familyText == QLatin1String("ipv6") ? AddressFamily::IPv6 : AddressFamily::IPv4;
    for (const QString& assignment : parser.values(set)) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        const QString settingName = assignment.left(equals).trimmed();
        const NetSetting* setting = findNetSetting(settingName.toStdString());
        if (equals <= 0 || !setting)
            return fail(tr("unknown setting \"%1\"; valid settings: %2 (as NAME=VALUE).")
                            .arg(equals <= 0 ? assignment : settingName, settingList().join(QStringLiteral(", "))));
        bool ok = false;
        const long value = assignment.mid(equals + 1).trimmed().toLong(&ok);
        if (!ok || value < setting->minimum || value > setting->maximum)
            return fail(tr("invalid value \"%1\" for %2: use a whole number from %3 to %4.")
                            .arg(assignment.mid(equals + 1), settingName)
                            .arg(setting->minimum)
                            .arg(setting->maximum));
        options.settings.emplace_back(setting->name, value);
    }
    QString pcapPath;
    if (parser.isSet(pcap)) {
        pcapPath = parser.value(pcap);
        QFile probe(pcapPath);
        if (pcapPath.isEmpty() || QFileInfo(pcapPath).isDir() || !probe.open(QIODevice::WriteOnly))
            return fail(tr("cannot write the capture to \"%1\".").arg(pcapPath));
    }

    std::string error;
    const auto network = net::PrivateNetwork::create(error);
    if (!network)
        return unavailable(error, cli::BadInput);

    const bool asJson = parser.isSet(json);
    const NetRunResult result = runNetScenario(name.toStdString(), options, *network, [asJson](const NetRunEvent& event) {
        if (asJson) {
            printJsonLine(eventJson(event));
        } else {
            out() << eventText(event) << '\n';
            out().flush();
        }
    });
    if (!pcapPath.isEmpty() && !net::writePcap(pcapPath.toStdString(), result.captures, error))
        return fail(tr("cannot write the capture: %1").arg(qs(error)), cli::Failure);

    QJsonObject paths;
    QStringList pathLines;
    for (const char* side : {"A", "B"}) {
        QJsonArray states;
        QStringList tokens;
        for (TcpState state : result.pathOf(side)) {
            states.append(StateText::token(state));
            tokens << StateText::token(state);
        }
        paths.insert(QLatin1String(side), states);
        pathLines << QStringLiteral("  %1: %2").arg(QLatin1String(side), tokens.join(QStringLiteral(" → ")));
    }
    if (asJson) {
        QJsonObject summary{{QStringLiteral("type"), QStringLiteral("result")},
                            {QStringLiteral("scenario"), name},
                            {QStringLiteral("family"), familyText},
                            {QStringLiteral("ok"), result.ok},
                            {QStringLiteral("paths"), paths},
                            {QStringLiteral("segments"), double(result.captures.size())}};
        if (!result.ok)
            summary.insert(QStringLiteral("error"), qs(result.error));
        if (!pcapPath.isEmpty())
            summary.insert(QStringLiteral("pcap"), pcapPath);
        printJsonLine(summary);
    } else {
        out() << tr("Paths of the two connections:") << '\n' << pathLines.join(QLatin1Char('\n')) << '\n';
        if (!pcapPath.isEmpty())
            out() << tr("Capture written to %1 (%2 segments).").arg(pcapPath).arg(result.captures.size()) << '\n';
        out().flush();
    }
    if (!result.ok)
        return fail(tr("the scenario did not play out: %1").arg(NetRunText::worded(result.errorText)), cli::Failure);
    return cli::Success;
#endif
}

} // namespace tsl
