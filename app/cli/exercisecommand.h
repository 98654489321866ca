#pragma once
// `tcpstatelab exercise FILE`: a Predict exercise in the terminal. Before each question step it
// prints the question and numbered choices, reads the answer's number from stdin (a pipe works:
// one number a line), then the verdict, why, and the step's explanation; the score at the end.
// End of input stops cleanly with the score so far. --results writes the CSV.

#include <QCoreApplication>
#include <QStringList>

namespace tsl {

class ExerciseCommand {
    Q_DECLARE_TR_FUNCTIONS(ExerciseCommand)

public:
    static int run(const QStringList& arguments);
};

} // namespace tsl
