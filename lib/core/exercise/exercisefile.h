#pragma once
// The exercise file: JSON, UTF-8, one object.
//
//   {
//     "format": "tcpstatelab-exercise",      // required, always this
//     "version": 1,                           // required; this program reads 1
//     "title": "Closing a connection",        // optional
//     "source": {                             // required: where the steps come from
//       "kind": "scenario",                   //   "scenario" (the simulator, `simulate` names)
//                                             //   or "wire" (the Wire panel, `net run` names)
//       "name": "active-close",               //   the scenario's name
//       "profile": "rfc9293"                  //   optional, kind "scenario": rfc9293 or linux
//     },
//     "level": "basic",                       // optional: "basic" (states and flags) or
//                                             //   "advanced" (relative seq and ack too)
//     "questions": [                          // required: the steps that are questions
//       { "step": 3,                          //   1-based, asked before this step is taken
//         "side": "B",                        //   optional: "A" or "B" (default: the side
//                                             //   the step changes or acts on)
//         "ask": ["state", "segment"],        //   optional: what to ask (default both)
//         "hint": "Who sent the last FIN?" }  //   optional
//     ]
//   }
//
// Unknown fields are ignored (a later version may add some). A bad file is refused with the
// line and column of a syntax error, or the path of the field that is wrong
// ("questions[1].side: must be \"A\" or \"B\""). QtCore only.

#include "exercise/exercise.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tsl::exercise {

class ExerciseFile {
    Q_DECLARE_TR_FUNCTIONS(ExerciseFile)

public:
    struct Read {
        std::optional<Exercise> exercise;
        QString error; // translated, without the file's name
    };
    // Parses and checks: the scenario exists, the steps are the scenario's.
    static Read parse(const QByteArray& json);
    static Read read(const QString& path);

    static QByteArray toJson(const Exercise& exercise);
    // An error message (translated) or empty.
    static QString write(const Exercise& exercise, const QString& path);

    // How many steps the exercise's source has (nullopt: no such scenario here).
    static std::optional<int> sourceSteps(const Exercise& exercise);
    // Every step of the source a question, asking both: what "Save Exercise" starts from.
    static Exercise wholeScenario(SourceKind kind, const QString& scenario, sim::Profile profile, Level level);

    static constexpr const char* kFormat = "tcpstatelab-exercise";
};

} // namespace tsl::exercise
