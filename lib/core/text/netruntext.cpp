#include "netruntext.h"

namespace tsl {

namespace {
// "%1".."%9" replaced once, left to right, as EngineText::english() does: an argument holding
// "%2" is never substituted again.
QString filled(const QString& pattern, const std::vector<std::string>& args)
{
    QString text;
    text.reserve(pattern.size());
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('%') && i + 1 < pattern.size() && pattern.at(i + 1) >= QLatin1Char('1')
            && pattern.at(i + 1) <= QLatin1Char('9')) {
            const std::size_t index = std::size_t(pattern.at(i + 1).unicode() - u'1');
            if (index < args.size()) {
                text += QString::fromStdString(args[index]);
                ++i;
                continue;
            }
        }
        text += c;
    }
    return text;
}
} // namespace

QString NetRunText::worded(const EngineText& text)
{
    if (text.empty())
        return {};
    const QString pattern = text.context ? QCoreApplication::translate(text.context, text.source)
                                         : QString::fromUtf8(text.source);
    return filled(pattern, text.args);
}

QString NetRunText::detail(const NetRunEvent& event)
{
    return event.detailText.empty() ? QString::fromStdString(event.detail) : worded(event.detailText);
}

QString NetRunText::reason(const NetRunEvent& event)
{
    return event.reasonText.empty() ? QString::fromStdString(event.reason) : worded(event.reasonText);
}

QString NetRunText::callName(const std::string& call)
{
    if (call == "stop reading")
        return tr("stop reading");
    return QString::fromStdString(call);
}

} // namespace tsl
