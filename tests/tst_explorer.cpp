// The state × segment explorer's model, without a widget: the simulator fills every position
// deterministically (and agrees with tests/data/whatif_table.tsv); the real kernel fills at least
// a row, as root and as uid 65534; a machine without user namespaces gets the simulator's side
// and the reason; Cancel stops a fill; the CSV, HTML and JSON exports say what the grid says,
// with differing cells marked, in English, German and Chinese.
#include "explorer/explorerexport.h"
#include "explorer/explorermodel.h"
#include "i18n/translations.h"
#include "net/netavailability.h"
#include "net/privatenetwork.h"
#include "net/tcpsegment.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <grp.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace tsl;

namespace {

// Set in the child that runs a kernel test as uid 65534: a missing network fails there.
constexpr const char* kRequireKernel = "TSL_EXPLORER_REQUIRE_KERNEL";

QString flagsList(const WhatIfAnswer& answer)
{
    QStringList flags;
    for (const WhatIfSegment& response : answer.responses)
        flags << QString::fromStdString(net::flagsText(response.flags));
    return flags.isEmpty() ? QStringLiteral("-") : flags.join(QLatin1Char(' '));
}

QString token(TcpState state) { return QString::fromLatin1(stateToken(state).data()); }

struct RecordedCell {
    QString linuxFlags;
    QString linuxNext;
    QString simFlags;
    QString simNext;
    bool agree = false;
};

// "ACK seq=snd.nxt ack=rcv.nxt; RST seq=seg.ack" -> "ACK RST"; "-" stays.
QString flagsOf(const QString& sends)
{
    if (sends == QLatin1String("-"))
        return sends;
    QStringList flags;
    for (const QString& segment : sends.split(QStringLiteral("; ")))
        flags << segment.section(QLatin1Char(' '), 0, 0);
    return flags.join(QLatin1Char(' '));
}

// By (state, segment, seq), under the explorer's default conditions: the kernel's answers from
// tests/data/whatif_table.tsv, RFC 9293's from its referee tests/data/rfc9293_cells.tsv.
QHash<QString, RecordedCell> recordedTable()
{
    QHash<QString, RecordedCell> table;
    QFile kernel(QStringLiteral(TSL_TEST_DATA_DIR "/whatif_table.tsv"));
    QFile referee(QStringLiteral(TSL_TEST_DATA_DIR "/rfc9293_cells.tsv"));
    if (!kernel.open(QIODevice::ReadOnly) || !referee.open(QIODevice::ReadOnly))
        return table;
    while (!kernel.atEnd()) {
        const QString line = QString::fromUtf8(kernel.readLine()).trimmed();
        const QStringList c = line.split(QLatin1Char('\t'));
        if (line.startsWith(QLatin1Char('#')) || c.size() != 6 || c[3] != QLatin1String("-") || c[2] == QLatin1String("irs"))
            continue;
        RecordedCell& cell = table[c[0] + QLatin1Char(' ') + c[1] + QLatin1Char(' ') + c[2]];
        cell.linuxFlags = flagsOf(c[4]);
        cell.linuxNext = c[5];
    }
    while (!referee.atEnd()) {
        const QString line = QString::fromUtf8(referee.readLine()).trimmed();
        const QStringList c = line.split(QLatin1Char('\t'));
        if (line.startsWith(QLatin1Char('#')) || c.size() != 10 || c[4] != QLatin1String("snd.nxt") || c[5] != QLatin1String("0"))
            continue;
        const QString key = c[0] + QLatin1Char(' ') + c[2] + QLatin1Char(' ') + c[3];
        const bool defaultVia = c[1] == (c[0] == QLatin1String("SYN_SENT") ? QLatin1String("active") : QLatin1String("passive"));
        if (!defaultVia || !table.contains(key))
            continue;
        table[key].simFlags = flagsOf(c[6]);
        table[key].simNext = c[7];
        table[key].agree = table[key].simFlags == table[key].linuxFlags && table[key].simNext == table[key].linuxNext;
    }
    return table;
}

QString keyOf(const ExplorerCell& cell)
{
    return token(cell.query.state) + QLatin1Char(' ') + segmentName(cell.query.flags) + QLatin1Char(' ')
           + QString::fromStdString(cell.query.seq);
}

bool kernelRequired() { return qEnvironmentVariableIsSet(kRequireKernel); }

int openFds() { return int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::NoDotAndDotDot | QDir::System).size()); }

