#include "model/platformstates.h"
#include "text/statetext.h"
#include "model/tcpstate.h"
#include "model/transitiontable.h"

#include <QSet>
#include <QTest>

using namespace tsl;

Q_DECLARE_METATYPE(tsl::TcpState)

namespace {
QString str(std::string_view v) { return QString::fromLatin1(v.data(), qsizetype(v.size())); }
} // namespace

// The cheapest path over Figure 5 edges only (the ones a connection takes without errors).
static std::vector<std::size_t> figure5Path(TcpState from, TcpState to)
{
    return cheapestPath(from, to, [](std::size_t i) { return transitions()[i].kind == EdgeKind::Figure5 ? 1.0 : -1.0; });
}

class TestStateModel : public QObject {
    Q_OBJECT

private slots:
    void tokensAreCanonical();
    void rfcEdgesPresent_data();
    void rfcEdgesPresent();
    void noDuplicateEdges();
    void everyStateReachableFromClosed();
    void everyStateHasAnEdgeOut();
    void aliasesParse_data();
    void aliasesParse();
    void garbageDoesNotParse_data();
    void garbageDoesNotParse();
    void linuxNumbers_data();
    void linuxNumbers();
    void bsdNumbers_data();
    void bsdNumbers();
    void windowsNumbers_data();
    void windowsNumbers();
    void explanationsExist();
    void cheapestPathFollowsFigure5();
};

void TestStateModel::tokensAreCanonical()
{
    const QStringList expected = {"CLOSED",     "LISTEN",     "SYN_SENT",   "SYN_RECEIVED",
                                  "ESTABLISHED", "FIN_WAIT_1", "FIN_WAIT_2", "CLOSE_WAIT",
                                  "CLOSING",    "LAST_ACK",   "TIME_WAIT"};
    QCOMPARE(StateText::allTokens(), expected);
    for (TcpState s : kAllStates)
        QCOMPARE(parseState(stateToken(s)), std::optional<TcpState>(s));
    QCOMPARE(str(stateToken(TcpState::Unknown)), QStringLiteral("UNKNOWN"));
}

void TestStateModel::rfcEdgesPresent_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("to");
    const auto row = [](const char* f, const char* e, const char* a, const char* t) {
        QTest::addRow("%s -%s-> %s", f, e, t) << f << e << a << t;
    };
    // RFC 9293 Figure 5, its notes, and the §3.10 RST and ABORT rules.
    row("CLOSED", "passive OPEN", "create TCB", "LISTEN");
    row("CLOSED", "active OPEN", "create TCB, snd SYN", "SYN_SENT");
    row("LISTEN", "CLOSE", "delete TCB", "CLOSED");
    row("LISTEN", "rcv SYN", "snd SYN,ACK", "SYN_RECEIVED");
    row("LISTEN", "SEND", "snd SYN", "SYN_SENT");
    row("SYN_SENT", "CLOSE", "delete TCB", "CLOSED");
    row("SYN_SENT", "rcv SYN", "snd SYN,ACK", "SYN_RECEIVED");
    row("SYN_SENT", "rcv SYN,ACK", "snd ACK", "ESTABLISHED");
    row("SYN_RECEIVED", "rcv ACK of SYN", "", "ESTABLISHED");
    row("SYN_RECEIVED", "rcv RST", "", "LISTEN");
    row("SYN_RECEIVED", "CLOSE", "snd FIN", "FIN_WAIT_1");
    row("ESTABLISHED", "CLOSE", "snd FIN", "FIN_WAIT_1");
    row("ESTABLISHED", "rcv FIN", "snd ACK", "CLOSE_WAIT");
    row("FIN_WAIT_1", "rcv ACK of FIN", "", "FIN_WAIT_2");
    row("FIN_WAIT_1", "rcv FIN", "snd ACK", "CLOSING");
    row("FIN_WAIT_1", "rcv FIN,ACK", "snd ACK", "TIME_WAIT");
    row("FIN_WAIT_2", "rcv FIN", "snd ACK", "TIME_WAIT");
    row("CLOSE_WAIT", "CLOSE", "snd FIN", "LAST_ACK");
    row("CLOSING", "rcv ACK of FIN", "", "TIME_WAIT");
    row("LAST_ACK", "rcv ACK of FIN", "delete TCB", "CLOSED");
    row("TIME_WAIT", "timeout 2MSL", "delete TCB", "CLOSED");
    row("SYN_SENT", "rcv RST", "", "CLOSED");
    row("SYN_RECEIVED", "rcv RST (active open)", "", "CLOSED");
    for (const char* s : {"ESTABLISHED", "FIN_WAIT_1", "FIN_WAIT_2", "CLOSE_WAIT", "CLOSING",
                          "LAST_ACK", "TIME_WAIT"})
        row(s, "rcv RST", "", "CLOSED");
    for (const char* s : {"SYN_RECEIVED", "ESTABLISHED", "FIN_WAIT_1", "FIN_WAIT_2", "CLOSE_WAIT"})
        row(s, "ABORT", "snd RST", "CLOSED");
    for (const char* s : {"LISTEN", "SYN_SENT", "CLOSING", "LAST_ACK", "TIME_WAIT"})
        row(s, "ABORT", "delete TCB", "CLOSED");
}

