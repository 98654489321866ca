#include "nettext.h"

namespace tsl {

namespace {
// The engine's sentence in the user's language, its "%1" the system's message (untranslated).
QString worded(const char* sentence, const std::string& error)
{
    QString text = QCoreApplication::translate("NetText", sentence);
    return text.contains(QLatin1String("%1")) ? text.arg(QString::fromStdString(error)) : text;
}
} // namespace

QString NetText::reason(const net::NetAvailability& availability)
{
    return worded(net::netUnavailableReason(availability.why), availability.error);
}

QString NetText::fix(const net::NetAvailability& availability)
{
    return worded(net::netUnavailableFix(availability.why), availability.error);
}

} // namespace tsl