// Waits for the model's fills to end (a kernel row takes a few seconds).
bool waitIdle(ExplorerModel& model, int timeoutMs)
{
    return QTest::qWaitFor([&model] { return !model.isFilling(); }, timeoutMs);
}

} // namespace

class TestExplorer : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void axes();
    void positions_data();
    void positions();
    void simulatorFillsEveryPositionDeterministically();
    void simulatorAnswersMatchTheRecordedTable();
    void switchingPositionsIsInstant();
    void kernelFillsARowFromBothEngines();
    void kernelRowAsUid65534();
    void withoutPrivateNetworkLinuxStaysEmptyWithTheReason();
    void cancelStopsAFill();
    void csvExport();
    void htmlExportMarksDifferingCells();
    void htmlExportInTheUsersLanguage_data();
    void htmlExportInTheUsersLanguage();
    void jsonAndTextExports();
    void writeFileByExtension();

private:
    bool m_kernel = false;
    QString m_kernelReason;
};

void TestExplorer::initTestCase()
{
    const net::NetAvailability availability = net::checkAvailability();
    m_kernel = availability.available;
    m_kernelReason = QString::fromStdString(availability.reason);
    if (!m_kernel)
        qWarning("no private network here (%s): the kernel's side is not checked", availability.reason.c_str());
}

void TestExplorer::cleanup() { Translations::install(QStringLiteral("en")); }

void TestExplorer::axes()
{
    ExplorerModel model;
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(model.columnCount(), 8);
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), QStringLiteral("CLOSED"));
    QCOMPARE(model.headerData(10, Qt::Vertical).toString(), QStringLiteral("TIME_WAIT"));
    QStringList segments;
    for (int column = 0; column < model.columnCount(); ++column)
        segments << model.headerData(column, Qt::Horizontal).toString();
    QCOMPARE(segments, QStringList({QStringLiteral("SYN"), QStringLiteral("SYN+ACK"), QStringLiteral("SYN+FIN"), QStringLiteral("ACK"),
                                    QStringLiteral("FIN"), QStringLiteral("FIN+ACK"), QStringLiteral("RST"), QStringLiteral("RST+ACK")}));
    // Every segment name parses back to its flags, as whatif spells them.
    for (std::size_t column = 0; column < kExplorerColumns; ++column)
        QCOMPARE(*net::parseFlags(segmentName(ExplorerGrid::flagsOfColumn(column)).toStdString()), ExplorerGrid::flagsOfColumn(column));
    QCOMPARE(model.indexOf(TcpState::Established, net::tcpflag::kSyn), model.index(4, 0));
    // SYN_SENT is reached actively, every other receiver passively (whatif refuses the rest).
    const ExplorerGrid grid;
    for (std::size_t row = 0; row < kExplorerRows; ++row) {
        const WhatIfQuery& query = grid.cell(row, 0).query;
        QVERIFY(!whatIfRefusal(query));
        QCOMPARE(query.viaActive, query.state == TcpState::SynSent);
    }
}

void TestExplorer::positions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("seq");
    QTest::addRow("in-window") << "in-window" << int(ExplorerPosition::InWindow) << "rcv.nxt+1";
    QTest::addRow("left-edge") << "left-edge" << int(ExplorerPosition::LeftEdge) << "rcv.nxt";
    QTest::addRow("outside-window") << "Outside-Window" << int(ExplorerPosition::OutsideWindow) << "rcv.nxt+wnd";
    QTest::addRow("expression") << "rcv.nxt+wnd" << int(ExplorerPosition::OutsideWindow) << "rcv.nxt+wnd";
    QTest::addRow("unknown") << "middle" << -1 << "";
}

