#include "explorerexport.h"

#include "i18n/translations.h"
#include "net/tcpsegment.h"
#include "text/simtext.h"
#include "text/statetext.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <QStringList>
#include <QSysInfo>

#include <algorithm>

namespace tsl {

namespace {

namespace tcpflag = net::tcpflag;

QString qs(const std::string& text) { return QString::fromStdString(text); }

QString csvField(const QString& value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) && !value.contains(QLatin1Char('\n')))
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString esc(const QString& text) { return text.toHtmlEscaped(); }

// A cell's answer that may break before its arrow, never inside "RST,ACK" or "→ SYN_RECEIVED":
// the table fits a printed page.
QString answerHtml(const QString& answer)
{
    const qsizetype arrow = answer.indexOf(QStringLiteral("→"));
    if (arrow <= 0)
        return QStringLiteral("<span class=\"nw\">%1</span>").arg(esc(answer));
    return QStringLiteral("<span class=\"nw\">%1</span> <span class=\"nw\">%2</span>")
        .arg(esc(answer.left(arrow).trimmed()), esc(answer.mid(arrow)));
}

// The responses for a table: "ACK seq=snd.nxt ack=rcv.nxt", "-" when nothing was sent.
QString responsesField(const WhatIfAnswer& answer, const WhatIfQuery& query)
{
    if (!answer.ok)
        return QStringLiteral("error: ") + qs(answer.error);
    const QString text = ExplorerText::responses(answer, query);
    return text.isEmpty() ? QStringLiteral("-") : text;
}

QJsonObject segmentJson(const WhatIfAnswer& answer, const WhatIfSegment& segment, const WhatIfQuery& query)
{
    return {{QStringLiteral("flags"), qs(net::flagsText(segment.flags))},
            {QStringLiteral("seq"), qs(answer.describe(segment.seq, query))},
            {QStringLiteral("ack"), (segment.flags & tcpflag::kAck) ? qs(answer.describe(segment.ack, query)) : QStringLiteral("0")},
            {QStringLiteral("len"), double(segment.len)}};
}

QJsonObject engineJson(const WhatIfAnswer& answer, const WhatIfQuery& query)
{
    if (!answer.ok)
        return {{QStringLiteral("error"), qs(answer.error)}};
    QJsonArray responses;
    for (const WhatIfSegment& response : answer.responses)
        responses.append(segmentJson(answer, response, query));
    QJsonObject engine{{QStringLiteral("responses"), responses}, {QStringLiteral("next"), StateText::token(answer.next)}};
    if (answer.step)
        engine.insert(QStringLiteral("explanation"), sim::SimText::explanation(*answer.step));
    return engine;
}

QString htmlLanguage()
{
    QString language = Translations::current();
    return language.isEmpty() ? QStringLiteral("en") : language.replace(QLatin1Char('_'), QLatin1Char('-'));
}

const char* const kHtmlStyle = R"(
body { font-family: "Noto Sans", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "DejaVu Sans", sans-serif;
       color: #1b1b1b; background: #fff; margin: 2em; line-height: 1.35; }
h1 { font-size: 1.5em; margin: 0 0 .2em; }
h2 { font-size: 1.15em; margin: 1.6em 0 .4em; }
p.sub { color: #444; margin: 0 0 1em; }
.legend { display: flex; flex-wrap: wrap; gap: .6em 1.6em; margin: 0 0 1em; font-size: .9em; align-items: center; }
.legend span.sample { display: inline-block; min-width: 4.5em; padding: .15em .4em; border: 1px solid #bbb; text-align: center; margin-right: .4em; }
table.grid { border-collapse: collapse; font-size: .85em; }
table.grid th, table.grid td { border: 1px solid #bbb; padding: .3em .45em; text-align: center; vertical-align: middle; }
.nw { white-space: nowrap; }
table.grid thead th { background: #eef1f5; font-family: "DejaVu Sans Mono", monospace; }
table.grid tbody th { background: #f6f7f9; text-align: left; white-space: nowrap; font-family: "DejaVu Sans Mono", monospace; }
table.grid tbody th small { display: block; font-family: inherit; font-weight: normal; color: #555; }
td .rfc, td .linux { display: block; }
td.differ { background: #ffe2c2; border: 2px solid #d9480f; font-weight: 600; }
td.differ .linux { color: #a02c00; }
td.differ .mark, .legend .mark { color: #d9480f; font-weight: bold; }
td.missing { color: #888; }
td.failed { background: #f1f1f1; color: #777; }
ol.differences li { margin: .3em 0; }
ol.differences .why { color: #444; font-size: .9em; }
footer { margin-top: 2em; color: #666; font-size: .8em; }
@media print { body { margin: 1cm; } td.differ { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
)";

} // namespace

QString ExplorerExport::title() { return tr("What a TCP socket answers: RFC 9293 and Linux"); }

QJsonObject ExplorerExport::conditionsJson(const WhatIfQuery& query)
{
    QJsonObject settings;
    for (const WhatIfSetting& setting : query.settings)
        settings.insert(QString::fromStdString(setting.name), double(setting.value));
    return {{QStringLiteral("via"), query.viaActive ? QStringLiteral("active") : QStringLiteral("passive")},
            {QStringLiteral("closed_by"), QString::fromLatin1(closedByToken(query.closedBy))},
            {QStringLiteral("listener"), query.listener},
            {QStringLiteral("settings"), settings}};
}

QString ExplorerExport::csv(const ExplorerGrid& grid)
{
    QStringList lines;
    // Column names are identifiers (like JSON fields), the same in every language.
    lines << QStringLiteral("state,segment,position,seq,ack,rfc9293_responses,rfc9293_next,linux_responses,linux_next,agree,difference,"
                            "via,closed_by,listener,settings");
    for (std::size_t row = 0; row < kExplorerRows; ++row) {
        for (std::size_t column = 0; column < kExplorerColumns; ++column) {
            const ExplorerCell& cell = grid.cell(row, column);
            const WhatIfQuery& q = cell.query;
            QStringList fields;
            fields << StateText::token(q.state) << segmentName(q.flags) << positionToken(grid.position()) << qs(q.seq)
                   << ((q.flags & tcpflag::kAck) ? qs(q.ack) : QString());
            fields << (cell.rfc ? responsesField(*cell.rfc, q) : QString())
                   << (cell.rfc && cell.rfc->ok ? StateText::token(cell.rfc->next) : QString());
            fields << (cell.kernel ? responsesField(*cell.kernel, q) : QString())
                   << (cell.kernel && cell.kernel->ok ? StateText::token(cell.kernel->next) : QString());
            fields << (cell.hasBoth() ? (cell.differs() ? QStringLiteral("no") : QStringLiteral("yes")) : QString());
            fields << (cell.differs() ? ExplorerText::difference(cell) : QString());
            QStringList settings;
            for (const WhatIfSetting& setting : q.settings)
                settings << QStringLiteral("%1=%2").arg(qs(setting.name)).arg(setting.value);
            fields << (q.viaActive ? QStringLiteral("active") : QStringLiteral("passive"))
                   << (closedByApplies(q.state) ? QString::fromLatin1(closedByToken(q.closedBy)) : QString())
                   << (listenerApplies(q.state, q.viaActive) ? (q.listener ? QStringLiteral("yes") : QStringLiteral("no")) : QString())
                   << settings.join(QLatin1Char(' '));
            for (QString& field : fields)
                field = csvField(field);
            lines << fields.join(QLatin1Char(','));
        }
    }
    return lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n");
}

QJsonObject ExplorerExport::json(const ExplorerGrid& grid)
{
    QJsonArray cells;
    for (std::size_t row = 0; row < kExplorerRows; ++row) {
        for (std::size_t column = 0; column < kExplorerColumns; ++column) {
            const ExplorerCell& cell = grid.cell(row, column);
            const WhatIfQuery& q = cell.query;
            QJsonObject engines;
            if (cell.kernel)
                engines.insert(QStringLiteral("linux"), engineJson(*cell.kernel, q));
            if (cell.rfc)
                engines.insert(QStringLiteral("sim"), engineJson(*cell.rfc, q));
            QJsonObject object{{QStringLiteral("state"), StateText::token(q.state)},
                               {QStringLiteral("segment"), QJsonObject{{QStringLiteral("flags"), qs(net::flagsText(q.flags))},
                                                                       {QStringLiteral("seq"), qs(q.seq)},
                                                                       {QStringLiteral("ack"), qs(q.ack)},
                                                                       {QStringLiteral("len"), double(q.len)}}},
                               {QStringLiteral("via"), q.viaActive ? QStringLiteral("active") : QStringLiteral("passive")},
                               {QStringLiteral("conditions"), conditionsJson(q)},
                               {QStringLiteral("engines"), engines}};
            if (cell.hasBoth())
                object.insert(QStringLiteral("agree"), !cell.differs());
            cells.append(object);
        }
    }
    return {{QStringLiteral("position"), positionToken(grid.position())},
            {QStringLiteral("seq"), QLatin1String(sim::seqPositionToken(seqPositionOf(grid.position())))},
            {QStringLiteral("conditions"), conditionsJson(grid.conditions())},
            {QStringLiteral("cells"), cells},
            {QStringLiteral("compared"), grid.bothFilled()},
            {QStringLiteral("differ"), grid.differing()}};
}

QString ExplorerExport::text(const ExplorerGrid& grid)
{
    // Columns as wide as their widest line; a differing cell shows "RFC | Linux" and a "≠".
    std::vector<std::vector<QString>> table(kExplorerRows + 1, std::vector<QString>(kExplorerColumns + 1));
    table[0][0] = tr("state");
    for (std::size_t column = 0; column < kExplorerColumns; ++column)
        table[0][column + 1] = segmentName(ExplorerGrid::flagsOfColumn(column));
    for (std::size_t row = 0; row < kExplorerRows; ++row) {
        table[row + 1][0] = StateText::token(ExplorerGrid::stateOfRow(row));
        for (std::size_t column = 0; column < kExplorerColumns; ++column) {
            const ExplorerCell& cell = grid.cell(row, column);
            const TcpState from = cell.query.state;
            // One engine asked: its answer; both: once where they agree, "RFC | Linux" where not.
            QString text = cell.rfc ? ExplorerText::shortAnswer(*cell.rfc, from)
                           : cell.kernel ? ExplorerText::shortAnswer(*cell.kernel, from)
                                         : QStringLiteral("?");
            if (cell.rfc && cell.kernel && (cell.differs() || !cell.hasBoth()))
                text += QStringLiteral(" | ") + ExplorerText::shortAnswer(*cell.kernel, from);
            if (cell.differs())
                text = QStringLiteral("≠ ") + text;
            table[row + 1][column + 1] = text;
        }
    }
    std::vector<qsizetype> widths(kExplorerColumns + 1, 0);
    for (const auto& line : table) {
        for (std::size_t i = 0; i < line.size(); ++i)
            widths[i] = std::max(widths[i], line[i].size());
    }
    QStringList out;
    out << title();
    out << ExplorerText::positionDescription(grid.position());
    out << tr("Conditions: %1.").arg(ExplorerText::conditions(grid.conditions()));
    out << tr("Each cell: the answer (– none) and, after →, the state the socket moves to. ≠ marks where Linux differs "
              "(RFC 9293's answer | Linux's).");
    out << QString();
    for (const auto& line : table) {
        QStringList padded;
        for (std::size_t i = 0; i < line.size(); ++i)
            padded << line[i].leftJustified(widths[i]);
        out << padded.join(QStringLiteral("  ")).trimmed();
    }
    out << QString();
    if (grid.bothFilled() > 0)
        out << tr("%1 of %2 cells compared differ.").arg(grid.differing()).arg(grid.bothFilled());
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString ExplorerExport::html(const ExplorerGrid& grid, const Notes& notes)
{
    QString page;
    const auto add = [&page](const QString& text) { page += text; };
    add(QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n").arg(htmlLanguage()));
    add(QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"));
    add(QStringLiteral("<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n").arg(esc(title()), QString::fromUtf8(kHtmlStyle)));
    add(QStringLiteral("<h1>%1</h1>\n").arg(esc(title())));
    add(QStringLiteral("<p class=\"sub\">%1<br>%2</p>\n")
            .arg(esc(ExplorerText::positionDescription(grid.position())),
                 esc(tr("A socket in the row's state receives one crafted segment of the column's kind. RFC 9293: TCP State Lab's "
                        "simulator. Linux: the real kernel (%1), asked in a private network. Receivers opened passively, "
                        "SYN_SENT actively; CLOSED is a port with no socket.")
                         .arg(QSysInfo::kernelType() + QLatin1Char(' ') + QSysInfo::kernelVersion()))));
    add(QStringLiteral("<p class=\"sub\">%1</p>\n").arg(esc(tr("Conditions: %1.").arg(ExplorerText::conditions(grid.conditions())))));
    if (!notes.kernelMissing.isEmpty())
        add(QStringLiteral("<p class=\"sub\"><strong>%1</strong></p>\n").arg(esc(notes.kernelMissing)));

    add(QStringLiteral("<div class=\"legend\">\n"));
    add(QStringLiteral("<div><span class=\"sample\">ACK</span>%1</div>\n").arg(esc(tr("both answer alike: the segment sent back"))));
    add(QStringLiteral("<div><span class=\"sample\">–</span>%1</div>\n").arg(esc(tr("no answer"))));
    add(QStringLiteral("<div><span class=\"sample\">→ CLOSED</span>%1</div>\n")
            .arg(esc(tr("the state the socket moves to (none: it stays)"))));
    add(QStringLiteral("<div><span class=\"sample\" style=\"background:#ffe2c2;border:2px solid #d9480f\"><span class=\"mark\">≠</span> "
                       "ACK<br>RST</span>%1</div>\n")
            .arg(esc(tr("they differ: RFC 9293's answer above, Linux's below"))));
    add(QStringLiteral("</div>\n"));

    add(QStringLiteral("<table class=\"grid\">\n<thead><tr><th>%1</th>").arg(esc(tr("state \\ segment"))));
    for (std::size_t column = 0; column < kExplorerColumns; ++column)
        add(QStringLiteral("<th>%1</th>").arg(esc(segmentName(ExplorerGrid::flagsOfColumn(column)))));
    add(QStringLiteral("</tr></thead>\n<tbody>\n"));
    const bool localNames = Translations::current() != QLatin1String("en");
    for (std::size_t row = 0; row < kExplorerRows; ++row) {
        const TcpState state = ExplorerGrid::stateOfRow(row);
        add(QStringLiteral("<tr><th>%1%2</th>")
                .arg(esc(StateText::token(state)),
                     localNames ? QStringLiteral("<small>%1</small>").arg(esc(StateText::displayName(state))) : QString()));
        for (std::size_t column = 0; column < kExplorerColumns; ++column) {
            const ExplorerCell& cell = grid.cell(row, column);
            const QString tip = esc(ExplorerText::tooltip(cell, notes.kernelMissing));
            const bool failed = (cell.rfc && !cell.rfc->ok) || (cell.kernel && !cell.kernel->ok);
            const QString rfc = cell.rfc      ? answerHtml(ExplorerText::shortAnswer(*cell.rfc, state))
                                : cell.kernel ? answerHtml(ExplorerText::shortAnswer(*cell.kernel, state))
                                              : QStringLiteral("?");
            if (cell.differs()) {
                add(QStringLiteral("<td class=\"differ\" title=\"%1\"><span class=\"rfc\"><span class=\"mark\">≠</span> %2</span>"
                                   "<span class=\"linux\">%3</span></td>")
                        .arg(tip, rfc, answerHtml(ExplorerText::shortAnswer(*cell.kernel, state))));
            } else if (failed) {
                add(QStringLiteral("<td class=\"failed\" title=\"%1\"><span class=\"rfc\">%2</span><span class=\"linux\">%3</span></td>")
                        .arg(tip, rfc, cell.rfc && cell.kernel ? answerHtml(ExplorerText::shortAnswer(*cell.kernel, state)) : QString()));
            } else {
                add(QStringLiteral("<td class=\"%1\" title=\"%2\">%3</td>")
                        .arg(cell.hasBoth() ? QStringLiteral("agree") : cell.rfc || cell.kernel ? QStringLiteral("one") : QStringLiteral("missing"), tip, rfc));
            }
        }
        add(QStringLiteral("</tr>\n"));
    }
    add(QStringLiteral("</tbody>\n</table>\n"));
    if (grid.bothFilled() > 0) {
        add(QStringLiteral("<p>%1</p>\n")
                .arg(esc(tr("%1 of %2 cells compared differ.").arg(grid.differing()).arg(grid.bothFilled()))));
    }

    if (grid.differing() > 0) {
        add(QStringLiteral("<h2>%1</h2>\n<ol class=\"differences\">\n").arg(esc(tr("Where Linux and RFC 9293 differ"))));
        for (std::size_t row = 0; row < kExplorerRows; ++row) {
            for (std::size_t column = 0; column < kExplorerColumns; ++column) {
                const ExplorerCell& cell = grid.cell(row, column);
                if (!cell.differs())
                    continue;
                add(QStringLiteral("<li><strong>%1 × %2</strong>: %3<br>%4<br>%5")
                        .arg(esc(StateText::token(cell.query.state)), esc(segmentName(cell.query.flags)),
                             esc(tr("RFC 9293 %1.").arg(ExplorerText::longAnswer(*cell.rfc, cell.query))),
                             esc(tr("Linux %1.").arg(ExplorerText::longAnswer(*cell.kernel, cell.query))),
                             esc(ExplorerText::difference(cell))));
                if (cell.rfc->step)
                    add(QStringLiteral("<br><span class=\"why\">%1</span>").arg(esc(sim::SimText::explanation(*cell.rfc->step))));
                add(QStringLiteral("</li>\n"));
            }
        }
        add(QStringLiteral("</ol>\n"));
    }
    add(QStringLiteral("<footer>%1</footer>\n</body>\n</html>\n")
            .arg(esc(tr("Made with TCP State Lab %1 on %2.")
                         .arg(QCoreApplication::applicationVersion(),
                              QLocale().toString(QDate::currentDate(), QLocale::LongFormat)))));
    return page;
}

std::optional<ExplorerExport::Format> ExplorerExport::formatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return Format::Html;
    if (suffix == QLatin1String("json"))
        return Format::Json;
    if (suffix == QLatin1String("txt"))
        return Format::Text;
    return std::nullopt;
}

QString ExplorerExport::writeFile(const QString& path, const ExplorerGrid& grid, const Notes& notes)
{
    const auto format = formatForPath(path);
    if (!format)
        return tr("Unknown file type \"%1\": use .csv, .html, .json or .txt.").arg(QFileInfo(path).suffix());
    QByteArray bytes;
    switch (*format) {
    case Format::Csv: bytes = QByteArrayLiteral("\xEF\xBB\xBF") + csv(grid).toUtf8(); break;
    case Format::Html: bytes = html(grid, notes).toUtf8(); break;
    case Format::Json: bytes = QJsonDocument(json(grid)).toJson(QJsonDocument::Indented); break;
    case Format::Text: bytes = text(grid).toUtf8(); break;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    file.write(bytes);
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace tsl
