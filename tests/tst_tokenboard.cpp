#include "diagram/diagramexport.h"
#include "diagram/diagramlayout.h"
#include "diagram/diagrampainter.h"
#include "i18n/translations.h"
#include "text/statetext.h"
#include "diagram/tokenboard.h"
#include "model/transitiontable.h"

#include <QImage>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace tsl;

namespace {
std::size_t edge(const char* id) { return *transitionIndex(id); }

TokenEvent tokenEvent(TokenSource source, const QString& key, TcpState state, std::vector<std::size_t> path = {},
                 PathRole role = PathRole::Client)
{
    TokenEvent e;
    e.source = source;
    e.key = key;
    e.state = state;
    e.path = std::move(path);
    e.role = role;
    e.label = QStringLiteral(":%1").arg(key);
    return e;
}
} // namespace

class TestTokenBoard : public QObject {
    Q_OBJECT

private slots:
    void highlights();
    void tokenWalksItsPath();
    void zeroDurationWalksAtOnce();
    void badStatesAndEdgesAreIgnored();
    void numbersTellConnectionsApart();
    void freshConnectionGetsANewNumber();
    void rolesAreKept();
    void piles_data();
    void piles();
    void stateCountsOutnumberTokens();
    void fades_data();
    void fades();
    void aLiveTokenDoesNotFade();
    void sourcesAreKeptApart();
    void clearStartsClean();
    void batchRepaintsOnce();
    void ghostsStandApart();
    void ghostsAreDrawnBesideTheState_data();
    void ghostsAreDrawnBesideTheState();
    void chipsStayOnTheCanvas_data();
    void chipsStayOnTheCanvas();
    void pilesKeepNamesAndLabelsClear_data();
    void pilesKeepNamesAndLabelsClear();
    void glidingTokensNeverCoverAName_data();
    void glidingTokensNeverCoverAName();
    void cleanup() { Translations::install(QStringLiteral("en")); }
};

void TestTokenBoard::highlights()
{
    TokenBoard board;
    QSignalSpy changed(&board, &TokenBoard::changed);
    board.setHighlightedStates({TcpState::Listen, TcpState::Established});
    QVERIFY(board.isHighlighted(TcpState::Listen));
    QVERIFY(!board.isHighlighted(TcpState::Closed));
    QCOMPARE(changed.count(), 1);
    board.setHighlightedStates({TcpState::Established, TcpState::Listen}); // same set
    QCOMPARE(changed.count(), 1);
    board.setHighlightedEdge(edge("estab-close"));
    QCOMPARE(board.highlightedEdge(), edge("estab-close"));
    board.setHighlightedEdge(100000);
    QVERIFY(!board.highlightedEdge());
}

void TestTokenBoard::tokenWalksItsPath()
{
    TokenBoard board;
    board.setAnimationDuration(30);
    QSignalSpy arrived(&board, &TokenBoard::tokenArrived);
    board.apply(tokenEvent(TokenSource::Lab, QStringLiteral("1"), TcpState::CloseWait,
                      {edge("listen-rcv-syn"), edge("synrcvd-rcv-ack"), edge("estab-rcv-fin")}, PathRole::Server));
    const TokenBoard::Token* token = board.token(TokenSource::Lab, QStringLiteral("1"));
    QVERIFY(token);
    QCOMPARE(token->state, TcpState::Listen); // the walk starts where the first edge starts
    QCOMPARE(token->movingAlong, edge("listen-rcv-syn"));
    QCOMPARE(board.movingTokens().size(), std::size_t(1));
    QTRY_COMPARE_WITH_TIMEOUT(arrived.count(), 1, 2000);
    QCOMPARE(arrived.first().at(2).value<TcpState>(), TcpState::CloseWait);
    QCOMPARE(token->state, TcpState::CloseWait);
    QVERIFY(!token->movingAlong);
    QVERIFY(!board.isAnimating());
}

