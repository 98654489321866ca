#include "diagram/diagramexport.h"
#include "diagram/tokenboard.h"
#include "i18n/translations.h"
#include "text/statetext.h"

#include <QFile>
#include <QFontDatabase>
#include <QImage>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

using namespace tsl;

class TestDiagramExport : public QObject {
    Q_OBJECT

private slots:
    void cleanup() { Translations::install(QStringLiteral("en")); }
    void pngDecodesAtTheAskedSize_data();
    void pngDecodesAtTheAskedSize();
    void svgIsXmlWithEveryState();
    void pdfIsAPdf();
    void pdfIsALandscapeSheet_data();
    void pdfIsALandscapeSheet();
    void defaultPaperFollowsTheLocale_data();
    void defaultPaperFollowsTheLocale();
    void svgHasAPrintableSize();
    void tokensCanBeLeftOut();
    void chineseExportShowsChineseText();
    void unknownExtensionIsRefused();
    void unwritablePathIsRefused();

private:
    QTemporaryDir m_dir;
};

void TestDiagramExport::pngDecodesAtTheAskedSize_data()
{
    QTest::addColumn<QSize>("asked");
    QTest::addColumn<QSize>("expected");
    QTest::newRow("both") << QSize(1024, 768) << QSize(1024, 768);
    QTest::newRow("4k") << QSize(3840, 2160) << QSize(3840, 2160);
    // One dimension given: the other follows the canvas' aspect ratio.
    const QSizeF canvas = DiagramLayout::canvasSize();
    const qreal aspect = canvas.width() / canvas.height();
    QTest::newRow("width only") << QSize(1200, 0) << QSize(1200, qRound(1200 / aspect));
    QTest::newRow("height only") << QSize(0, 500) << QSize(qRound(500 * aspect), 500);
    QTest::newRow("default") << QSize() << QSize(1600, qRound(1600 / aspect));
}

void TestDiagramExport::pngDecodesAtTheAskedSize()
{
    QFETCH(QSize, asked);
    QFETCH(QSize, expected);
    const QString path = m_dir.filePath(QStringLiteral("d.png"));
    TokenBoard scene;
    scene.setHighlightedStates({TcpState::Established});
    QCOMPARE(DiagramExporter::exportToFile({path, asked, {}, {}}, &scene), QString());
    QImage image;
    QVERIFY(image.load(path));
    QCOMPARE(image.size(), expected);
    // Not blank: a good share of the picture is ink.
    int ink = 0;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            ink += qGray(image.pixel(x, y)) < 200 ? 1 : 0;
    QVERIFY(ink > 100);
}

void TestDiagramExport::svgIsXmlWithEveryState()
{
    const QString path = m_dir.filePath(QStringLiteral("d.svg"));
    QCOMPARE(DiagramExporter::exportToFile({path, QSize(1200, 0), {}, {}}, nullptr), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString text;
    bool sawSvgRoot = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("svg"))
            sawSvgRoot = true;
        if (xml.isCharacters())
            text += xml.text().toString() + QLatin1Char('\n');
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(sawSvgRoot);
    for (TcpState s : kAllStates)
        QVERIFY2(text.contains(StateText::token(s)), qPrintable(StateText::token(s)));
    QVERIFY(text.contains(QStringLiteral("rcv SYN")));
}

void TestDiagramExport::pdfIsAPdf()
{
    const QString path = m_dir.filePath(QStringLiteral("d.pdf"));
    QCOMPARE(DiagramExporter::exportToFile({path, QSize(), {DiagramTheme::Print, true}, {}}, nullptr),
             QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF-"));
    QVERIFY(bytes.trimmed().endsWith("%%EOF"));
    QVERIFY(bytes.size() > 5000);
}

// The page box of a PDF QPdfWriter wrote: "/MediaBox [0 0 W H]", in points.
static QSizeF pdfMediaBox(const QByteArray& pdf)
{
    static const QRegularExpression box(QStringLiteral("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)\\]"));
    const QRegularExpressionMatch m = box.match(QString::fromLatin1(pdf));
    return m.hasMatch() ? QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble()) : QSizeF();
}

void TestDiagramExport::pdfIsALandscapeSheet_data()
{
    QTest::addColumn<int>("paperId");
    QTest::addColumn<QSizeF>("points");
    QTest::addRow("A4") << int(QPageSize::A4) << QSizeF(841.9, 595.3);
    QTest::addRow("Letter") << int(QPageSize::Letter) << QSizeF(792, 612);
}

void TestDiagramExport::pdfIsALandscapeSheet()
{
    QFETCH(int, paperId);
    QFETCH(QSizeF, points);
    const auto paper = QPageSize::PageSizeId(paperId);
    const QString path = m_dir.filePath(QStringLiteral("sheet.pdf"));
    DiagramExporter::Request request;
    request.path = path;
    request.size = QSize(2400, 0);
    request.page = paper;
    QCOMPARE(DiagramExporter::exportToFile(request, nullptr), QString());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QSizeF box = pdfMediaBox(file.readAll());
    QVERIFY2(std::abs(box.width() - points.width()) < 1.5 && std::abs(box.height() - points.height()) < 1.5,
             qPrintable(QStringLiteral("%1 x %2").arg(box.width()).arg(box.height())));
}

