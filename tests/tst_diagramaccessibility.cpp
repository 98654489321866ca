// The diagram for the keyboard and for screen readers, offscreen: the accessibility tree of the
// diagram (states, edges, tokens) and of the ladder, the events a reader hears as tokens move and
// the focus goes, arrow keys along the transition table's edges, the focus ring in every theme,
// and the "Diagram as a table" view.

#include "window/diagramaccessible.h"
#include "window/diagramtabledialog.h"
#include "window/diagramwidget.h"
#include "window/ladderwidget.h"
#include "window/mainwindow.h"
#include "window/simulatorpanel.h"

#include "diagram/diagramfocus.h"
#include "diagram/diagramlayout.h"
#include "diagram/diagrampainter.h"
#include "diagram/diagramtablemodel.h"
#include "diagram/tokenboard.h"
#include "i18n/translations.h"
#include "model/transitiontable.h"
#include "settings/settings.h"
#include "text/statetext.h"

#include <QAccessible>
#include <QApplication>
#include <QDockWidget>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>
#include <set>

using namespace tsl;

namespace {

struct HeardEvent {
    QAccessible::Event type;
    QString name; // of the object or child the event is about
    int child;
};
std::vector<HeardEvent> g_heard;

void recordEvent(QAccessibleEvent* event)
{
    QAccessibleInterface* about = event->accessibleInterface();
    g_heard.push_back({event->type(), about ? about->text(QAccessible::Name) : QString(), event->child()});
}

// WCAG 2's relative luminance and contrast ratio.
double luminance(const QColor& c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}
double contrast(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

TokenEvent clientOn(TcpState state, const QString& key = QStringLiteral("c1"))
{
    TokenEvent event;
    event.source = TokenSource::Lab;
    event.key = key;
    event.role = PathRole::Client;
    event.label = QStringLiteral(":5000");
    event.state = state;
    return event;
}

} // namespace

class TestDiagramAccessibility : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void diagramTreeHasStatesEdgesAndTokens();
    void tokensMovingAreAnnounced();
    void arrowsFollowTheTransitionTable_data();
    void arrowsFollowTheTransitionTable();
    void everyStateCanBeReachedByArrows();
    void keyboardFocusMovesAndIsAnnounced();
    void enterExplainsSpaceStepsEscLetsGo();
    void focusRingShowsInEveryTheme_data();
    void focusRingShowsInEveryTheme();
    void ladderRowsAreNamed();
    void diagramTableFollowsTheBoard();
    void diagramTableOpensFromTheViewMenu();

private:
    std::unique_ptr<DiagramWidget> m_diagram;
    QTemporaryDir m_dir;
};

void TestDiagramAccessibility::initTestCase()
{
    Translations::install(QStringLiteral("en"));
    QAccessible::installUpdateHandler(recordEvent);
    QAccessible::setActive(true);
    installWindowAccessibility();
}

void TestDiagramAccessibility::init()
{
    g_heard.clear();
    m_diagram = std::make_unique<DiagramWidget>();
    m_diagram->board()->setAnimationDuration(0);
    m_diagram->resize(1000, 700);
    m_diagram->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_diagram.get()));
}

void TestDiagramAccessibility::cleanup() { m_diagram.reset(); }