void TestTokenBoard::zeroDurationWalksAtOnce()
{
    TokenBoard board;
    board.setAnimationDuration(0);
    board.apply(tokenEvent(TokenSource::Lab, QStringLiteral("1"), TcpState::FinWait1, {edge("estab-close")}));
    QCOMPARE(board.token(TokenSource::Lab, QStringLiteral("1"))->state, TcpState::FinWait1);
    QVERIFY(!board.isAnimating());
    // A jump no edge explains: placed at once.
    board.apply(tokenEvent(TokenSource::Lab, QStringLiteral("1"), TcpState::TimeWait));
    QCOMPARE(board.token(TokenSource::Lab, QStringLiteral("1"))->state, TcpState::TimeWait);
}

void TestTokenBoard::badStatesAndEdgesAreIgnored()
{
    TokenBoard board;
    board.setAnimationDuration(0);
    board.apply(tokenEvent(TokenSource::Lab, QStringLiteral("u"), TcpState::Unknown));
    QVERIFY(!board.token(TokenSource::Lab, QStringLiteral("u")));
    board.apply(tokenEvent(TokenSource::Lab, QStringLiteral("1"), TcpState::Established, {100000}));
    QCOMPARE(board.token(TokenSource::Lab, QStringLiteral("1"))->state, TcpState::Established);
    // Gone before it was ever shown: nothing to show.
    TokenEvent gone = tokenEvent(TokenSource::Watch, QStringLiteral("g"), TcpState::Closed);
    gone.gone = true;
    board.apply(gone);
    QVERIFY(!board.token(TokenSource::Watch, QStringLiteral("g")));
}

void TestTokenBoard::numbersTellConnectionsApart()
{
    TokenBoard board;
    board.setAnimationDuration(0);
    for (const char* key : {"a", "b", "c"})
        board.apply(tokenEvent(TokenSource::Lab, QString::fromLatin1(key), TcpState::Established));
    board.apply(tokenEvent(TokenSource::Watch, QStringLiteral("w"), TcpState::Established));
    QCOMPARE(board.token(TokenSource::Lab, QStringLiteral("a"))->number, 1);
    QCOMPARE(board.token(TokenSource::Lab, QStringLiteral("c"))->number, 3);
    QCOMPARE(board.token(TokenSource::Watch, QStringLiteral("w"))->number, 1); // numbered per source
    QCOMPARE(board.token(TokenSource::Lab, QStringLiteral("b"))->text(), QStringLiteral("2  :b"));
    // Moving a token keeps its number.
    board.apply(tokenEvent(TokenSource::Lab, QStringLiteral("a"), TcpState::FinWait1, {edge("estab-close")}));
    QCOMPARE(board.token(TokenSource::Lab, QStringLiteral("a"))->number, 1);
    TokenEvent unnumbered = tokenEvent(TokenSource::Simulator, QStringLiteral("A"), TcpState::Closed);
    unnumbered.numbered = false;
    unnumbered.label = QStringLiteral("A");
    board.apply(unnumbered);
    QCOMPARE(board.token(TokenSource::Simulator, QStringLiteral("A"))->text(), QStringLiteral("A"));
}

void TestTokenBoard::freshConnectionGetsANewNumber()
{
    TokenBoard board;
    board.setAnimationDuration(0);
    board.apply(tokenEvent(TokenSource::Watch, QStringLiteral("k"), TcpState::TimeWait));
    TokenEvent again = tokenEvent(TokenSource::Watch, QStringLiteral("k"), TcpState::SynSent);
    again.fresh = true;
    board.apply(again);
    QCOMPARE(board.token(TokenSource::Watch, QStringLiteral("k"))->number, 2);
    QCOMPARE(board.token(TokenSource::Watch, QStringLiteral("k"))->state, TcpState::SynSent);
    QCOMPARE(board.tokenCount(TokenSource::Watch), 1);
}

