#include "diagram/diagramlayout.h"
#include "i18n/translations.h"
#include "text/statetext.h"
#include "model/transitiontable.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLineF>
#include <QTest>
#include <QTransform>

using namespace tsl;

namespace {

struct Item {
    QString name;
    QRectF rect;
};

// Every box, label and tag, named for failure messages.
QList<Item> items(const DiagramLayout& layout)
{
    QList<Item> out;
    for (TcpState s : kAllStates)
        out << Item{QStringLiteral("box ") + StateText::token(s), layout.stateBox(s)};
    for (const EdgeGeometry& edge : layout.edges()) {
        if (edge.label >= 0) {
            out << Item{QStringLiteral("label ") + QLatin1String(transitions()[edge.transition].id.data()),
                        layout.labels()[std::size_t(edge.label)].rect};
        }
    }
    for (const ResetTag& tag : layout.tags())
        out << Item{QStringLiteral("tag of ") + StateText::token(tag.from), tag.rect};
    return out;
}

bool segmentCrossesRect(QLineF segment, const QRectF& rect)
{
    if (rect.contains(segment.p1()) || rect.contains(segment.p2()))
        return true;
    const QLineF sides[] = {{rect.topLeft(), rect.topRight()}, {rect.topRight(), rect.bottomRight()},
                            {rect.bottomRight(), rect.bottomLeft()}, {rect.bottomLeft(), rect.topLeft()}};
    for (const QLineF& side : sides) {
        if (segment.intersects(side, nullptr) == QLineF::BoundedIntersection)
            return true;
    }
    return false;
}

qreal distanceToBorder(QPointF p, const QRectF& r)
{
    if (!r.adjusted(-1, -1, 1, 1).contains(p))
        return 1e9;
    return std::min({std::abs(p.x() - r.left()), std::abs(p.x() - r.right()),
                     std::abs(p.y() - r.top()), std::abs(p.y() - r.bottom())});
}

} // namespace

class TestDiagramLayout : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { Translations::install(QStringLiteral("en")); }
    void noOverlaps_data();
    void noOverlaps();
    void edgesStartAndEndOnBorders();
    void linesAvoidLabelsAndForeignBoxes_data();
    void linesAvoidLabelsAndForeignBoxes();
    void everyTransitionIsDrawn();
    void resetEdgesCanBeHidden();
    void readableOnAProjector();
    void presentationLabelsReadableFromTheBack();
    void tokensOnOneStateDoNotOverlap();
    void hitTesting();
    void pointAlongEdge();
};

void TestDiagramLayout::noOverlaps_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("presentation");
    for (const bool presentation : {false, true}) {
        for (const QString& language : Translations::available()) {
            for (const QSize size : {QSize(1024, 768), QSize(1920, 1080), QSize(3840, 2160)})
                QTest::addRow("%s %s %dx%d", presentation ? "presentation" : "standard",
                              qPrintable(language), size.width(), size.height())
                    << language << size << presentation;
        }
    }
}

void TestDiagramLayout::noOverlaps()
{
    QFETCH(QString, language);
    QFETCH(QSize, size);
    QFETCH(bool, presentation);
    QCOMPARE(Translations::install(language), language);
    DiagramOptions options;
    options.showLocalNames = language != QLatin1String("en");
    const DiagramLayout layout(presentation ? DiagramFonts::presentation() : DiagramFonts::standard(), options);
    const QTransform toDevice = DiagramLayout::canvasToDevice(QRectF(QPointF(), QSizeF(size)));

    const QList<Item> all = items(layout);
    const QRectF device(QPointF(0, 0), QSizeF(size));
    for (const Item& item : all) {
        const QRectF mapped = toDevice.mapRect(item.rect);
        QVERIFY2(device.contains(mapped), qPrintable(item.name + " leaves the canvas"));
    }
    for (qsizetype i = 0; i < all.size(); ++i) {
        for (qsizetype j = i + 1; j < all.size(); ++j) {
            const QRectF a = toDevice.mapRect(all[i].rect);
            const QRectF b = toDevice.mapRect(all[j].rect);
            QVERIFY2(!a.intersects(b), qPrintable(all[i].name + " overlaps " + all[j].name));
        }
    }
    // Box text fits its box in every language.
    const QFontMetricsF boxMetrics(layout.fonts().box);
    const QFontMetricsF subMetrics(layout.fonts().subtitle);
    for (TcpState s : kAllStates) {
        const qreal width = layout.stateBox(s).width() - 8;
        QVERIFY2(boxMetrics.horizontalAdvance(StateText::token(s)) <= width, stateToken(s).data());
        if (options.showLocalNames) {
            QVERIFY2(subMetrics.horizontalAdvance(StateText::displayName(s)) <= width,
                     qPrintable(StateText::displayName(s)));
            QVERIFY(boxMetrics.height() + subMetrics.height() <= layout.stateBox(s).height());
        }
    }
}