void TestDiagramAccessibility::diagramTreeHasStatesEdgesAndTokens()
{
    QAccessibleInterface* diagram = QAccessible::queryAccessibleInterface(m_diagram.get());
    QVERIFY(diagram);
    QVERIFY(dynamic_cast<DiagramAccessible*>(diagram));
    QCOMPARE(diagram->role(), QAccessible::Canvas);
    QCOMPARE(diagram->text(QAccessible::Name), QStringLiteral("TCP state diagram"));
    const int edges = int(transitions().size());
    QCOMPARE(diagram->childCount(), int(kStateCount) + edges);

    // Every state: its name, a description with the count and the explanation; a button.
    for (TcpState state : kAllStates) {
        QAccessibleInterface* child = diagram->child(int(stateIndex(state)));
        QVERIFY(child && child->isValid());
        QCOMPARE(child->role(), QAccessible::Button);
        QCOMPARE(child->text(QAccessible::Name), StateText::token(state));
        QCOMPARE(child->text(QAccessible::Value), QStringLiteral("no connections"));
        QVERIFY(child->text(QAccessible::Description).contains(StateText::explanation(state)));
        QCOMPARE(child->parent(), diagram);
        QCOMPARE(diagram->indexOfChild(child), int(stateIndex(state)));
        QVERIFY(child->state().focusable);
        // On the screen where the diagram draws the box.
        const QRect box = child->rect();
        QVERIFY(!box.isEmpty());
        QCOMPARE(diagram->childAt(box.center().x(), box.center().y()), child);
        QCOMPARE(diagram->child(int(stateIndex(state))), child); // the same interface each time
    }
    // Every edge: "FROM → TO: event / action", its explanation; a link.
    for (int i = 0; i < edges; ++i) {
        QAccessibleInterface* child = diagram->child(int(kStateCount) + i);
        QVERIFY(child);
        QCOMPARE(child->role(), QAccessible::Link);
        const Transition& edge = transitions()[std::size_t(i)];
        QCOMPARE(child->text(QAccessible::Name), StateText::edgeSummary(edge));
        QCOMPARE(child->text(QAccessible::Description), StateText::edgeExplanation(edge));
    }
    QVERIFY(diagram->child(int(kStateCount) + edges) == nullptr);

    // A token: one more child, a graphic named like its chip; the state counts it.
    m_diagram->board()->apply(clientOn(TcpState::Established));
    QCOMPARE(diagram->childCount(), int(kStateCount) + edges + 1);
    QAccessibleInterface* token = diagram->child(DiagramAccessible::firstTokenChild());
    QVERIFY(token);
    QCOMPARE(token->role(), QAccessible::Graphic);
    QVERIFY2(token->text(QAccessible::Name).contains(QStringLiteral(":5000")), qPrintable(token->text(QAccessible::Name)));
    QVERIFY(token->text(QAccessible::Description).contains(QStringLiteral("ESTABLISHED")));
    QAccessibleInterface* established = diagram->child(int(stateIndex(TcpState::Established)));
    QCOMPARE(established->text(QAccessible::Value), QStringLiteral("1 connection (client)"));
    // Many on one state: one counted chip, one child.
    for (int i = 2; i <= 6; ++i)
        m_diagram->board()->apply(clientOn(TcpState::Established, QStringLiteral("c%1").arg(i)));
    QCOMPARE(diagram->childCount(), int(kStateCount) + edges + 1);
    QVERIFY(diagram->child(DiagramAccessible::firstTokenChild())->text(QAccessible::Name).contains(QStringLiteral("6")));
    QCOMPARE(established->text(QAccessible::Value), QStringLiteral("6 connections (client)"));
    // Gone, and the child with it.
    m_diagram->board()->clear(TokenSource::Lab);
    QCOMPARE(diagram->childCount(), int(kStateCount) + edges);
    QCOMPARE(established->text(QAccessible::Value), QStringLiteral("no connections"));
}

