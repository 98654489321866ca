#include "portlist.h"

#include <QRegularExpression>

namespace tsl {

std::optional<std::uint16_t> PortList::parsePort(const QString& text, QString* error)
{
    bool ok = false;
    const uint port = text.trimmed().toUInt(&ok);
    if (!ok || port == 0 || port > 65535) {
        if (error)
            *error = tr("invalid port \"%1\": a port is a whole number from 1 to 65535.").arg(text);
        return std::nullopt;
    }
    return std::uint16_t(port);
}

std::optional<std::vector<std::uint16_t>> PortList::parse(const QString& text, QString* error)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    std::vector<std::uint16_t> ports;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        const auto port = parsePort(part, error);
        if (!port)
            return std::nullopt;
        ports.push_back(*port);
    }
    return ports;
}

} // namespace tsl
