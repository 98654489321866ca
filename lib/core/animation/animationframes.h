#pragma once
// Turns an AnimationScript into frames: the state diagram with its tokens on the left, the
// ladder on the right, the step's caption and explanation above them. Each step is a frame
// group: the tokens glide along their edges (frames at --fps), then the picture holds for the
// rest of the step. Deterministic: the token board runs on a manual clock, so the same script
// and options give the same frames. QtGui only (QPainter on QImage), no display needed.

#include "animation/animationscript.h"
#include "diagram/diagramlayout.h"
#include "diagram/diagramtheme.h"

#include <QCoreApplication>
#include <QImage>
#include <QSize>

#include <functional>
#include <memory>

namespace tsl {

struct AnimationOptions {
    DiagramTheme theme = DiagramTheme::Light;
    QSize size{1280, 720};
    int fps = 12;       // frames per second while tokens glide
    int stepMs = 2000;  // one step, glide and hold
    static constexpr int kMinFps = 1;
    static constexpr int kMaxFps = 50; // GIF delays are centiseconds; browsers slow anything faster
    static constexpr int kMinStepMs = 300;
    static constexpr int kMaxStepMs = 60000;
    static constexpr int kMinWidth = 640;
    static constexpr int kMaxWidth = 3840;
    static constexpr int kMinHeight = 360;
    static constexpr int kMaxHeight = 2160;
};

struct AnimationFrame {
    QImage image;       // Format_RGB32, AnimationOptions::size
    int durationMs = 0; // how long it stays
    int step = 0;       // 0: the start; k: the k-th step of the script
    bool last = false;  // the last frame of its step
};

class AnimationFrames {
    Q_DECLARE_TR_FUNCTIONS(AnimationFrames)

public:
    AnimationFrames(const AnimationScript& script, const AnimationOptions& options);
    ~AnimationFrames();
    AnimationFrames(const AnimationFrames&) = delete;
    AnimationFrames& operator=(const AnimationFrames&) = delete;

    // Frame groups: the start and one per step.
    int groupCount() const { return int(m_script.steps.size()) + 1; }
    // How many frames render() produces (for progress bars).
    int frameCount() const;
    // The glide's length within a step: half of it, at most a second.
    int glideMs() const;
    // Renders every frame in order; stops when `sink` returns false (cancelled) and returns false.
    bool render(const std::function<bool(const AnimationFrame&)>& sink) const;
    // The picture once group `group` is over (tokens at rest): palettes and thumbnails.
    QImage restingFrame(int group) const;

private:
    struct Geometry;
    QImage background(int group) const;          // header, diagram without tokens, ladder
    void paintTokens(QImage& image, const TokenBoard& board) const;
    int framesInGlide() const;

    const AnimationScript& m_script;
    AnimationOptions m_options;
    DiagramLayout m_layout;
    std::unique_ptr<Geometry> m_geometry;
};

} // namespace tsl
