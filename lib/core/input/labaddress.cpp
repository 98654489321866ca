#include "labaddress.h"

#ifdef _WIN32
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <arpa/inet.h>
#include <netinet/in.h>
#endif

#include <array>
#include <cstring>

namespace tsl {

std::optional<AddressFamily> LabAddress::parse(const QString& text, QString* error)
{
    QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1Char('[')) && trimmed.endsWith(QLatin1Char(']')))
        trimmed = trimmed.mid(1, trimmed.size() - 2);
    if (trimmed.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return AddressFamily::IPv4;

    // Parsed by the system (inet_pton), not by QtNetwork: the command line loads QtCore alone.
    const QByteArray latin = trimmed.toLatin1();
    in_addr ipv4{};
    std::array<unsigned char, 16> ipv6{};
    std::array<unsigned char, 4> v4bytes{};
    bool isIPv4 = false;
    if (!trimmed.isEmpty() && inet_pton(AF_INET, latin.constData(), &ipv4) == 1) {
        std::memcpy(v4bytes.data(), &ipv4, 4);
        isIPv4 = true;
    } else if (!trimmed.isEmpty() && inet_pton(AF_INET6, latin.constData(), ipv6.data()) == 1) {
        // ::ffff:127.0.0.1 is 127.0.0.1 reached through an IPv6 socket: the IPv4 lab.
        static constexpr std::array<unsigned char, 12> mappedPrefix{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff};
        if (std::equal(mappedPrefix.begin(), mappedPrefix.end(), ipv6.begin())) {
            std::copy(ipv6.begin() + 12, ipv6.end(), v4bytes.begin());
            isIPv4 = true;
        }
    } else {
        if (error)
            *error = tr("\"%1\" is not an IP address; the lab binds 127.0.0.1 or ::1.").arg(text);
        return std::nullopt;
    }

    static constexpr std::array<unsigned char, 16> ipv6Loopback{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};
    const bool loopback = isIPv4 ? v4bytes[0] == 127 : ipv6 == ipv6Loopback;
    if (!loopback) {
        if (error) {
            *error = tr("refused: %1 is not a loopback address. Lab sockets bind loopback only "
                        "(127.0.0.1 or ::1), so the lab never listens beyond this machine.")
                         .arg(text);
        }
        return std::nullopt;
    }
    if (!isIPv4)
        return AddressFamily::IPv6;
    if (v4bytes == std::array<unsigned char, 4>{127, 0, 0, 1})
        return AddressFamily::IPv4;
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
