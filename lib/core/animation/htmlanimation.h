#pragma once
// An HTML page for a course site: one self-contained file (no folder beside it to lose when it
// is uploaded), every step's picture embedded as a WebP data URI — the tokens' glide as a short
// animated WebP played once when the step is entered forwards, the resting picture for jumps
// and steps back — with the step's caption and explanation as real text, and a step control
// (first, back, play, forward, last, a slider, the arrow keys). It is fed frame by frame, as the
// encoders are.

#include "animation/animationframes.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <vector>

namespace tsl {

class HtmlAnimation {
    Q_DECLARE_TR_FUNCTIONS(HtmlAnimation)

public:
    HtmlAnimation(const AnimationScript& script, const AnimationOptions& options);
    bool addFrame(const AnimationFrame& frame);
    // The page; empty on failure (errorString()).
    QByteArray finish();
    QString errorString() const { return m_error; }

private:
    struct Group {
        QByteArray glide; // animated WebP, played once; empty when nothing moves
        QByteArray still; // WebP of the resting picture
    };
    bool closeGroup();

    const AnimationScript& m_script;
    AnimationOptions m_options;
    std::vector<Group> m_groups;
    std::vector<AnimationFrame> m_current; // the frames of the group being fed
    QString m_error;
};

} // namespace tsl
