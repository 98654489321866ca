// The simulator against the real kernel: for every scenario the live lab can also run on Linux
// loopback, the states each side passes through must agree (the kernel's, as the probe saw them
// or as the model implies between polls). The lab stops before 2MSL runs out, so its path is
// compared with the start of the simulator's.
#include "kernel/netlinkprobe_linux.h"
#include "lab/scenarios.h"
#include "sim/simscenarios.h"

#include <QRegularExpression>
#include <QTest>

using namespace tsl;

namespace {

QStringList names(const std::vector<TcpState>& states)
{
    QStringList out;
    for (TcpState s : states)
        out << QString::fromLatin1(stateToken(s).data());
    return out;
}

QStringList simPath(const sim::Simulator& s, sim::Side side)
{
    QStringList out{QStringLiteral("CLOSED")};
    for (const sim::StepRecord& r : s.records())
        for (const sim::StateChange& c : r.changes)
            if (c.side == side)
                out << QString::fromLatin1(stateToken(c.to).data());
    return out;
}

} // namespace

class TestSimCrossCheck : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_probe = std::make_unique<netlink::NetlinkProbe>();
        if (!m_probe->isOpen())
            QSKIP("no sock_diag netlink here");
    }
    void kernelAndSimulatorAgree_data();
    void kernelAndSimulatorAgree();

private:
    std::unique_ptr<netlink::NetlinkProbe> m_probe;
};

void TestSimCrossCheck::kernelAndSimulatorAgree_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("serverDifference");
    for (const char* name : {"three-way-handshake", "active-close", "simultaneous-open", "half-close", "abort", "connect-refused"})
        QTest::addRow("%s", name) << name << QString();
    // The lab gets both FINs in flight with zero windows, but the client's FIN stays behind its
    // data until the server reads, so the server's FIN is acknowledged first: the kernel's server
    // goes FIN_WAIT_2 where the simulator's textbook simultaneous close passes CLOSING.
    QTest::addRow("simultaneous-close") << "simultaneous-close" << "CLOSING>FIN_WAIT_2";
}

void TestSimCrossCheck::kernelAndSimulatorAgree()
{
    QFETCH(QString, scenario);
    QFETCH(QString, serverDifference);
    LabEngine lab(*m_probe);
    const ScenarioOutcome outcome = runLabScenario(scenario.toStdString(), AddressFamily::IPv4, lab);
    QVERIFY2(outcome.ok, outcome.error.c_str());
    sim::Simulator simulator;
    QVERIFY(sim::buildScenario(scenario.toStdString(), simulator));

    for (const auto& [role, states] : outcome.paths) {
        const QStringList kernel = names(states);
        const bool server = role == "server";
        QStringList simulated = simPath(simulator, server ? sim::Side::B : sim::Side::A);
        if (server) {
            simulated.removeFirst(); // the lab's server end is born from its listener, in LISTEN
            if (!serverDifference.isEmpty()) {
                const QStringList swap = serverDifference.split('>');
                simulated.replaceInStrings(QRegularExpression("^" + swap[0] + "$"), swap[1]);
            }
        }
        QVERIFY2(kernel.size() <= simulated.size() && simulated.mid(0, kernel.size()) == kernel,
                 qPrintable(QStringLiteral("%1: kernel %2, simulator %3")
                                .arg(QString::fromStdString(role), kernel.join(" "), simulated.join(" "))));
    }
}

QTEST_GUILESS_MAIN(TestSimCrossCheck)
#include "tst_simcrosscheck.moc"