void TestExplorer::positions()
{
    QFETCH(QString, text);
    QFETCH(int, position);
    QFETCH(QString, seq);
    const auto parsed = parsePosition(text);
    if (position < 0) {
        QVERIFY(!parsed);
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(int(*parsed), position);
    QCOMPARE(QString::fromStdString(explorerQuery(TcpState::Established, net::tcpflag::kAck, *parsed).seq), seq);
}

void TestExplorer::simulatorFillsEveryPositionDeterministically()
{
    ExplorerModel first;
    ExplorerModel second;
    QSignalSpy filling(&first, &ExplorerModel::fillingChanged);
    first.fillRfc();
    second.fillRfc();
    QVERIFY(waitIdle(first, 10000));
    QVERIFY(waitIdle(second, 10000));
    QVERIFY(filling.count() >= 2); // on, then off
    for (ExplorerPosition position : kExplorerPositions) {
        const ExplorerGrid& a = first.grid(position);
        const ExplorerGrid& b = second.grid(position);
        QVERIFY(a.rfcComplete());
        QCOMPARE(a.kernelFilled(), 0);
        QCOMPARE(a.bothFilled(), 0);
        for (std::size_t row = 0; row < kExplorerRows; ++row) {
            for (std::size_t column = 0; column < kExplorerColumns; ++column) {
                const WhatIfAnswer& x = *a.cell(row, column).rfc;
                const WhatIfAnswer& y = *b.cell(row, column).rfc;
                QVERIFY2(x.ok, x.error.c_str());
                QCOMPARE(flagsList(x), flagsList(y));
                QCOMPARE(x.next, y.next);
                QCOMPARE(x.sent.seq, y.sent.seq);
                // The step and the whole simulation come along, for the explanation and the ladder.
                QVERIFY(x.step && x.simulation);
                QCOMPARE(x.simulation->currentStep(), x.step->step);
            }
        }
    }
    // The model shows the position chosen: RFC answers only, no mark yet.
    first.setPosition(ExplorerPosition::LeftEdge);
    const QModelIndex established = first.indexOf(TcpState::Established, net::tcpflag::kSyn);
    QCOMPARE(first.data(established).toString(), QStringLiteral("ACK"));
    QCOMPARE(first.data(established, ExplorerModel::AnsweredRole).toInt(), 1);
    QVERIFY(!first.data(established, ExplorerModel::DiffersRole).toBool());
    QVERIFY(first.data(established, Qt::ToolTipRole).toString().contains(QStringLiteral("not asked yet")));
    const QModelIndex listen = first.indexOf(TcpState::Listen, net::tcpflag::kSyn);
    QCOMPARE(first.data(listen).toString(), QStringLiteral("SYN,ACK → SYN_RECEIVED"));
    const QModelIndex closed = first.indexOf(TcpState::Closed, net::tcpflag::kRst);
    QCOMPARE(first.data(closed).toString(), QStringLiteral("–")); // nothing answers an RST
}

void TestExplorer::simulatorAnswersMatchTheRecordedTable()
{
    const QHash<QString, RecordedCell> recorded = recordedTable();
    QCOMPARE(recorded.size(), 264);
    ExplorerModel model;
    model.fillRfc();
    QVERIFY(waitIdle(model, 10000));
    int compared = 0;
    for (ExplorerPosition position : kExplorerPositions) {
        const ExplorerGrid& grid = model.grid(position);
        for (std::size_t row = 0; row < kExplorerRows; ++row) {
            for (std::size_t column = 0; column < kExplorerColumns; ++column) {
                const ExplorerCell& cell = grid.cell(row, column);
                const auto found = recorded.find(keyOf(cell));
                QVERIFY2(found != recorded.end(), qPrintable(keyOf(cell)));
                QCOMPARE(flagsList(*cell.rfc), found->simFlags);
                QCOMPARE(token(cell.rfc->next), found->simNext);
                ++compared;
            }
        }
    }
    QCOMPARE(compared, 264);
}

void TestExplorer::switchingPositionsIsInstant()
{
    ExplorerModel model;
    model.fillRfc();
    QVERIFY(waitIdle(model, 10000));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy filling(&model, &ExplorerModel::fillingChanged);
    const QModelIndex cell = model.indexOf(TcpState::Established, net::tcpflag::kFin | net::tcpflag::kAck);
    model.setPosition(ExplorerPosition::LeftEdge);
    // Left edge: the FIN is the next expected and is taken; inside the window, it is not.
    QCOMPARE(model.data(cell).toString(), QStringLiteral("ACK → CLOSE_WAIT"));
    model.setPosition(ExplorerPosition::InWindow);
    QCOMPARE(model.data(cell).toString(), QStringLiteral("–"));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(filling.count(), 0); // from the cache, nothing asked again
    model.fill(ExplorerPosition::InWindow, false);
    QVERIFY(!model.isFilling()); // complete already: no job
}

void TestExplorer::kernelFillsARowFromBothEngines()
{
    if (!m_kernel) {
        if (kernelRequired())
            QFAIL(qPrintable(QStringLiteral("no private network as uid %1: %2").arg(::getuid()).arg(m_kernelReason)));
        QSKIP("no private network here");
    }
    if (kernelRequired())
        QCOMPARE(::getuid(), uid_t(65534));
    const QHash<QString, RecordedCell> recorded = recordedTable();
    // No fd outlives the model: sockets, namespaces' helpers and the worker thread go with it.
    const int fdsBefore = openFds();
    auto owned = std::make_unique<ExplorerModel>();
    ExplorerModel& model = *owned;
    QSignalSpy progress(&model, &ExplorerModel::progressChanged);
    QSignalSpy finished(&model, &ExplorerModel::fillFinished);
    // A passive SYN_RECEIVED inside the window: Linux resets a SYN where RFC 9293 returns to
    // LISTEN silently (§3.10.7.4, fourth check).
    model.fill(ExplorerPosition::InWindow, true, TcpState::SynReceived);
    QVERIFY(model.isFilling());
    QCOMPARE(model.kernelFillPosition(), std::optional<ExplorerPosition>(ExplorerPosition::InWindow));
    QVERIFY(waitIdle(model, 60000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished[0][1].toBool(), false);
    QVERIFY(model.kernelMissingReason().isEmpty());
    QCOMPARE(progress.last()[0].toInt(), 8);
    QCOMPARE(progress.last()[1].toInt(), 8);

    const ExplorerGrid& grid = model.grid(ExplorerPosition::InWindow);
    QCOMPARE(grid.bothFilled(), 8);
    QCOMPARE(grid.kernelFilled(), 8);
    const std::size_t row = *ExplorerGrid::rowOf(TcpState::SynReceived);
    for (std::size_t column = 0; column < kExplorerColumns; ++column) {
        const ExplorerCell& cell = grid.cell(row, column);
        const RecordedCell expected = recorded.value(keyOf(cell));
        QVERIFY2(cell.kernel->ok, cell.kernel->error.c_str());
        QCOMPARE(flagsList(*cell.kernel), expected.linuxFlags);
        QCOMPARE(token(cell.kernel->next), expected.linuxNext);
        if (expected.linuxFlags != expected.simFlags || expected.linuxNext != expected.simNext)
            QVERIFY(cell.differs());
    }
    const QModelIndex syn = model.indexOf(TcpState::SynReceived, net::tcpflag::kSyn);
    QVERIFY(model.data(syn, ExplorerModel::DiffersRole).toBool());
    QCOMPARE(model.data(syn).toString(), QStringLiteral("→ LISTEN\nRST,ACK → LISTEN"));
    QCOMPARE(model.data(syn, ExplorerModel::AnsweredRole).toInt(), 2);
    QVERIFY(model.data(syn, Qt::ToolTipRole).toString().contains(QStringLiteral("They differ")));
    const QModelIndex ack = model.indexOf(TcpState::SynReceived, net::tcpflag::kAck);
    QVERIFY(!model.data(ack, ExplorerModel::DiffersRole).toBool());

    // The export of what the kernel said: that cell marked.
    const QString csv = ExplorerExport::csv(grid);
    QVERIFY(csv.contains(QStringLiteral("SYN_RECEIVED,SYN,in-window,rcv.nxt+1,,-,LISTEN,")));
    QVERIFY(csv.contains(QStringLiteral(",LISTEN,no,")));
    owned.reset();
    QCOMPARE(openFds(), fdsBefore);
}

void TestExplorer::kernelRowAsUid65534()
{
    if (::getuid() != 0)
        QSKIP("the suite already runs unprivileged: kernelFillsARowFromBothEngines was the check");
    if (!m_kernel)
        QSKIP("no private network here");
    // A fresh process (this test program, one test function) as uid 65534: no threads to carry
    // across a fork, and the private network built from scratch without root.
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        if (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0 || ::getuid() != 65534)
            ::_exit(3);
        ::setenv(kRequireKernel, "1", 1);
        char name[] = "tst_explorer";
        char function[] = "kernelFillsARowFromBothEngines";
        char* argv[] = {name, function, nullptr};
        ::execv("/proc/self/exe", argv);
        ::_exit(4);
    }
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), 0);
}