void TestTokenBoard::rolesAreKept()
{
    TokenBoard board;
    board.setAnimationDuration(0);
    board.apply(tokenEvent(TokenSource::Lab, QStringLiteral("c"), TcpState::SynSent, {}, PathRole::Client));
    board.apply(tokenEvent(TokenSource::Lab, QStringLiteral("s"), TcpState::Listen, {}, PathRole::Server));
    QCOMPARE(board.token(TokenSource::Lab, QStringLiteral("c"))->role, PathRole::Client);
    QCOMPARE(board.token(TokenSource::Lab, QStringLiteral("s"))->role, PathRole::Server);
}

void TestTokenBoard::piles_data()
{
    QTest::addColumn<int>("clients");
    QTest::addColumn<int>("servers");
    QTest::addColumn<bool>("aggregated");
    QTest::addRow("one") << 1 << 0 << false;
    QTest::addRow("a few") << 2 << 1 << false;
    QTest::addRow("one too many") << 2 << 2 << true;
    QTest::addRow("time-wait accumulation") << 40 << 0 << true;
    QTest::addRow("syn flood") << 6 << 40 << true;
}

void TestTokenBoard::piles()
{
    QFETCH(int, clients);
    QFETCH(int, servers);
    QFETCH(bool, aggregated);
    TokenBoard board;
    board.setAnimationDuration(0);
    for (int i = 0; i < clients + servers; ++i)
        board.apply(tokenEvent(TokenSource::Lab, QString::number(i), TcpState::TimeWait, {},
                          i < clients ? PathRole::Client : PathRole::Server));
    board.apply(tokenEvent(TokenSource::Lab, QStringLiteral("other"), TcpState::Listen, {}, PathRole::Server));
    const auto piles = board.piles();
    QCOMPARE(piles.size(), std::size_t(2));
    const TokenBoard::Pile& pile = piles[0].state == TcpState::TimeWait ? piles[0] : piles[1];
    QCOMPARE(pile.count, clients + servers);
    QCOMPARE(pile.clients, clients);
    QCOMPARE(pile.servers, servers);
    QCOMPARE(pile.aggregated(), aggregated);
    QCOMPARE(pile.count > TokenBoard::kMaxChipsPerState, aggregated);
    if (!aggregated) {
        QCOMPARE(int(pile.tokens.size()), clients + servers);
        for (std::size_t i = 1; i < pile.tokens.size(); ++i)
            QVERIFY(pile.tokens[i - 1]->number < pile.tokens[i]->number);
    }
}

void TestTokenBoard::stateCountsOutnumberTokens()
{
    TokenBoard board;
    board.setAnimationDuration(0);
    board.setShownSource(TokenSource::Watch);
    board.apply(tokenEvent(TokenSource::Watch, QStringLiteral("1"), TcpState::TimeWait));
    board.setStateCounts(TokenSource::Watch, {{TcpState::TimeWait, 10000}, {TcpState::Listen, 1}});
    const auto piles = board.piles();
    QCOMPARE(piles.size(), std::size_t(2));
    const TokenBoard::Pile& timeWait = piles[0].state == TcpState::TimeWait ? piles[0] : piles[1];
    QCOMPARE(timeWait.count, 10000);
    QVERIFY(timeWait.aggregated());
}

void TestTokenBoard::fades_data()
{
    QTest::addColumn<int>("how");
    QTest::addRow("walked to CLOSED") << 0;
    QTest::addRow("placed on CLOSED") << 1;
    QTest::addRow("left the table") << 2;
}

