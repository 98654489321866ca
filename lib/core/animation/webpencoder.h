#pragma once
// Encodes an animated WebP through libwebp's WebPAnimEncoder: lossless frames (diagrams are
// flat colour and text), each reduced by the encoder to the rectangle that changed, identical
// frames merged. The result is the file's bytes, for a file or for an HTML page to embed.

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

#include <memory>

namespace tsl {

class WebpEncoder {
    Q_DECLARE_TR_FUNCTIONS(WebpEncoder)

public:
    WebpEncoder();
    ~WebpEncoder();
    WebpEncoder(const WebpEncoder&) = delete;
    WebpEncoder& operator=(const WebpEncoder&) = delete;

    // `loops`: how often it plays; 0 forever.
    bool begin(QSize size, int loops = 0);
    bool addFrame(const QImage& frame, int durationMs);
    // The whole file; empty on failure (errorString() says why).
    QByteArray finish();
    QString errorString() const { return m_error; }

    // One still picture, lossless (an HTML page's resting frames).
    static QByteArray encodeStill(const QImage& image);

private:
    struct State;
    std::unique_ptr<State> m_state;
    QString m_error;
};

} // namespace tsl