void TestExplorer::withoutPrivateNetworkLinuxStaysEmptyWithTheReason()
{
    ExplorerModel model;
    model.filler().setNetworkFactory([](std::string& error) -> std::unique_ptr<net::PrivateNetwork> {
        error = "unshare(CLONE_NEWUSER): Operation not permitted";
        return nullptr;
    });
    QSignalSpy unavailable(&model, &ExplorerModel::kernelUnavailable);
    model.fill(ExplorerPosition::LeftEdge);
    QVERIFY(waitIdle(model, 10000));
    QCOMPARE(unavailable.count(), 1);
    QVERIFY(!unavailable[0][0].toString().isEmpty());
    QVERIFY(!unavailable[0][1].toString().isEmpty()); // how to allow it
    const ExplorerGrid& grid = model.grid(ExplorerPosition::LeftEdge);
    QVERIFY(grid.rfcComplete());
    QCOMPARE(grid.kernelFilled(), 0);
    QVERIFY(!model.kernelMissingReason().isEmpty());
    model.setPosition(ExplorerPosition::LeftEdge);
    const QString tip = model.data(model.index(4, 0), Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(model.kernelMissingReason()), qPrintable(tip));
    // The handout says so too.
    const QString page = ExplorerExport::html(grid, {model.kernelMissingText()});
    QVERIFY(page.contains(model.kernelMissingReason().toHtmlEscaped()));
}

