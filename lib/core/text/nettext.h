#pragma once
// What the private network says to a person, in the user's language: why it cannot be built
// here and how to allow it. The engine gives the fact (net::NetUnavailable and the system's
// error message); this class words it. Linux (the private network's platform).

#include "net/netavailability.h"

#include <QCoreApplication>
#include <QString>

namespace tsl {

class NetText {
    Q_DECLARE_TR_FUNCTIONS(NetText)

public:
    static QString reason(const net::NetAvailability& availability);
    static QString fix(const net::NetAvailability& availability);
};

} // namespace tsl
