// `whatif`'s kernel answers against the simulator's linux profile: eleven states × eight segment
// kinds × three positions of the sequence number (rcv.nxt, rcv.nxt+1, rcv.nxt+wnd; irs too in
// SYN_RECEIVED), under the default conditions and under every condition that applies (--via
// active, --closed-by close, --listener yes, --set tcp_rfc1337=1). tests/data/whatif_table.tsv
// records what the real kernel answered (record_whatif_table.py); the linux profile must answer
// the same in every row, without the private network. Where there is one, the kernel is asked
// again (every third row, and a few conditions as uid 65534). The rfc9293 profile has its own
// referee: tst_rfc9293cells.
#include "whatif/whatif.h"
#include "net/netavailability.h"
#include "net/privatenetwork.h"
#include "net/tcpsegment.h"

#include "asunprivileged.h"

#include <QFile>

#include <algorithm>
#include <QTest>

using namespace tsl;

namespace {

QString flagsList(const WhatIfAnswer& answer)
{
    QStringList flags;
    for (const WhatIfSegment& response : answer.responses)
        flags << QString::fromStdString(net::flagsText(response.flags));
    return flags.isEmpty() ? QStringLiteral("-") : flags.join(QLatin1Char(' '));
}

QString token(TcpState state) { return QString::fromLatin1(stateToken(state).data()); }

// "ACK seq=snd.nxt ack=rcv.nxt; …" as the record script writes the kernel's answers.
QString sends(const WhatIfAnswer& answer, const WhatIfQuery& query)
{
    QStringList out;
    for (const WhatIfSegment& r : answer.responses) {
        QString text = QString::fromStdString(net::flagsText(r.flags)) + QStringLiteral(" seq=")
                       + QString::fromStdString(answer.describe(r.seq, query));
        if (r.flags & net::tcpflag::kAck)
            text += QStringLiteral(" ack=") + QString::fromStdString(answer.describe(r.ack, query));
        out << text;
    }
    return out.isEmpty() ? QStringLiteral("-") : out.join(QStringLiteral("; "));
}

// The same segments: the same flags, and where both wrote a seq or ack with a name (snd.nxt,
// rcv.nxt), the same name; a plain number (a new ISS, an ACK of the segment) is a fresh value
// in every run (as whatIfAgree).
bool sameSends(const QString& actual, const QString& recorded)
{
    const QStringList a = actual.split(QStringLiteral("; "));
    const QStringList b = recorded.split(QStringLiteral("; "));
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QStringList x = a[i].split(QLatin1Char(' '));
        const QStringList y = b[i].split(QLatin1Char(' '));
        if (x.size() != y.size() || x[0] != y[0])
            return false;
        for (qsizetype j = 1; j < x.size(); ++j) {
            const QString vx = x[j].section(QLatin1Char('='), 1);
            const QString vy = y[j].section(QLatin1Char('='), 1);
            if (!vx[0].isDigit() && !vy[0].isDigit() && vx != vy)
                return false;
        }
    }
    return true;
}

// "--via active --closed-by close --listener yes --set tcp_rfc1337=1" (or "-") into the query.
bool applyConditions(const QString& conditions, WhatIfQuery& query)
{
    const QStringList words = conditions == QLatin1String("-") ? QStringList() : conditions.split(QLatin1Char(' '));
    for (qsizetype i = 0; i + 1 < words.size(); i += 2) {
        const QString& value = words[i + 1];
        if (words[i] == QLatin1String("--via"))
            query.viaActive = value == QLatin1String("active");
        else if (words[i] == QLatin1String("--closed-by"))
            query.closedBy = *parseClosedBy(value.toStdString());
        else if (words[i] == QLatin1String("--listener"))
            query.listener = value == QLatin1String("yes");
        else if (words[i] == QLatin1String("--set"))
            query.settings.push_back({value.section(QLatin1Char('='), 0, 0).toStdString(), value.section(QLatin1Char('='), 1).toLong()});
        else
            return false;
    }
    return words.size() % 2 == 0;
}

} // namespace

