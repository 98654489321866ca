#include "windowprogram.h"

#include "cliio.h"
#include "commandline.h"

#include "i18n/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#ifdef _WIN32
#include <process.h>
#include <windows.h>
#else
#include <unistd.h>
#endif

namespace tsl::cli {

namespace {

// This executable's own path, whatever the current directory or $PATH said.
QString ownPath(char** argv)
{
#if defined(__linux__)
    std::vector<char> buffer(4096);
    const ssize_t length = ::readlink("/proc/self/exe", buffer.data(), buffer.size() - 1);
    if (length > 0)
        return QString::fromLocal8Bit(buffer.data(), qsizetype(length));
#elif defined(_WIN32)
    std::vector<wchar_t> buffer(32768);
    const DWORD length = GetModuleFileNameW(nullptr, buffer.data(), DWORD(buffer.size()));
    if (length > 0)
        return QString::fromWCharArray(buffer.data(), qsizetype(length));
#endif
    return QFileInfo(QString::fromLocal8Bit(argv[0])).absoluteFilePath();
}

// Beside this program (the build tree), then where the package installs it.
QStringList candidates(char** argv)
{
    const QDir here = QFileInfo(ownPath(argv)).absoluteDir();
#ifdef _WIN32
    const QString name = QStringLiteral("tcpstatelab-gui.exe");
#else
    const QString name = QStringLiteral("tcpstatelab-gui");
#endif
    return {here.filePath(name),
            QDir::cleanPath(here.filePath(QStringLiteral(TSL_WINDOW_PROGRAM_FROM_BINDIR "/") + name))};
}

int cannotStart(int argc, char** argv, const QStringList& tried, const QString& reason)
{
    QCoreApplication app(argc, argv);
    describeApplication();
    Translations::install(CommandLine::languageArgument(CommandLine::wordsOf(argc, argv)).value_or(QString()));
    return fail(CommandLine::tr("cannot start the window program (%1): %2")
                    .arg(tried.join(QStringLiteral(", ")), reason),
                Failure);
}

} // namespace

int runWindowProgram(int argc, char** argv)
{
    const QStringList tried = candidates(argv);
    for (const QString& path : tried) {
        if (!QFileInfo(path).isExecutable())
            continue;
#ifdef _WIN32
        std::vector<std::wstring> words;
        words.push_back(path.toStdWString());
        for (int i = 1; i < argc; ++i)
            words.push_back(QString::fromLocal8Bit(argv[i]).toStdWString());
        std::vector<const wchar_t*> pointers;
        for (const std::wstring& word : words)
            pointers.push_back(word.c_str());
        pointers.push_back(nullptr);
        // The window alone, started from Explorer: no console window beside it.
        DWORD processes[2];
        if (argc <= 1 && GetConsoleProcessList(processes, 2) == 1)
            FreeConsole();
        const intptr_t code = _wspawnv(_P_WAIT, words.front().c_str(), pointers.data());
        if (code >= 0)
            return int(code);
#else
        const QByteArray file = QFile::encodeName(path);
        argv[0] = const_cast<char*>(file.constData()); // the child names itself by its own path
        ::execv(file.constData(), argv);
#endif
        return cannotStart(argc, argv, {path}, QString::fromLocal8Bit(std::strerror(errno)));
    }
    return cannotStart(argc, argv, tried, CommandLine::tr("no such program"));
}

} // namespace tsl::cli
