#include "exercise/exercisetext.h"

#include "model/transitiontable.h"
#include "text/statetext.h"

#include <QStringList>

namespace tsl::exercise {

namespace {

QString nameOf(Side side) { return QString::fromLatin1(sim::sideName(side)); }

QString eventText(const Transition& edge) { return QString::fromLatin1(edge.event.data(), qsizetype(edge.event.size())); }

} // namespace

QString ExerciseText::question(const Question& question, const QString& cause)
{
    const QString what = question.ask == Ask::State
                             ? tr("Which state will %1 be in afterwards?").arg(nameOf(question.side))
                             : tr("Which segment will %1 send?").arg(nameOf(question.side));
    if (cause.isEmpty())
        return tr("Step %1: %2").arg(question.step).arg(what);
    return tr("Step %1 · %2 — %3").arg(question.step).arg(cause, what);
}

QString ExerciseText::segment(const std::optional<SegmentShape>& shape, bool numbered)
{
    if (!shape)
        return tr("sends nothing");
    sim::Segment s;
    s.syn = shape->syn;
    s.ack = shape->ack;
    s.fin = shape->fin;
    s.rst = shape->rst;
    const QString flags = QString::fromStdString(s.flags());
    if (!numbered)
        return shape->len ? tr("%1 with data").arg(flags) : flags;
    QString text = QStringLiteral("%1 seq=%2").arg(flags).arg(shape->seq);
    if (shape->ack)
        text += QStringLiteral(" ack=%1").arg(shape->ackNo);
    if (shape->len)
        text += QStringLiteral(" len=%1").arg(shape->len);
    return text;
}

QString ExerciseText::choice(const Question& question, const Choice& choice)
{
    if (question.ask == Ask::State)
        return StateText::heading(choice.state);
    return segment(choice.segment, question.level == Level::Advanced);
}

QString ExerciseText::why(const Verdict& verdict)
{
    if (verdict.right)
        return {};
    const Question& q = verdict.question;
    const QString who = nameOf(q.side);
    const auto edges = transitions();
    QStringList parts;
    if (q.ask == Ask::State) {
        const TcpState actual = verdict.actual.state;
        if (actual == q.before && !verdict.waiting.empty()) {
            QStringList events;
            for (std::size_t e : verdict.waiting)
                events << eventText(edges[e]);
            events.removeDuplicates();
            parts << tr("%1 stays in %2: %2 waits for %3, and this step is not that.")
                         .arg(who, StateText::token(q.before), events.join(tr(" or ")));
        } else if (actual == q.before) {
            parts << tr("%1 stays in %2: this step takes none of its edges.").arg(who, StateText::token(q.before));
        }
        if (verdict.chosen) {
            const TcpState guess = q.choices[*verdict.chosen].state;
            if (verdict.chosenEdge) {
                const Transition& edge = edges[*verdict.chosenEdge];
                parts << tr("%1 → %2 needs “%3”: %4")
                             .arg(StateText::token(edge.from), StateText::token(edge.to), eventText(edge),
                                  StateText::edgeExplanation(edge));
            } else if (guess == q.before) {
                // stayed put in the guess: the edges taken say why not
            } else {
                parts << tr("The diagram has no edge from %1 to %2.")
                             .arg(StateText::token(q.before), StateText::token(guess));
            }
        }
        for (std::size_t e : verdict.taken)
            parts << tr("%1 takes %2: %3").arg(who, StateText::edgeSummary(edges[e]), StateText::edgeExplanation(edges[e]));
        return parts.join(QLatin1Char(' '));
    }

    // The segment.
    const auto& actual = verdict.actual.segment;
    const std::optional<SegmentShape> guess = verdict.chosen ? q.choices[*verdict.chosen].segment : std::nullopt;
    QStringList sending;
    for (std::size_t e : verdict.taken) {
        if (!edges[e].action.empty())
            sending << StateText::edgeSummary(edges[e]);
    }
    if (!actual) {
        parts << (verdict.taken.empty() ? tr("%1 takes no edge of the diagram here, and nothing obliges it to answer.").arg(who)
                                        : tr("%1's edge sends nothing: %2").arg(who, StateText::edgeSummary(edges[verdict.taken.front()])));
    } else if (!sending.isEmpty()) {
        parts << tr("%1 takes %2.").arg(who, sending.join(tr(", then ")));
    } else {
        parts << tr("%1 changes no state, yet it answers with %2.").arg(who, segment(actual, false));
    }
    if (verdict.chosen && actual && guess && q.level == Level::Advanced && sameSegment(*guess, *actual, false)) {
        parts << tr("The flags are right. seq is the next sequence number %1 sends (%2, relative to its ISS); ack is the "
                    "next one it expects from its peer (%3).")
                     .arg(who)
                     .arg(actual->seq)
                     .arg(actual->ackNo);
    }
    return parts.join(QLatin1Char(' '));
}

QString ExerciseText::verdict(const Verdict& verdict)
{
    const Question& q = verdict.question;
    const QString answer = choice(q, verdict.actual);
    const QString who = nameOf(q.side);
    if (verdict.right)
        return q.ask == Ask::State ? tr("Right: %1 is in %2.").arg(who, answer) : tr("Right: %1 — %2.").arg(who, answer);
    const QString head = !verdict.chosen
                             ? tr("Not answered: the answer is %1.").arg(answer)
                             : tr("Not quite: you chose %1, the answer is %2.").arg(choice(q, q.choices[*verdict.chosen]), answer);
    const QString reason = why(verdict);
    return reason.isEmpty() ? head : head + QLatin1Char(' ') + reason;
}

QString ExerciseText::score(const Score& score)
{
    const int left = score.total - score.answered;
    if (left <= 0)
        return tr("Score: %1 of %2 right").arg(score.right).arg(score.total);
    return tr("Score: %1 right of %2 answered · %3 to go").arg(score.right).arg(score.answered).arg(left);
}

QString ExerciseText::levelName(Level level) { return level == Level::Advanced ? tr("Advanced: seq and ack too") : tr("Basic: states and flags"); }

} // namespace tsl::exercise
