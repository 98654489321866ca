#include "labrunoutput.h"

#if TSL_HAVE_LIVE_LAB
#include "cliio.h"

#include "model/transitiontable.h"
#include "text/labtext.h"
#include "text/statetext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tsl {

namespace {

using cli::out;
using cli::printJsonLine;
using cli::qs;

QString token(TcpState state) { return StateText::token(state); }
double milliseconds(std::int64_t microseconds) { return double(microseconds) / 1000.0; }

} // namespace

void LabRunOutput::transition(const ObservedTransition& transition) const
{
    const KernelFollower& follower = m_lab.follower();
    const FourTuple& tuple = follower.tuple(transition.endpoint);
    const auto table = transitions();
    if (m_json) {
        printJsonLine({{QStringLiteral("type"), QStringLiteral("transition")},
                   {QStringLiteral("time_ms"), milliseconds(transition.timeUs)},
                   {QStringLiteral("endpoint"), transition.endpoint},
                   {QStringLiteral("role"), qs(transition.role)},
                   {QStringLiteral("local"), qs(tuple.local.text())},
                   {QStringLiteral("remote"), qs(tuple.remote.text())},
                   {QStringLiteral("from"), token(transition.from)},
                   {QStringLiteral("to"), token(transition.to)},
                   {QStringLiteral("edge"), transition.transition ? qs(table[*transition.transition].id) : QString()},
                   {QStringLiteral("seen"), transition.seen},
                   {QStringLiteral("path_known"), transition.pathKnown},
                   {QStringLiteral("listener"), transition.listener >= 0 ? QJsonValue(transition.listener) : QJsonValue()}});
        return;
    }
    QString line = QStringLiteral("%1 ms  %2 %3  %4 → %5")
                       .arg(milliseconds(transition.timeUs), 9, 'f', 1)
                       .arg(LabText::role(transition.role), qs(tuple.local.text()), token(transition.from), token(transition.to));
    if (transition.transition) {
        const Transition& edge = table[*transition.transition];
        line += QStringLiteral("  [%1%2]").arg(qs(edge.event), edge.action.empty() ? QString() : QStringLiteral(" / ") + qs(edge.action));
    }
    const QString note = LabText::pathNote(transition.seen, transition.pathKnown);
    if (!note.isEmpty())
        line += QStringLiteral("  ") + note;
    out() << line << '\n';
    out().flush();
}

void LabRunOutput::operation(const LabEvent& event) const
{
    if (m_json) {
        QJsonObject line{{QStringLiteral("type"), QStringLiteral("operation")},
                         {QStringLiteral("time_ms"), milliseconds(event.timeUs)},
                         {QStringLiteral("endpoint"), event.endpoint},
                         {QStringLiteral("role"), qs(event.role)},
                         {QStringLiteral("operation"), qs(event.operation)},
                         {QStringLiteral("ok"), event.ok},
                         {QStringLiteral("detail"), qs(event.detail)}};
        if (event.kind == LabOperation::FloodStatus) {
            const LabFacts& facts = event.facts;
            line.insert(QStringLiteral("clients"), facts.clients);
            line.insert(QStringLiteral("half_open"), facts.halfOpen);
            line.insert(QStringLiteral("dropped_syns"), facts.droppedSyns);
            line.insert(QStringLiteral("established"), facts.established);
            line.insert(QStringLiteral("syn_cookies"), facts.synCookies ? QJsonValue(*facts.synCookies) : QJsonValue());
        }
        printJsonLine(line);
        return;
    }
    const QString detail = LabText::detail(event);
    out() << QStringLiteral("%1 ms  %2: %3%4%5")
                 .arg(milliseconds(event.timeUs), 9, 'f', 1)
                 .arg(LabText::role(event.role), LabText::operation(event),
                      detail.isEmpty() ? QString() : QStringLiteral(" (") + detail + QLatin1Char(')'),
                      event.ok ? QString() : QStringLiteral("  ✗"))
          << '\n';
    out().flush();
}

