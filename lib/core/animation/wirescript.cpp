#include "wirescript.h"

#include "controllers/wirelab.h"

#include <map>

namespace tsl {

AnimationScript WireScript::fromSession(const std::vector<NetRunEvent>& events, const WireLadder& ladder, const QString& title)
{
    AnimationScript script;
    script.source = TokenSource::Network;
    script.title = title.isEmpty() ? tr("Wire session") : title;
    script.description = tr("Two real TCP stacks in a private network, every segment held on the wire.");
    script.trace = ladder.trace();

    std::map<int, std::vector<const NetRunEvent*>> byRow;
    for (const NetRunEvent& event : events) {
        if (const auto row = ladder.rowOfStep(event.step))
            byRow[*row].push_back(&event);
    }
    for (int row = 1; row <= ladder.rows(); ++row) {
        AnimationStep step;
        step.ladderRows = row;
        const QStringList text = ladder.rowText(row).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QStringList explanation = text.mid(1);
        for (const NetRunEvent* event : byRow[row]) {
            if (event->kind == NetRunEvent::Kind::Segment || event->kind == NetRunEvent::Kind::State)
                explanation << WireLab::eventText(*event);
            if (auto token = WireLab::tokenEvent(*event)) {
                if (!token->path.empty())
                    step.highlightedEdge = token->path.back();
                step.moves.push_back(std::move(*token));
            }
        }
        step.caption = text.isEmpty() ? (explanation.isEmpty() ? tr("Row %1").arg(row) : explanation.takeFirst()) : text.first();
        step.explanation = explanation.join(QStringLiteral(" · "));
        script.steps.push_back(std::move(step));
    }
    return script;
}

} // namespace tsl