void TestExplorer::cancelStopsAFill()
{
    ExplorerModel model;
    if (m_kernel) {
        model.fill(ExplorerPosition::OutsideWindow);
    } else {
        // Slow cells without a kernel: a network factory that takes its time and fails.
        model.filler().setNetworkFactory([](std::string& error) -> std::unique_ptr<net::PrivateNetwork> {
            QThread::msleep(300);
            error = "slow";
            return nullptr;
        });
        model.fill(ExplorerPosition::OutsideWindow);
    }
    QSignalSpy finished(&model, &ExplorerModel::fillFinished);
    QTest::qWait(400);
    model.cancel();
    QVERIFY(waitIdle(model, 10000));
    QCOMPARE(finished.count(), 1);
    if (m_kernel) {
        QCOMPARE(finished[0][1].toBool(), true);
        QVERIFY(model.grid(ExplorerPosition::OutsideWindow).kernelFilled() < int(kExplorerCells));
    }
    // A later fill starts afresh: the cancel does not stick.
    model.fill(ExplorerPosition::OutsideWindow, false);
    QVERIFY(waitIdle(model, 10000));
    QVERIFY(model.grid(ExplorerPosition::OutsideWindow).rfcComplete());
}

namespace {

// The in-window grid with the simulator's answers and one cell of Linux's, as the kernel
// answered (tests/data/whatif_table.tsv): SYN_RECEIVED × SYN resets and returns to LISTEN
// (RFC 9293 returns to LISTEN without a RST).
ExplorerGrid gridWithOneKernelCell()
{
    ExplorerGrid grid(ExplorerPosition::InWindow);
    for (std::size_t row = 0; row < kExplorerRows; ++row) {
        for (std::size_t column = 0; column < kExplorerColumns; ++column)
            grid.cell(row, column).rfc = whatIfSimulator(grid.cell(row, column).query);
    }
    ExplorerCell& cell = grid.cell(*ExplorerGrid::rowOf(TcpState::SynReceived), 0);
    WhatIfAnswer kernel = *cell.rfc;
    kernel.step.reset();
    kernel.simulation.reset();
    kernel.responses = {{std::uint8_t(net::tcpflag::kRst | net::tcpflag::kAck), 0, kernel.sent.seq + 1, 0}};
    kernel.next = TcpState::Listen;
    cell.kernel = kernel;
    // And one where both agree: ESTABLISHED × SYN draws the challenge ACK from both.
    ExplorerCell& agreeing = grid.cell(*ExplorerGrid::rowOf(TcpState::Established), 0);
    agreeing.kernel = *agreeing.rfc;
    return grid;
}

} // namespace

