// The ladder diagram's layout: no label or badge covers another, for every scenario at three
// widths and with a title; spoofed SYNs come from the "?" host; SYNs a full queue throws away are
// drawn as discarded; a handout's title in the user's language.
#include "i18n/translations.h"
#include "ladder/ladderexport.h"
#include "ladder/ladderpainter.h"
#include "sim/craftedsegment.h"
#include "sim/simscenarios.h"
#include "text/simtext.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <optional>

using namespace tsl;
using namespace tsl::sim;

namespace {
// The text an SVG file shows, or nothing if it is not well-formed XML.
std::optional<QString> svgCharacters(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    QXmlStreamReader xml(&file);
    QString text;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters())
            text += xml.text().toString();
    }
    if (xml.hasError())
        return std::nullopt;
    return text;
}
} // namespace

class TestLadder : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { Translations::install(QStringLiteral("en")); }
    void nothingOverlaps_data();
    void nothingOverlaps();
    void spoofedSynsComeFromTheUnknownHost();
    void synsDroppedByAFullQueueAreDrawnDiscarded();
    void labelsUseTheOneSegmentLabel();
    void craftedSegmentsAreDrawn();
    void exportCarriesATitle();
    void ladderExportsDecode();
};

void TestLadder::nothingOverlaps_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<qreal>("width");
    QTest::addColumn<bool>("titled");
    for (const std::string& name : scenarioNames()) {
        for (qreal width : {qreal(LadderLayout::kMinWidth), qreal(720), qreal(1200)})
            QTest::addRow("%s at %d", name.c_str(), int(width)) << QString::fromStdString(name) << width << false;
        QTest::addRow("%s titled", name.c_str()) << QString::fromStdString(name) << qreal(720) << true;
    }
}

void TestLadder::nothingOverlaps()
{
    QFETCH(QString, scenario);
    QFETCH(qreal, width);
    QFETCH(bool, titled);
    Simulator s;
    QVERIFY(buildScenario(scenario.toStdString(), s));
    LadderOptions options;
    options.width = width;
    if (titled) {
        options.title = SimText::scenarioTitle(scenario);
        options.description = SimText::scenarioDescription(scenario);
    }
    // Every prefix of the scenario: segments in flight are drawn differently from delivered ones.
    for (int step = 0; step <= s.recordedSteps(); ++step) {
        s.jumpTo(step);
        const LadderLayout layout(s, options);
        const std::vector<QRectF> rects = layout.textRects();
        for (std::size_t i = 0; i < rects.size(); ++i) {
            QVERIFY(QRectF(QPointF(0, 0), layout.canvasSize()).contains(rects[i]));
            if (titled)
                QVERIFY(!rects[i].intersects(layout.descriptionRect()));
            for (std::size_t j = i + 1; j < rects.size(); ++j) {
                if (rects[i].intersects(rects[j])) {
                    QFAIL(qPrintable(QStringLiteral("step %1: (%2,%3 %4x%5) and (%6,%7 %8x%9) overlap")
                                         .arg(step)
                                         .arg(rects[i].x()).arg(rects[i].y()).arg(rects[i].width()).arg(rects[i].height())
                                         .arg(rects[j].x()).arg(rects[j].y()).arg(rects[j].width()).arg(rects[j].height())));
                }
            }
        }
    }
}

void TestLadder::spoofedSynsComeFromTheUnknownHost()
{
    Simulator s;
    QVERIFY(buildScenario("syn-flood", s));
    const LadderLayout layout(s);
    int fromHost = 0;
    for (const LadderLayout::Arrow& a : layout.arrows()) {
        if (!a.segment.spoofed || a.segment.from != Side::A)
            continue;
        ++fromHost;
        QCOMPARE(a.line.p1().x(), layout.spoofedHostX());
        QCOMPARE(a.line.p2().x(), layout.timelineX(Side::B));
        QVERIFY(a.text.contains(QLatin1String("SYN")));
    }
    QCOMPARE(fromHost, 6); // every flood step has its arrow: no blank rows
}

void TestLadder::synsDroppedByAFullQueueAreDrawnDiscarded()
{
    Simulator s;
    QVERIFY(buildScenario("syn-flood", s));
    const LadderLayout layout(s);
    int discardedFromA = 0;
    int deliveredSynFromA = 0;
    for (const LadderLayout::Arrow& a : layout.arrows()) {
        if (a.segment.spoofed || a.segment.from != Side::A || !a.segment.syn)
            continue;
        QVERIFY(a.discarded != a.delivered);
        a.discarded ? ++discardedFromA : ++deliveredSynFromA;
    }
    QCOMPARE(discardedFromA, 2);    // the first SYN and its first retransmission
    QCOMPARE(deliveredSynFromA, 1); // the one a cookie answers
}