void TestStateModel::rfcEdgesPresent()
{
    QFETCH(QString, from);
    QFETCH(QString, event);
    QFETCH(QString, action);
    QFETCH(QString, to);
    const auto fromState = parseState(from.toStdString());
    QVERIFY(fromState);
    const auto index = findTransition(*fromState, event.toStdString());
    QVERIFY2(index, qPrintable(QStringLiteral("missing: %1 %2").arg(from, event)));
    const Transition& edge = transitions()[*index];
    QCOMPARE(str(edge.action), action);
    QCOMPARE(str(stateToken(edge.to)), to);
}

void TestStateModel::noDuplicateEdges()
{
    QSet<QString> seen;
    QSet<QString> ids;
    for (const Transition& edge : transitions()) {
        const QString key = str(stateToken(edge.from)) + '|' + str(edge.event) + '|'
                            + str(stateToken(edge.to));
        QVERIFY2(!seen.contains(key), qPrintable(key));
        seen.insert(key);
        QVERIFY2(!ids.contains(str(edge.id)), qPrintable(str(edge.id)));
        ids.insert(str(edge.id));
        QVERIFY(edge.from != TcpState::Unknown && edge.to != TcpState::Unknown);
    }
    QCOMPARE(seen.size(), qsizetype(transitions().size()));
}

void TestStateModel::everyStateReachableFromClosed()
{
    for (TcpState s : kAllStates) {
        if (s == TcpState::Closed)
            continue;
        const auto path = figure5Path(TcpState::Closed, s);
        QVERIFY2(!path.empty(), stateToken(s).data());
        QCOMPARE(transitions()[path.front()].from, TcpState::Closed);
        QCOMPARE(transitions()[path.back()].to, s);
    }
}

void TestStateModel::everyStateHasAnEdgeOut()
{
    // Every state can make progress: nothing in the table is a dead end, and all lead back home.
    for (TcpState s : kAllStates) {
        if (s == TcpState::Closed)
            continue;
        QVERIFY2(!figure5Path(s, TcpState::Closed).empty(), stateToken(s).data());
    }
}

void TestStateModel::aliasesParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<TcpState>("state");
    const auto row = [](const char* text, TcpState s) { QTest::addRow("%s", text) << text << s; };
    row("SYN_RCVD", TcpState::SynReceived);
    row("SYN-RECV", TcpState::SynReceived);
    row("SYN RECEIVED", TcpState::SynReceived);
    row("syn_recv", TcpState::SynReceived);
    row("ESTAB", TcpState::Established);
    row("established", TcpState::Established);
    row("FIN_WAIT1", TcpState::FinWait1);
    row("fin-wait-1", TcpState::FinWait1);
    row("fin-wait-2", TcpState::FinWait2);
    row("FIN WAIT 2", TcpState::FinWait2);
    row("TIME-WAIT", TcpState::TimeWait);
    row("time_wait", TcpState::TimeWait);
    row("LAST-ACK", TcpState::LastAck);
    row("Close-Wait", TcpState::CloseWait);
    row("closing", TcpState::Closing);
    row("LISTEN", TcpState::Listen);
    row("syn-sent", TcpState::SynSent);
    row("CLOSE", TcpState::Closed);
    row("closed", TcpState::Closed);
}

void TestStateModel::aliasesParse()
{
    QFETCH(QString, text);
    QFETCH(TcpState, state);
    QCOMPARE(parseState(text.toStdString()), std::optional<TcpState>(state));
}

void TestStateModel::garbageDoesNotParse_data()
{
    QTest::addColumn<QString>("text");
    for (const char* t : {"", "UNKNOWN", "ESTABLISHEDX", "FIN_WAIT_3", "SYN", "42", "-"})
        QTest::addRow("'%s'", t) << t;
}

void TestStateModel::garbageDoesNotParse()
{
    QFETCH(QString, text);
    QVERIFY(!parseState(text.toStdString()));
}