void TestExplorer::csvExport()
{
    const ExplorerGrid grid = gridWithOneKernelCell();
    QCOMPARE(grid.differing(), 1);
    QCOMPARE(grid.bothFilled(), 2);
    const QString csv = ExplorerExport::csv(grid);
    const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 88);
    QCOMPARE(lines[0], QStringLiteral("state,segment,position,seq,ack,rfc9293_responses,rfc9293_next,linux_responses,linux_next,agree,difference,"
                                      "via,closed_by,listener,settings"));
    const QString differing = *std::find_if(lines.begin(), lines.end(), [](const QString& line) {
        return line.startsWith(QStringLiteral("SYN_RECEIVED,SYN,"));
    });
    QVERIFY2(differing.startsWith(QStringLiteral("SYN_RECEIVED,SYN,in-window,rcv.nxt+1,,-,LISTEN,")),
             qPrintable(differing));
    QVERIFY2(differing.contains(QStringLiteral(",\"RST,ACK seq=")), qPrintable(differing)); // a comma: quoted
    QVERIFY2(differing.contains(QStringLiteral(",LISTEN,no,")), qPrintable(differing));
    QVERIFY(differing.contains(QStringLiteral("Linux sends RST,ACK where RFC 9293 sends nothing.")));
    const QString agreeing = *std::find_if(lines.begin(), lines.end(), [](const QString& line) {
        return line.startsWith(QStringLiteral("ESTABLISHED,SYN,"));
    });
    QVERIFY2(agreeing.endsWith(QStringLiteral(",ESTABLISHED,yes,,passive,,no,")), qPrintable(agreeing));
    // Not asked of Linux: the Linux fields and the verdict stay empty.
    const QString unasked = *std::find_if(lines.begin(), lines.end(), [](const QString& line) {
        return line.startsWith(QStringLiteral("LISTEN,SYN,"));
    });
    QVERIFY2(unasked.endsWith(QStringLiteral(",SYN_RECEIVED,,,,,passive,,,")), qPrintable(unasked));
}