void TestDiagramExport::defaultPaperFollowsTheLocale_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<int>("paperId");
    QTest::addRow("en_US") << "en_US" << int(QPageSize::Letter);
    QTest::addRow("en_CA") << "en_CA" << int(QPageSize::Letter);
    QTest::addRow("en_GB") << "en_GB" << int(QPageSize::A4);
    QTest::addRow("de_DE") << "de_DE" << int(QPageSize::A4);
    QTest::addRow("zh_CN") << "zh_CN" << int(QPageSize::A4);
}

void TestDiagramExport::defaultPaperFollowsTheLocale()
{
    QFETCH(QString, locale);
    QFETCH(int, paperId);
    const auto paper = QPageSize::PageSizeId(paperId);
    QCOMPARE(DiagramExporter::defaultPage(QLocale(locale)), paper);
    QCOMPARE(DiagramExporter::parsePage(DiagramExporter::pageName(paper)), paper);
    QCOMPARE(DiagramExporter::parsePage(DiagramExporter::pageName(paper).toLower()), paper);
    QVERIFY(!DiagramExporter::parsePage(QStringLiteral("B5")));
}

void TestDiagramExport::svgHasAPrintableSize()
{
    // As wide as an A4 landscape sheet's printable area (297 - 2 x 12 mm), whatever the pixels.
    for (const int width : {1200, 2400}) {
        const QString path = m_dir.filePath(QStringLiteral("print.svg"));
        DiagramExporter::Request request;
        request.path = path;
        request.size = QSize(width, 0);
        request.page = QPageSize::A4;
        QCOMPARE(DiagramExporter::exportToFile(request, nullptr), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        static const QRegularExpression size(QStringLiteral("width=\"([0-9.]+)mm\" height=\"([0-9.]+)mm\""));
        const QRegularExpressionMatch m = size.match(QString::fromUtf8(file.readAll()));
        QVERIFY(m.hasMatch());
        const double mm = m.captured(1).toDouble();
        QVERIFY2(mm > 260 && mm < 285, qPrintable(m.captured(0)));
        QVERIFY(m.captured(2).toDouble() < 210); // fits the sheet's height too
    }
}

void TestDiagramExport::tokensCanBeLeftOut()
{
    TokenBoard scene;
    scene.setHighlightedStates({TcpState::Listen});
    TokenBoard bare;
    bare.setHighlightedStates({TcpState::Listen});
    TokenEvent token;
    token.key = QStringLiteral("a");
    token.label = QStringLiteral("client :5000");
    token.state = TcpState::Established;
    scene.apply(token);
    const auto render = [&](const TokenBoard& source, bool tokens) {
        const QString path = m_dir.filePath(QStringLiteral("tokens.png"));
        DiagramExporter::Request request;
        request.path = path;
        request.size = QSize(1200, 0);
        request.includeTokens = tokens;
        if (!DiagramExporter::exportToFile(request, &source).isEmpty())
            return QImage();
        return QImage(path);
    };
    const QImage with = render(scene, true);
    const QImage without = render(scene, false);
    QVERIFY(!with.isNull());
    QVERIFY(with != without);
    QCOMPARE(without, render(bare, true)); // the highlight stays, only the token goes
    QCOMPARE(scene.tokenCount(TokenSource::Lab), 1); // and the window's board keeps its token
}

void TestDiagramExport::chineseExportShowsChineseText()
{
    QVERIFY2(!QFontDatabase::families(QFontDatabase::SimplifiedChinese).isEmpty(),
             "no font with simplified Chinese glyphs is installed (fonts-noto-cjk)");
    QCOMPARE(Translations::install(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    QCOMPARE(StateText::displayName(TcpState::Established), QStringLiteral("连接已建立"));
    DiagramOptions options;
    options.showLocalNames = true;
    const QString path = m_dir.filePath(QStringLiteral("zh.png"));
    QCOMPARE(DiagramExporter::exportToFile({path, DiagramLayout::canvasSize().toSize(), {}, options}, nullptr), QString());
    QImage zh;
    QVERIFY(zh.load(path));

    // Under each token, the Chinese name: ink in the lower part of every box.
    const DiagramLayout layout(DiagramFonts::standard(), options);
    for (TcpState s : kAllStates) {
        const QRectF box = layout.stateBox(s);
        const QRect lower = QRectF(box.left() + 12, box.center().y() + 8, box.width() - 24,
                                   box.bottom() - box.center().y() - 12).toAlignedRect();
        int ink = 0;
        for (int y = lower.top(); y <= lower.bottom(); ++y)
            for (int x = lower.left(); x <= lower.right(); ++x)
                ink += qGray(zh.pixel(x, y)) < 160 ? 1 : 0;
        QVERIFY2(ink > 30, qPrintable(StateText::displayName(s)));
    }
}

void TestDiagramExport::unknownExtensionIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("d.bmp"));
    const QString error = DiagramExporter::exportToFile({path, QSize(), {}, {}}, nullptr);
    QVERIFY(error.contains(QStringLiteral(".png")));
    QVERIFY(!QFile::exists(path));
}

void TestDiagramExport::unwritablePathIsRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("no/such/dir/d.png"));
    const QString error = DiagramExporter::exportToFile({path, QSize(), {}, {}}, nullptr);
    QVERIFY(error.contains(path));
}

QTEST_MAIN(TestDiagramExport)
#include "tst_diagramexport.moc"