void TestDiagramAccessibility::tokensMovingAreAnnounced()
{
    // What the states say follows the token as it moves; where the platform has an accessibility
    // bridge (AT-SPI under X11, not offscreen) the changes are also announced as events.
    QAccessibleInterface* diagram = QAccessible::queryAccessibleInterface(m_diagram.get());
    QVERIFY(diagram);
    QAccessibleInterface* synSent = diagram->child(int(stateIndex(TcpState::SynSent)));
    QAccessibleInterface* established = diagram->child(int(stateIndex(TcpState::Established)));
    const auto heard = [](QAccessible::Event type, const QString& name) {
        return std::any_of(g_heard.begin(), g_heard.end(), [&](const HeardEvent& e) { return e.type == type && e.name == name; });
    };
    m_diagram->board()->apply(clientOn(TcpState::SynSent));
    QCOMPARE(synSent->text(QAccessible::Value), QStringLiteral("1 connection (client)"));
    QVERIFY(synSent->text(QAccessible::Description).startsWith(QStringLiteral("1 connection (client). ")));
    if (QAccessible::isActive()) {
        QVERIFY(heard(QAccessible::DescriptionChanged, QStringLiteral("SYN_SENT")));
        QVERIFY(heard(QAccessible::ObjectReorder, QStringLiteral("TCP state diagram")));
    }
    g_heard.clear();
    // It moves on along its edge: both states say so, the token's child says where it goes.
    TokenEvent moved = clientOn(TcpState::Established);
    moved.path = {*transitionIndex("synsent-rcv-synack")};
    m_diagram->board()->setAnimationDuration(300);
    m_diagram->board()->apply(moved);
    QVERIFY(m_diagram->board()->isAnimating());
    QCOMPARE(synSent->text(QAccessible::Value), QStringLiteral("no connections"));
    QAccessibleInterface* walking = diagram->child(DiagramAccessible::firstTokenChild());
    QVERIFY(walking);
    QVERIFY2(walking->text(QAccessible::Description).contains(QStringLiteral("moving from SYN_SENT to ESTABLISHED")),
             qPrintable(walking->text(QAccessible::Description)));
    QTRY_COMPARE(established->text(QAccessible::Value), QStringLiteral("1 connection (client)"));
    QVERIFY(diagram->child(DiagramAccessible::firstTokenChild())->text(QAccessible::Description).contains(QStringLiteral("on ESTABLISHED")));
    if (QAccessible::isActive()) {
        QVERIFY(heard(QAccessible::DescriptionChanged, QStringLiteral("SYN_SENT")));
        QVERIFY(heard(QAccessible::DescriptionChanged, QStringLiteral("ESTABLISHED")));
        QVERIFY(!heard(QAccessible::DescriptionChanged, QStringLiteral("LISTEN")));
    }
}

void TestDiagramAccessibility::arrowsFollowTheTransitionTable_data()
{
    QTest::addColumn<int>("direction");
    QTest::addRow("left") << int(DiagramFocus::Direction::Left);
    QTest::addRow("right") << int(DiagramFocus::Direction::Right);
    QTest::addRow("up") << int(DiagramFocus::Direction::Up);
    QTest::addRow("down") << int(DiagramFocus::Direction::Down);
}

void TestDiagramAccessibility::arrowsFollowTheTransitionTable()
{
    // From a state an arrow goes to an edge of that state; from an edge, to one of its ends or
    // round to another edge of the state the keys came from.
    QFETCH(int, direction);
    const DiagramLayout layout(DiagramFonts::standard(), DiagramOptions{});
    const auto d = DiagramFocus::Direction(direction);
    for (TcpState state : kAllStates) {
        const auto next = DiagramFocus::onState(state).neighbour(layout, d);
        QVERIFY(next); // every state has edges: a key always moves
        QVERIFY(!next->isState());
        const Transition& edge = transitions()[next->edge()];
        QVERIFY2(edge.from == state || edge.to == state, edge.id.data());
        QCOMPARE(next->state(), state); // it remembers where it came from
        const auto then = next->neighbour(layout, d);
        if (!then)
            continue;
        if (then->isState()) {
            QVERIFY(then->state() == edge.from || then->state() == edge.to);
        } else {
            const Transition& other = transitions()[then->edge()];
            QVERIFY(other.from == state || other.to == state);
        }
    }
}

void TestDiagramAccessibility::everyStateCanBeReachedByArrows()
{
    // From CLOSED, arrow keys alone reach all eleven states and every drawn Figure 5 edge.
    const DiagramLayout layout(DiagramFonts::standard(), DiagramOptions{});
    std::vector<DiagramFocus> todo{DiagramFocus::onState(TcpState::Closed)};
    std::set<std::pair<int, std::size_t>> seen{{0, stateIndex(TcpState::Closed)}};
    std::set<TcpState> states{TcpState::Closed};
    std::set<std::size_t> edges;
    while (!todo.empty()) {
        const DiagramFocus at = todo.back();
        todo.pop_back();
        for (auto d : {DiagramFocus::Direction::Left, DiagramFocus::Direction::Right, DiagramFocus::Direction::Up,
                       DiagramFocus::Direction::Down}) {
            const auto next = at.neighbour(layout, d);
            if (!next)
                continue;
            const std::pair<int, std::size_t> key{next->isState() ? 0 : 1, next->isState() ? stateIndex(next->state()) : next->edge()};
            if (!seen.insert(key).second)
                continue;
            (next->isState() ? (void)states.insert(next->state()) : (void)edges.insert(next->edge()));
            todo.push_back(*next);
        }
    }
    QCOMPARE(int(states.size()), int(kStateCount));
    int figure5 = 0;
    int reached = 0;
    for (const EdgeGeometry& geometry : layout.edges()) {
        if (transitions()[geometry.transition].kind != EdgeKind::Figure5)
            continue;
        ++figure5;
        reached += edges.count(geometry.transition) ? 1 : 0;
    }
    qInfo("arrows reach %d states and %d of %d Figure 5 edges", int(states.size()), reached, figure5);
    QCOMPARE(reached, figure5);
}