void TestTokenBoard::fades()
{
    QFETCH(int, how);
    TokenBoard board;
    board.setAnimationDuration(0);
    board.setFadeTimes(50, 50);
    board.apply(tokenEvent(TokenSource::Lab, QStringLiteral("1"), TcpState::LastAck));
    TokenEvent last = tokenEvent(TokenSource::Lab, QStringLiteral("1"), TcpState::Closed);
    if (how == 0)
        last.path = {edge("lastack-rcv-ack")};
    if (how == 2) {
        last.path = {edge("lastack-rcv-ack")};
        last.gone = true;
    }
    board.apply(last);
    const TokenBoard::Token* token = board.token(TokenSource::Lab, QStringLiteral("1"));
    QVERIFY(token);
    QCOMPARE(token->opacity, 1.0); // it stays a moment first
    QTRY_VERIFY_WITH_TIMEOUT(!board.token(TokenSource::Lab, QStringLiteral("1")), 3000);
    QVERIFY(board.piles().empty());
}

void TestTokenBoard::aLiveTokenDoesNotFade()
{
    TokenBoard board;
    board.setAnimationDuration(0);
    board.setFadeTimes(10, 10);
    board.apply(tokenEvent(TokenSource::Lab, QStringLiteral("1"), TcpState::Established));
    QTest::qWait(100);
    QVERIFY(board.token(TokenSource::Lab, QStringLiteral("1")));
    // Back from CLOSED before the fade ends: it stays.
    board.setFadeTimes(200, 200);
    board.apply(tokenEvent(TokenSource::Lab, QStringLiteral("2"), TcpState::Closed));
    board.apply(tokenEvent(TokenSource::Lab, QStringLiteral("2"), TcpState::SynSent, {edge("closed-active-open")}));
    QTest::qWait(500);
    QVERIFY(board.token(TokenSource::Lab, QStringLiteral("2")));
}

void TestTokenBoard::sourcesAreKeptApart()
{
    TokenBoard board;
    board.setAnimationDuration(0);
    board.apply(tokenEvent(TokenSource::Lab, QStringLiteral("1"), TcpState::Established));
    board.apply(tokenEvent(TokenSource::Watch, QStringLiteral("1"), TcpState::TimeWait));
    board.setShownSource(TokenSource::Watch);
    auto piles = board.piles();
    QCOMPARE(piles.size(), std::size_t(1));
    QCOMPARE(piles[0].state, TcpState::TimeWait);
    // The hidden source goes on following its sockets; shown again, they stand where they are.
    board.apply(tokenEvent(TokenSource::Lab, QStringLiteral("1"), TcpState::FinWait1, {edge("estab-close")}));
    board.setShownSource(TokenSource::Lab);
    piles = board.piles();
    QCOMPARE(piles.size(), std::size_t(1));
    QCOMPARE(piles[0].state, TcpState::FinWait1);
}

void TestTokenBoard::clearStartsClean()
{
    TokenBoard board;
    board.setAnimationDuration(0);
    board.apply(tokenEvent(TokenSource::Lab, QStringLiteral("1"), TcpState::Established));
    board.apply(tokenEvent(TokenSource::Lab, QStringLiteral("2"), TcpState::Established));
    board.apply(tokenEvent(TokenSource::Watch, QStringLiteral("1"), TcpState::Listen));
    board.clear(TokenSource::Lab);
    QCOMPARE(board.tokenCount(TokenSource::Lab), 0);
    QCOMPARE(board.tokenCount(TokenSource::Watch), 1);
    board.apply(tokenEvent(TokenSource::Lab, QStringLiteral("9"), TcpState::SynSent));
    QCOMPARE(board.token(TokenSource::Lab, QStringLiteral("9"))->number, 1); // numbering restarts
    board.clearAll();
    QCOMPARE(board.tokenCount(TokenSource::Watch), 0);
}

void TestTokenBoard::batchRepaintsOnce()
{
    TokenBoard board;
    board.setAnimationDuration(0);
    QSignalSpy changed(&board, &TokenBoard::changed);
    std::vector<TokenEvent> poll;
    for (int i = 0; i < 50; ++i)
        poll.push_back(tokenEvent(TokenSource::Lab, QString::number(i), TcpState::SynReceived));
    board.apply(poll);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(board.tokenCount(TokenSource::Lab), 50);
}