void TestDiagramLayout::presentationLabelsReadableFromTheBack()
{
    // Issue 11: in presentation mode at 1024x768 (full screen, a status bar of ~40 px) edge
    // labels are at least 14 px tall.
    const QTransform t = DiagramLayout::canvasToDevice(QRectF(0, 0, 1024, 768 - 40));
    const DiagramFonts fonts = DiagramFonts::presentation();
    QVERIFY2(fonts.label.pixelSize() * t.m11() >= 14, qPrintable(QString::number(fonts.label.pixelSize() * t.m11())));
    QVERIFY(DiagramLayout::labelLineHeight(fonts.label) * t.m11() >= 14);
    QVERIFY(fonts.label.pixelSize() > DiagramFonts::standard().label.pixelSize());
}

void TestDiagramLayout::edgesStartAndEndOnBorders()
{
    const DiagramLayout layout(DiagramFonts::standard(), {});
    for (const EdgeGeometry& edge : layout.edges()) {
        const Transition& t = transitions()[edge.transition];
        QVERIFY(edge.route.size() >= 2);
        QVERIFY2(distanceToBorder(edge.route.first(), layout.stateBox(t.from)) < 1.0, t.id.data());
        const QRectF target = edge.tag >= 0 ? layout.tags()[std::size_t(edge.tag)].rect
                                            : layout.stateBox(t.to);
        QVERIFY2(distanceToBorder(edge.route.last(), target) < 1.0, t.id.data());
    }
}

void TestDiagramLayout::linesAvoidLabelsAndForeignBoxes_data()
{
    QTest::addColumn<bool>("presentation");
    QTest::addRow("standard fonts") << false;
    QTest::addRow("presentation fonts") << true;
}

void TestDiagramLayout::linesAvoidLabelsAndForeignBoxes()
{
    QFETCH(bool, presentation);
    const DiagramLayout layout(presentation ? DiagramFonts::presentation() : DiagramFonts::standard(), {});
    for (const EdgeGeometry& edge : layout.edges()) {
        const Transition& t = transitions()[edge.transition];
        for (qsizetype i = 1; i < edge.route.size(); ++i) {
            const QLineF segment(edge.route[i - 1], edge.route[i]);
            for (const EdgeLabel& label : layout.labels()) {
                QVERIFY2(!segmentCrossesRect(segment, label.rect.adjusted(1, 1, -1, -1)),
                         qPrintable(QStringLiteral("%1 crosses label %2").arg(QLatin1String(t.id), label.event)));
            }
            for (TcpState s : kAllStates) {
                if (s == t.from || (s == t.to && edge.tag < 0))
                    continue;
                QVERIFY2(!segmentCrossesRect(segment, layout.stateBox(s)),
                         qPrintable(QStringLiteral("%1 crosses box %2").arg(QLatin1String(t.id), StateText::token(s))));
            }
        }
    }
}

