#include "diagram/diagramexport.h"
#include "diagram/diagramlayout.h"
#include "diagram/diagrampainter.h"
#include "diagram/tokenboard.h"
#include "model/transitiontable.h"
#include "text/statetext.h"

#include <QImage>

#include <map>
#include <QTest>
#include <QTransform>

using namespace tsl;

namespace {

const QSize kSize = DiagramLayout::canvasSize().toSize(); // the canvas at scale 1

QImage render(const TokenBoard& scene, DiagramTheme theme = DiagramTheme::Light,
              bool paths = true)
{
    const DiagramLayout layout(DiagramFonts::standard(), {});
    return DiagramExporter::renderImage(kSize, layout, {theme, paths}, &scene);
}

// The bounding box of the pixels that differ between two images, or null if none.
QRect differingPixels(const QImage& a, const QImage& b, int* count = nullptr)
{
    QRect bounds;
    int n = 0;
    for (int y = 0; y < a.height(); ++y) {
        const auto* la = reinterpret_cast<const QRgb*>(a.constScanLine(y));
        const auto* lb = reinterpret_cast<const QRgb*>(b.constScanLine(y));
        for (int x = 0; x < a.width(); ++x) {
            if (la[x] != lb[x]) {
                bounds |= QRect(x, y, 1, 1);
                ++n;
            }
        }
    }
    if (count)
        *count = n;
    return bounds;
}

} // namespace

class TestDiagramPainter : public QObject {
    Q_OBJECT

private slots:
    void highlightChangesOnlyItsBox_data();
    void highlightChangesOnlyItsBox();
    void edgeHighlightStaysNearTheEdge();
    void darkThemeIsDark();
    void printThemeIsBlackOnWhiteWithoutFills();
    void pathsSwitchChangesEdges();
    void tokensAreDrawnOnTheirState();
    void tokensTakeTheirRolesColour();
    void manyTokensBecomeOneCountedChip();
    void tokensOnEveryStateStayReadable_data();
    void tokensOnEveryStateStayReadable();
};

void TestDiagramPainter::highlightChangesOnlyItsBox_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("theme");
    for (TcpState s : kAllStates) {
        for (DiagramTheme t : {DiagramTheme::Light, DiagramTheme::Dark, DiagramTheme::Print})
            QTest::addRow("%s %s", stateToken(s).data(), qPrintable(themeToken(t))) << int(s) << int(t);
    }
}

void TestDiagramPainter::highlightChangesOnlyItsBox()
{
    QFETCH(int, state);
    QFETCH(int, theme);
    TokenBoard plain;
    TokenBoard lit;
    lit.setHighlightedStates({TcpState(state)});
    int changed = 0;
    const QRect diff = differingPixels(render(plain, DiagramTheme(theme)), render(lit, DiagramTheme(theme)), &changed);
    QVERIFY(changed > 200); // the highlight is visible
    const DiagramLayout layout(DiagramFonts::standard(), {});
    const QRectF box = DiagramLayout::canvasToDevice(QRectF(QPoint(), kSize)).mapRect(layout.stateBox(TcpState(state)));
    const QRect allowed = box.adjusted(-4, -4, 4, 4).toAlignedRect();
    QVERIFY2(allowed.contains(diff), qPrintable(QString("changed %1,%2 %3x%4 outside the box")
                                                    .arg(diff.x()).arg(diff.y()).arg(diff.width()).arg(diff.height())));
}

void TestDiagramPainter::edgeHighlightStaysNearTheEdge()
{
    const std::size_t index = *transitionIndex("estab-rcv-fin");
    TokenBoard plain;
    TokenBoard lit;
    lit.setHighlightedEdge(index);
    const QRect diff = differingPixels(render(plain), render(lit));
    QVERIFY(!diff.isNull());
    const DiagramLayout layout(DiagramFonts::standard(), {});
    const EdgeGeometry* edge = layout.edgeFor(index);
    const QRectF expected = edge->route.boundingRect().united(layout.labels()[std::size_t(edge->label)].rect);
    QVERIFY(expected.adjusted(-10, -10, 10, 10).toAlignedRect().contains(diff));
}

void TestDiagramPainter::darkThemeIsDark()
{
    TokenBoard scene;
    const QImage light = render(scene, DiagramTheme::Light);
    const QImage dark = render(scene, DiagramTheme::Dark);
    QVERIFY(qGray(light.pixel(5, 5)) > 240);
    QVERIFY(qGray(dark.pixel(5, 5)) < 50);
    // Box text is light on dark: the centre row of the CLOSED box has bright pixels.
    const DiagramLayout layout(DiagramFonts::standard(), {});
    const QRect box = layout.stateBox(TcpState::Closed).toAlignedRect();
    int bright = 0;
    for (int x = box.left() + 10; x < box.right() - 10; ++x)
        bright += qGray(dark.pixel(x, box.center().y())) > 200 ? 1 : 0;
    QVERIFY(bright > 10);
}

