#include "replaycommand.h"

#include "cliio.h"
#include "simcommands.h"

#include "capture/capturereplay.h"
#include "capture/completeness.h"
#include "model/transitiontable.h"
#include "net/tcpsegment.h"
#include "text/replaytext.h"
#include "text/simtext.h"
#include "text/statetext.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace tsl {

using cli::fail;
using cli::out;

namespace {

QString seconds(std::int64_t ns, int decimals = 6) { return QString::number(double(ns) / 1e9, 'f', decimals); }

QString sideToken(sim::Side side) { return QString::fromLatin1(sim::sideName(side)); }

QJsonObject stepJson(const capture::ReplayStep& step, std::int64_t startNs)
{
    QJsonArray rules;
    for (sim::Note note : step.record.notes)
        rules.append(QString::fromLatin1(sim::noteToken(note)));
    QJsonArray changes;
    for (const sim::StateChange& change : step.record.changes) {
        changes.append(QJsonObject{{QStringLiteral("side"), sideToken(change.side)},
                                   {QStringLiteral("from"), StateText::token(change.from)},
                                   {QStringLiteral("to"), StateText::token(change.to)},
                                   {QStringLiteral("edge"), QString::fromLatin1(transitions()[change.transition].id.data())}});
    }
    QJsonObject object{{QStringLiteral("type"), QStringLiteral("segment")},
                       {QStringLiteral("connection"), qint64(step.connection)},
                       {QStringLiteral("frame"), qint64(step.frame)},
                       {QStringLiteral("time"), double(step.timeNs) / 1e9},
                       {QStringLiteral("relative_time"), double(step.timeNs - startNs) / 1e9},
                       {QStringLiteral("from"), sideToken(step.from)},
                       {QStringLiteral("flags"), QString::fromStdString(net::flagsText(step.flags))},
                       {QStringLiteral("seq"), qint64(step.seq)},
                       {QStringLiteral("ack"), qint64(step.ack)},
                       {QStringLiteral("relative_seq"), qint64(step.relativeSeq)},
                       {QStringLiteral("relative_ack"), qint64(step.relativeAck)},
                       {QStringLiteral("len"), qint64(step.payload)},
                       {QStringLiteral("window"), int(step.window)},
                       {QStringLiteral("a_before"), StateText::token(step.beforeA)},
                       {QStringLiteral("a_after"), StateText::token(step.afterA)},
                       {QStringLiteral("b_before"), StateText::token(step.beforeB)},
                       {QStringLiteral("b_after"), StateText::token(step.afterB)},
                       {QStringLiteral("rules"), rules},
                       {QStringLiteral("changes"), changes},
                       {QStringLiteral("explanation"), ReplayText::explanation(step)},
                       {QStringLiteral("retransmission"), step.retransmission},
                       {QStringLiteral("out_of_window"), step.outOfWindow},
                       {QStringLiteral("inferred_at_capture_point"), step.atCapturePoint},
                       {QStringLiteral("states_start_here"), step.statesStartHere},
                       {QStringLiteral("receiver_untold"), step.receiverUntold}};
    object.insert(QStringLiteral("sender_call"),
                  step.senderCall ? QJsonValue(QString::fromLatin1(sim::commandToken(*step.senderCall))) : QJsonValue());
    return object;
}

QJsonObject connectionJson(const capture::ConnectionSummary& c, std::int64_t startNs)
{
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("connection")},
                       {QStringLiteral("connection"), qint64(c.index)},
                       {QStringLiteral("a"), ReplayText::endpoint(c.a)},
                       {QStringLiteral("b"), ReplayText::endpoint(c.b)},
                       {QStringLiteral("mid_stream"), c.midStream},
                       {QStringLiteral("completeness"), int(c.completeness)},
                       {QStringLiteral("completeness_flags"), QString::fromStdString(capture::completenessFlags(c.completeness))},
                       {QStringLiteral("end_a"), StateText::token(c.endA)},
                       {QStringLiteral("end_b"), StateText::token(c.endB)},
                       {QStringLiteral("start"), double(c.firstNs - startNs) / 1e9},
                       {QStringLiteral("duration"), double(c.durationNs()) / 1e9},
                       {QStringLiteral("first_frame"), qint64(c.firstFrame)},
                       {QStringLiteral("last_frame"), qint64(c.lastFrame)},
                       {QStringLiteral("frames_a_to_b"), qint64(c.framesAToB)},
                       {QStringLiteral("frames_b_to_a"), qint64(c.framesBToA)},
                       {QStringLiteral("bytes_a_to_b"), qint64(c.bytesAToB)},
                       {QStringLiteral("bytes_b_to_a"), qint64(c.bytesBToA)},
                       {QStringLiteral("payload_a_to_b"), qint64(c.payloadAToB)},
                       {QStringLiteral("payload_b_to_a"), qint64(c.payloadBToA)},
                       {QStringLiteral("retransmissions"), qint64(c.retransmissions)},
                       {QStringLiteral("out_of_window"), qint64(c.outOfWindow)},
                       {QStringLiteral("capture_point"), ReplayText::capturePoint(c.capturePoint)},
                       {QStringLiteral("profile"), QString::fromLatin1(sim::profileToken(c.profile))}};
}

