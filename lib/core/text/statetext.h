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
    // The canonical token as a QString ("SYN_RECEIVED").
    static QString token(TcpState state);
    // The label textbooks print in the box ("SYN_RCVD"): protocol notation, not translated.
    static QString boxLabel(TcpState state);
    // A descriptive name in the user's language ("Established" / "连接已建立").
    static QString displayName(TcpState state);
    static QString explanation(TcpState state);

    // "LISTEN —rcv SYN / snd SYN,ACK→ SYN_RECEIVED"
    static QString edgeSummary(const Transition& edge);
    static QString edgeExplanation(const Transition& edge);
    static QString roleName(PathRole role);

    // "CLOSED, LISTEN, ..." for error messages.
    static QStringList allTokens();
};

} // namespace tsl
