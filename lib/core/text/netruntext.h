#pragma once
// What the private network's runs and sessions say, in the user's language: `net run`'s notes and
// call details, the wire's reasons and errors, what-if's failures. The engine keeps each as an
// EngineText (the marked English source and its arguments); this class translates the source
// and fills in the same arguments, so English output stays exactly the engine's english().

#include "lab/netrunevent.h"
#include "model/enginetext.h"

#include <QCoreApplication>
#include <QString>

namespace tsl {

class NetRunText {
    Q_DECLARE_TR_FUNCTIONS(NetRunText)

public:
    // The text in the user's language (a verbatim message as it is; empty for an empty text).
    static QString worded(const EngineText& text);
    // A Call's detail or a Note's text; a Segment's reason (empty: none).
    static QString detail(const NetRunEvent& event);
    static QString reason(const NetRunEvent& event);
    // A Call's name: the socket API's own names ("connect", "getsockopt SO_ERROR") as they are,
    // the session's words ("stop reading") translated.
    static QString callName(const std::string& call);
};

} // namespace tsl
