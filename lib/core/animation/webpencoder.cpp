#include "webpencoder.h"

#include <webp/encode.h>
#include <webp/mux.h>

namespace tsl {

namespace {

// Lossless at a middling effort: diagrams are flat colour and text, which lossy encoding blurs.
void configure(WebPConfig& config)
{
    WebPConfigInit(&config);
    config.lossless = 1;
    config.quality = 50; // lossless: the effort, not the fidelity
    config.method = 2;
    config.exact = 1;
}

bool importPicture(const QImage& frame, QSize size, WebPPicture& picture)
{
    if (!WebPPictureInit(&picture))
        return false;
    // RGBX8888 is R, G, B, X bytes in memory on every machine.
    const QImage image = (frame.size() == size ? frame : frame.scaled(size)).convertToFormat(QImage::Format_RGBX8888);
    picture.use_argb = 1;
    picture.width = size.width();
    picture.height = size.height();
    return WebPPictureImportRGBX(&picture, image.constBits(), int(image.bytesPerLine())) != 0;
}

QString encoderError(const WebPAnimEncoder* encoder)
{
    const char* error = encoder ? WebPAnimEncoderGetError(const_cast<WebPAnimEncoder*>(encoder)) : nullptr;
    return QString::fromUtf8(error && *error ? error : "libwebp failed");
}

} // namespace

struct WebpEncoder::State {
    WebPAnimEncoder* encoder = nullptr;
    QSize size;
    int timestampMs = 0;
    ~State()
    {
        if (encoder)
            WebPAnimEncoderDelete(encoder);
    }
};

WebpEncoder::WebpEncoder() = default;
WebpEncoder::~WebpEncoder() = default;

bool WebpEncoder::begin(QSize size, int loops)
{
    if (size.isEmpty() || size.width() > WEBP_MAX_DIMENSION || size.height() > WEBP_MAX_DIMENSION) {
        m_error = tr("A WebP cannot be %1×%2 pixels.").arg(size.width()).arg(size.height());
        return false;
    }
    m_state = std::make_unique<State>();
    WebPAnimEncoderOptions options;
    if (!WebPAnimEncoderOptionsInit(&options)) {
        m_error = tr("This libwebp does not match the one the program was built with.");
        return false;
    }
    options.anim_params.loop_count = std::max(0, loops);
    options.anim_params.bgcolor = 0xffffffff;
    options.allow_mixed = 0;
    // A key frame now and then keeps seeking cheap without costing much on flat pictures.
    // No key frames inserted: each frame is only what changed. A third of the size and a
    // quarter of the time on a 14-step scenario (tests/bench/bench_animation).
    options.kmax = 0;
    options.kmin = 0;
    m_state->size = size;
    m_state->encoder = WebPAnimEncoderNew(size.width(), size.height(), &options);
    if (!m_state->encoder) {
        m_error = tr("Not enough memory for a %1×%2 WebP.").arg(size.width()).arg(size.height());
        return false;
    }
    return true;
}

bool WebpEncoder::addFrame(const QImage& frame, int durationMs)
{
    if (!m_state || !m_state->encoder) {
        m_error = tr("The WebP was not started.");
        return false;
    }
    WebPConfig config;
    configure(config);
    WebPPicture picture;
    if (!importPicture(frame, m_state->size, picture)) {
        WebPPictureFree(&picture);
        m_error = tr("Not enough memory for a %1×%2 WebP.").arg(m_state->size.width()).arg(m_state->size.height());
        return false;
    }
    const bool added = WebPAnimEncoderAdd(m_state->encoder, &picture, m_state->timestampMs, &config) != 0;
    WebPPictureFree(&picture);
    if (!added) {
        m_error = encoderError(m_state->encoder);
        return false;
    }
    m_state->timestampMs += std::max(1, durationMs);
    return true;
}

QByteArray WebpEncoder::finish()
{
    if (!m_state || !m_state->encoder) {
        m_error = tr("The WebP was not started.");
        return {};
    }
    // The end time gives the last frame its duration.
    if (!WebPAnimEncoderAdd(m_state->encoder, nullptr, m_state->timestampMs, nullptr)) {
        m_error = encoderError(m_state->encoder);
        return {};
    }
    WebPData data;
    WebPDataInit(&data);
    if (!WebPAnimEncoderAssemble(m_state->encoder, &data)) {
        m_error = encoderError(m_state->encoder);
        WebPDataClear(&data);
        return {};
    }
    QByteArray bytes(reinterpret_cast<const char*>(data.bytes), qsizetype(data.size));
    WebPDataClear(&data);
    m_state.reset();
    return bytes;
}

QByteArray WebpEncoder::encodeStill(const QImage& image)
{
    WebPConfig config;
    configure(config);
    WebPPicture picture;
    if (!importPicture(image, image.size(), picture)) {
        WebPPictureFree(&picture);
        return {};
    }
    WebPMemoryWriter writer;
    WebPMemoryWriterInit(&writer);
    picture.writer = WebPMemoryWrite;
    picture.custom_ptr = &writer;
    const bool encoded = WebPEncode(&config, &picture) != 0;
    WebPPictureFree(&picture);
    QByteArray bytes;
    if (encoded)
        bytes = QByteArray(reinterpret_cast<const char*>(writer.mem), qsizetype(writer.size));
    WebPMemoryWriterClear(&writer);
    return bytes;
}

} // namespace tsl