void TestLadder::labelsUseTheOneSegmentLabel()
{
    Simulator s;
    QVERIFY(buildScenario("half-close", s));
    const LadderLayout layout(s);
    for (const LadderLayout::Arrow& a : layout.arrows()) {
        QVERIFY(!a.segment.spoofed);
        QCOMPARE(a.text, QString::fromStdString(segmentLabel(a.segment)));
        QVERIFY(SimText::segmentText(a.segment).endsWith(a.text));
    }
}

void TestLadder::craftedSegmentsAreDrawn()
{
    Simulator s;
    QVERIFY(buildScenario("three-way-handshake", s));
    SegmentDraft draft;
    draft.to = Side::B;
    draft.syn = true;
    draft.ack = false;
    s.apply(craftSegment(s.state(), draft)); // a SYN in ESTABLISHED: B sends a challenge ACK
    const LadderLayout layout(s);
    const auto crafted = std::find_if(layout.arrows().begin(), layout.arrows().end(),
                                      [](const LadderLayout::Arrow& a) { return a.crafted; });
    QVERIFY(crafted != layout.arrows().end());
    QCOMPARE(crafted->line.p2(), QPointF(layout.timelineX(Side::B), layout.rowY(s.currentStep())));
    QVERIFY(crafted->text.contains(QLatin1String("SYN seq=1001")));
    const auto answer = std::find_if(layout.arrows().begin(), layout.arrows().end(), [&](const LadderLayout::Arrow& a) {
        return a.segment.sentAtStep == s.currentStep() && a.segment.from == Side::B;
    });
    QVERIFY(answer != layout.arrows().end() && answer->segment.ack && !answer->segment.syn);
    for (const QRectF& r : layout.textRects())
        QVERIFY(r == crafted->label || !r.intersects(crafted->label));
}

void TestLadder::exportCarriesATitle()
{
    QTemporaryDir dir;
    Simulator s;
    QVERIFY(buildScenario("lost-fin", s));
    QCOMPARE(Translations::install(QStringLiteral("de")), QStringLiteral("de"));
    LadderOptions options;
    options.title = SimText::scenarioTitle(QStringLiteral("lost-fin"));
    options.description = SimText::scenarioDescription(QStringLiteral("lost-fin"));
    QVERIFY(options.title != QLatin1String("Lost FIN"));
    const QString svg = dir.filePath("ladder.svg");
    QCOMPARE(LadderExporter::exportToFile(svg, s, DiagramTheme::Print, 0, options), QString());
    const auto text = svgCharacters(svg);
    QVERIFY(text);
    QVERIFY2(text->contains(options.title), qPrintable(text->left(300)));
    QVERIFY(text->contains(options.description.left(12)));
}

void TestLadder::ladderExportsDecode()
{
    QTemporaryDir dir;
    Simulator s;
    QVERIFY(buildScenario("three-way-handshake", s));
    const QString png = dir.filePath("ladder.png");
    QCOMPARE(LadderExporter::exportToFile(png, s, DiagramTheme::Light, 900), QString());
    QImage image;
    QVERIFY(image.load(png));
    QCOMPARE(image.width(), 900);
    const QString svg = dir.filePath("ladder.svg");
    QCOMPARE(LadderExporter::exportToFile(svg, s, DiagramTheme::Print), QString());
    const auto text = svgCharacters(svg);
    QVERIFY(text);
    for (const char* expected : {"SYN_SENT", "SYN_RECEIVED", "ESTABLISHED", "seq=1000", "ack=1001"})
        QVERIFY2(text->contains(QLatin1String(expected)), expected);
    const QString pdf = dir.filePath("ladder.pdf");
    QCOMPARE(LadderExporter::exportToFile(pdf, s, DiagramTheme::Dark), QString());
    QFile pdfFile(pdf);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.readAll().startsWith("%PDF-"));
    QVERIFY(!LadderExporter::exportToFile(dir.filePath("x.gif"), s, DiagramTheme::Light).isEmpty());
}

QTEST_MAIN(TestLadder)
#include "tst_ladder.moc"