void TestStateModel::linuxNumbers_data()
{
    QTest::addColumn<int>("value");
    QTest::addColumn<TcpState>("state");
    const TcpState expected[] = {TcpState::Unknown,  TcpState::Established, TcpState::SynSent,
                                 TcpState::SynReceived, TcpState::FinWait1, TcpState::FinWait2,
                                 TcpState::TimeWait, TcpState::Closed,      TcpState::CloseWait,
                                 TcpState::LastAck,  TcpState::Listen,      TcpState::Closing,
                                 TcpState::SynReceived, TcpState::Closed,   TcpState::Unknown};
    for (int v = 0; v < int(std::size(expected)); ++v)
        QTest::addRow("%d", v) << v << expected[v];
    QTest::addRow("-1") << -1 << TcpState::Unknown;
    QTest::addRow("255") << 255 << TcpState::Unknown;
}

void TestStateModel::linuxNumbers()
{
    QFETCH(int, value);
    QFETCH(TcpState, state);
    QCOMPARE(stateFromLinux(value), state);
}

void TestStateModel::bsdNumbers_data()
{
    QTest::addColumn<int>("value");
    QTest::addColumn<TcpState>("state");
    const TcpState expected[] = {TcpState::Closed,   TcpState::Listen,   TcpState::SynSent,
                                 TcpState::SynReceived, TcpState::Established, TcpState::CloseWait,
                                 TcpState::FinWait1, TcpState::Closing,  TcpState::LastAck,
                                 TcpState::FinWait2, TcpState::TimeWait, TcpState::Unknown};
    for (int v = 0; v < int(std::size(expected)); ++v)
        QTest::addRow("%d", v) << v << expected[v];
    QTest::addRow("-1") << -1 << TcpState::Unknown;
}

void TestStateModel::bsdNumbers()
{
    QFETCH(int, value);
    QFETCH(TcpState, state);
    QCOMPARE(stateFromBsd(value), state);
}

void TestStateModel::windowsNumbers_data()
{
    QTest::addColumn<int>("value");
    QTest::addColumn<TcpState>("state");
    const TcpState expected[] = {TcpState::Unknown,  TcpState::Closed,   TcpState::Listen,
                                 TcpState::SynSent,  TcpState::SynReceived, TcpState::Established,
                                 TcpState::FinWait1, TcpState::FinWait2, TcpState::CloseWait,
                                 TcpState::Closing,  TcpState::LastAck,  TcpState::TimeWait,
                                 TcpState::Closed,   TcpState::Unknown};
    for (int v = 0; v < int(std::size(expected)); ++v)
        QTest::addRow("%d", v) << v << expected[v];
}

void TestStateModel::windowsNumbers()
{
    QFETCH(int, value);
    QFETCH(TcpState, state);
    QCOMPARE(stateFromWindows(value), state);
}

void TestStateModel::explanationsExist()
{
    QSet<QString> stateTexts;
    for (TcpState s : kAllStates) {
        const QString text = StateText::explanation(s);
        QVERIFY(text.size() > 20);
        QVERIFY(text.endsWith('.'));
        stateTexts.insert(text);
        QVERIFY(!StateText::displayName(s).isEmpty());
    }
    QCOMPARE(stateTexts.size(), qsizetype(kStateCount)); // one sentence each, none shared
    for (const Transition& edge : transitions()) {
        const QString text = StateText::edgeExplanation(edge);
        QVERIFY2(text.size() > 20 && text != StateText::edgeSummary(edge), edge.id.data());
    }
}

void TestStateModel::cheapestPathFollowsFigure5()
{
    // ESTABLISHED -> TIME_WAIT skips FIN_WAIT_1; the cheapest error-free path is via FIN,ACK.
    const auto path = figure5Path(TcpState::Established, TcpState::TimeWait);
    QCOMPARE(path.size(), std::size_t(2));
    QCOMPARE(str(transitions()[path[0]].id), QStringLiteral("estab-close"));
    QCOMPARE(str(transitions()[path[1]].id), QStringLiteral("finwait1-rcv-finack"));
    QVERIFY(figure5Path(TcpState::Listen, TcpState::Listen).empty());
    QVERIFY(figure5Path(TcpState::Unknown, TcpState::Listen).empty());
    for (std::size_t i : figure5Path(TcpState::Closed, TcpState::Closing))
        QCOMPARE(transitions()[i].kind, EdgeKind::Figure5);
}

QTEST_GUILESS_MAIN(TestStateModel)
#include "tst_statemodel.moc"
