#include "whatifcommand.h"

#include "cliio.h"
#include "simcommands.h"

#include "text/statetext.h"

#if TSL_HAVE_LIVE_LAB
#include "whatiftable.h"

#include "whatif/whatif.h"
#include "net/netavailability.h"
#include "net/privatenetwork.h"
#include "net/tcpsegment.h"
#include "text/netruntext.h"
#include "text/nettext.h"
#include "text/simtext.h"
#include "lab/netscenarios.h"
#include "explorer/explorerexport.h"
#include "explorer/explorergrid.h"
#endif

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tsl {

using cli::fail;
using cli::qs;
using cli::out;

namespace {


#if TSL_HAVE_LIVE_LAB
QJsonObject segmentJson(const WhatIfAnswer& answer, const WhatIfSegment& segment, const WhatIfQuery& query)
{
    return {{QStringLiteral("flags"), qs(net::flagsText(segment.flags))},
            {QStringLiteral("seq"), qs(answer.describe(segment.seq, query))},
            {QStringLiteral("ack"), (segment.flags & net::tcpflag::kAck) ? qs(answer.describe(segment.ack, query)) : QStringLiteral("0")},
            {QStringLiteral("len"), double(segment.len)}};
}

QString segmentText(const WhatIfAnswer& answer, const WhatIfSegment& segment, const WhatIfQuery& query)
{
    QString text = qs(net::flagsText(segment.flags)) + QStringLiteral(" seq=") + qs(answer.describe(segment.seq, query));
    if (segment.flags & net::tcpflag::kAck)
        text += QStringLiteral(" ack=") + qs(answer.describe(segment.ack, query));
    return text + QStringLiteral(" len=%1").arg(segment.len);
}
#endif

// --via, --closed-by, --listener and --set into `query`; an exit code for bad input.
#if TSL_HAVE_LIVE_LAB
std::optional<int> readConditions(const QCommandLineParser& parser, const QCommandLineOption& via, const QCommandLineOption& closedBy,
                                  const QCommandLineOption& listener, const QCommandLineOption& set, WhatIfQuery& query)
{
    if (parser.isSet(via)) {
        const QString viaText = parser.value(via).toLower();
        if (viaText != QLatin1String("passive") && viaText != QLatin1String("active"))
            return fail(WhatIfCommand::tr("unknown --via \"%1\"; use passive or active.").arg(parser.value(via)));
        query.viaActive = viaText == QLatin1String("active");
    }
    if (parser.isSet(closedBy)) {
        const auto how = parseClosedBy(parser.value(closedBy).toLower().toStdString());
        if (!how)
            return fail(WhatIfCommand::tr("unknown --closed-by \"%1\"; use close or shutdown.").arg(parser.value(closedBy)));
        query.closedBy = *how;
    }
    if (parser.isSet(listener)) {
        const QString answer = parser.value(listener).toLower();
        if (answer != QLatin1String("yes") && answer != QLatin1String("no"))
            return fail(WhatIfCommand::tr("unknown --listener \"%1\"; use yes or no.").arg(parser.value(listener)));
        query.listener = answer == QLatin1String("yes");
    }
    for (const QString& assignment : parser.values(set)) {
        const qsizetype equals = assignment.indexOf(QLatin1Char('='));
        const QString name = assignment.left(equals).trimmed();
        const NetSetting* setting = findNetSetting(name.toStdString());
        QStringList valid;
        for (const NetSetting& known : netSettings())
            valid << qs(known.name);
        if (equals <= 0 || !setting)
            return fail(WhatIfCommand::tr("unknown setting \"%1\"; valid settings: %2 (as NAME=VALUE).")
                            .arg(equals <= 0 ? assignment : name, valid.join(QStringLiteral(", "))));
        bool ok = false;
        const long value = assignment.mid(equals + 1).trimmed().toLong(&ok);
        if (!ok || value < setting->minimum || value > setting->maximum)
            return fail(WhatIfCommand::tr("invalid value \"%1\" for %2: use a whole number from %3 to %4.")
                            .arg(assignment.mid(equals + 1), name)
                            .arg(setting->minimum)
                            .arg(setting->maximum));
        query.settings.push_back({setting->name, value});
    }
    return std::nullopt;
}
#endif

} // namespace

int WhatIfCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("A socket in STATE receives one crafted SEGMENT: what does it answer, and which state is it in then? "
           "Asked of the real Linux kernel (in the private network, without root), of the simulator, or of both. "
           "CLOSED means a port with no socket. SEGMENT: SYN, SYN+ACK, SYN+FIN, ACK, FIN, FIN+ACK, RST, RST+ACK."));
    parser.addPositionalArgument(QStringLiteral("state"), tr("The receiver's state."), tr("STATE"));
    parser.addPositionalArgument(QStringLiteral("segment"), tr("The segment's flags."), tr("SEGMENT"));
    const QCommandLineOption engine(QStringLiteral("engine"), tr("sim, linux or both (default both)."), tr("ENGINE"), QStringLiteral("both"));
    const QCommandLineOption via(QStringLiteral("via"), tr("How the receiver got there: passive (it listened) or active (it connected); "
                                                           "default passive, active for SYN_SENT."),
                                 tr("HOW"));
    const QCommandLineOption seq(QStringLiteral("seq"), tr("The segment's sequence number, relative to the receiver: rcv.nxt, rcv.nxt+1, "
                                                           "rcv.nxt-1, rcv.nxt+wnd-1, rcv.nxt+wnd, snd.una, snd.nxt, irs, iss, NAME±N or a number "
                                                           "(default rcv.nxt)."),
                                 tr("EXPR"), QStringLiteral("rcv.nxt"));
    const QCommandLineOption ack(QStringLiteral("ack"), tr("The acknowledgement number, written the same way (default snd.nxt)."), tr("EXPR"),
                                 QStringLiteral("snd.nxt"));
    const QCommandLineOption len(QStringLiteral("len"), tr("Bytes of data in the segment (0 to 1400, default 0)."), tr("N"), QStringLiteral("0"));
    const QCommandLineOption family(QStringLiteral("family"), tr("ipv4 or ipv6 (default ipv4)."), tr("FAMILY"), QStringLiteral("ipv4"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     tr("Which TCP the simulator plays: rfc9293 (the default) or linux (where the Linux kernel "
                                        "answers differently)."),
                                     tr("PROFILE"), QString::fromLatin1(sim::profileToken(sim::Profile::Rfc9293)));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption table(QStringLiteral("table"), tr("Instead of one STATE and SEGMENT, every state × every segment kind at one "
                                                              "position (the explorer's grid); with --engine, --csv, --html or --json."));
    const QCommandLineOption position(QStringLiteral("position"), tr("With --table: where the segment's sequence number falls: in-window "
                                                                    "(rcv.nxt+1, default), left-edge (rcv.nxt) or outside-window (rcv.nxt+wnd)."),
                                      tr("POSITION"), QStringLiteral("in-window"));
    const QCommandLineOption csv(QStringLiteral("csv"), tr("With --table: print CSV, one line per cell."));
    const QCommandLineOption html(QStringLiteral("html"), tr("With --table: print a self-contained HTML page (a handout)."));
    const QCommandLineOption closedBy(QStringLiteral("closed-by"),
                                      tr("How the receiver's application left ESTABLISHED (FIN_WAIT_1, FIN_WAIT_2, CLOSING, TIME_WAIT, "
                                         "LAST_ACK): shutdown (a half-close, the default) or close (the socket is orphaned)."),
                                      tr("HOW"));
    const QCommandLineOption listener(QStringLiteral("listener"),
                                      tr("Whether a listening socket shares the receiver's port (ESTABLISHED to TIME_WAIT, passive): "
                                         "yes or no (default no)."),
                                      tr("YES|NO"));
    const QCommandLineOption set(QStringLiteral("set"), tr("A kernel setting of both hosts, repeatable, as in \"net run --set\": "
                                                           "tcp_rfc1337, tcp_syncookies, tcp_timestamps, ..."),
                                 tr("NAME=VALUE"));
    parser.addOptions({engine, via, seq, ack, len, family, profile, json, table, position, csv, html, closedBy, listener, set});
    if (auto exit = cli::parseOrExit(parser, arguments, QStringLiteral("whatif")))
        return *exit;
#if !TSL_HAVE_LIVE_LAB
    return fail(tr("whatif needs Linux for now: the simulator's answers are in \"tcpstatelab simulate\"."), cli::Failure);
#else
    const QStringList positional = parser.positionalArguments();
    WhatIfQuery query;
    if (auto exit = readConditions(parser, via, closedBy, listener, set, query))
        return *exit;
    if (parser.isSet(table)) {
        if (!positional.isEmpty())
            return fail(tr("--table asks every state and segment: leave out STATE and SEGMENT."));
        // The table sets RFC 9293 (the textbook profile) beside the real kernel.
        for (const QCommandLineOption& single : {seq, ack, len, family, profile}) {
            if (parser.isSet(single))
                return fail(tr("--%1 is for one STATE and SEGMENT, not with --table (--position places the sequence number).")
                                .arg(single.names().constFirst()));
        }
        if (int(parser.isSet(csv)) + int(parser.isSet(html)) + int(parser.isSet(json)) > 1)
            return fail(tr("choose one of --csv, --html and --json."));
        const WhatIfTable::Output output = parser.isSet(csv)    ? WhatIfTable::Output::Csv
                                           : parser.isSet(html) ? WhatIfTable::Output::Html
                                           : parser.isSet(json) ? WhatIfTable::Output::Json
                                                                : WhatIfTable::Output::Text;
        return WhatIfTable::run(parser.value(position), parser.value(engine), output, query);
    }
    for (const QCommandLineOption& tableOnly : {position, csv, html}) {
        if (parser.isSet(tableOnly))
            return fail(tr("--%1 needs --table.").arg(tableOnly.names().constFirst()));
    }
    if (positional.size() != 2)
        return fail(tr("whatif needs a STATE and a SEGMENT, e.g. \"whatif ESTABLISHED SYN\" (see --help)."));
    const auto state = parseState(positional[0].toStdString());
    if (!state)
        return fail(tr("unknown state \"%1\"; valid states: %2").arg(positional[0], StateText::allTokens().join(QStringLiteral(", "))));
    query.state = *state;
    const QStringList segments{QStringLiteral("SYN"), QStringLiteral("SYN+ACK"), QStringLiteral("SYN+FIN"), QStringLiteral("ACK"),
                               QStringLiteral("FIN"), QStringLiteral("FIN+ACK"), QStringLiteral("RST"), QStringLiteral("RST+ACK")};
    const auto flags = net::parseFlags(positional[1].toStdString());
    bool known = false;
    for (const QString& s : segments)
        known = known || (flags && net::parseFlags(s.toStdString()) == flags);
    if (!known)
        return fail(tr("unknown segment \"%1\"; valid segments: %2 (SYN,ACK spelling too)").arg(positional[1], segments.join(QStringLiteral(", "))));
    query.flags = *flags;
    const QString engineText = parser.value(engine).toLower();
    if (engineText != QLatin1String("sim") && engineText != QLatin1String("linux") && engineText != QLatin1String("both"))
        return fail(tr("unknown engine \"%1\"; valid engines: sim, linux, both.").arg(parser.value(engine)));
    const auto chosenProfile = SimCommands::profileOption(parser.value(profile));
    if (!chosenProfile)
        return SimCommands::unknownProfile(parser.value(profile));
    if (!parser.isSet(via))
        query.viaActive = query.state == TcpState::SynSent;
    if (const auto refusal = whatIfRefusal(query))
        return fail(QCoreApplication::translate("WhatIf", refusal->c_str()));
    if (const auto refusal = conditionRefusal(query.state, query.viaActive,
                                              parser.isSet(closedBy) ? std::optional<ClosedBy>(query.closedBy) : std::nullopt,
                                              parser.isSet(listener) ? std::optional<bool>(query.listener) : std::nullopt))
        return fail(NetRunText::worded(*refusal));
    bool lenOk = false;
    const uint lenValue = parser.value(len).toUInt(&lenOk);
    if (!lenOk || lenValue > 1400)
        return fail(tr("invalid --len \"%1\": use a whole number from 0 to 1400.").arg(parser.value(len)));
    query.len = lenValue;
    const QString familyText = parser.value(family).toLower();
    if (familyText != QLatin1String("ipv4") && familyText != QLatin1String("ipv6"))
        return fail(tr("unknown family \"%1\"; valid families: ipv4, ipv6.").arg(familyText));
    query.family = familyText == QLatin1String("ipv6") ? AddressFamily::IPv6 : AddressFamily::IPv4;
    query.seq = parser.value(seq).toStdString();
    query.ack = parser.value(ack).toStdString();
    for (const std::string& expression : {query.seq, query.ack}) {
        EngineText error;
        if (!net::resolveRelative(expression, net::ReceiverNumbers{}, error))
            return fail(NetRunText::worded(error));
    }

    const bool useLinux = engineText != QLatin1String("sim");
    const bool useSim = engineText != QLatin1String("linux");
    std::optional<WhatIfAnswer> kernel;
    std::optional<WhatIfAnswer> simulated;
    if (useLinux) {
        std::string error;
        const auto network = net::PrivateNetwork::create(error);
        if (!network) {
            const net::NetAvailability why = net::explainFailure(error);
            return fail(tr("the real kernel needs the private network, which is not available: %1\nHow to allow it: %2 "
                           "(--engine sim asks the simulator only)")
                            .arg(NetText::reason(why), NetText::fix(why)));
        }
        kernel = whatIfLinux(query, *network);
        if (!kernel->ok)
            return fail(tr("the kernel could not be put in %1: %2").arg(StateText::token(query.state), NetRunText::worded(kernel->errorText)), cli::Failure);
    }
    if (useSim) {
        simulated = whatIfSimulator(query, *chosenProfile);
        if (!simulated->ok)
            return fail(tr("the simulator could not be put in %1: %2").arg(StateText::token(query.state), NetRunText::worded(simulated->errorText)), cli::Failure);
    }
    const bool both = kernel && simulated;
    const bool agree = both && whatIfAgree(query, *kernel, *simulated);

    if (parser.isSet(json)) {
        QJsonObject engines;
        const auto engineJson = [&query](const WhatIfAnswer& answer) {
            QJsonArray responses;
            for (const WhatIfSegment& response : answer.responses)
                responses.append(segmentJson(answer, response, query));
            return QJsonObject{{QStringLiteral("responses"), responses}, {QStringLiteral("next"), StateText::token(answer.next)}};
        };
        if (kernel)
            engines.insert(QStringLiteral("linux"), engineJson(*kernel));
        if (simulated) {
            QJsonObject sim = engineJson(*simulated);
            sim.insert(QStringLiteral("explanation"), sim::SimText::explanation(*simulated->step));
            sim.insert(QStringLiteral("profile"), QString::fromLatin1(sim::profileToken(*chosenProfile)));
            engines.insert(QStringLiteral("sim"), sim);
        }
        QJsonObject document{{QStringLiteral("state"), StateText::token(query.state)},
                             {QStringLiteral("segment"), QJsonObject{{QStringLiteral("flags"), qs(net::flagsText(query.flags))},
                                                                     {QStringLiteral("seq"), qs(query.seq)},
                                                                     {QStringLiteral("ack"), qs(query.ack)},
                                                                     {QStringLiteral("len"), double(query.len)}}},
                             {QStringLiteral("via"), query.viaActive ? QStringLiteral("active") : QStringLiteral("passive")},
                             {QStringLiteral("conditions"), ExplorerExport::conditionsJson(query)},
                             {QStringLiteral("engines"), engines}};
        if (simulated)
            document.insert(QStringLiteral("profile"), QString::fromLatin1(sim::profileToken(*chosenProfile)));
        if (both)
            document.insert(QStringLiteral("agree"), agree);
        out() << QJsonDocument(document).toJson(QJsonDocument::Compact) << '\n';
        out().flush();
        return cli::Success;
    }

    out() << tr("%1 receives %2 seq=%3 ack=%4 len=%5")
                 .arg(StateText::token(query.state), qs(net::flagsText(query.flags)), qs(query.seq), qs(query.ack))
                 .arg(query.len)
          << QStringLiteral(" (") << ExplorerText::conditions(query) << QStringLiteral(")\n");
    if (simulated) {
        for (const WhatIfSetting& setting : query.settings) {
            if (!settingModelled(setting.name))
                out() << tr("  The simulator does not model %1: it answers as with the kernel's default.").arg(qs(setting.name)) << '\n';
        }
    }
    const auto print = [&query](const QString& name, const WhatIfAnswer& answer) {
        QStringList responses;
        for (const WhatIfSegment& response : answer.responses)
            responses << segmentText(answer, response, query);
        out() << QStringLiteral("  %1 ").arg(name, -10)
              << (responses.isEmpty() ? tr("no answer") : tr("answers %1").arg(responses.join(QStringLiteral("; "))))
              << QStringLiteral("; ") << tr("next: %1").arg(StateText::token(answer.next)) << '\n';
    };
    if (kernel) {
        print(tr("Linux:"), *kernel);
        // Where the kernel's answer comes from: the functions the linux profile (which answers as
        // the kernel does in every recorded cell) cites for the same question.
        const WhatIfAnswer profiled = whatIfSimulator(query, sim::Profile::Linux);
        if (profiled.ok && profiled.step && !profiled.step->sources.empty())
            out() << QStringLiteral("             ") << sim::SimText::sources(*profiled.step) << '\n';
    }
    if (simulated) {
        print(*chosenProfile == sim::Profile::Rfc9293 ? tr("Simulator:") : tr("Simulator (%1):").arg(QString::fromLatin1(sim::profileToken(*chosenProfile))),
              *simulated);
        out() << QStringLiteral("             ") << sim::SimText::explanation(*simulated->step) << '\n';
    }
    if (both)
        out() << (agree ? tr("The kernel and the simulator agree.") : tr("The kernel and the simulator differ.")) << '\n';
    out().flush();
    return cli::Success;
#endif
}

} // namespace tsl