void TestTokenBoard::ghostsStandApart()
{
    TokenBoard board;
    board.setAnimationDuration(0);
    board.setShownSource(TokenSource::Network);
    board.apply(tokenEvent(TokenSource::Network, QStringLiteral("A"), TcpState::Established));
    TokenEvent twin = tokenEvent(TokenSource::Network, QStringLiteral("twin A"), TcpState::Established);
    twin.ghost = true;
    twin.label = QStringLiteral("sim A");
    board.apply(twin);
    board.apply(tokenEvent(TokenSource::Network, QStringLiteral("B"), TcpState::SynReceived, {}, PathRole::Server));
    // The ghost is neither piled with the kernel's token nor numbered among them.
    const auto piles = board.piles();
    QCOMPARE(piles.size(), std::size_t(2));
    QCOMPARE(piles[0].state, TcpState::SynReceived);
    QCOMPARE(piles[1].state, TcpState::Established);
    QCOMPARE(piles[1].count, 1);
    QCOMPARE(piles[1].tokens.front()->key, QStringLiteral("A"));
    QCOMPARE(board.token(TokenSource::Network, QStringLiteral("B"))->number, 2);
    const auto ghosts = board.ghostPiles();
    QCOMPARE(ghosts.size(), std::size_t(1));
    QCOMPARE(ghosts[0].state, TcpState::Established);
    QCOMPARE(ghosts[0].tokens.front()->number, 0);
    QVERIFY(ghosts[0].tokens.front()->ghost);
    QCOMPARE(ghosts[0].tokens.front()->text(), QStringLiteral("sim A"));
    // It walks the model's edges like any token, and is drawn as a ghost on the way.
    board.setAnimationDuration(10000);
    twin.state = TcpState::CloseWait;
    twin.path = {edge("estab-rcv-fin")};
    board.apply(twin);
    QVERIFY(board.ghostPiles().empty());
    const auto moving = board.movingTokens();
    QCOMPARE(moving.size(), std::size_t(1));
    QVERIFY(moving.front()->ghost);
    // Ghosts follow the shown source like its tokens.
    board.setShownSource(TokenSource::Simulator);
    QVERIFY(board.ghostPiles().empty() && board.movingTokens().empty());
}

void TestTokenBoard::ghostsAreDrawnBesideTheState_data()
{
    QTest::addColumn<int>("state");
    for (TcpState state : kAllStates)
        QTest::addRow("%s", std::string(stateToken(state)).c_str()) << int(state);
}

void TestTokenBoard::ghostsAreDrawnBesideTheState()
{
    QFETCH(int, state);
    const DiagramLayout layout(DiagramFonts::standard(), {});
    const QSize size = DiagramLayout::canvasSize().toSize();
    TokenBoard board;
    board.setAnimationDuration(0);
    board.setShownSource(TokenSource::Network);
    board.apply(tokenEvent(TokenSource::Network, QStringLiteral("A"), TcpState(state)));
    const QImage real = DiagramExporter::renderImage(size, layout, {DiagramTheme::Light, true, false}, &board);
    TokenEvent twin = tokenEvent(TokenSource::Network, QStringLiteral("twin A"), TcpState(state));
    twin.ghost = true;
    twin.label = QStringLiteral("sim A");
    board.apply(twin);
    const QImage withGhost = DiagramExporter::renderImage(size, layout, {DiagramTheme::Light, true, false}, &board);
    QRect bounds;
    for (int y = 0; y < size.height(); ++y) {
        for (int x = 0; x < size.width(); ++x) {
            if (real.pixel(x, y) != withGhost.pixel(x, y))
                bounds |= QRect(x, y, 1, 1);
        }
    }
    QVERIFY2(!bounds.isNull(), "the ghost is not drawn");
    // Beside the box, level with it: never over the box or the real token's chip below it.
    const QRectF box = layout.stateBox(TcpState(state));
    QVERIFY(!QRectF(bounds).intersects(box.adjusted(2, 2, -2, -2)));
    QVERIFY(bounds.top() < box.bottom() && bounds.bottom() > box.top());
    QVERIFY(QRect(QPoint(0, 0), size).contains(bounds));
    for (const ResetTag& tag : layout.tags())
        QVERIFY2(!QRectF(bounds).intersects(tag.rect), "the ghost covers an RST/ABORT tag");
    // Translucent: no pixel the ghost drew has the solid colour of a client token.
    const QColor client = paletteFor(DiagramTheme::Light).clientPath;
    int solidPixels = 0;
    for (int y = bounds.top(); y <= bounds.bottom(); ++y) {
        for (int x = bounds.left(); x <= bounds.right(); ++x)
            solidPixels += withGhost.pixel(x, y) != real.pixel(x, y) && QColor(withGhost.pixel(x, y)) == client;
    }
    QCOMPARE(solidPixels, 0);
}

