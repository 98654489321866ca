// Animated exports (lib/core/animation): the script a simulation makes, the frames, and what the
// GIF, WebP and HTML writers wrote, decoded again with giflib and libwebp.
#include "animation/animationexport.h"
#include "animation/animationframes.h"
#include "animation/animationscript.h"
#include "animation/gifencoder.h"
#include "animation/webpencoder.h"
#if TSL_HAVE_LIVE_LAB
#include "animation/wirescript.h"
#endif
#include "sim/simscenarios.h"
#include "sim/simulator.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <gif_lib.h>
#include <webp/decode.h>
#include <webp/demux.h>

#include <numeric>

using namespace tsl;

namespace {

AnimationScript scenarioScript(const char* name)
{
    sim::Simulator simulator;
    if (!sim::buildScenario(name, simulator))
        return {};
    return AnimationScript::fromSimulator(simulator, QString::fromLatin1(name));
}

// Small and quick: the tests check structure, the benchmark checks size and time.
AnimationOptions smallOptions()
{
    AnimationOptions options;
    options.size = QSize(640, 360);
    options.fps = 10;
    options.stepMs = 1000;
    return options;
}

struct DecodedGif {
    int width = 0;
    int height = 0;
    int frames = 0;
    int totalCs = 0;
    bool loops = false;
    std::vector<QRect> rects;
    std::vector<int> delaysCs;
};

DecodedGif decodeGif(const QString& path)
{
    DecodedGif out;
    int error = 0;
    GifFileType* gif = DGifOpenFileName(QFile::encodeName(path).constData(), &error);
    if (!gif)
        return out;
    if (DGifSlurp(gif) == GIF_OK) {
        out.width = gif->SWidth;
        out.height = gif->SHeight;
        out.frames = gif->ImageCount;
        for (int i = 0; i < gif->ImageCount; ++i) {
            const SavedImage& image = gif->SavedImages[i];
            out.rects.emplace_back(image.ImageDesc.Left, image.ImageDesc.Top, image.ImageDesc.Width, image.ImageDesc.Height);
            GraphicsControlBlock control;
            if (DGifSavedExtensionToGCB(gif, i, &control) == GIF_OK) {
                out.delaysCs.push_back(control.DelayTime);
                out.totalCs += control.DelayTime;
            }
            for (int e = 0; e < image.ExtensionBlockCount; ++e) {
                const ExtensionBlock& block = image.ExtensionBlocks[e];
                if (block.Function == APPLICATION_EXT_FUNC_CODE && block.ByteCount == 11
                    && std::memcmp(block.Bytes, "NETSCAPE2.0", 11) == 0)
                    out.loops = true;
            }
        }
    }
    DGifCloseFile(gif, &error);
    return out;
}

struct DecodedWebp {
    int width = 0;
    int height = 0;
    int loops = -1;
    std::vector<QImage> frames;
    std::vector<int> timestamps; // each frame's end, in ms
};

DecodedWebp decodeWebp(const QByteArray& bytes)
{
    DecodedWebp out;
    WebPData data{reinterpret_cast<const uint8_t*>(bytes.constData()), std::size_t(bytes.size())};
    WebPAnimDecoderOptions options;
    if (!WebPAnimDecoderOptionsInit(&options))
        return out;
    options.color_mode = MODE_RGBA;
    WebPAnimDecoder* decoder = WebPAnimDecoderNew(&data, &options);
    if (!decoder)
        return out;
    WebPAnimInfo info;
    if (WebPAnimDecoderGetInfo(decoder, &info)) {
        out.width = int(info.canvas_width);
        out.height = int(info.canvas_height);
        out.loops = int(info.loop_count);
        while (WebPAnimDecoderHasMoreFrames(decoder)) {
            uint8_t* pixels = nullptr;
            int timestamp = 0;
            if (!WebPAnimDecoderGetNext(decoder, &pixels, &timestamp))
                break;
            out.frames.push_back(QImage(pixels, out.width, out.height, QImage::Format_RGBA8888).copy());
            out.timestamps.push_back(timestamp);
        }
    }
    WebPAnimDecoderDelete(decoder);
    return out;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestAnimationExport : public QObject {
    Q_OBJECT

private slots:
    void scriptFollowsTheSimulation();
    void truncatedTraceIsTheSimulationAtThatStep_data();
    void truncatedTraceIsTheSimulationAtThatStep();
    void framesGlideThenHold();
    void gifDecodesWithItsFramesAndTiming();
    void gifEncoderMergesIdenticalFramesAndDiffers();
    void webpDecodesWithItsFramesAndTiming();
    void htmlPageEmbedsEveryStep();
    void fourteenStepsFitOnASlide();
    void badRequestsLeaveTheFileAlone_data();
    void badRequestsLeaveTheFileAlone();
    void cancelledExportWritesNothing();
    void wireSessionAnimatesRowByRow();

private:
    QTemporaryDir m_dir;
};

void TestAnimationExport::scriptFollowsTheSimulation()
{
    sim::Simulator simulator;
    QVERIFY(sim::buildScenario("three-way-handshake", simulator));
    simulator.jumpTo(2); // wherever the simulator stands, the script has every recorded step
    const AnimationScript script = AnimationScript::fromSimulator(simulator, QStringLiteral("three-way-handshake"));
    QCOMPARE(int(script.steps.size()), simulator.recordedSteps());
    QCOMPARE(script.title, QStringLiteral("Three-way handshake"));
    QCOMPARE(script.trace.rows, simulator.recordedSteps());
    QCOMPARE(script.start.size(), std::size_t(2));
    for (const TokenEvent& token : script.start)
        QCOMPARE(token.state, TcpState::Closed);
    // Step 1: B listens — B walks CLOSED -> LISTEN, and that edge is highlighted.
    const AnimationStep& listen = script.steps.front();
    QCOMPARE(listen.moves.size(), std::size_t(1));
    QCOMPARE(listen.moves.front().key, QStringLiteral("B"));
    QCOMPARE(listen.moves.front().state, TcpState::Listen);
    QCOMPARE(listen.moves.front().path.size(), std::size_t(1));
    QCOMPARE(listen.highlightedEdge, std::optional<std::size_t>(listen.moves.front().path.front()));
    QVERIFY(!listen.caption.isEmpty());
    QVERIFY(!listen.explanation.isEmpty());
    for (std::size_t i = 0; i < script.steps.size(); ++i)
        QCOMPARE(script.steps[i].ladderRows, int(i) + 1);
}

void TestAnimationExport::truncatedTraceIsTheSimulationAtThatStep_data()
{
    QTest::addColumn<QString>("scenario");
    for (const std::string& name : sim::scenarioNames()) {
        if (name != "resets-and-aborts") // 157 steps: the others cover every kind of arrow
            QTest::newRow(name.c_str()) << QString::fromStdString(name);
    }
}

void TestAnimationExport::truncatedTraceIsTheSimulationAtThatStep()
{
    QFETCH(QString, scenario);
    sim::Simulator simulator;
    QVERIFY(sim::buildScenario(scenario.toStdString(), simulator));
    simulator.jumpTo(simulator.recordedSteps());
    const LadderTrace whole = LadderTrace::fromSimulator(simulator);
    for (int step = 0; step <= simulator.recordedSteps(); ++step) {
        sim::Simulator at = simulator;
        at.jumpTo(step);
        const LadderTrace expected = LadderTrace::fromSimulator(at);
        const LadderTrace cut = truncatedTrace(whole, step);
        QCOMPARE(cut.rows, expected.rows);
        QCOMPARE(cut.arrows.size(), expected.arrows.size());
        for (std::size_t i = 0; i < cut.arrows.size(); ++i) {
            QCOMPARE(cut.arrows[i].row, expected.arrows[i].row);
            QCOMPARE(int(cut.arrows[i].end), int(expected.arrows[i].end));
            QCOMPARE(cut.arrows[i].endRow, expected.arrows[i].endRow);
            QCOMPARE(int(cut.arrows[i].shape), int(expected.arrows[i].shape));
        }
        QCOMPARE(cut.states.size(), expected.states.size());
        QCOMPARE(cut.timers.size(), expected.timers.size());
    }
}

void TestAnimationExport::framesGlideThenHold()
{
    const AnimationScript script = scenarioScript("three-way-handshake");
    const AnimationOptions options = smallOptions();
    const AnimationFrames frames(script, options);
    std::vector<AnimationFrame> all;
    QVERIFY(frames.render([&](const AnimationFrame& f) {
        all.push_back(f);
        return true;
    }));
    QCOMPARE(int(all.size()), frames.frameCount());
    QCOMPARE(frames.groupCount(), int(script.steps.size()) + 1);
    // Every step lasts --step-ms; the last one rests a step longer before the loop starts again.
    const int total = std::accumulate(all.begin(), all.end(), 0, [](int sum, const AnimationFrame& f) { return sum + f.durationMs; });
    QCOMPARE(total, (frames.groupCount() + 1) * options.stepMs);
    const int glideFrames = int(std::lround(frames.glideMs() * options.fps / 1000.0));
    int groupStart = 0;
    for (int group = 0; group < frames.groupCount(); ++group) {
        int end = groupStart;
        while (!all[std::size_t(end)].last)
            ++end;
        for (int i = groupStart; i <= end; ++i) {
            QCOMPARE(all[std::size_t(i)].step, group);
            QCOMPARE(all[std::size_t(i)].image.size(), options.size);
        }
        const bool moves = group > 0 && !script.steps[std::size_t(group - 1)].moves.empty();
        QCOMPARE(end - groupStart + 1, moves ? glideFrames + 1 : 1);
        if (moves) {
            // The tokens glide: each frame of the glide differs from the one before...
            for (int i = groupStart + 1; i <= end; ++i)
                QVERIFY2(all[std::size_t(i)].image != all[std::size_t(i - 1)].image, qPrintable(QString::number(i)));
            // ...and the step ends with them at rest, as its resting picture shows.
            QCOMPARE(all[std::size_t(end)].image, frames.restingFrame(group));
        }
        groupStart = end + 1;
    }
    QCOMPARE(groupStart, int(all.size()));
    // The same script and options give the same frames.
    std::vector<QImage> again;
    frames.render([&](const AnimationFrame& f) {
        again.push_back(f.image);
        return true;
    });
    QCOMPARE(again.size(), all.size());
    QCOMPARE(again[5], all[5].image);
}

void TestAnimationExport::gifDecodesWithItsFramesAndTiming()
{
    const AnimationScript script = scenarioScript("three-way-handshake");
    const AnimationOptions options = smallOptions();
    const QString path = m_dir.filePath(QStringLiteral("handshake.gif"));
    QCOMPARE(AnimationExporter::exportToFile(path, script, options), QString());
    const DecodedGif gif = decodeGif(path);
    QCOMPARE(gif.width, options.size.width());
    QCOMPARE(gif.height, options.size.height());
    QVERIFY(gif.loops);
    const AnimationFrames frames(script, options);
    // Frames that change nothing merge; every other one is there.
    QVERIFY2(gif.frames > frames.groupCount() && gif.frames <= frames.frameCount(), qPrintable(QString::number(gif.frames)));
    QCOMPARE(gif.totalCs, (frames.groupCount() + 1) * options.stepMs / 10);
    QCOMPARE(gif.rects.front(), QRect(QPoint(0, 0), options.size));
    // A glide's frames hold only what changed: a token's small rectangle, not the picture.
    int small = 0;
    for (const QRect& rect : gif.rects)
        small += rect.width() * rect.height() < options.size.width() * options.size.height() / 20 ? 1 : 0;
    QVERIFY2(small >= gif.frames / 2, qPrintable(QString::number(small)));
}

void TestAnimationExport::gifEncoderMergesIdenticalFramesAndDiffers()
{
    QImage white(QSize(64, 32), QImage::Format_RGB32);
    white.fill(Qt::white);
    QImage dot = white;
    {
        QPainter painter(&dot);
        painter.fillRect(QRect(10, 8, 4, 3), QColor(200, 30, 30));
    }
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    GifEncoder gif(&buffer);
    QVERIFY(gif.begin(white.size(), {white, dot}));
    QVERIFY(gif.addFrame(white, 100));
    QVERIFY(gif.addFrame(white, 150)); // the same: merges into the first
    QVERIFY(gif.addFrame(dot, 200));
    QVERIFY(gif.finish());
    const QString path = m_dir.filePath(QStringLiteral("dot.gif"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(buffer.data());
    file.close();
    const DecodedGif decoded = decodeGif(path);
    QCOMPARE(decoded.frames, 2);
    QCOMPARE(decoded.delaysCs, (std::vector<int>{25, 20}));
    QCOMPARE(decoded.rects.at(1), QRect(10, 8, 4, 3));
    // And the colour survives the palette.
    QImage back;
    QVERIFY(back.load(path));
    QCOMPARE(back.pixelColor(0, 0), QColor(Qt::white));
}

void TestAnimationExport::webpDecodesWithItsFramesAndTiming()
{
    const AnimationScript script = scenarioScript("active-close");
    const AnimationOptions options = smallOptions();
    const QString path = m_dir.filePath(QStringLiteral("close.webp"));
    QCOMPARE(AnimationExporter::exportToFile(path, script, options), QString());
    const DecodedWebp webp = decodeWebp(readAll(path));
    QCOMPARE(webp.width, options.size.width());
    QCOMPARE(webp.height, options.size.height());
    QCOMPARE(webp.loops, 0); // forever
    const AnimationFrames frames(script, options);
    QVERIFY2(int(webp.frames.size()) > frames.groupCount() && int(webp.frames.size()) <= frames.frameCount(),
             qPrintable(QString::number(webp.frames.size())));
    QCOMPARE(webp.timestamps.back(), (frames.groupCount() + 1) * options.stepMs);
    // Lossless: the first frame is the start, pixel for pixel; and the tokens move.
    const QImage first = frames.restingFrame(0).convertToFormat(QImage::Format_RGBA8888);
    QCOMPARE(webp.frames.front(), first);
    int differing = 0;
    for (std::size_t i = 1; i < webp.frames.size(); ++i)
        differing += webp.frames[i] != webp.frames[i - 1] ? 1 : 0;
    QCOMPARE(differing, int(webp.frames.size()) - 1);
    QCOMPARE(webp.frames.back(), frames.restingFrame(frames.groupCount() - 1).convertToFormat(QImage::Format_RGBA8888));
}

void TestAnimationExport::htmlPageEmbedsEveryStep()
{
    AnimationScript script = scenarioScript("connect-refused");
    script.steps.front().caption = QStringLiteral("<b>&</b>"); // text, never markup
    const AnimationOptions options = smallOptions();
    const QString path = m_dir.filePath(QStringLiteral("refused.html"));
    QCOMPARE(AnimationExporter::exportToFile(path, script, options), QString());
    const QString page = QString::fromUtf8(readAll(path));
    QVERIFY(page.startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY(page.contains(QLatin1String("<html lang=\"en\">")));
    QVERIFY(page.contains(QLatin1String("&lt;b&gt;&amp;&lt;/b&gt;")));
    QVERIFY(!page.contains(QLatin1String("<b>&</b>")));
    QVERIFY(page.contains(QLatin1String("id=\"tsl-forward\"")));
    QVERIFY(!page.contains(QLatin1String("src=\"http"))); // self-contained
    // A list entry per step and the start; a still (and a glide where tokens move) for each.
    QCOMPARE(page.count(QLatin1String("<li><button")), int(script.steps.size()) + 1);
    const QRegularExpression still(QStringLiteral("\"still\":\"data:image/webp;base64,([A-Za-z0-9+/=]+)\""));
    int stills = 0;
    for (auto it = still.globalMatch(page); it.hasNext(); ++stills) {
        const QByteArray webp = QByteArray::fromBase64(it.next().captured(1).toLatin1());
        int w = 0;
        int h = 0;
        QVERIFY(WebPGetInfo(reinterpret_cast<const uint8_t*>(webp.constData()), std::size_t(webp.size()), &w, &h));
        QCOMPARE(QSize(w, h), options.size);
    }
    QCOMPARE(stills, int(script.steps.size()) + 1);
    int moving = 0;
    for (const AnimationStep& step : script.steps)
        moving += step.moves.empty() ? 0 : 1;
    QCOMPARE(int(page.count(QLatin1String("\"glide\":\"data:image/webp;base64,"))), moving);
}

void TestAnimationExport::fourteenStepsFitOnASlide()
{
    // The slide promise: a 14-step scenario at 1280x720 is at most 3 MB as a GIF.
    const AnimationScript script = scenarioScript("lost-fin");
    QCOMPARE(script.steps.size(), std::size_t(14));
    const QString path = m_dir.filePath(QStringLiteral("lost-fin.gif"));
    QCOMPARE(AnimationExporter::exportToFile(path, script, AnimationOptions{}), QString());
    QVERIFY2(QFile(path).size() <= 3 * 1024 * 1024, qPrintable(QString::number(QFile(path).size())));
    QCOMPARE(decodeGif(path).width, 1280);
}

void TestAnimationExport::badRequestsLeaveTheFileAlone_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("fps");
    QTest::addColumn<int>("stepMs");
    QTest::addColumn<QString>("message");
    QTest::newRow("extension") << "x.mp4" << QSize(640, 360) << 10 << 1000 << "unknown file type; use .gif, .webp or .html";
    QTest::newRow("narrow") << "x.gif" << QSize(100, 360) << 10 << 1000 << "width must be from 640 to 3840";
    QTest::newRow("flat") << "x.webp" << QSize(640, 20) << 10 << 1000 << "height must be from 360 to 2160";
    QTest::newRow("fast") << "x.gif" << QSize(640, 360) << 60 << 1000 << "frame rate must be from 1 to 50";
    QTest::newRow("short step") << "x.html" << QSize(640, 360) << 10 << 10 << "step must last from 300 to 60000";
}

void TestAnimationExport::badRequestsLeaveTheFileAlone()
{
    QFETCH(QString, file);
    QFETCH(QSize, size);
    QFETCH(int, fps);
    QFETCH(int, stepMs);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(file);
    {
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("keep me");
    }
    AnimationOptions options;
    options.size = size;
    options.fps = fps;
    options.stepMs = stepMs;
    const QString error = AnimationExporter::exportToFile(path, scenarioScript("abort"), options);
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(readAll(path), QByteArray("keep me"));
    QCOMPARE(AnimationExporter::exportToFile(QStringLiteral("/proc/no-such-dir/x.gif"), scenarioScript("abort"), smallOptions())
                 .startsWith(QLatin1String("Cannot write \"/proc/no-such-dir/x.gif\"")),
             true);
}

void TestAnimationExport::cancelledExportWritesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("cancelled.gif"));
    int calls = 0;
    const QString error = AnimationExporter::exportToFile(path, scenarioScript("active-close"), smallOptions(),
                                                          [&](int done, int total) {
                                                              ++calls;
                                                              return done < total / 2;
                                                          });
    QCOMPARE(error, AnimationExporter::cancelledMessage());
    QVERIFY(calls > 1);
    QVERIFY(!QFile::exists(path));
}

void TestAnimationExport::wireSessionAnimatesRowByRow()
{
#if TSL_HAVE_LIVE_LAB
    // A recorded session: B listens (row 1), A connects (row 2), a poll finds both established.
    const auto call = [](std::uint64_t step, const char* side, const char* name) {
        NetRunEvent event;
        event.kind = NetRunEvent::Kind::Call;
        event.step = step;
        event.side = side;
        event.call = name;
        return event;
    };
    const auto state = [](std::uint64_t step, const char* side, const char* socket, TcpState from, TcpState to) {
        NetRunEvent event;
        event.kind = NetRunEvent::Kind::State;
        event.step = step;
        event.side = side;
        event.socket = socket;
        event.from = from;
        event.to = to;
        return event;
    };
    const std::vector<NetRunEvent> events{
        call(1, "B", "listen"),
        state(1, "B", "listener", TcpState::Closed, TcpState::Listen),
        call(2, "A", "connect"),
        state(2, "A", "connection", TcpState::Closed, TcpState::SynSent),
        state(3, "A", "connection", TcpState::SynSent, TcpState::Established),
        state(3, "B", "connection", TcpState::Listen, TcpState::SynReceived),
    };
    WireLadder ladder;
    for (const NetRunEvent& event : events)
        ladder.add(event);
    const AnimationScript script = WireScript::fromSession(events, ladder, QString());
    QCOMPARE(script.source, TokenSource::Network);
    QCOMPARE(script.title, QStringLiteral("Wire session"));
    QCOMPARE(int(script.steps.size()), ladder.rows());
    QCOMPARE(script.steps.size(), std::size_t(3));
    QCOMPARE(script.steps[0].moves.size(), std::size_t(1));
    QCOMPARE(script.steps[0].moves[0].key, QStringLiteral("B listener"));
    QCOMPARE(script.steps[0].moves[0].path.size(), std::size_t(1)); // CLOSED -> LISTEN is an edge
    QVERIFY(script.steps[1].caption.startsWith(QLatin1String("A: ")));
    QCOMPARE(script.steps[2].moves.size(), std::size_t(2));
    for (std::size_t i = 0; i < script.steps.size(); ++i)
        QCOMPARE(script.steps[i].ladderRows, int(i) + 1);
    // The same frames as a simulation's: tokens glide where the session's states changed.
    const AnimationFrames frames(script, smallOptions());
    int count = 0;
    QVERIFY(frames.render([&](const AnimationFrame&) { return ++count > 0; }));
    QCOMPARE(count, frames.frameCount());
    QVERIFY(count > 3 * 2);
    QVERIFY(frames.restingFrame(0) != frames.restingFrame(3));
#else
    QSKIP("The private network (and so the Wire panel) is Linux only.");
#endif
}

QTEST_MAIN(TestAnimationExport)
#include "tst_animationexport.moc"
