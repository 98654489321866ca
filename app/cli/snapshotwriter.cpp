#include "snapshotwriter.h"

#include "kernel/snapshotjson.h"
#include "watch/sockettablemodel.h"

#include <array>
#include <string>

namespace tsl::snapshotwriter {

QByteArray json(const ProbeResult& result)
{
    const std::string document = snapshotJson(result);
    return QByteArray(document.data(), qsizetype(document.size()));
}

QByteArray table(const ProbeResult& result, const QStringList& header)
{
    constexpr std::size_t kColumns = 6;
    std::vector<std::array<std::string, kColumns>> lines;
    lines.reserve(result.rows.size() + 1);
    std::array<std::string, kColumns> titles;
    for (std::size_t i = 0; i < kColumns && qsizetype(i) < header.size(); ++i)
        titles[i] = header[qsizetype(i)].toStdString();
    lines.push_back(titles);
    for (const SocketRow& row : result.rows) {
        // The Watch panel's words for the timer (one timer text, in the user's language).
        std::string timer = row.timer == TimerKind::None ? std::string("-") : SocketTableModel::timerText(row).toStdString();
        lines.push_back({std::string(stateToken(row.state)), std::to_string(row.recvQueue), std::to_string(row.sendQueue),
                         row.local.text(), row.remote.text(), std::move(timer)});
    }
    // Widths in characters, as the QString version counted them (titles may be Chinese).
    const auto width = [](const std::string& text) {
        std::size_t n = 0;
        for (unsigned char c : text)
            n += (c & 0xc0) != 0x80 ? 1 : 0;
        return n;
    };
    std::array<std::size_t, kColumns> widths{};
    for (const auto& line : lines) {
        for (std::size_t i = 0; i < kColumns; ++i)
            widths[i] = std::max(widths[i], width(line[i]));
    }
    std::string out;
    out.reserve(lines.size() * 100);
    for (const auto& line : lines) {
        for (std::size_t i = 0; i < kColumns; ++i) {
            out += line[i];
            if (i + 1 < kColumns)
                out.append(widths[i] + 2 - width(line[i]), ' ');
        }
        out += '\n';
    }
    return QByteArray(out.data(), qsizetype(out.size()));
}

} // namespace tsl::snapshotwriter