void LabRunOutput::outcome(const QString& scenario, const ScenarioOutcome& outcome) const
{
    if (m_json) {
        QJsonObject paths;
        for (const auto& [role, states] : outcome.paths) {
            QJsonArray list;
            for (TcpState state : states)
                list.append(token(state));
            paths.insert(qs(role), list);
        }
        QJsonObject result{{QStringLiteral("type"), QStringLiteral("result")},
                           {QStringLiteral("scenario"), scenario},
                           {QStringLiteral("ok"), outcome.ok},
                           {QStringLiteral("paths"), paths}};
        if (!outcome.ok)
            result.insert(QStringLiteral("error"), qs(outcome.error));
        if (outcome.syncookies)
            result.insert(QStringLiteral("syncookies"), *outcome.syncookies);
        QJsonArray flood;
        for (const FloodStep& step : outcome.flood)
            flood.append(QJsonObject{{QStringLiteral("clients"), step.clients}, {QStringLiteral("syn_received"), step.synReceived},
                                     {QStringLiteral("syn_sent"), step.synSent}, {QStringLiteral("established"), step.established}});
        if (!flood.isEmpty())
            result.insert(QStringLiteral("flood"), flood);
        if (outcome.timeWait) {
            const TimeWaitFigures& figures = *outcome.timeWait;
            result.insert(QStringLiteral("time_wait"),
                          QJsonObject{{QStringLiteral("connections"), figures.connections},
                                      {QStringLiteral("time_wait"), figures.timeWait},
                                      {QStringLiteral("shortest_ms"), qint64(figures.shortestMs)},
                                      {QStringLiteral("longest_ms"), qint64(figures.longestMs)},
                                      {QStringLiteral("linger_zero_connections"), figures.lingerZeroConnections},
                                      {QStringLiteral("time_wait_after_linger_zero"), figures.timeWaitAfterLingerZero},
                                      {QStringLiteral("rebind_without_reuseaddr"), figures.rebindWithoutReuseAddr},
                                      {QStringLiteral("rebind_with_reuseaddr"), figures.rebindWithReuseAddr}});
        }
        printJsonLine(result);
        return;
    }
    out() << '\n';
    for (const auto& [role, states] : outcome.paths) {
        QStringList names;
        for (TcpState state : states)
            names << token(state);
        out() << QStringLiteral("%1: %2").arg(LabText::role(role), names.join(QStringLiteral(" → "))) << '\n';
    }
    if (outcome.syncookies)
        out() << tr("net.ipv4.tcp_syncookies = %1").arg(*outcome.syncookies) << '\n';
    for (const FloodStep& step : outcome.flood) {
        out() << tr("after %1 clients: %2 half-open (SYN_RECEIVED) on the server, %3 clients in SYN_SENT, %4 established")
                     .arg(step.clients)
                     .arg(step.synReceived)
                     .arg(step.synSent)
                     .arg(step.established)
              << '\n';
    }
    if (outcome.timeWait) {
        const TimeWaitFigures& figures = *outcome.timeWait;
        out() << tr("%1 short connections, client closing first: %2 in TIME_WAIT, %3 to %4 s left")
                     .arg(figures.connections)
                     .arg(figures.timeWait)
                     .arg(double(figures.shortestMs) / 1000.0, 0, 'f', 1)
                     .arg(double(figures.longestMs) / 1000.0, 0, 'f', 1)
              << '\n'
              << tr("%1 more, client aborting with SO_LINGER 0: %2 new in TIME_WAIT")
                     .arg(figures.lingerZeroConnections)
                     .arg(figures.timeWaitAfterLingerZero)
              << '\n'
              << tr("a new listener on the port with TIME_WAIT connections: without SO_REUSEADDR %1, with SO_REUSEADDR %2")
                     .arg(figures.rebindWithoutReuseAddr ? tr("binds") : tr("fails (%1)").arg(qs(figures.rebindError)),
                          figures.rebindWithReuseAddr ? tr("binds") : tr("fails"))
              << '\n';
    }
    out().flush();
}

} // namespace tsl
#endif
