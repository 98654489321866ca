// `whatif` on both engines over the whole table: eleven states × eight segment kinds × three
// positions of the sequence number (the window's left edge rcv.nxt, inside it rcv.nxt+1, just
// past it rcv.nxt+wnd). tests/data/whatif_table.tsv records what the real kernel and the
// simulator under each profile answered (flags of every response, the next state) and whether
// they agree; a change in any engine shows here. The simulator's linux profile must agree with
// the kernel in every cell; the rfc9293 profile keeps its recorded differences (where the RFC
// and Linux part). The kernel rows run in the private network.
#include "whatif/whatif.h"
#include "net/netavailability.h"
#include "net/privatenetwork.h"
#include "net/tcpsegment.h"

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

} // namespace

class TestWhatIf : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void table_data();
    void table();
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
    QTest::addColumn<QString>("linuxFlags");
    QTest::addColumn<QString>("linuxNext");
    QTest::addColumn<QString>("rfcFlags");
    QTest::addColumn<QString>("rfcNext");
    QTest::addColumn<bool>("rfcAgrees");
    QTest::addColumn<QString>("profileFlags");
    QTest::addColumn<QString>("profileNext");
    QTest::addColumn<bool>("profileAgrees");
    QFile file(QStringLiteral(TSL_TEST_DATA_DIR "/whatif_table.tsv"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    int rows = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList c = line.split(QLatin1Char('\t'));
        QCOMPARE(c.size(), 11);
        QTest::addRow("%s %s %s", qPrintable(c[0]), qPrintable(c[1]), qPrintable(c[2]))
            << c[0] << c[1] << c[2] << c[3] << c[4] << c[5] << c[6] << (c[7] == QLatin1String("agree")) << c[8] << c[9]
            << (c[10] == QLatin1String("agree"));
        ++rows;
    }
    QCOMPARE(rows, 11 * 8 * 3);
}

void TestWhatIf::table()
{
    QFETCH(QString, state);
    QFETCH(QString, segment);
    QFETCH(QString, seq);
    QFETCH(QString, linuxFlags);
    QFETCH(QString, linuxNext);
    QFETCH(QString, rfcFlags);
    QFETCH(QString, rfcNext);
    QFETCH(bool, rfcAgrees);
    QFETCH(QString, profileFlags);
    QFETCH(QString, profileNext);
    QFETCH(bool, profileAgrees);
    WhatIfQuery query;
    query.state = *parseState(state.toStdString());
    query.flags = *net::parseFlags(segment.toStdString());
    query.viaActive = query.state == TcpState::SynSent;
    query.seq = seq.toStdString();

    // The linux profile exists to answer as the kernel does: a cell where it does not is a bug
    // in the profile (or a kernel that changed), never a row to record as "differ".
    QVERIFY2(profileAgrees, "the linux profile must agree with the kernel in every cell");
    QCOMPARE(profileFlags, linuxFlags);
    QCOMPARE(profileNext, linuxNext);

    const WhatIfAnswer rfc = whatIfSimulator(query);
    QVERIFY2(rfc.ok, rfc.error.c_str());
    QCOMPARE(flagsList(rfc), rfcFlags);
    QCOMPARE(token(rfc.next), rfcNext);
    QCOMPARE(rfc.step->profile, sim::Profile::Rfc9293);
    const WhatIfAnswer linuxProfile = whatIfSimulator(query, sim::Profile::Linux);
    QVERIFY2(linuxProfile.ok, linuxProfile.error.c_str());
    QCOMPARE(flagsList(linuxProfile), profileFlags);
    QCOMPARE(token(linuxProfile.next), profileNext);
    QCOMPARE(linuxProfile.step->profile, sim::Profile::Linux);
    // Where the profiles part, the linux profile's step names the Linux behaviour in a note.
    if (flagsList(rfc) != flagsList(linuxProfile) || rfc.next != linuxProfile.next) {
        const auto& notes = linuxProfile.step->notes;
        const bool named = std::any_of(notes.begin(), notes.end(), sim::noteNamesLinuxBehaviour);
        QVERIFY2(named, "a step that parts from RFC 9293 must say which Linux behaviour it follows");
    }
    if (!m_kernel)
        return;
    std::string error;
    auto network = net::PrivateNetwork::create(error);
    QVERIFY2(network, error.c_str());
    const WhatIfAnswer kernel = whatIfLinux(query, *network);
    QVERIFY2(kernel.ok, kernel.error.c_str());
    QCOMPARE(flagsList(kernel), linuxFlags);
    QCOMPARE(token(kernel.next), linuxNext);
    QCOMPARE(whatIfAgree(query, kernel, rfc), rfcAgrees);
    QVERIFY(whatIfAgree(query, kernel, linuxProfile));
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
