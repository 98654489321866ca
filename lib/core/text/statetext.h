#pragma once
// Everything the model says to a person, translated: names and one-sentence explanations.

#include "model/tcpstate.h"
#include "model/transitiontable.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tsl {

class StateText {
    Q_DECLARE_TR_FUNCTIONS(StateText)

public:
    // The one name a state has on screen, in every panel, tooltip, export and on the command
    // line: the canonical token ("SYN_RECEIVED"), protocol notation, never translated.
    static QString token(TcpState state);
    // A descriptive name in the user's language ("连接已建立"), shown beside the token in the
    // languages other than English only; in English it would just repeat the token.
    static QString displayName(TcpState state);
    // How a tooltip or a heading names a state: "SYN_RECEIVED" in English,
    // "SYN_RECEIVED (SYN empfangen)" in the other languages.
    static QString heading(TcpState state);
    static QString explanation(TcpState state);

    // "LISTEN → SYN_RECEIVED: rcv SYN / snd SYN,ACK", or "SYN_RECEIVED → ESTABLISHED: rcv ACK of
    // SYN" for an edge that sends nothing.
    static QString edgeSummary(const Transition& edge);
    static QString edgeExplanation(const Transition& edge);
    static QString roleName(PathRole role);

    // "CLOSED, LISTEN, ..." for error messages.
    static QStringList allTokens();
};

} // namespace tsl