void TestDiagramLayout::everyTransitionIsDrawn()
{
    const DiagramLayout layout(DiagramFonts::standard(), {});
    for (std::size_t i = 0; i < transitions().size(); ++i) {
        const EdgeGeometry* edge = layout.edgeFor(i);
        QVERIFY2(edge, transitions()[i].id.data());
        // Labelled either by its own event/action label or by a reset tag that lists it.
        if (edge->label >= 0) {
            const EdgeLabel& label = layout.labels()[std::size_t(edge->label)];
            QCOMPARE(label.event, QString::fromLatin1(transitions()[i].event.data()));
        } else {
            QVERIFY(edge->tag >= 0);
            QVERIFY(layout.tags()[std::size_t(edge->tag)].transitions.contains(i));
        }
    }
}

void TestDiagramLayout::resetEdgesCanBeHidden()
{
    DiagramOptions options;
    options.showResetEdges = false;
    const DiagramLayout layout(DiagramFonts::standard(), options);
    QVERIFY(layout.tags().empty());
    for (std::size_t i = 0; i < transitions().size(); ++i)
        QCOMPARE(layout.edgeFor(i) != nullptr, transitions()[i].kind == EdgeKind::Figure5);
}

void TestDiagramLayout::readableOnAProjector()
{
    // At 1024x768 the smallest text must still be at least 10 device pixels high.
    const QTransform t = DiagramLayout::canvasToDevice(QRectF(0, 0, 1024, 768));
    const DiagramFonts fonts = DiagramFonts::standard();
    QVERIFY(fonts.tag.pixelSize() * t.m11() >= 9.5);
    QVERIFY(fonts.label.pixelSize() * t.m11() >= 10.5);
    QVERIFY(fonts.box.pixelSize() * t.m11() >= 14);
}

void TestDiagramLayout::tokensOnOneStateDoNotOverlap()
{
    const DiagramLayout layout(DiagramFonts::standard(), {});
    const std::vector<qreal> widths = {120, 140, 90, 160, 110};
    const auto chips = layout.tokenChips(TcpState::Established, widths);
    QCOMPARE(chips.size(), widths.size());
    for (std::size_t i = 0; i < chips.size(); ++i) {
        QCOMPARE(chips[i].width(), widths[i]);
        QVERIFY(chips[i].intersects(layout.stateBox(TcpState::Established)) || i > 0);
        for (std::size_t j = i + 1; j < chips.size(); ++j)
            QVERIFY(!chips[i].intersects(chips[j]));
    }
}

void TestDiagramLayout::hitTesting()
{
    const DiagramLayout layout(DiagramFonts::standard(), {});
    for (TcpState s : kAllStates)
        QCOMPARE(layout.stateAt(layout.stateBox(s).center()), std::optional<TcpState>(s));
    QVERIFY(!layout.stateAt(QPointF(-10, -10)));
    const auto handshake = transitionIndex("listen-rcv-syn");
    const EdgeGeometry* edge = layout.edgeFor(*handshake);
    QCOMPARE(layout.transitionAt(layout.labels()[std::size_t(edge->label)].rect.center()), handshake);
    const QPointF onLine = (edge->route[0] + edge->route[1]) / 2;
    QCOMPARE(layout.transitionAt(onLine), handshake);
}

void TestDiagramLayout::pointAlongEdge()
{
    const DiagramLayout layout(DiagramFonts::standard(), {});
    const auto index = *transitionIndex("timewait-timeout");
    const EdgeGeometry* edge = layout.edgeFor(index);
    QCOMPARE(layout.pointAlongEdge(index, 0), edge->route.first());
    QCOMPARE(layout.pointAlongEdge(index, 1), edge->route.last());
    QCOMPARE(layout.pointAlongEdge(index, 2), edge->route.last()); // clamped
    // Halfway by length lies on the route, not on the straight line between the ends.
    const QPointF mid = layout.pointAlongEdge(index, 0.5);
    bool onRoute = false;
    for (qsizetype i = 1; i < edge->route.size(); ++i) {
        const QLineF seg(edge->route[i - 1], edge->route[i]);
        const QLineF toMid(seg.p1(), mid);
        onRoute = onRoute || (std::abs(toMid.length() + QLineF(mid, seg.p2()).length() - seg.length()) < 0.01);
    }
    QVERIFY(onRoute);
}

QTEST_MAIN(TestDiagramLayout)
#include "tst_diagramlayout.moc"
