#include "diagram/diagramexport.h"
#include "diagram/diagramlayout.h"
#include "diagram/diagrampainter.h"
#include "diagram/diagramscene.h"
#include "model/transitiontable.h"

#include <QImage>
#include <QTest>
#include <QTransform>

using namespace tsl;

namespace {

const QSize kSize = DiagramLayout::canvasSize().toSize(); // the canvas at scale 1

QImage render(const DiagramScene& scene, DiagramTheme theme = DiagramTheme::Light,
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
    DiagramScene plain;
    DiagramScene lit;
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
    DiagramScene plain;
    DiagramScene lit;
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
    DiagramScene scene;
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
    DiagramScene scene;
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
    QVERIFY(render(DiagramScene(), DiagramTheme::Light).pixelColor(inside) != QColor(Qt::white));
}

void TestDiagramPainter::pathsSwitchChangesEdges()
{
    DiagramScene scene;
    QVERIFY(render(scene, DiagramTheme::Light, true) != render(scene, DiagramTheme::Light, false));
}

void TestDiagramPainter::tokensAreDrawnOnTheirState()
{
    DiagramScene plain;
    DiagramScene withToken;
    withToken.placeToken("c", "client :52910", QColor("#2e7d32"), TcpState::SynSent);
    const QRect diff = differingPixels(render(plain), render(withToken));
    const DiagramLayout layout(DiagramFonts::standard(), {});
    const QRectF box = layout.stateBox(TcpState::SynSent);
    QVERIFY(!diff.isNull());
    QVERIFY(diff.intersects(box.toAlignedRect()));
    QVERIFY(std::abs(diff.center().x() - box.center().x()) < 4);
}

QTEST_MAIN(TestDiagramPainter)
#include "tst_diagrampainter.moc"