class TestWhatIf : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void table_data();
    void table();
    void conditionsChangeTheKernelsAnswerAsUnprivileged();
    void refusals();
    void answersAreWrittenWithTheReceiversNames();

private:
    bool m_kernel = false;
};

void TestWhatIf::initTestCase()
{
    const net::NetAvailability availability = net::checkAvailability();
    m_kernel = availability.available;
    if (!m_kernel)
        qWarning("no private network here (%s): only the simulator's columns are checked", availability.reason.c_str());
}

void TestWhatIf::table_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("segment");
    QTest::addColumn<QString>("seq");
    QTest::addColumn<QString>("conditions");
    QTest::addColumn<QString>("linuxSends");
    QTest::addColumn<QString>("linuxNext");
    QTest::addColumn<bool>("live");
    QFile file(QStringLiteral(TSL_TEST_DATA_DIR "/whatif_table.tsv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    int rows = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList c = line.split(QLatin1Char('\t'));
        QCOMPARE(c.size(), 6);
        // The real kernel is asked again for every third row (the whole table takes minutes).
        QTest::addRow("%s %s %s %s", qPrintable(c[0]), qPrintable(c[1]), qPrintable(c[2]), qPrintable(c[3]))
            << c[0] << c[1] << c[2] << c[3] << c[4] << c[5] << (rows % 3 == 0);
        ++rows;
    }
    QVERIFY2(rows > 11 * 8 * 3 * 2, "every cell under the default conditions and under every condition that applies");
}

void TestWhatIf::table()
{
    QFETCH(QString, state);
    QFETCH(QString, segment);
    QFETCH(QString, seq);
    QFETCH(QString, conditions);
    QFETCH(QString, linuxSends);
    QFETCH(QString, linuxNext);
    QFETCH(bool, live);
    WhatIfQuery query;
    query.state = *parseState(state.toStdString());
    query.flags = *net::parseFlags(segment.toStdString());
    query.viaActive = query.state == TcpState::SynSent;
    query.seq = seq.toStdString();
    QVERIFY(applyConditions(conditions, query));

    // The linux profile exists to answer as the kernel does: a cell where it does not is a bug
    // in the profile (or a kernel that changed).
    const WhatIfAnswer linuxProfile = whatIfSimulator(query, sim::Profile::Linux);
    QVERIFY2(linuxProfile.ok, linuxProfile.error.c_str());
    QVERIFY2(sameSends(sends(linuxProfile, query), linuxSends), qPrintable(sends(linuxProfile, query) + QStringLiteral(" / ") + linuxSends));
    QCOMPARE(token(linuxProfile.next), linuxNext);
    QCOMPARE(linuxProfile.step->profile, sim::Profile::Linux);
    QVERIFY2(!linuxProfile.step->sources.empty(), "every answer cites its sources");
    // Where the profiles part, the linux profile's step names the Linux behaviour in a note.
    const WhatIfAnswer rfc = whatIfSimulator(query);
    QVERIFY2(rfc.ok, rfc.error.c_str());
    if (flagsList(rfc) != flagsList(linuxProfile) || rfc.next != linuxProfile.next) {
        const auto& notes = linuxProfile.step->notes;
        const bool named = std::any_of(notes.begin(), notes.end(), sim::noteNamesLinuxBehaviour);
        QVERIFY2(named, "a step that parts from RFC 9293 must say which Linux behaviour it follows");
    }
    if (!m_kernel || !live)
        return;
    std::string error;
    auto network = net::PrivateNetwork::create(error);
    QVERIFY2(network, error.c_str());
    const WhatIfAnswer kernel = whatIfLinux(query, *network);
    QVERIFY2(kernel.ok, kernel.error.c_str());
    QVERIFY2(sameSends(sends(kernel, query), linuxSends), qPrintable(sends(kernel, query) + QStringLiteral(" / ") + linuxSends));
    QCOMPARE(token(kernel.next), linuxNext);
    QVERIFY(whatIfAgree(query, kernel, linuxProfile));
}

