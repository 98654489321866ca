#pragma once
// What the simulator-as-twin says about a step, in the user's language: a short mark for the
// ladder row where it parts from the kernel, and the explanation — what differs, and why the
// simulator did what it did (its step texts, which name the Linux behaviour under profile linux
// and the RFC's rule under rfc9293). Linux (the private network's platform).

#include "lab/simtwin.h"

#include <QCoreApplication>
#include <QString>

namespace tsl {

class TwinText {
    Q_DECLARE_TR_FUNCTIONS(TwinText)

public:
    // "≠ B: LISTEN / CLOSED", "≠ segments": empty when the step agrees.
    static QString mark(const TwinStep& step);
    // Every difference of the step in a sentence, then the simulator's explanation of its steps.
    static QString explanation(const SimTwin& twin, const TwinStep& step);
    static QString difference(const TwinDifference& difference);
};

} // namespace tsl