void printTable(const capture::ReplayResult& result, const QString& path, std::int64_t startNs)
{
    out() << ReplayCommand::tr("TCP connections in %1: %n", nullptr, int(result.connections.size())).arg(path) << '\n';
    const QStringList headers{ReplayCommand::tr("#"),        ReplayCommand::tr("A"),
                              ReplayCommand::tr("B"),        ReplayCommand::tr("Frames A→B"),
                              ReplayCommand::tr("Bytes A→B"), ReplayCommand::tr("Frames B→A"),
                              ReplayCommand::tr("Bytes B→A"), ReplayCommand::tr("Start"),
                              ReplayCommand::tr("Duration"), ReplayCommand::tr("Completeness"),
                              ReplayCommand::tr("End A"),    ReplayCommand::tr("End B")};
    std::vector<QStringList> rows;
    for (const capture::ConnectionSummary& c : result.connections) {
        QString a = ReplayText::endpoint(c.a);
        if (c.midStream)
            a += QLatin1Char('*');
        rows.push_back({QString::number(c.index), a, ReplayText::endpoint(c.b), QString::number(c.framesAToB),
                        QString::number(c.bytesAToB), QString::number(c.framesBToA), QString::number(c.bytesBToA),
                        seconds(c.firstNs - startNs), seconds(c.durationNs(), 4),
                        QStringLiteral("%1 %2").arg(c.completeness, 2).arg(QString::fromStdString(capture::completenessFlags(c.completeness))),
                        ReplayText::state(c.endA), ReplayText::state(c.endB)});
    }
    std::vector<qsizetype> widths(std::size_t(headers.size()));
    for (qsizetype i = 0; i < headers.size(); ++i)
        widths[std::size_t(i)] = headers[i].size();
    for (const QStringList& row : rows)
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[std::size_t(i)] = std::max(widths[std::size_t(i)], row[i].size());
    const auto line = [&widths](const QStringList& cells) {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i)
            text += cells[i].leftJustified(widths[std::size_t(i)]) + QStringLiteral("  ");
        out() << text.trimmed() << '\n';
    };
    line(headers);
    for (const QStringList& row : rows)
        line(row);
    bool anyMidStream = false;
    for (const capture::ConnectionSummary& c : result.connections)
        anyMidStream = anyMidStream || c.midStream;
    if (anyMidStream)
        out() << ReplayCommand::tr("* the capture starts mid-stream: states are unknown until a segment tells them.") << '\n';
}

void printStep(const capture::ReplayStep& step, std::int64_t startNs)
{
    QString line = QStringLiteral("%1  %2  %3  A %4 → %5  B %6 → %7")
                       .arg(QString::number(step.frame).rightJustified(6), seconds(step.timeNs - startNs),
                            ReplayText::segmentLabel(step).leftJustified(34),
                            ReplayText::state(step.beforeA), ReplayText::state(step.afterA),
                            ReplayText::state(step.beforeB), ReplayText::state(step.afterB));
    const QStringList marks = ReplayText::marks(step);
    if (!marks.isEmpty())
        line += QStringLiteral("  [") + marks.join(QStringLiteral(", ")) + QLatin1Char(']');
    out() << line << '\n' << QStringLiteral("        ") << ReplayText::explanation(step) << '\n';
}

} // namespace

