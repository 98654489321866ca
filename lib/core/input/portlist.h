#pragma once
// Ports as people type them: "5000", "5000, 8080 9000". One rule and one message for the
// command line and the window alike.

#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace tsl {

class PortList {
    Q_DECLARE_TR_FUNCTIONS(PortList)

public:
    // A whole number from 1 to 65535; nullopt with `error` for anything else.
    static std::optional<std::uint16_t> parsePort(const QString& text, QString* error);
    // Ports separated by commas, semicolons or spaces; an empty text is an empty list.
    static std::optional<std::vector<std::uint16_t>> parse(const QString& text, QString* error);
};

} // namespace tsl
