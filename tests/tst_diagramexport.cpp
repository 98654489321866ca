#include "diagram/diagramexport.h"
#include "diagram/diagramscene.h"
#include "i18n/translations.h"
#include "text/statetext.h"

#include <QFile>
#include <QFontDatabase>
#include <QImage>
#include <QTemporaryDir>
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
    DiagramScene scene;
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
