#pragma once
// Writes an animated GIF through giflib, small enough for slides: one global palette of 255
// colours (giflib's median cut over sample frames, no dithering, so text stays crisp), and each
// frame only the rectangle that changed, with the pixels that did not change transparent (the
// previous frame stays beneath). Identical frames merge into one longer frame. Loops forever.

#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

#include <memory>
#include <vector>

class QIODevice;

namespace tsl {

class GifEncoder {
    Q_DECLARE_TR_FUNCTIONS(GifEncoder)

public:
    explicit GifEncoder(QIODevice* device);
    ~GifEncoder();
    GifEncoder(const GifEncoder&) = delete;
    GifEncoder& operator=(const GifEncoder&) = delete;

    // Starts the file: the screen and a palette made from `paletteSamples` (frames of size `size`
    // that between them have every colour the animation uses).
    bool begin(QSize size, const std::vector<QImage>& paletteSamples);
    bool addFrame(const QImage& frame, int durationMs);
    // Writes the last frame and closes the GIF (the device stays open).
    bool finish();
    QString errorString() const { return m_error; }

private:
    struct State;
    bool flush();
    bool fail(int gifError);

    QIODevice* m_device;
    std::unique_ptr<State> m_state;
    QString m_error;
};

} // namespace tsl
