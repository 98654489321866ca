#include "animationframes.h"

#include "diagram/diagrampainter.h"
#include "i18n/translations.h"
#include "ladder/ladderpainter.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace tsl {

namespace {

constexpr qreal kLadderShare = 0.36;   // of the frame's width
constexpr qreal kMinLadderScale = 0.7; // below this the ladder's 14 px labels blur: it scrolls instead
constexpr int kFadeNeverMs = 1 << 29;  // an export keeps tokens on CLOSED: they are the story's end

// The diagram's fonts in an animation: presentation-sized edge labels, and tags and chips a
// little larger than on screen, since the whole diagram shrinks to about half its canvas.
DiagramFonts animationFonts()
{
    DiagramFonts fonts = DiagramFonts::presentation();
    fonts.tag.setPixelSize(16);
    fonts.subtitle.setPixelSize(15);
    return fonts;
}

// The RST and ABORT tags only where the story takes one of those edges: at half the canvas'
// size they are small print that crowds the boxes.
DiagramOptions animationOptions(const AnimationScript& script)
{
    DiagramOptions options;
    options.showLocalNames = Translations::current() != QLatin1String("en");
    const DiagramLayout all(animationFonts(), options);
    bool walksReset = false;
    for (const ResetTag& tag : all.tags()) {
        for (const AnimationStep& step : script.steps) {
            for (const TokenEvent& move : step.moves) {
                walksReset = walksReset || std::any_of(move.path.begin(), move.path.end(), [&](std::size_t edge) {
                    return tag.transitions.contains(edge);
                });
            }
        }
    }
    options.showResetEdges = walksReset;
    return options;
}

QFont headerFont(int pixels, bool bold)
{
    QFont font;
    font.setFamilies({QStringLiteral("Noto Sans"), QStringLiteral("DejaVu Sans"), QStringLiteral("Noto Sans CJK SC")});
    font.setPixelSize(std::max(8, pixels));
    font.setBold(bold);
    return font;
}

// Up to `maxLines` lines of `text` wrapped into `width`, the last elided.
QStringList wrapped(const QString& text, const QFont& font, qreal width, int maxLines)
{
    QStringList lines;
    QTextLayout layout(text, font);
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            const QString rest = text.mid(line.textStart()).simplified();
            lines << QFontMetricsF(font).elidedText(rest, Qt::ElideRight, width);
            break;
        }
        lines << text.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

int longestWalk(const AnimationStep& step)
{
    std::size_t longest = 0;
    for (const TokenEvent& move : step.moves)
        longest = std::max(longest, move.path.size());
    return int(longest);
}

} // namespace

struct AnimationFrames::Geometry {
    qreal margin = 0;
    QRectF header;
    QRectF diagram;
    QRectF ladder;          // the panel on the frame
    qreal ladderScale = 1;  // canvas to frame
    qreal ladderWidth = LadderLayout::kMinWidth; // the canvas width the ladder is laid out for
    QFont title;
    QFont explanation;
    int explanationLines = 2;
};

