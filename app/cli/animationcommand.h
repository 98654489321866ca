#pragma once
// `tcpstatelab export-animation SCENARIO FILE`: a simulator scenario as a GIF, an animated WebP
// or an HTML page (lib/core/animation). It paints, so it runs in the window program, as
// export-diagram does.

#include <QCoreApplication>
#include <QStringList>

namespace tsl {

class AnimationCommand {
    Q_DECLARE_TR_FUNCTIONS(AnimationCommand)

public:
    static int run(const QStringList& arguments);
};

} // namespace tsl
