#include "exercise/resultscsv.h"

#include <QSaveFile>
#include <QStringList>

namespace tsl::exercise {

namespace {

QString field(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

QByteArray ResultsCsv::toCsv(const std::vector<ResultRow>& rows)
{
    QString out = QStringLiteral("step,side,kind,asked,answered,correct,right,time_s\r\n");
    for (const ResultRow& row : rows) {
        const QStringList fields{QString::number(row.step),
                                 field(row.side),
                                 field(row.kind),
                                 field(row.asked),
                                 field(row.answered),
                                 field(row.correct),
                                 row.right ? QStringLiteral("yes") : QStringLiteral("no"),
                                 QString::number(double(row.elapsedMs) / 1000.0, 'f', 1)};
        out += fields.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QString ResultsCsv::write(const std::vector<ResultRow>& rows, const QString& path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv(rows)) < 0 || !file.commit())
        return tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace tsl::exercise
