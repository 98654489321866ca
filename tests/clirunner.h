#pragma once
// Runs the real tcpstatelab binary as a user would (tests of the command line).

#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs `program`. `env` entries are added to the environment; `removeEnv` names are taken out.
inline CliResult runProgram(const QString& program, const QStringList& arguments,
                            const QMap<QString, QString>& env = {}, const QStringList& removeEnv = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString& name : removeEnv)
        environment.remove(name);
    for (auto it = env.begin(); it != env.end(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

// Runs tcpstatelab, as a user runs it.
inline CliResult runCli(const QStringList& arguments, const QMap<QString, QString>& env = {},
                        const QStringList& removeEnv = {})
{
    return runProgram(QStringLiteral(TSL_APP_BINARY), arguments, env, removeEnv);
}