AnimationFrames::AnimationFrames(const AnimationScript& script, const AnimationOptions& options)
    : m_script(script), m_options(options), m_layout(animationFonts(), animationOptions(script)),
      m_geometry(std::make_unique<Geometry>())
{
    Geometry& g = *m_geometry;
    const QSizeF size(options.size);
    g.margin = std::round(size.height() / 60);
    g.title = headerFont(int(std::lround(size.height() / 31)), true);
    g.explanation = headerFont(int(std::lround(size.height() / 44)), false);
    const qreal headerHeight =
        QFontMetricsF(g.title).height() + g.explanationLines * QFontMetricsF(g.explanation).lineSpacing() + g.margin;
    g.header = QRectF(g.margin, g.margin * 0.75, size.width() - 2 * g.margin, headerHeight);
    const qreal bodyTop = g.header.bottom() + g.margin * 0.5;
    const qreal bodyHeight = size.height() - bodyTop - g.margin;
    const qreal ladderPanel = std::round(size.width() * kLadderShare);
    g.ladder = QRectF(size.width() - g.margin - ladderPanel, bodyTop, ladderPanel, bodyHeight);
    g.diagram = QRectF(g.margin, bodyTop, g.ladder.left() - 2 * g.margin, bodyHeight);

    // The ladder as large as the panel's height allows for the whole run, but never smaller
    // than kMinLadderScale: a long run scrolls so the current row stays in view.
    const qreal fullHeight = LadderLayout(m_script.trace, LadderOptions{}).canvasSize().height();
    g.ladderScale = std::clamp(bodyHeight / fullHeight, kMinLadderScale, 1.0);
    g.ladderScale = std::min(g.ladderScale, ladderPanel / LadderLayout::kMinWidth);
    g.ladderWidth = std::max(LadderLayout::kMinWidth, ladderPanel / g.ladderScale);
}

AnimationFrames::~AnimationFrames() = default;

int AnimationFrames::glideMs() const { return std::min(1000, m_options.stepMs / 2); }

int AnimationFrames::framesInGlide() const
{
    return std::max(1, int(std::lround(glideMs() * m_options.fps / 1000.0)));
}

int AnimationFrames::frameCount() const
{
    int frames = 1;
    for (const AnimationStep& step : m_script.steps)
        frames += step.moves.empty() || longestWalk(step) == 0 ? 1 : framesInGlide() + 1;
    return frames;
}

QImage AnimationFrames::background(int group) const
{
    const Geometry& g = *m_geometry;
    const DiagramPalette palette = paletteFor(m_options.theme);
    QImage image(m_options.size, QImage::Format_RGB32);
    image.fill(palette.background);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    // The header: the run's title and where we are, then what happened and why.
    const int steps = int(m_script.steps.size());
    const AnimationStep* step = group > 0 ? &m_script.steps[std::size_t(group - 1)] : nullptr;
    const QString position = group == 0 ? tr("Start") : tr("Step %1 of %2").arg(group).arg(steps);
    const QFontMetricsF titleMetrics(g.title);
    const qreal positionWidth = titleMetrics.horizontalAdvance(position);
    QRectF titleLine(g.header.left(), g.header.top(), g.header.width(), titleMetrics.height());
    painter.setFont(g.title);
    painter.setPen(palette.boxText);
    painter.drawText(titleLine, Qt::AlignRight | Qt::AlignVCenter, position);
    const QString heading = step ? QStringLiteral("%1  ·  %2").arg(m_script.title, step->caption) : m_script.title;
    painter.drawText(titleLine.adjusted(0, 0, -positionWidth - g.margin * 2, 0), Qt::AlignLeft | Qt::AlignVCenter,
                     titleMetrics.elidedText(heading, Qt::ElideRight, titleLine.width() - positionWidth - g.margin * 2));
    const QString explanation = step ? step->explanation : m_script.description;
    painter.setFont(g.explanation);
    painter.setPen(palette.subtitleText);
    const qreal lineSpacing = QFontMetricsF(g.explanation).lineSpacing();
    qreal y = titleLine.bottom();
    for (const QString& line : wrapped(explanation, g.explanation, g.header.width(), g.explanationLines)) {
        painter.drawText(QRectF(g.header.left(), y, g.header.width(), lineSpacing), Qt::AlignLeft | Qt::AlignVCenter, line);
        y += lineSpacing;
    }
    painter.setPen(QPen(palette.edge, 1));
    painter.drawLine(QPointF(g.margin, g.diagram.top() - g.margin * 0.25), QPointF(m_options.size.width() - g.margin, g.diagram.top() - g.margin * 0.25));

    // The diagram without its tokens; the step's edge highlighted.
    TokenBoard highlights;
    highlights.setHighlightedEdge(step ? step->highlightedEdge : std::nullopt);
    DiagramStyle style;
    style.theme = m_options.theme;
    DiagramPainter(m_layout, style).paintDiagram(painter, g.diagram, &highlights);

    // The ladder so far, at the run's scale, scrolled to keep the newest row in view.
    LadderOptions ladderOptions;
    ladderOptions.width = g.ladderWidth;
    const int rows = step ? step->ladderRows : 0;
    const LadderLayout ladder(truncatedTrace(m_script.trace, rows), ladderOptions);
    const QSizeF canvas = ladder.canvasSize() * g.ladderScale;
    const qreal scroll = std::max(0.0, canvas.height() - g.ladder.height());
    painter.save();
    painter.setClipRect(g.ladder);
    LadderPainter(ladder, m_options.theme).paint(painter, QRectF(QPointF(g.ladder.left(), g.ladder.top() - scroll), canvas));
    painter.restore();
    painter.setPen(QPen(palette.edge, 1));
    painter.drawLine(QPointF(g.ladder.left() - g.margin / 2, g.ladder.top()), QPointF(g.ladder.left() - g.margin / 2, g.ladder.bottom()));
    return image;
}

