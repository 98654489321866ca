#include "lablog.h"

#include "text/statetext.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace tsl {

namespace {
QString kindToken(LabLogEntry::Kind kind)
{
    switch (kind) {
    case LabLogEntry::Kind::Run:
        return QStringLiteral("run");
    case LabLogEntry::Kind::Transition:
        return QStringLiteral("transition");
    case LabLogEntry::Kind::Operation:
        return QStringLiteral("operation");
    case LabLogEntry::Kind::Note:
        break;
    }
    return QStringLiteral("note");
}

QString clockText(const QTime& clock) { return clock.toString(QStringLiteral("HH:mm:ss.zzz")); }

QString csvField(const QString& field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n')))
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString boolText(bool value) { return value ? QStringLiteral("true") : QStringLiteral("false"); }
} // namespace

void LabLog::append(const QList<LabLogEntry>& entries)
{
    for (const LabLogEntry& entry : entries)
        m_entries.push_back(entry);
    while (qsizetype(m_entries.size()) > m_capacity) {
        m_entries.pop_front();
        ++m_dropped;
    }
}

void LabLog::clear()
{
    m_entries.clear();
    m_dropped = 0;
}

QString LabLog::displayLine(const LabLogEntry& entry)
{
    if (entry.kind == LabLogEntry::Kind::Run)
        return QStringLiteral("──── %1 ──── %2").arg(entry.text, clockText(entry.clock));
    return QStringLiteral("%1 ms  %2  %3").arg(entry.timeMs, 9, 'f', 1).arg(clockText(entry.clock), entry.text);
}

QString LabLog::csvHeader()
{
    return QStringLiteral("type,time_ms,clock,endpoint,role,local,remote,from,to,edge,seen,path_known,listener,"
                          "operation,ok,detail,clients,half_open,dropped_syns,established,syn_cookies");
}

QString LabLog::csvLine(const LabLogEntry& e)
{
    const bool transition = e.kind == LabLogEntry::Kind::Transition;
    const bool operation = e.kind == LabLogEntry::Kind::Operation;
    const QStringList fields{
        kindToken(e.kind),
        QString::number(e.timeMs, 'f', 3),
        clockText(e.clock),
        e.endpoint >= 0 ? QString::number(e.endpoint) : QString(),
        e.role,
        e.local,
        e.remote,
        transition ? StateText::token(e.from) : QString(),
        transition ? StateText::token(e.to) : QString(),
        e.edge,
        transition ? boolText(e.seen) : QString(),
        transition ? boolText(e.pathKnown) : QString(),
        transition && e.listener >= 0 ? QString::number(e.listener) : QString(),
        operation ? e.operation : (e.kind == LabLogEntry::Kind::Transition ? QString() : e.text),
        operation ? boolText(e.ok) : QString(),
        e.detail,
        e.flood ? QString::number(e.flood->clients) : QString(),
        e.flood ? QString::number(e.flood->halfOpen) : QString(),
        e.flood ? QString::number(e.flood->droppedSyns) : QString(),
        e.flood ? QString::number(e.flood->established) : QString(),
        e.flood && e.flood->synCookies ? boolText(*e.flood->synCookies) : QString(),
    };
    QStringList out;
    for (const QString& field : fields)
        out << csvField(field);
    return out.join(QLatin1Char(','));
}

QString LabLog::jsonLine(const LabLogEntry& e)
{
    QJsonObject object{{QStringLiteral("type"), kindToken(e.kind)},
                       {QStringLiteral("time_ms"), e.timeMs},
                       {QStringLiteral("clock"), clockText(e.clock)}};
    switch (e.kind) {
    case LabLogEntry::Kind::Transition:
        object.insert(QStringLiteral("endpoint"), e.endpoint);
        object.insert(QStringLiteral("role"), e.role);
        object.insert(QStringLiteral("local"), e.local);
        object.insert(QStringLiteral("remote"), e.remote);
        object.insert(QStringLiteral("from"), StateText::token(e.from));
        object.insert(QStringLiteral("to"), StateText::token(e.to));
        object.insert(QStringLiteral("edge"), e.edge);
        object.insert(QStringLiteral("seen"), e.seen);
        object.insert(QStringLiteral("path_known"), e.pathKnown);
        object.insert(QStringLiteral("listener"), e.listener >= 0 ? QJsonValue(e.listener) : QJsonValue());
        break;
    case LabLogEntry::Kind::Operation:
        object.insert(QStringLiteral("endpoint"), e.endpoint);
        object.insert(QStringLiteral("role"), e.role);
        object.insert(QStringLiteral("operation"), e.operation);
        object.insert(QStringLiteral("ok"), e.ok);
        object.insert(QStringLiteral("detail"), e.detail);
        if (e.flood) {
            object.insert(QStringLiteral("clients"), e.flood->clients);
            object.insert(QStringLiteral("half_open"), e.flood->halfOpen);
            object.insert(QStringLiteral("dropped_syns"), e.flood->droppedSyns);
            object.insert(QStringLiteral("established"), e.flood->established);
            object.insert(QStringLiteral("syn_cookies"), e.flood->synCookies ? QJsonValue(*e.flood->synCookies) : QJsonValue());
        }
        break;
    case LabLogEntry::Kind::Run:
        object.insert(QStringLiteral("name"), e.operation);
        break;
    case LabLogEntry::Kind::Note:
        object.insert(QStringLiteral("text"), e.text);
        break;
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString LabLog::exported(Format format) const
{
    QString out;
    if (format == Format::Csv)
        out += csvHeader() + QLatin1Char('\n');
    for (const LabLogEntry& entry : m_entries)
        out += (format == Format::Csv ? csvLine(entry) : jsonLine(entry)) + QLatin1Char('\n');
    return out;
}

std::optional<LabLog::Format> LabLog::formatForPath(const QString& path)
{
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return Format::Csv;
    if (path.endsWith(QLatin1String(".jsonl"), Qt::CaseInsensitive) || path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return Format::JsonLines;
    return std::nullopt;
}

bool LabLog::exportTo(const QString& path, Format format, QString* error) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        if (error)
            *error = QCoreApplication::translate("LabLog", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(exported(format).toUtf8());
    if (!file.commit()) {
        if (error)
            *error = QCoreApplication::translate("LabLog", "Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace tsl
