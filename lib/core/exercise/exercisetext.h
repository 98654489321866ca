#pragma once
// What Predict mode says, in the user's language: the question, each choice, the verdict and
// why a wrong answer is wrong — worded from the transition table's own texts (the edge the side
// took, the edge the chosen state would have needed, the edges a state waits for), so that every
// state and edge is explained the same way without a list of cases. QtCore.

#include "exercise/quiz.h"

#include <QCoreApplication>
#include <QString>

namespace tsl::exercise {

class ExerciseText {
    Q_DECLARE_TR_FUNCTIONS(ExerciseText)

public:
    // "Step 4 · Network: deliver A→B FIN,ACK — which state will B be in afterwards?"
    static QString question(const Question& question, const QString& cause);
    // "ESTABLISHED", "FIN,ACK", "ACK seq=1 ack=1 len=100", "sends nothing"
    static QString choice(const Question& question, const Choice& choice);
    static QString segment(const std::optional<SegmentShape>& shape, bool numbered);
    // "Right: B is in CLOSE_WAIT." or "Not quite: …" with the reason (plain text).
    static QString verdict(const Verdict& verdict);
    static QString why(const Verdict& verdict); // the reason alone; empty when right
    // "3 of 5 right · 2 to go"
    static QString score(const Score& score);
    static QString levelName(Level level);
};

} // namespace tsl::exercise