void AnimationFrames::paintTokens(QImage& image, const TokenBoard& board) const
{
    QPainter painter(&image);
    DiagramStyle style;
    style.theme = m_options.theme;
    DiagramPainter(m_layout, style).paintTokensOnly(painter, m_geometry->diagram, &board);
}

bool AnimationFrames::render(const std::function<bool(const AnimationFrame&)>& sink) const
{
    TokenBoard board;
    board.useManualClock();
    board.setFadeTimes(kFadeNeverMs, 1);
    board.setShownSource(m_script.source);
    board.apply(m_script.start);

    const int groups = groupCount();
    const auto emitFrame = [&](const QImage& backdrop, int durationMs, int group, bool last) {
        AnimationFrame frame;
        frame.image = backdrop;
        paintTokens(frame.image, board);
        // The loop rests on the last picture before it starts again.
        frame.durationMs = durationMs + (last && group == groups - 1 ? m_options.stepMs : 0);
        frame.step = group;
        frame.last = last;
        return sink(frame);
    };

    if (!emitFrame(background(0), m_options.stepMs, 0, true))
        return false;
    const int glide = glideMs();
    const int glideFrames = framesInGlide();
    for (int group = 1; group < groups; ++group) {
        const AnimationStep& step = m_script.steps[std::size_t(group - 1)];
        const int walk = longestWalk(step);
        board.setAnimationDuration(walk > 0 ? glide / walk : 0);
        board.apply(step.moves);
        const QImage backdrop = background(group);
        if (walk == 0) {
            if (!emitFrame(backdrop, m_options.stepMs, group, true))
                return false;
            continue;
        }
        int shown = 0;
        for (int i = 0; i < glideFrames; ++i) {
            const int next = int(std::lround(qreal(i + 1) * glide / glideFrames));
            if (!emitFrame(backdrop, next - shown, group, false))
                return false;
            board.advance(next - shown);
            shown = next;
        }
        // Rounding may leave the last edge a few milliseconds short of its end.
        for (int guard = 0; board.isAnimating() && guard <= walk; ++guard)
            board.advance(std::max(1, glide / walk));
        if (!emitFrame(backdrop, m_options.stepMs - glide, group, true))
            return false;
    }
    return true;
}

QImage AnimationFrames::restingFrame(int group) const
{
    group = std::clamp(group, 0, groupCount() - 1);
    TokenBoard board;
    board.useManualClock();
    board.setFadeTimes(kFadeNeverMs, 1);
    board.setShownSource(m_script.source);
    board.setAnimationDuration(0);
    board.apply(m_script.start);
    for (int k = 0; k < group; ++k)
        board.apply(m_script.steps[std::size_t(k)].moves);
    QImage image = background(group);
    paintTokens(image, board);
    return image;
}

} // namespace tsl
