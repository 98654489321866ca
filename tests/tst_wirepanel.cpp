// The Wire panel offscreen, driven as a user drives it: buttons on A and B, held segments as
// chips delivered with the keyboard, the A/B tokens and the live ladder following the real
// kernel. As root it also runs the handshake once more as uid 65534 (a re-exec of this test).

#include "controllers/wirelab.h"
#include "diagram/tokenboard.h"
#include "window/craftsegmentdialog.h"
#include "window/heldsegmentlist.h"
#include "window/ladderwidget.h"
#include "window/wirepanel.h"
#include "window/predictbox.h"
#include "text/statetext.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QDir>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>
#include <cstring>
#include <grp.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace tsl;
using net::Host;

namespace {

constexpr const char* kUnprivilegedVerb = "--unprivileged-wire-handshake";

int openFdCount() { return int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size()); }

bool waitIdle(WireLab& lab, int timeoutMs = 15000)
{
    QElapsedTimer clock;
    clock.start();
    while ((lab.isBusy() || !lab.isReady()) && clock.elapsed() < timeoutMs)
        QTest::qWait(5);
    QTest::qWait(20);
    return !lab.isBusy() && lab.isReady();
}

void click(WirePanel& panel, const char* name)
{
    auto* button = panel.findChild<QPushButton*>(QLatin1String(name));
    QVERIFY2(button, name);
    QVERIFY2(button->isEnabled(), name);
    QTest::mouseClick(button, Qt::LeftButton);
}

// The held chip that says `flags` (e.g. "A→B  SYN "), or -1.
int chipRow(const QListWidget& chips, const QString& text)
{
    for (int i = 0; i < chips.count(); ++i) {
        if (chips.item(i)->text().contains(text))
            return i;
    }
    return -1;
}

// The handshake by hand: B listens, A connects, Enter on each chip delivers it. Empty on success.
QString heldHandshake(WirePanel& panel, TokenBoard& board)
{
    WireLab& lab = *panel.lab();
    const auto step = [&](const char* name) -> QString {
        auto* button = panel.findChild<QPushButton*>(QLatin1String(name));
        if (!button || !button->isEnabled())
            return QStringLiteral("%1 cannot be clicked").arg(QLatin1String(name));
        QTest::mouseClick(button, Qt::LeftButton);
        return waitIdle(lab) ? QString() : QStringLiteral("%1 did not finish").arg(QLatin1String(name));
    };
    if (!waitIdle(lab))
        return QStringLiteral("the private network did not start");
    for (const char* name : {"listenB", "connectA"}) {
        if (const QString error = step(name); !error.isEmpty())
            return error;
    }
    QListWidget& chips = *panel.heldList();
    for (const QString& chip : {QStringLiteral("A→B  SYN "), QStringLiteral("B→A  SYN,ACK "), QStringLiteral("A→B  ACK ")}) {
        QElapsedTimer clock;
        clock.start();
        while (chipRow(chips, chip) < 0 && clock.elapsed() < 3000)
            QTest::qWait(5);
        const int row = chipRow(chips, chip);
        if (row < 0)
            return QStringLiteral("no chip %1 on the wire").arg(chip);
        chips.setCurrentRow(row);
        chips.setFocus();
        QTest::keyClick(&chips, Qt::Key_Return);
        if (!waitIdle(lab))
            return QStringLiteral("delivering %1 did not finish").arg(chip);
    }
    QElapsedTimer clock;
    clock.start();
    while (lab.state(Host::B) != TcpState::Established && clock.elapsed() < 2000)
        QTest::qWait(5);
    for (const char* side : {"A", "B"}) {
        const TokenBoard::Token* token = board.token(TokenSource::Network, QLatin1String(side));
        if (!token || token->state != TcpState::Established)
            return QStringLiteral("token %1 is not on ESTABLISHED").arg(QLatin1String(side));
    }
    if (lab.ladder().rows() != 5)
        return QStringLiteral("the ladder has %1 rows, not 5").arg(lab.ladder().rows());
    if (chips.count() != 0)
        return QStringLiteral("%1 chips left on the wire").arg(chips.count());
    return {};
}

} // namespace

class TestWirePanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void handshakeByHand();
    void twinAgreesOnTheHandshake();
    void droppedFinRetransmits();
    void chipsAreDraggedToWhereTheyGo();
    void craftedRstEndsTheConnection();
    void unavailableNetworkSaysWhyAndHow();
    void unprivilegedUserDoesTheSame();
    void predictGradesTheKernelsStep();
};

void TestWirePanel::initTestCase()
{
    // Qt opens a few descriptors once, on first use (the event dispatchers' eventfds of a
    // widget's first worker thread, fonts): a panel made and let go first, so the fd counts
    // below see only what a panel itself keeps.
    TokenBoard board;
    WirePanel panel(&board);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(waitIdle(*panel.lab()));
}

void TestWirePanel::handshakeByHand()
{
    const int fdsBefore = openFdCount();
    {
        TokenBoard board;
        board.setAnimationDuration(0);
        WirePanel panel(&board);
        panel.resize(400, 1400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QString error = heldHandshake(panel, board);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(board.shownSource(), TokenSource::Network);
        // The live ladder widget shows the five rows: taller than an empty ladder.
        QVERIFY(panel.ladder()->heightForWidth(400) > 200);
        const QImage shot = panel.grab().toImage();
        QVERIFY(!shot.isNull());
    }
    QTRY_COMPARE_WITH_TIMEOUT(openFdCount(), fdsBefore, 5000);
}

void TestWirePanel::twinAgreesOnTheHandshake()
{
    // Issue 13 §4: twin on (Linux, chosen in the panel) — no disagreement on the handshake, the
    // simulator's ghosts beside the kernel's tokens, the summary says so.
    const int fdsBefore = openFdCount();
    {
        TokenBoard board;
        board.setAnimationDuration(0);
        WirePanel panel(&board);
        panel.resize(400, 1400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto* twinSwitch = panel.findChild<QCheckBox*>(QStringLiteral("twinSwitch"));
        auto* profile = panel.findChild<QComboBox*>(QStringLiteral("twinProfile"));
        auto* summary = panel.findChild<QLabel*>(QStringLiteral("twinSummary"));
        QVERIFY(twinSwitch && profile && summary);
        QVERIFY(!twinSwitch->isChecked()); // off until a teacher asks for it
        QVERIFY(!twinSwitch->toolTip().isEmpty());
        QVERIFY(!profile->toolTip().isEmpty());
        QVERIFY(summary->isHidden());
        const int linuxIndex = profile->findText(QStringLiteral("Linux"));
        QVERIFY(linuxIndex >= 0);
        profile->setCurrentIndex(linuxIndex);
        emit profile->activated(linuxIndex);
        QCOMPARE(panel.twin()->profile(), sim::Profile::Linux);
        QTest::mouseClick(twinSwitch, Qt::LeftButton);
        QVERIFY(twinSwitch->isChecked());
        QVERIFY(panel.twin()->isEnabled());

        const QString error = heldHandshake(panel, board);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(panel.twin()->differingSteps(), 0);
        QVERIFY(panel.lab()->ladder().trace().marks.empty());
        for (const sim::Side side : {sim::Side::A, sim::Side::B}) {
            const TokenBoard::Token* ghost = board.token(TokenSource::Network, WireTwin::ghostKey(side));
            QVERIFY(ghost);
            QVERIFY(ghost->ghost);
            QCOMPARE(ghost->state, TcpState::Established);
        }
        QCOMPARE(board.ghostPiles().size(), std::size_t(1)); // both on ESTABLISHED, beside the kernel's
        QVERIFY(!summary->isHidden());
        QCOMPARE(summary->text(), QStringLiteral("Twin (Linux) agrees with the kernel"));
        // Off: the summary goes, the ghosts fade.
        QTest::mouseClick(twinSwitch, Qt::LeftButton);
        QVERIFY(summary->isHidden());
        QVERIFY(!panel.twin()->isEnabled());
    }
    QTRY_COMPARE_WITH_TIMEOUT(openFdCount(), fdsBefore, 5000);
}

namespace {

// Drops `segmentId`'s chip on `target` as a drag would; whether the target took it.
bool dropChip(QWidget* target, std::uint64_t segmentId)
{
    std::unique_ptr<QMimeData> data(HeldSegmentList::mimeFor(segmentId));
    const QPointF at = QRectF(target->rect()).center();
    QDragEnterEvent enter(at.toPoint(), Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(at, Qt::MoveAction, data.get(), Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

} // namespace

void TestWirePanel::chipsAreDraggedToWhereTheyGo()
{
    TokenBoard board;
    board.setAnimationDuration(0);
    WirePanel panel(&board);
    panel.resize(400, 1400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    WireLab& lab = *panel.lab();
    QVERIFY(waitIdle(lab));
    for (const char* name : {"listenB", "connectA"}) {
        QTest::mouseClick(panel.findChild<QPushButton*>(QLatin1String(name)), Qt::LeftButton);
        QVERIFY(waitIdle(lab));
    }
    QListWidget& chips = *panel.heldList();
    QTRY_VERIFY_WITH_TIMEOUT(chipRow(chips, QStringLiteral("A→B  SYN ")) >= 0, 3000);
    const std::uint64_t syn = chips.item(chipRow(chips, QStringLiteral("A→B  SYN ")))->data(Qt::UserRole).toULongLong();
    // The list's own drag carries the chip's segment.
    const std::unique_ptr<QMimeData> dragged(
        chips.model()->mimeData({chips.model()->index(chipRow(chips, QStringLiteral("A→B  SYN ")), 0)}));
    QVERIFY(dragged);
    QCOMPARE(HeldSegmentList::segmentOf(dragged.get()), std::optional<std::uint64_t>(syn));
    auto* hostA = panel.findChild<QPushButton*>(QStringLiteral("listenA"))->parentWidget();
    auto* hostB = panel.findChild<QPushButton*>(QStringLiteral("listenB"))->parentWidget();
    // A SYN for B is not taken by A; B takes it, and answers.
    QVERIFY(!dropChip(hostA, syn));
    QVERIFY(dropChip(hostB, syn));
    QVERIFY(waitIdle(lab));
    QTRY_COMPARE_WITH_TIMEOUT(lab.state(Host::B), TcpState::SynReceived, 2000);
    QTRY_VERIFY_WITH_TIMEOUT(chipRow(chips, QStringLiteral("B→A  SYN,ACK ")) >= 0, 3000);
    const std::uint64_t synAck = chips.item(chipRow(chips, QStringLiteral("B→A  SYN,ACK ")))->data(Qt::UserRole).toULongLong();
    // Onto Drop: lost; a segment no longer held is refused everywhere.
    QVERIFY(dropChip(panel.findChild<QPushButton*>(QStringLiteral("drop")), synAck));
    QVERIFY(waitIdle(lab));
    const auto stillHeld = [&](std::uint64_t id) {
        for (int row = 0; row < chips.count(); ++row) {
            if (chips.item(row)->data(Qt::UserRole).toULongLong() == id)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(!stillHeld(synAck), 2000);
    QVERIFY(!dropChip(hostA, synAck));
    QCOMPARE(lab.state(Host::A), TcpState::SynSent);
}

void TestWirePanel::droppedFinRetransmits()
{
    TokenBoard board;
    board.setAnimationDuration(0);
    WirePanel panel(&board);
    panel.resize(400, 1400);
    panel.show();
    WireLab& lab = *panel.lab();
    QVERIFY(waitIdle(lab));
    lab.applySetting(QStringLiteral("rto_min_ms"), 400);
    QVERIFY(waitIdle(lab));
    const QString error = heldHandshake(panel, board);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    click(panel, "closeA");
    QVERIFY(waitIdle(lab));
    QListWidget& chips = *panel.heldList();
    const int fin = chipRow(chips, QStringLiteral("A→B  FIN,ACK "));
    QVERIFY(fin >= 0);
    chips.setCurrentRow(fin);
    QTest::keyClick(&chips, Qt::Key_Delete); // Delete drops
    QVERIFY(waitIdle(lab));
    // A's RTO fires: the FIN comes again, a chip marked as a retransmission.
    QTRY_VERIFY_WITH_TIMEOUT(chipRow(chips, QStringLiteral("A→B  FIN,ACK ")) >= 0, 8000);
    const QListWidgetItem* again = chips.item(chipRow(chips, QStringLiteral("A→B  FIN,ACK ")));
    QVERIFY(!again->toolTip().isEmpty());
    const LadderTrace& trace = lab.ladder().trace();
    QVERIFY(trace.arrows.back().retransmission);
    QCOMPARE(std::count_if(trace.timers.begin(), trace.timers.end(), [](const auto& t) { return !t.call; }), 1);
    QCOMPARE(board.token(TokenSource::Network, QStringLiteral("A"))->state, TcpState::FinWait1);
    // "Release all" lets it through: B acknowledges and A moves on.
    click(panel, "releaseAll");
    QVERIFY(waitIdle(lab));
    QTRY_VERIFY_WITH_TIMEOUT(lab.state(Host::A) == TcpState::FinWait2 || lab.state(Host::A) == TcpState::FinWait1, 2000);
}

void TestWirePanel::craftedRstEndsTheConnection()
{
    TokenBoard board;
    board.setAnimationDuration(0);
    WirePanel panel(&board);
    panel.resize(400, 1400);
    panel.show();
    const QString error = heldHandshake(panel, board);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The simulator's dialog in its wire form: a RST at B's rcv.nxt, from A's address.
    CraftSegmentDialog dialog(Host::B);
    for (QCheckBox* box : dialog.findChildren<QCheckBox*>()) {
        if (box->text() == QLatin1String("ACK"))
            box->setChecked(false);
        if (box->text() == QLatin1String("RST"))
            box->setChecked(true);
    }
    const CraftSegmentDialog::WireSegment segment = dialog.wireSegment();
    QCOMPARE(segment.to, Host::B);
    QCOMPARE(segment.flags, net::tcpflag::kRst);
    QCOMPARE(segment.seq, QStringLiteral("rcv.nxt"));
    QVERIFY(!segment.spoofed);
    WireLab& lab = *panel.lab();
    lab.craft(segment.to, segment.flags, segment.seq, segment.ack, segment.length, segment.spoofed, segment.count);
    QVERIFY(waitIdle(lab));
    QTRY_COMPARE_WITH_TIMEOUT(lab.state(Host::B), TcpState::Closed, 2000);
    const LadderTrace& trace = lab.ladder().trace();
    QVERIFY(trace.arrows.back().crafted);
    QVERIFY(trace.arrows.back().segment.rst);
    QCOMPARE(trace.arrows.back().segment.from, sim::Side::A); // drawn as coming from B's peer
    // A bad expression is an error the user reads, not a crash.
    QSignalSpy failures(&lab, &WireLab::failed);
    lab.craft(Host::A, net::tcpflag::kAck, QStringLiteral("rcv.nxt+banana"), QStringLiteral("snd.nxt"), 0, false, 1);
    QVERIFY(waitIdle(lab));
    QCOMPARE(failures.size(), 1);
}

void TestWirePanel::unavailableNetworkSaysWhyAndHow()
{
    // Where user namespaces are refused, the panel says why and how to allow it, and points to
    // the simulator; its buttons stay off.
    TokenBoard board;
    WirePanel panel(&board);
    emit panel.lab()->unavailable(QStringLiteral("user namespaces are disabled (user.max_user_namespaces = 0)"),
                                  QStringLiteral("sysctl -w user.max_user_namespaces=15000"));
    QLabel* banner = nullptr;
    for (QLabel* label : panel.findChildren<QLabel*>()) {
        if (label->text().contains(QStringLiteral("max_user_namespaces = 0")))
            banner = label;
    }
    QVERIFY(banner);
    QVERIFY(!banner->isHidden());
    QVERIFY(banner->text().contains(QStringLiteral("sysctl -w user.max_user_namespaces=15000")));
    QVERIFY(banner->text().contains(QStringLiteral("Simulator")));
    QVERIFY(!panel.findChild<QPushButton*>(QStringLiteral("connectA"))->isEnabled());
}

void TestWirePanel::unprivilegedUserDoesTheSame()
{
    if (::getuid() != 0)
        QSKIP("the suite already runs unprivileged: the tests above were the unprivileged check");
    const pid_t child = ::fork();
    QVERIFY(child >= 0);
    if (child == 0) {
        if (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0 || ::getuid() != 65534)
            ::_exit(3);
        ::setenv("HOME", "/tmp", 1);
        char name[] = "tst_wirepanel";
        char verb[64];
        std::strncpy(verb, kUnprivilegedVerb, sizeof verb - 1);
        verb[sizeof verb - 1] = '\0';
        char* argv[] = {name, verb, nullptr};
        ::execv("/proc/self/exe", argv);
        ::_exit(4);
    }
    int status = 0;
    QCOMPARE(::waitpid(child, &status, 0), child);
    QVERIFY2(WIFEXITED(status), "the unprivileged child crashed");
    QCOMPARE(WEXITSTATUS(status), 0);
}

// The unprivileged child: the same handshake in a panel of its own; exit 0 when it worked.
static int runUnprivilegedHandshake(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (::getuid() != 65534)
        return 5;
    TokenBoard board;
    board.setAnimationDuration(0);
    WirePanel panel(&board);
    panel.resize(400, 1400);
    panel.show();
    const QString error = heldHandshake(panel, board);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "as uid 65534: %s\n", qPrintable(error));
        return 1;
    }
    return 0;
}

int main(int argc, char** argv)
{
    if (argc == 2 && std::strcmp(argv[1], kUnprivilegedVerb) == 0)
        return runUnprivilegedHandshake(argc, argv);
    QApplication app(argc, argv);
    TestWirePanel test;
    return QTest::qExec(&test, argc, argv);
}

void TestWirePanel::predictGradesTheKernelsStep()
{
    // Predict over the real kernels: asked before Next, graded against what the kernels did.
    TokenBoard board;
    board.setAnimationDuration(0);
    WirePanel panel(&board);
    panel.resize(400, 1400);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    panel.ensureStarted();
    QVERIFY(waitIdle(*panel.lab()));
    if (!panel.lab()->isReady())
        QSKIP("no private network here");
    exercise::Exercise exercise;
    exercise.source = exercise::SourceKind::Wire;
    exercise.scenario = "three-way-handshake";
    exercise.questions.push_back(exercise::QuestionSpec{1, sim::Side::B, true, false, {}});
    exercise.questions.push_back(exercise::QuestionSpec{2, sim::Side::A, false, true, {}});
    panel.openExercise(exercise);
    QVERIFY(waitIdle(*panel.lab()));
    PredictBox* box = panel.predictBox();
    QVERIFY(box->isOn());
    // What Save Exercise lists: the scenario's steps in words.
    QCOMPARE(int(panel.stepCauses().size()), panel.lab()->stepCount());
    QCOMPARE(panel.stepCauses().front(), WireLab::stepText("B listens on port 5000"));
    QCOMPARE(panel.currentExercise().questions.size(), std::size_t(2));
    auto* next = panel.findChild<QPushButton*>(QStringLiteral("next"));
    QTRY_VERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QVERIFY(box->isAsking());
    QCOMPARE(panel.lab()->stepsDone(), 0); // asked, not yet taken
    QPushButton* listen = nullptr;
    for (QPushButton* button : box->choiceButtons()) {
        if (button->isVisible() && button->text().endsWith(StateText::heading(TcpState::Listen)))
            listen = button;
    }
    QVERIFY(listen);
    QTest::mouseClick(listen, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(box->session().score().answered, 1, 10000);
    const exercise::Verdict& verdict = box->session().quiz().results().front();
    QCOMPARE(verdict.actual.state, TcpState::Listen); // graded against the kernel's listener
    QVERIFY(verdict.right); // "B listens on port 5000"
    QVERIFY(panel.lab()->stepsDone() >= 1);

    // Step 2, "A connects: its SYN waits on the wire": the segment A's kernel put on the wire.
    QTRY_VERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QVERIFY(box->isAsking());
    QPushButton* syn = nullptr;
    for (QPushButton* button : box->choiceButtons()) {
        if (button->isVisible() && button->text().endsWith(QLatin1String("  SYN")))
            syn = button;
    }
    QVERIFY(syn);
    QTest::mouseClick(syn, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(box->session().score().answered, 2, 10000);
    const exercise::Verdict& segment = box->session().quiz().results().back();
    QVERIFY(segment.actual.segment && segment.actual.segment->syn && !segment.actual.segment->ack);
    QVERIFY(segment.right);
    QCOMPARE(box->session().score().right, 2);
}

#include "tst_wirepanel.moc"