void TestDiagramPainter::printThemeIsBlackOnWhiteWithoutFills()
{
    TokenBoard scene;
    scene.setHighlightedStates({TcpState::Established});
    scene.setHighlightedEdge(transitionIndex("estab-close"));
    const QImage print = render(scene, DiagramTheme::Print);
    for (int y = 0; y < print.height(); y += 3) {
        for (int x = 0; x < print.width(); x += 3) {
            const QColor c = print.pixelColor(x, y);
            QVERIFY2(std::abs(c.red() - c.green()) <= 2 && std::abs(c.green() - c.blue()) <= 2,
                     qPrintable(QString("colour at %1,%2").arg(x).arg(y)));
        }
    }
    // No fills: a point inside a box, away from its text, stays white; the light theme fills it.
    const DiagramLayout layout(DiagramFonts::standard(), {});
    const QPoint inside = layout.stateBox(TcpState::Listen).topLeft().toPoint() + QPoint(14, 8);
    QCOMPARE(print.pixelColor(inside), QColor(Qt::white));
    QVERIFY(render(TokenBoard(), DiagramTheme::Light).pixelColor(inside) != QColor(Qt::white));
}

void TestDiagramPainter::pathsSwitchChangesEdges()
{
    TokenBoard scene;
    QVERIFY(render(scene, DiagramTheme::Light, true) != render(scene, DiagramTheme::Light, false));
}

void TestDiagramPainter::tokensAreDrawnOnTheirState()
{
    TokenBoard plain;
    TokenBoard withToken;
    TokenEvent event;
    event.key = "c";
    event.label = "client :52910";
    event.state = TcpState::SynSent;
    withToken.apply(event);
    const QRect diff = differingPixels(render(plain), render(withToken));
    const DiagramLayout layout(DiagramFonts::standard(), {});
    const QRectF chip = layout.tokenChips(TcpState::SynSent, {layout.chipWidth(withToken.piles().front().tokens.front()->text())})[0];
    QVERIFY(!diff.isNull());
    QVERIFY(chip.adjusted(-2, -2, 2, 2).toAlignedRect().contains(diff));
    // Beside the box: touching it or a few pixels away.
    QVERIFY(chip.adjusted(-8, -8, 8, 8).intersects(layout.stateBox(TcpState::SynSent)));
}

void TestDiagramPainter::tokensTakeTheirRolesColour()
{
    // The legend's colours: a client token shows the client path's, a server token the server's.
    const DiagramPalette palette = paletteFor(DiagramTheme::Light);
    for (PathRole role : {PathRole::Client, PathRole::Server}) {
        TokenBoard board;
        board.setAnimationDuration(0);
        TokenEvent event;
        event.key = "1";
        event.role = role;
        event.state = TcpState::TimeWait;
        board.apply(event);
        const QImage image = render(board);
        const DiagramLayout layout(DiagramFonts::standard(), {});
        const QRectF chip = layout.tokenChips(TcpState::TimeWait, {layout.chipWidth(board.piles().front().tokens.front()->text())})[0];
        const QColor wanted = role == PathRole::Client ? palette.clientPath : palette.serverPath;
        const QPoint inside = chip.toAlignedRect().topLeft() + QPoint(8, int(chip.height() / 2));
        const QColor seen = image.pixelColor(inside);
        QVERIFY2(std::abs(seen.red() - wanted.red()) < 12 && std::abs(seen.green() - wanted.green()) < 12
                     && std::abs(seen.blue() - wanted.blue()) < 12,
                 qPrintable(seen.name() + " vs " + wanted.name()));
    }
}

void TestDiagramPainter::manyTokensBecomeOneCountedChip()
{
    TokenBoard few;
    TokenBoard many;
    few.setAnimationDuration(0);
    many.setAnimationDuration(0);
    for (int i = 0; i < 40; ++i) {
        TokenEvent event;
        event.key = QString::number(i);
        event.label = QStringLiteral("client :%1").arg(50000 + i);
        event.state = TcpState::TimeWait;
        many.apply(event);
        if (i == 0)
            few.apply(event);
    }
    QCOMPARE(DiagramPainter::countText(many.piles().front()), QStringLiteral("TIME_WAIT × 40"));
    // 40 tokens take no more room than one: a single chip, not a column running off the canvas.
    const QRect oneDiff = differingPixels(render(TokenBoard()), render(few));
    const QRect manyDiff = differingPixels(render(TokenBoard()), render(many));
    QVERIFY(!manyDiff.isNull());
    QVERIFY(manyDiff.height() <= oneDiff.height() + 4);
}