void TestDiagramAccessibility::keyboardFocusMovesAndIsAnnounced()
{
    QAccessibleInterface* diagram = QAccessible::queryAccessibleInterface(m_diagram.get());
    QVERIFY(!m_diagram->focusItem());
    // Tab into the diagram: the keys are on CLOSED, and a reader hears it.
    QApplication::setActiveWindow(m_diagram.get());
    m_diagram->clearFocus();
    m_diagram->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(m_diagram->hasFocus());
    QCOMPARE(m_diagram->focusItem(), DiagramFocus::onState(TcpState::Closed));
    QCOMPARE(diagram->focusChild(), diagram->child(0));
    QVERIFY(diagram->child(0)->state().focused);
    const auto focusEvents = [] {
        std::vector<int> out;
        for (const HeardEvent& e : g_heard) {
            if (e.type == QAccessible::Focus && e.child >= 0)
                out.push_back(e.child);
        }
        return out;
    };
    const bool bridge = QAccessible::isActive(); // focus events reach a reader only through a bridge
    if (bridge) {
        QVERIFY(!focusEvents().empty());
        QCOMPARE(focusEvents().back(), 0);
    }

    // Walk with the arrows: each key moves along an edge, the focused child follows.
    int moved = 0;
    for (Qt::Key key : {Qt::Key_Right, Qt::Key_Right, Qt::Key_Down, Qt::Key_Down, Qt::Key_Left, Qt::Key_Up}) {
        const auto before = m_diagram->focusItem();
        QTest::keyClick(m_diagram.get(), key);
        const auto after = m_diagram->focusItem();
        QVERIFY(after);
        if (after == before)
            continue;
        ++moved;
        if (bridge)
            QCOMPARE(focusEvents().back(), DiagramAccessible::childIndex(*after));
        QVERIFY(diagram->child(DiagramAccessible::childIndex(*after))->state().focused);
        QVERIFY(!diagram->child(DiagramAccessible::childIndex(*before))->state().focused);
        QCOMPARE(diagram->focusChild(), diagram->child(DiagramAccessible::childIndex(*after)));
        // A state and an edge alternate, always joined by the edge.
        if (before->isState() != after->isState()) {
            const DiagramFocus& edge = before->isState() ? *after : *before;
            const DiagramFocus& state = before->isState() ? *before : *after;
            const Transition& t = transitions()[edge.edge()];
            QVERIFY(t.from == state.state() || t.to == state.state());
        }
    }
    QVERIFY2(moved >= 3, qPrintable(QString::number(moved)));
}

void TestDiagramAccessibility::enterExplainsSpaceStepsEscLetsGo()
{
    QApplication::setActiveWindow(m_diagram.get());
    m_diagram->clearFocus();
    m_diagram->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(m_diagram->hasFocus());
    m_diagram->setFocusItem(DiagramFocus::onState(TcpState::Listen));
    QSignalSpy explained(m_diagram.get(), &DiagramWidget::hoverExplanation);
    QSignalSpy stepped(m_diagram.get(), &DiagramWidget::stepRequested);
    QTest::keyClick(m_diagram.get(), Qt::Key_Return);
    QCOMPARE(explained.count(), 1);
    QCOMPARE(explained.at(0).at(0).toString(), DiagramWidget::explanationOf(DiagramFocus::onState(TcpState::Listen)));
    QVERIFY(explained.at(0).at(0).toString().contains(StateText::explanation(TcpState::Listen)));
    QTest::keyClick(m_diagram.get(), Qt::Key_Space);
    QCOMPARE(stepped.count(), 1);
    // On an edge with no panel to step, the focus follows the edge.
    const std::size_t synRcvd = *transitionIndex("listen-rcv-syn");
    m_diagram->setFocusItem(DiagramFocus::onEdge(synRcvd));
    QVERIFY(m_diagram->followFocusedEdge());
    QCOMPARE(m_diagram->focusItem(), DiagramFocus::onState(TcpState::SynReceived));
    QTest::keyClick(m_diagram.get(), Qt::Key_Escape);
    QVERIFY(!m_diagram->focusItem());
    // Without a focus item the arrows are not the diagram's (the window's shortcuts step).
    QTest::keyClick(m_diagram.get(), Qt::Key_Right);
    QVERIFY(!m_diagram->focusItem());
}

