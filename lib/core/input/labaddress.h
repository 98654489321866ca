#pragma once
// Where lab sockets may bind: 127.0.0.1 or ::1, so the lab never listens beyond this machine.
// What a person types is parsed by the system (inet_pton), so every spelling of those two works
// ("::1", "[::1]", "0:0:0:0:0:0:0:1", "::ffff:127.0.0.1", "localhost"); anything else is refused
// with a message that says why.

#include "kernel/socketrow.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tsl {

class LabAddress {
    Q_DECLARE_TR_FUNCTIONS(LabAddress)

public:
    // The family of the loopback address `text` names; nullopt with `error` for anything else.
    static std::optional<AddressFamily> parse(const QString& text, QString* error);
    // "127.0.0.1" or "::1".
    static QString text(AddressFamily family);
};

} // namespace tsl