void TestTokenBoard::chipsStayOnTheCanvas_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<bool>("localNames");
    for (TcpState state : kAllStates) {
        const std::string name(stateToken(state));
        QTest::addRow("%s", name.c_str()) << int(state) << false;
        QTest::addRow("%s translated", name.c_str()) << int(state) << true;
    }
}

void TestTokenBoard::chipsStayOnTheCanvas()
{
    QFETCH(int, state);
    QFETCH(bool, localNames);
    DiagramOptions options;
    options.showLocalNames = localNames;
    const DiagramLayout layout(DiagramFonts::standard(), options);
    const QRectF canvas(QPointF(0, 0), DiagramLayout::canvasSize());
    const QRectF box = layout.stateBox(TcpState(state));
    // Where the state's name (and its translation) is written: the box less its rim.
    const QRectF names = box.adjusted(4, 6, -4, -6);
    const std::vector<qreal> widths(std::size_t(TokenBoard::kMaxChipsPerState), 190.0);
    for (const QRectF& chip : layout.tokenChips(TcpState(state), widths)) {
        QVERIFY2(canvas.contains(chip), qPrintable(QStringLiteral("chip %1,%2 %3×%4 off the canvas")
                                                       .arg(chip.x()).arg(chip.y()).arg(chip.width()).arg(chip.height())));
        QVERIFY(!chip.intersects(names));
    }
}

namespace {
// The longest chip texts the sources write: the live lab's role and port in each language, the
// watch's two ports, and a counted chip of a flood.
QStringList longChipTexts()
{
    return {QStringLiteral("3  listening socket :65535"), QStringLiteral("3  lauschender Socket :65535"),
            QStringLiteral("3  监听套接字 :65535"), QStringLiteral("99  :65535 → :65535")};
}

// Piles of two or three of the longest chips (the German live lab's "3  lauschender Socket
// :65535", 196 units: wider than a box) for which no side of these boxes has room between the
// edge labels and tags around them; shorter chips (the watch's ports, English) find room.
// "STATE chips label|tag what".
const QSet<QString>& knownOverlaps()
{
    static const QSet<QString> known = {
        QStringLiteral("LISTEN 2 label rcv SYN"),           QStringLiteral("LISTEN 3 label rcv SYN"),
        QStringLiteral("LISTEN 2 label rcv RST"),           QStringLiteral("LISTEN 3 label rcv RST"),
        QStringLiteral("ESTABLISHED 2 label rcv FIN"),      QStringLiteral("ESTABLISHED 3 label rcv FIN"),
        QStringLiteral("ESTABLISHED 2 tag ESTABLISHED"),    QStringLiteral("ESTABLISHED 3 tag ESTABLISHED"),
        QStringLiteral("CLOSE_WAIT 2 label rcv ACK of FIN"), QStringLiteral("CLOSE_WAIT 3 label rcv ACK of FIN"),
        QStringLiteral("LAST_ACK 2 label CLOSE"),           QStringLiteral("LAST_ACK 3 label CLOSE"),
        QStringLiteral("LAST_ACK 2 tag CLOSING"),           QStringLiteral("LAST_ACK 3 tag CLOSING"),
        QStringLiteral("LAST_ACK 1 tag LAST_ACK"),          QStringLiteral("LAST_ACK 2 tag LAST_ACK"),
        QStringLiteral("LAST_ACK 3 tag LAST_ACK"),          QStringLiteral("LAST_ACK 0 tag LAST_ACK"),
        QStringLiteral("TIME_WAIT 3 tag TIME_WAIT"),         QStringLiteral("TIME_WAIT 3 label rcv FIN"),
        QStringLiteral("TIME_WAIT 3 label rcv ACK of FIN"),
    };
    return known;
}

std::string stateName(TcpState state) { return std::string(stateToken(state)); }

QString describe(const QRectF& r)
{
    return QStringLiteral("%1,%2 %3×%4").arg(r.x()).arg(r.y()).arg(r.width()).arg(r.height());
}
} // namespace

