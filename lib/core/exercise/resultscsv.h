#pragma once
// An exercise's results as CSV (RFC 4180), one row per question: step, side, what was asked,
// the answer given, the right answer, right or not, and the seconds it took. The file stays on
// this machine: it is written where the user says and nowhere else. QtCore.

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace tsl::exercise {

struct ResultRow {
    int step = 0;
    QString side;     // "A", "B"
    QString kind;     // "state", "segment"
    QString asked;    // the question as it was shown
    QString answered; // the choice taken ("" when not answered)
    QString correct;  // the right answer
    bool right = false;
    qint64 elapsedMs = 0;
};

class ResultsCsv {
    Q_DECLARE_TR_FUNCTIONS(ResultsCsv)

public:
    // The header is English and stable (a spreadsheet's columns), the texts in the user's language.
    static QByteArray toCsv(const std::vector<ResultRow>& rows);
    // An error message (translated) or empty.
    static QString write(const std::vector<ResultRow>& rows, const QString& path);
};

} // namespace tsl::exercise
