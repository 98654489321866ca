#pragma once
// The explorer's grid written out: CSV (one line per cell, for spreadsheets), a self-contained
// HTML page for a handout (title, legend, the table with differing cells highlighted, the
// differences listed with the simulator's explanation; UTF-8, in the user's language), JSON
// (whatif's shape per cell) and a plain-text table for the terminal. QtCore only: the command
// line (`whatif --table`) and the window write the same bytes.

#include "explorer/explorergrid.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace tsl {

class ExplorerExport {
    Q_DECLARE_TR_FUNCTIONS(ExplorerExport)

public:
    enum class Format {
        Csv,
        Html,
        Json,
        Text,
    };

    // What a page says about where the answers come from ("" keeps it out): e.g. why Linux's
    // answers are missing.
    struct Notes {
        QString kernelMissing;
    };

    static QString csv(const ExplorerGrid& grid);
    static QString html(const ExplorerGrid& grid, const Notes& notes = {});
    static QJsonObject json(const ExplorerGrid& grid);
    static QString text(const ExplorerGrid& grid);

    // By the file's extension: .csv, .html/.htm, .json, .txt; nullopt for others.
    static std::optional<Format> formatForPath(const QString& path);
    // Writes the grid to `path` in the format its extension names (UTF-8; a CSV starts with a
    // byte-order mark so spreadsheet programs read it as UTF-8). Returns an error message or "".
    static QString writeFile(const QString& path, const ExplorerGrid& grid, const Notes& notes = {});

    static QString title();
    // {"via":"passive","closed_by":"shutdown","listener":false,"settings":{"tcp_rfc1337":1}}
    static QJsonObject conditionsJson(const WhatIfQuery& query);
};

} // namespace tsl