void TestWhatIf::conditionsChangeTheKernelsAnswerAsUnprivileged()
{
    if (!m_kernel)
        QSKIP("no private network here");
    // As uid 65534: TIME_WAIT with and without a listener on its port, FIN_WAIT_2 after close()
    // and after shutdown(), TIME_WAIT with tcp_rfc1337 — the kernel against the linux profile.
    const std::string failure = test::runAsUnprivileged([]() -> std::string {
        const char* cases[][4] = {{"TIME_WAIT", "SYN", "rcv.nxt+1", "--listener yes"},
                                  {"TIME_WAIT", "SYN", "rcv.nxt+1", "-"},
                                  {"FIN_WAIT_2", "SYN", "rcv.nxt+1", "--closed-by close"},
                                  {"FIN_WAIT_2", "SYN", "rcv.nxt+1", "-"},
                                  {"TIME_WAIT", "RST", "rcv.nxt", "--set tcp_rfc1337=1"}};
        for (const auto& c : cases) {
            WhatIfQuery query;
            query.state = *parseState(c[0]);
            query.flags = *net::parseFlags(c[1]);
            query.seq = c[2];
            if (!applyConditions(QString::fromLatin1(c[3]), query))
                return std::string("bad conditions ") + c[3];
            std::string error;
            auto network = net::PrivateNetwork::create(error);
            if (!network)
                return error;
            const WhatIfAnswer kernel = whatIfLinux(query, *network);
            const WhatIfAnswer profile = whatIfSimulator(query, sim::Profile::Linux);
            if (!kernel.ok)
                return kernel.error;
            if (!whatIfAgree(query, kernel, profile))
                return std::string("the kernel and the linux profile differ: ") + c[0] + " " + c[1] + " " + c[3];
        }
        return {};
    });
    QVERIFY2(failure.empty(), failure.c_str());
}

void TestWhatIf::refusals()
{
    WhatIfQuery query;
    query.state = TcpState::SynSent;
    query.viaActive = false;
    QVERIFY(whatIfRefusal(query));
    query.viaActive = true;
    QVERIFY(!whatIfRefusal(query));
    query.state = TcpState::Listen;
    QVERIFY(whatIfRefusal(query));
    query.viaActive = false;
    QVERIFY(!whatIfRefusal(query));
    // A query the simulator cannot resolve fails with the reason, never a made-up answer.
    query.state = TcpState::Established;
    query.flags = net::tcpflag::kAck;
    query.seq = "rcv.next";
    const WhatIfAnswer answer = whatIfSimulator(query);
    QVERIFY(!answer.ok);
    QVERIFY(answer.error.find("rcv.next") != std::string::npos);
}

void TestWhatIf::answersAreWrittenWithTheReceiversNames()
{
    // Linux's challenge ACK to a SYN in ESTABLISHED (RFC 5961): seq = SND.NXT, ack = RCV.NXT.
    if (!m_kernel)
        QSKIP("no private network here");
    for (AddressFamily family : {AddressFamily::IPv4, AddressFamily::IPv6}) {
        WhatIfQuery query;
        query.state = TcpState::Established;
        query.flags = net::tcpflag::kSyn;
        query.family = family;
        std::string error;
        auto network = net::PrivateNetwork::create(error);
        QVERIFY2(network, error.c_str());
        const WhatIfAnswer kernel = whatIfLinux(query, *network);
        QVERIFY2(kernel.ok, kernel.error.c_str());
        QCOMPARE(kernel.responses.size(), std::size_t(1));
        QCOMPARE(kernel.describe(kernel.responses[0].seq, query), std::string("snd.nxt"));
        QCOMPARE(kernel.describe(kernel.responses[0].ack, query), std::string("rcv.nxt"));
        QCOMPARE(kernel.next, TcpState::Established);
    }
}

QTEST_GUILESS_MAIN(TestWhatIf)
#include "tst_whatif.moc"