void TestDiagramAccessibility::focusRingShowsInEveryTheme_data()
{
    QTest::addColumn<int>("theme");
    QTest::addRow("light") << int(DiagramTheme::Light);
    QTest::addRow("dark") << int(DiagramTheme::Dark);
    QTest::addRow("print") << int(DiagramTheme::Print);
}

void TestDiagramAccessibility::focusRingShowsInEveryTheme()
{
    QFETCH(int, theme);
    const DiagramStyle style{DiagramTheme(theme)};
    const DiagramPalette palette = paletteFor(style.theme);
    // The ring's colour stands out from the background (WCAG's 3:1 for focus indicators) and, in
    // the themes with colours, from the highlight, so focus and highlight are told apart.
    QVERIFY2(contrast(palette.focusRing, palette.background) >= 3.0, qPrintable(QString::number(contrast(palette.focusRing, palette.background))));
    if (style.theme != DiagramTheme::Print)
        QVERIFY(palette.focusRing != palette.highlightBorder && palette.focusRing != palette.clientPath);

    const DiagramLayout layout(DiagramFonts::standard(), DiagramOptions{});
    const QRectF target(0, 0, 1200, 842);
    for (const DiagramFocus& item : {DiagramFocus::onState(TcpState::Established), DiagramFocus::onEdge(*transitionIndex("listen-rcv-syn"))}) {
        QImage plain(target.size().toSize(), QImage::Format_RGB32);
        QImage focused(plain.size(), QImage::Format_RGB32);
        {
            QPainter p(&plain);
            DiagramPainter(layout, style).paint(p, target, nullptr);
        }
        {
            QPainter p(&focused);
            const DiagramPainter painter(layout, style);
            painter.paint(p, target, nullptr);
            painter.paintFocus(p, target, item);
        }
        // Pixels of the focus colour round the item, where the plain diagram has none.
        const QRect around = DiagramLayout::canvasToDevice(target).mapRect(item.rect(layout).adjusted(-10, -10, 10, 10)).toAlignedRect();
        int ring = 0;
        for (int y = std::max(0, around.top()); y <= std::min(plain.height() - 1, around.bottom()); ++y) {
            for (int x = std::max(0, around.left()); x <= std::min(plain.width() - 1, around.right()); ++x) {
                const QColor now = focused.pixelColor(x, y);
                if (focused.pixel(x, y) != plain.pixel(x, y) && contrast(now, palette.background) >= 3.0)
                    ++ring;
            }
        }
        QVERIFY2(ring >= 150, qPrintable(QStringLiteral("%1 ring pixels").arg(ring)));
    }
}

void TestDiagramAccessibility::ladderRowsAreNamed()
{
    Settings settings(m_dir.filePath(QStringLiteral("ladder.ini")));
    MainWindow window(settings);
    window.resize(1024, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* simulator = window.findChild<SimulatorPanel*>();
    QVERIFY(simulator);
    window.togglePanel(window.findChild<QDockWidget*>(QStringLiteral("simulatorDock")));
    auto* ladder = simulator->findChild<LadderWidget*>();
    QVERIFY(ladder);
    QAccessibleInterface* rows = QAccessible::queryAccessibleInterface(ladder);
    QVERIFY(rows);
    QCOMPARE(rows->role(), QAccessible::List);
    const int before = rows->childCount();
    for (int i = 0; i < 3; ++i)
        simulator->stepForward();
    QCOMPARE(rows->childCount(), before + 3);
    QAccessibleInterface* first = rows->child(0);
    QVERIFY(first);
    QCOMPARE(first->role(), QAccessible::ListItem);
    QStringList texts;
    for (int i = 0; i < rows->childCount(); ++i) {
        texts << rows->child(i)->text(QAccessible::Name);
        QVERIFY2(texts.last().startsWith(QStringLiteral("Step %1").arg(i + 1)), qPrintable(texts.last()));
    }
    qInfo("%s", qPrintable(texts.join(QStringLiteral(" | "))));
    // The open: a SYN from A to B, B entering a state.
    const QString all = texts.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("A → B: SYN")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("enters")), qPrintable(all));
    QCOMPARE(rows->indexOfChild(first), 0);
    QVERIFY(!first->rect().isEmpty());

    // Space with the keys on the diagram steps the simulator, now in front.
    DiagramWidget* diagram = window.diagram();
    QApplication::setActiveWindow(&window);
    diagram->clearFocus();
    diagram->setFocus(Qt::TabFocusReason);
    QTRY_VERIFY(diagram->hasFocus());
    QVERIFY(diagram->focusItem());
    const int step = simulator->simulator().currentStep();
    QTest::keyClick(diagram, Qt::Key_Space);
    QCOMPARE(simulator->simulator().currentStep(), step + 1);
    // and the arrows move the focus, not the simulator
    QTest::keyClick(diagram, Qt::Key_Right);
    QCOMPARE(simulator->simulator().currentStep(), step + 1);
}

