// The floor for a command line's start-up: a bare QCoreApplication that prints its version, as
// `tcpstatelab --version` does, linking QtCore alone. tests/bench/startup.sh compares with it.
#include <QCommandLineParser>
#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QCommandLineParser parser;
    parser.addVersionOption();
    parser.process(app);
    return 0;
}