void TestExplorer::htmlExportMarksDifferingCells()
{
    const ExplorerGrid grid = gridWithOneKernelCell();
    const QString page = ExplorerExport::html(grid);
    QVERIFY(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(page.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    QVERIFY(page.contains(QStringLiteral("<html lang=\"en\">")));
    QVERIFY(page.contains(QStringLiteral("<h1>What a TCP socket answers: RFC 9293 and Linux</h1>")));
    QVERIFY(page.contains(QStringLiteral("class=\"legend\"")));
    // Self-contained: no script, no stylesheet or image from elsewhere.
    QVERIFY(!page.contains(QStringLiteral("<script")));
    QVERIFY(!page.contains(QStringLiteral("<link")));
    QVERIFY(!page.contains(QStringLiteral("src=")));
    QCOMPARE(page.count(QStringLiteral("<td class=\"differ\"")), 1);
    QCOMPARE(page.count(QStringLiteral("<td class=\"agree\"")), 1);
    QCOMPARE(page.count(QStringLiteral("<td ")), 88);
    const qsizetype differ = page.indexOf(QStringLiteral("<td class=\"differ\""));
    const QString cell = page.mid(differ, page.indexOf(QStringLiteral("</td>"), differ) - differ);
    // May break before the arrow on paper, never inside "RST,ACK" or "→ LISTEN".
    QVERIFY2(cell.contains(QStringLiteral("<span class=\"nw\">RST,ACK</span> <span class=\"nw\">→ LISTEN</span>")), qPrintable(cell));
    QVERIFY2(cell.contains(QStringLiteral("SYN_RECEIVED receives SYN")), qPrintable(cell)); // the tooltip
    // The differences listed, with the simulator's explanation.
    QVERIFY(page.contains(QStringLiteral("<h2>Where Linux and RFC 9293 differ</h2>")));
    QVERIFY(page.contains(QStringLiteral("<strong>SYN_RECEIVED × SYN</strong>")));
    QVERIFY(page.contains(QStringLiteral("fourth check")));
    QVERIFY(page.contains(QStringLiteral("Conditions: via passive, closed by shutdown, no listener on the port, default settings.")));
    QVERIFY(page.contains(QStringLiteral("1 of 2 cells compared differ.")));
}

void TestExplorer::htmlExportInTheUsersLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("htmlLanguage");
    QTest::addRow("de") << "de" << "de";
    QTest::addRow("zh_CN") << "zh_CN" << "zh-CN";
}

void TestExplorer::htmlExportInTheUsersLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, htmlLanguage);
    const ExplorerGrid grid = gridWithOneKernelCell();
    const QString english = ExplorerExport::html(grid);
    QCOMPARE(Translations::install(language), language);
    const QString page = ExplorerExport::html(grid);
    QVERIFY(page.contains(QStringLiteral("<html lang=\"%1\">").arg(htmlLanguage)));
    QVERIFY(!page.contains(QStringLiteral("What a TCP socket answers")));
    QVERIFY(page.contains(QStringLiteral("<h1>%1</h1>").arg(ExplorerExport::title().toHtmlEscaped())));
    // The local state names under the tokens, and text beyond Latin-1 that survives UTF-8.
    QVERIFY(page.contains(QStringLiteral("<small>")));
    const QByteArray bytes = page.toUtf8();
    QCOMPARE(QString::fromUtf8(bytes), page);
    bool beyondAscii = false;
    for (QChar c : ExplorerExport::title())
        beyondAscii = beyondAscii || c.unicode() > 0x7f;
    QVERIFY2(beyondAscii || language == QLatin1String("de"), qPrintable(ExplorerExport::title()));
    QVERIFY(page != english);
    QCOMPARE(page.count(QStringLiteral("<td class=\"differ\"")), 1);
}