int ReplayCommand::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Replay a capture (pcap or pcapng): every TCP connection in it, both ends' states inferred after every "
           "segment with the simulator's rules, completeness as Wireshark defines it."));
    parser.addPositionalArgument(QStringLiteral("file"), tr("The capture file."), tr("FILE"));
    const QCommandLineOption connection(QStringLiteral("connection"), tr("Show connection N segment by segment."), tr("N"));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object per segment, then one per connection."));
    const QCommandLineOption filter(QStringLiteral("filter"), tr("Read only the packets this BPF filter takes, e.g. 'tcp port 80'."),
                                    tr("BPF"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     tr("Whose TCP infers the states: linux (the default) or rfc9293."), tr("PROFILE"),
                                     QString::fromLatin1(sim::profileToken(sim::Profile::Linux)));
    parser.addOptions({connection, json, filter, profile});
    if (auto exit = cli::parseOrExit(parser, arguments, QStringLiteral("replay")))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("replay needs one capture FILE."));
    const QString path = parser.positionalArguments().first();
    const std::optional<sim::Profile> chosen = sim::parseProfile(parser.value(profile).toStdString());
    if (!chosen)
        return fail(tr("unknown profile \"%1\"; valid profiles: %2")
                        .arg(parser.value(profile), QString::fromStdString(sim::profileTokenList())));
    capture::ReplayOptions options;
    options.profile = *chosen;
    options.filter = parser.value(filter).toStdString();
    if (parser.isSet(connection)) {
        bool ok = false;
        const qlonglong n = parser.value(connection).toLongLong(&ok);
        if (!ok || n < 1)
            return fail(tr("--connection needs a connection number (1, 2, …), not \"%1\".").arg(parser.value(connection)));
        options.onlyConnection = std::size_t(n);
    }
    if (QFileInfo(path).isDir())
        return fail(tr("cannot read \"%1\": it is a folder.").arg(path));
    const bool asJson = parser.isSet(json);
    options.steps = asJson || options.onlyConnection.has_value();

    // Steps arrive while the file is read; the first frame's time is the table's zero.
    std::optional<std::int64_t> startNs;
    bool headerShown = false;
    const auto onStep = [&](const capture::ReplayStep& step) {
        if (!startNs)
            startNs = step.timeNs;
        if (asJson) {
            cli::printJsonLine(stepJson(step, *startNs));
            return;
        }
        if (!headerShown) {
            out() << tr("Connection %1, segment by segment (profile %2):").arg(step.connection).arg(QString::fromLatin1(sim::profileToken(options.profile))) << '\n';
            headerShown = true;
        }
        printStep(step, *startNs);
    };
    const capture::ReplayResult result = capture::replayCapture(path.toStdString(), options, onStep);
    if (!result.opened)
        return fail(ReplayText::openError(result, path));
    for (const QString& warning : ReplayText::warnings(result))
        cli::err() << QCoreApplication::applicationName() << ": " << tr("warning: %1").arg(warning) << '\n';
    cli::err().flush();
    if (result.connections.empty())
        return fail(ReplayText::noTcp(result, path));
    std::int64_t zero = result.connections.front().firstNs;
    for (const capture::ConnectionSummary& c : result.connections)
        zero = std::min(zero, c.firstNs);
    if (options.onlyConnection && *options.onlyConnection > result.connections.size())
        return fail(tr("there is no connection %1: the capture holds %2.").arg(*options.onlyConnection).arg(result.connections.size()));
    if (asJson) {
        for (const capture::ConnectionSummary& c : result.connections) {
            if (!options.onlyConnection || *options.onlyConnection == c.index)
                cli::printJsonLine(connectionJson(c, zero));
        }
        return cli::Success;
    }
    if (options.onlyConnection) {
        const capture::ConnectionSummary& c = result.connections[*options.onlyConnection - 1];
        out() << tr("A %1 ends in %2, B %3 ends in %4; completeness %5 (%6); captured %7.")
                     .arg(ReplayText::endpoint(c.a), ReplayText::state(c.endA), ReplayText::endpoint(c.b), ReplayText::state(c.endB))
                     .arg(c.completeness)
                     .arg(QString::fromStdString(capture::completenessFlags(c.completeness)), ReplayText::capturePoint(c.capturePoint))
              << '\n';
        out().flush();
        return cli::Success;
    }
    printTable(result, path, zero);
    out().flush();
    return cli::Success;
}

} // namespace tsl