void TestDiagramAccessibility::diagramTableFollowsTheBoard()
{
    TokenBoard board;
    board.setAnimationDuration(0);
    DiagramTableModel model(&board);
    QCOMPARE(model.rowCount(), int(kStateCount));
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.headerData(DiagramTableModel::StateColumn, Qt::Horizontal).toString(), QStringLiteral("State"));
    const int row = model.rowOf(TcpState::TimeWait);
    QCOMPARE(model.stateAt(row), TcpState::TimeWait);
    QCOMPARE(model.index(row, DiagramTableModel::StateColumn).data().toString(), QStringLiteral("TIME_WAIT"));
    QCOMPARE(model.index(row, DiagramTableModel::CountColumn).data().toInt(), 0);
    QCOMPARE(model.index(row, DiagramTableModel::ExplanationColumn).data().toString(), StateText::explanation(TcpState::TimeWait));
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    board.apply(clientOn(TcpState::TimeWait));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), row);
    QCOMPARE(model.index(row, DiagramTableModel::CountColumn).data().toInt(), 1);
    QVERIFY(model.index(row, DiagramTableModel::TokensColumn).data().toString().contains(QStringLiteral(":5000")));
    // The true counts of a large pile.
    board.setStateCounts(TokenSource::Lab, {{TcpState::TimeWait, 10000}});
    QCOMPARE(model.index(row, DiagramTableModel::CountColumn).data().toInt(), 10000);
    QVERIFY(model.index(row, DiagramTableModel::CountColumn).data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("10000")));
    // Another language: the views are told to read every text again.
    QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
    model.retranslate();
    QCOMPARE(headers.count(), 1);
}

void TestDiagramAccessibility::diagramTableOpensFromTheViewMenu()
{
    Settings settings(m_dir.filePath(QStringLiteral("table.ini")));
    MainWindow window(settings);
    window.resize(1024, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::setActiveWindow(&window);
    QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_T));
    DiagramTableDialog* dialog = window.diagramTable();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(!dialog->isModal());
    QCOMPARE(dialog->table()->model()->rowCount(), int(kStateCount));
    // The table is readable too: its cells are in the accessibility tree.
    QAccessibleInterface* table = QAccessible::queryAccessibleInterface(dialog->table());
    QVERIFY(table);
    QVERIFY(table->childCount() >= int(kStateCount) * 4);
    // It follows the panel in front: a simulator step shows on it.
    auto* simulator = window.findChild<SimulatorPanel*>();
    window.togglePanel(window.findChild<QDockWidget*>(QStringLiteral("simulatorDock")));
    window.diagram()->board()->setAnimationDuration(0);
    const auto total = [&] {
        int sum = 0;
        for (int row = 0; row < dialog->model()->rowCount(); ++row)
            sum += dialog->model()->index(row, DiagramTableModel::CountColumn).data().toInt();
        return sum;
    };
    for (int i = 0; i < 3; ++i)
        simulator->stepForward();
    QTRY_VERIFY(total() > 0);
}

QTEST_MAIN(TestDiagramAccessibility)
#include "tst_diagramaccessibility.moc"