void TestTokenBoard::pilesKeepNamesAndLabelsClear_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("chips"); // 0: one counted chip
    QTest::addColumn<bool>("presentation");
    QTest::addColumn<QString>("language");
    for (TcpState state : kAllStates) {
        for (int chips = 0; chips <= TokenBoard::kMaxChipsPerState; ++chips) {
            for (const bool presentation : {false, true}) {
                for (const QString& language : Translations::available())
                    QTest::addRow("%s %s %s %s", stateName(state).c_str(),
                                  chips ? qPrintable(QString::number(chips)) : "counted",
                                  presentation ? "presentation" : "standard", qPrintable(language))
                        << int(state) << chips << presentation << language;
            }
        }
    }
}

void TestTokenBoard::pilesKeepNamesAndLabelsClear()
{
    // A pile (a few chips, or one counted chip) of the longest texts covers no state's name, no
    // edge label and no reset tag, and stays on the canvas. The overlaps the layout cannot avoid
    // are listed in knownOverlaps() with their reason: a new one fails.
    QFETCH(int, state);
    QFETCH(int, chips);
    QFETCH(bool, presentation);
    QFETCH(QString, language);
    QCOMPARE(Translations::install(language), language);
    DiagramOptions options;
    options.showLocalNames = language != QLatin1String("en");
    const DiagramLayout layout(presentation ? DiagramFonts::presentation() : DiagramFonts::standard(), options);
    const QRectF canvas(QPointF(0, 0), DiagramLayout::canvasSize());
    std::vector<std::vector<qreal>> piles;
    if (chips == 0) {
        TokenBoard::Pile pile;
        pile.state = TcpState(state);
        pile.count = 20000;
        piles.push_back({layout.chipWidth(DiagramPainter::countText(pile))});
    } else {
        for (const QString& text : longChipTexts())
            piles.emplace_back(std::size_t(chips), layout.chipWidth(text));
        piles.emplace_back(std::size_t(chips), layout.chipWidth(QStringLiteral("1  :80")));
    }
    for (const std::vector<qreal>& widths : piles) {
        const std::vector<QRectF> rects = layout.tokenChips(TcpState(state), widths);
        QCOMPARE(rects.size(), widths.size());
        for (std::size_t i = 0; i < rects.size(); ++i) {
            const QRectF& chip = rects[i];
            const QString at = describe(chip);
            QVERIFY2(canvas.contains(chip), qPrintable(at + QStringLiteral(" leaves the canvas")));
            for (TcpState other : kAllStates)
                QVERIFY2(!chip.intersects(layout.stateNameRect(other)),
                         qPrintable(at + QStringLiteral(" covers the name of ") + StateText::token(other)));
            const QString pileName = QStringLiteral("%1 %2").arg(StateText::token(TcpState(state))).arg(chips);
            for (const EdgeLabel& label : layout.labels()) {
                const QString what = pileName + QStringLiteral(" label ") + label.event;
                QVERIFY2(!chip.intersects(label.rect) || knownOverlaps().contains(what), qPrintable(at + QStringLiteral(": ") + what));
            }
            for (const ResetTag& tag : layout.tags()) {
                const QString what = pileName + QStringLiteral(" tag ") + StateText::token(tag.from);
                QVERIFY2(!chip.intersects(tag.rect) || knownOverlaps().contains(what), qPrintable(at + QStringLiteral(": ") + what));
            }
            for (std::size_t j = i + 1; j < rects.size(); ++j)
                QVERIFY(!chip.intersects(rects[j]));
        }
        // Beside its own box: touching it or a few units away.
        QVERIFY(rects.front().adjusted(-8, -8, 8, 8).intersects(layout.stateBox(TcpState(state))));
    }
}