void TestExplorer::jsonAndTextExports()
{
    const ExplorerGrid grid = gridWithOneKernelCell();
    const QJsonObject json = ExplorerExport::json(grid);
    QCOMPARE(json.value(QStringLiteral("position")).toString(), QStringLiteral("in-window"));
    QCOMPARE(json.value(QStringLiteral("seq")).toString(), QStringLiteral("rcv.nxt+1"));
    QCOMPARE(json.value(QStringLiteral("differ")).toInt(), 1);
    const QJsonArray cells = json.value(QStringLiteral("cells")).toArray();
    QCOMPARE(cells.size(), 88);
    const QJsonObject cell = cells[int(*ExplorerGrid::rowOf(TcpState::SynReceived) * kExplorerColumns)].toObject();
    QCOMPARE(cell.value(QStringLiteral("state")).toString(), QStringLiteral("SYN_RECEIVED"));
    QCOMPARE(cell.value(QStringLiteral("segment")).toObject().value(QStringLiteral("flags")).toString(), QStringLiteral("SYN"));
    QCOMPARE(cell.value(QStringLiteral("agree")).toBool(true), false);
    const QJsonObject engines = cell.value(QStringLiteral("engines")).toObject();
    QCOMPARE(engines.value(QStringLiteral("linux")).toObject().value(QStringLiteral("next")).toString(), QStringLiteral("LISTEN"));
    QCOMPARE(engines.value(QStringLiteral("sim")).toObject().value(QStringLiteral("next")).toString(), QStringLiteral("LISTEN"));
    QCOMPARE(json.value(QStringLiteral("conditions")).toObject().value(QStringLiteral("closed_by")).toString(), QStringLiteral("shutdown"));
    QVERIFY(!engines.value(QStringLiteral("sim")).toObject().value(QStringLiteral("explanation")).toString().isEmpty());
    QVERIFY(!cells[0].toObject().contains(QStringLiteral("agree"))); // Linux not asked there

    // Linux alone asked (whatif --table --engine linux): its answer, not "? | …".
    ExplorerGrid kernelOnly(ExplorerPosition::InWindow);
    kernelOnly.cell(*ExplorerGrid::rowOf(TcpState::SynReceived), 0).kernel =
        grid.cell(*ExplorerGrid::rowOf(TcpState::SynReceived), 0).kernel;
    const QString kernelText = ExplorerExport::text(kernelOnly);
    QVERIFY2(kernelText.contains(QStringLiteral("SYN_RECEIVED  RST,ACK → LISTEN")), qPrintable(kernelText));
    QVERIFY(!kernelText.contains(QStringLiteral("| RST,ACK")));
    QVERIFY(ExplorerExport::html(kernelOnly).contains(QStringLiteral(">RST,ACK</span> <span class=\"nw\">→ LISTEN</span></td>")));

    const QString text = ExplorerExport::text(grid);
    QVERIFY(text.contains(QStringLiteral("≠ → LISTEN | RST,ACK → LISTEN")));
    QVERIFY(text.contains(QStringLiteral("1 of 2 cells compared differ.")));
    const QStringList lines = text.split(QLatin1Char('\n'));
    const auto header = std::find_if(lines.begin(), lines.end(), [](const QString& l) { return l.startsWith(QStringLiteral("state")); });
    QVERIFY(header != lines.end());
    QVERIFY(header->contains(QStringLiteral("RST+ACK")));
}

void TestExplorer::writeFileByExtension()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ExplorerGrid grid = gridWithOneKernelCell();
    const QString csvPath = dir.filePath(QStringLiteral("table.csv"));
    QCOMPARE(ExplorerExport::writeFile(csvPath, grid), QString());
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray csvBytes = csv.readAll();
    QVERIFY(csvBytes.startsWith("\xEF\xBB\xBF" "state,segment,"));
    const QString htmlPath = dir.filePath(QStringLiteral("table.HTML"));
    QCOMPARE(ExplorerExport::writeFile(htmlPath, grid), QString());
    QFile html(htmlPath);
    QVERIFY(html.open(QIODevice::ReadOnly));
    QVERIFY(html.readAll().startsWith("<!DOCTYPE html>"));
    QVERIFY(!ExplorerExport::writeFile(dir.filePath(QStringLiteral("table.pdf")), grid).isEmpty());
    QVERIFY(!ExplorerExport::writeFile(dir.filePath(QStringLiteral("no/such/dir/table.csv")), grid).isEmpty());
}

QTEST_GUILESS_MAIN(TestExplorer)
#include "tst_explorer.moc"
