#include "labaddress.h"

#include <QHostAddress>

namespace tsl {

std::optional<AddressFamily> LabAddress::parse(const QString& text, QString* error)
{
    QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1Char('[')) && trimmed.endsWith(QLatin1Char(']')))
        trimmed = trimmed.mid(1, trimmed.size() - 2);
    if (trimmed.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return AddressFamily::IPv4;

    QHostAddress address;
    if (trimmed.isEmpty() || !address.setAddress(trimmed)) {
        if (error)
            *error = tr("\"%1\" is not an IP address; the lab binds 127.0.0.1 or ::1.").arg(text);
        return std::nullopt;
    }
    // ::ffff:127.0.0.1 is 127.0.0.1 reached through an IPv6 socket: the IPv4 lab.
    bool mapped = false;
    const quint32 ipv4 = address.toIPv4Address(&mapped);
    if (mapped)
        address = QHostAddress(ipv4);
    if (!address.isLoopback()) {
        if (error) {
            *error = tr("refused: %1 is not a loopback address. Lab sockets bind loopback only "
                        "(127.0.0.1 or ::1), so the lab never listens beyond this machine.")
                         .arg(text);
        }
        return std::nullopt;
    }
    if (address == QHostAddress(QHostAddress::LocalHost))
        return AddressFamily::IPv4;
    if (address == QHostAddress(QHostAddress::LocalHostIPv6))
        return AddressFamily::IPv6;
    // The rest of 127/8 is loopback too, but the recipes and the probe's filters are built
    // around the one address a class sees in every textbook.
    if (error)
        *error = tr("%1 is loopback, but the lab binds 127.0.0.1 or ::1 only; use one of those.").arg(text);
    return std::nullopt;
}

QString LabAddress::text(AddressFamily family)
{
    return family == AddressFamily::IPv6 ? QStringLiteral("::1") : QStringLiteral("127.0.0.1");
}

} // namespace tsl