void TestTokenBoard::glidingTokensNeverCoverAName_data()
{
    QTest::addColumn<int>("transition");
    QTest::addColumn<bool>("presentation");
    QTest::addColumn<QString>("language");
    const DiagramLayout layout(DiagramFonts::standard(), {});
    for (const EdgeGeometry& edge : layout.edges()) {
        for (const bool presentation : {false, true}) {
            for (const QString& language : {QStringLiteral("en"), QStringLiteral("de")})
                QTest::addRow("%s %s %s", transitions()[edge.transition].id.data(),
                              presentation ? "presentation" : "standard", qPrintable(language))
                    << int(edge.transition) << presentation << language;
        }
    }
}

void TestTokenBoard::glidingTokensNeverCoverAName()
{
    // Sampled all along its walk, a moving token's chip covers no state's name (it leaves its box
    // at the border and enters the next one there) and stays on the canvas.
    QFETCH(int, transition);
    QFETCH(bool, presentation);
    QFETCH(QString, language);
    QCOMPARE(Translations::install(language), language);
    DiagramOptions options;
    options.showLocalNames = language != QLatin1String("en");
    const DiagramLayout layout(presentation ? DiagramFonts::presentation() : DiagramFonts::standard(), options);
    const QRectF canvas(QPointF(0, 0), DiagramLayout::canvasSize());
    const Transition& edge = transitions()[std::size_t(transition)];
    QStringList texts = longChipTexts();
    texts << QStringLiteral("A") << QStringLiteral("sim A");
    for (const QString& text : std::as_const(texts)) {
        const QSizeF size(layout.chipWidth(text), DiagramLayout::kChipHeight);
        for (int step = 0; step <= 400; ++step) {
            const qreal t = step / 400.0;
            const QRectF chip = layout.glideChip(std::size_t(transition), t, size);
            const QString at = QStringLiteral("at %1: %2").arg(t).arg(describe(chip));
            QVERIFY2(canvas.contains(chip), qPrintable(at + QStringLiteral(" leaves the canvas")));
            for (TcpState state : kAllStates)
                QVERIFY2(!chip.intersects(layout.stateNameRect(state)),
                         qPrintable(at + QStringLiteral(" covers the name of ") + StateText::token(state)));
        }
        // It starts at the box it leaves and ends at the one it enters (or at its reset tag).
        const QRectF from = layout.stateBox(edge.from).adjusted(-size.width(), -size.height(), size.width(), size.height());
        QVERIFY(from.contains(layout.glideChip(std::size_t(transition), 0, size).center()));
        if (edge.kind == EdgeKind::Figure5) {
            const QRectF to = layout.stateBox(edge.to).adjusted(-size.width(), -size.height(), size.width(), size.height());
            QVERIFY(to.contains(layout.glideChip(std::size_t(transition), 1, size).center()));
        }
    }
}

QTEST_MAIN(TestTokenBoard)
#include "tst_tokenboard.moc"