void TestDiagramPainter::tokensOnEveryStateStayReadable_data()
{
    QTest::addColumn<int>("perState");
    QTest::addColumn<bool>("presentation");
    QTest::addColumn<QSize>("size");
    for (int perState : {1, TokenBoard::kMaxChipsPerState, 40}) {
        for (const bool presentation : {false, true}) {
            for (const QSize size : {QSize(1024, 768), QSize(1600, 1000), DiagramExporter::resolvedSize({})})
                QTest::addRow("%d per state, %s, %dx%d", perState, presentation ? "presentation" : "standard",
                              size.width(), size.height())
                    << perState << presentation << size;
        }
    }
}

void TestDiagramPainter::tokensOnEveryStateStayReadable()
{
    // Every state holds tokens (and a ghost): what tokens draw lands only in their chips' rects,
    // so the names and labels the layout keeps clear of them stay as they were. TSL_TOKEN_SHOTS=dir
    // keeps the images for a look.
    QFETCH(int, perState);
    QFETCH(bool, presentation);
    QFETCH(QSize, size);
    const DiagramLayout layout(presentation ? DiagramFonts::presentation() : DiagramFonts::standard(), {});
    TokenBoard board;
    board.setAnimationDuration(0);
    int key = 0;
    for (TcpState state : kAllStates) {
        for (int i = 0; i < perState; ++i) {
            TokenEvent event;
            event.key = QString::number(++key);
            event.role = i % 2 ? PathRole::Server : PathRole::Client;
            event.label = QStringLiteral("%1 :%2").arg(i % 2 ? u"server" : u"client").arg(50000 + key);
            event.state = state;
            board.apply(event);
        }
        TokenEvent ghost;
        ghost.key = QStringLiteral("twin ") + StateText::token(state);
        ghost.label = QStringLiteral("sim A");
        ghost.ghost = true;
        ghost.state = state;
        board.apply(ghost);
    }
    const DiagramStyle style{DiagramTheme::Light, true, presentation};
    const QImage plain = DiagramExporter::renderImage(size, layout, style, nullptr);
    const QImage image = DiagramExporter::renderImage(size, layout, style, &board);
    if (const QByteArray dir = qgetenv("TSL_TOKEN_SHOTS"); !dir.isEmpty())
        image.save(QStringLiteral("%1/tokens-%2-%3-%4x%5.png").arg(QString::fromLocal8Bit(dir)).arg(perState)
                       .arg(presentation ? u"presentation" : u"standard").arg(size.width()).arg(size.height()));
    const QTransform toDevice = DiagramLayout::canvasToDevice(QRectF(QPointF(), QSizeF(size)));
    QList<QRect> allowed;
    std::map<TcpState, std::vector<QRectF>> piles;
    for (const TokenBoard::Pile& pile : board.piles()) {
        std::vector<qreal> widths;
        if (pile.aggregated())
            widths.push_back(layout.chipWidth(DiagramPainter::countText(pile)));
        for (const auto* t : pile.tokens)
            widths.push_back(layout.chipWidth(t->text()));
        piles[pile.state] = layout.tokenChips(pile.state, widths);
        for (const QRectF& chip : piles[pile.state])
            allowed << toDevice.mapRect(chip).adjusted(-2, -2, 2, 2).toAlignedRect();
    }
    for (const TokenBoard::Pile& pile : board.ghostPiles()) {
        std::vector<qreal> widths;
        for (const auto* t : pile.tokens)
            widths.push_back(layout.chipWidth(t->text()));
        for (const QRectF& chip : layout.ghostChips(pile.state, widths, piles[pile.state])) {
            allowed << toDevice.mapRect(chip).adjusted(-2, -2, 2, 2).toAlignedRect();
            for (const QRectF& token : piles[pile.state])
                QVERIFY2(!chip.intersects(token), "a ghost covers its state's pile");
        }
    }
    int stray = 0;
    QRect strayBounds;
    for (int y = 0; y < size.height(); ++y) {
        for (int x = 0; x < size.width(); ++x) {
            if (plain.pixel(x, y) == image.pixel(x, y))
                continue;
            if (std::none_of(allowed.begin(), allowed.end(), [&](const QRect& r) { return r.contains(x, y); })) {
                ++stray;
                strayBounds |= QRect(x, y, 1, 1);
            }
        }
    }
    QVERIFY2(stray == 0, qPrintable(QStringLiteral("%1 pixels drawn outside the chips, within %2,%3 %4x%5")
                                        .arg(stray).arg(strayBounds.x()).arg(strayBounds.y())
                                        .arg(strayBounds.width()).arg(strayBounds.height())));
}

QTEST_MAIN(TestDiagramPainter)
#include "tst_diagrampainter.moc"
