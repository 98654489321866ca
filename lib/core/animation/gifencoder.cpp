#include "gifencoder.h"

#include <QHash>
#include <QIODevice>

#include <gif_lib.h>

#include <algorithm>
#include <array>
#include <climits>
#include <cstring>

namespace tsl {

namespace {

constexpr int kTransparent = 255; // the palette's last index: "the previous frame shows here"
constexpr int kColours = 255;

int writeToDevice(GifFileType* gif, const GifByteType* data, int length)
{
    auto* device = static_cast<QIODevice*>(gif->UserData);
    return int(device->write(reinterpret_cast<const char*>(data), length));
}

struct Rect {
    int left = 0;
    int top = 0;
    int width = 0;
    int height = 0;
    bool empty() const { return width <= 0 || height <= 0; }
};

// The smallest rectangle holding every pixel where `a` and `b` differ.
Rect changedRect(const QImage& a, const QImage& b)
{
    const int w = a.width();
    const int h = a.height();
    int top = -1;
    int bottom = -1;
    for (int y = 0; y < h; ++y) {
        if (std::memcmp(a.constScanLine(y), b.constScanLine(y), std::size_t(w) * 4) != 0) {
            if (top < 0)
                top = y;
            bottom = y;
        }
    }
    if (top < 0)
        return {};
    int left = w;
    int right = -1;
    for (int y = top; y <= bottom; ++y) {
        const auto* pa = reinterpret_cast<const QRgb*>(a.constScanLine(y));
        const auto* pb = reinterpret_cast<const QRgb*>(b.constScanLine(y));
        for (int x = 0; x < left; ++x) {
            if (pa[x] != pb[x]) {
                left = x;
                break;
            }
        }
        for (int x = w - 1; x > right; --x) {
            if (pa[x] != pb[x]) {
                right = x;
                break;
            }
        }
    }
    return {left, top, right - left + 1, bottom - top + 1};
}

} // namespace

struct GifEncoder::State {
    GifFileType* gif = nullptr;
    QSize size;
    std::array<GifColorType, 256> palette{};
    QHash<QRgb, GifByteType> nearest; // a colour's palette index, once looked up
    QImage shown;    // the last frame written (what the viewer sees, before quantising)
    QImage pending;  // the frame waiting to be written: its duration may still grow
    Rect pendingRect;
    bool pendingFirst = true;
    int pendingStartMs = 0;
    int pendingEndMs = 0;
    int writtenCs = 0; // centiseconds written so far: delays round without drifting

    GifByteType indexOf(QRgb rgb)
    {
        const auto it = nearest.constFind(rgb);
        if (it != nearest.constEnd())
            return *it;
        int best = 0;
        int bestDistance = INT_MAX;
        for (int i = 0; i < kColours; ++i) {
            const int dr = qRed(rgb) - palette[std::size_t(i)].Red;
            const int dg = qGreen(rgb) - palette[std::size_t(i)].Green;
            const int db = qBlue(rgb) - palette[std::size_t(i)].Blue;
            // Weighted as the eye weighs them: green most, blue least.
            const int distance = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
            if (distance < bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        nearest.insert(rgb, GifByteType(best));
        return GifByteType(best);
    }
};

GifEncoder::GifEncoder(QIODevice* device) : m_device(device) {}

GifEncoder::~GifEncoder()
{
    if (m_state && m_state->gif) {
        int error = 0;
        EGifCloseFile(m_state->gif, &error);
    }
}

bool GifEncoder::fail(int gifError)
{
    m_error = m_device->errorString().isEmpty() || gifError != E_GIF_ERR_WRITE_FAILED
                  ? QString::fromUtf8(GifErrorString(gifError))
                  : m_device->errorString();
    return false;
}

bool GifEncoder::begin(QSize size, const std::vector<QImage>& paletteSamples)
{
    if (size.isEmpty() || size.width() > 65535 || size.height() > 65535) {
        m_error = tr("A GIF cannot be %1×%2 pixels.").arg(size.width()).arg(size.height());
        return false;
    }
    m_state = std::make_unique<State>();
    State& s = *m_state;
    s.size = size;

    // The palette: giflib's median cut over the samples, laid side by side.
    const std::size_t pixels = std::size_t(size.width()) * std::size_t(size.height());
    const std::size_t samples = std::max<std::size_t>(1, paletteSamples.size());
    std::vector<GifByteType> red(pixels * samples);
    std::vector<GifByteType> green(red.size());
    std::vector<GifByteType> blue(red.size());
    std::size_t at = 0;
    for (const QImage& sample : paletteSamples) {
        const QImage rgb = sample.convertToFormat(QImage::Format_RGB32).scaled(size);
        for (int y = 0; y < size.height(); ++y) {
            const auto* line = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
            for (int x = 0; x < size.width(); ++x, ++at) {
                red[at] = GifByteType(qRed(line[x]));
                green[at] = GifByteType(qGreen(line[x]));
                blue[at] = GifByteType(qBlue(line[x]));
            }
        }
    }
    std::vector<GifByteType> indices(red.size());
    int colours = kColours;
    if (GifQuantizeBuffer(unsigned(size.width()), unsigned(red.size() / std::size_t(size.width())), &colours, red.data(),
                          green.data(), blue.data(), indices.data(), s.palette.data())
        != GIF_OK) {
        m_error = tr("Could not make the GIF's palette.");
        return false;
    }
    // The median cut works on 5 bits a channel and hands out its boxes' corners (white becomes
    // #f8f8f8): each entry takes instead the most frequent real colour of its box, so that
    // the background and the theme's colours come out exact.
    QHash<QRgb, std::pair<int, GifByteType>> seen; // colour -> (pixels, palette entry)
    QRgb previous = 0;
    std::pair<int, GifByteType>* run = nullptr;
    for (std::size_t i = 0; i < red.size(); ++i) {
        const QRgb rgb = qRgb(red[i], green[i], blue[i]);
        if (!run || rgb != previous) {
            run = &seen[rgb];
            run->second = indices[i];
            previous = rgb;
        }
        ++run->first;
    }
    std::array<int, 256> best{};
    for (auto it = seen.cbegin(); it != seen.cend(); ++it) {
        const auto [count, index] = it.value();
        if (count > best[index]) {
            best[index] = count;
            s.palette[index] = {GifByteType(qRed(it.key())), GifByteType(qGreen(it.key())), GifByteType(qBlue(it.key()))};
        }
    }
    for (int i = colours; i < 256; ++i)
        s.palette[std::size_t(i)] = s.palette[0]; // unused entries: never nearer than their twin

    int error = 0;
    s.gif = EGifOpen(m_device, writeToDevice, &error);
    if (!s.gif)
        return fail(error);
    EGifSetGifVersion(s.gif, true); // GIF89a: delays, transparency, looping
    ColorMapObject* map = GifMakeMapObject(256, s.palette.data());
    const int written = EGifPutScreenDesc(s.gif, size.width(), size.height(), 8, 0, map);
    GifFreeMapObject(map);
    if (written != GIF_OK)
        return fail(s.gif->Error);
    // The NETSCAPE2.0 block: loop forever.
    const GifByteType loop[] = {1, 0, 0};
    if (EGifPutExtensionLeader(s.gif, APPLICATION_EXT_FUNC_CODE) != GIF_OK
        || EGifPutExtensionBlock(s.gif, 11, "NETSCAPE2.0") != GIF_OK || EGifPutExtensionBlock(s.gif, 3, loop) != GIF_OK
        || EGifPutExtensionTrailer(s.gif) != GIF_OK)
        return fail(s.gif->Error);
    return true;
}

bool GifEncoder::addFrame(const QImage& frame, int durationMs)
{
    if (!m_state || !m_state->gif) {
        m_error = tr("The GIF was not started.");
        return false;
    }
    State& s = *m_state;
    const QImage image = frame.size() == s.size ? frame.convertToFormat(QImage::Format_RGB32)
                                                : frame.convertToFormat(QImage::Format_RGB32).scaled(s.size);
    if (s.pending.isNull()) {
        s.pending = image;
        s.pendingRect = {0, 0, s.size.width(), s.size.height()};
        s.pendingFirst = true;
        s.pendingStartMs = 0;
        s.pendingEndMs = durationMs;
        return true;
    }
    const Rect changed = changedRect(s.pending, image);
    if (changed.empty()) {
        s.pendingEndMs += durationMs; // nothing new: the frame before stays longer
        return true;
    }
    if (!flush())
        return false;
    s.pending = image;
    s.pendingRect = changed;
    s.pendingFirst = false;
    s.pendingStartMs = s.pendingEndMs;
    s.pendingEndMs += durationMs;
    return true;
}

bool GifEncoder::flush()
{
    State& s = *m_state;
    if (s.pending.isNull())
        return true;
    const int endCs = (s.pendingEndMs + 5) / 10;
    GraphicsControlBlock control;
    control.DisposalMode = DISPOSE_DO_NOT;
    control.UserInputFlag = false;
    control.DelayTime = std::max(2, endCs - s.writtenCs); // browsers slow anything under 2 cs
    control.TransparentColor = s.pendingFirst ? NO_TRANSPARENT_COLOR : kTransparent;
    s.writtenCs += control.DelayTime;
    GifByteType extension[4];
    const std::size_t length = EGifGCBToExtension(&control, extension);
    if (EGifPutExtension(s.gif, GRAPHICS_EXT_FUNC_CODE, int(length), extension) != GIF_OK)
        return fail(s.gif->Error);
    const Rect& r = s.pendingRect;
    if (EGifPutImageDesc(s.gif, r.left, r.top, r.width, r.height, false, nullptr) != GIF_OK)
        return fail(s.gif->Error);
    std::vector<GifByteType> line(std::size_t(r.width));
    for (int y = r.top; y < r.top + r.height; ++y) {
        const auto* now = reinterpret_cast<const QRgb*>(s.pending.constScanLine(y)) + r.left;
        const QRgb* before = s.pendingFirst ? nullptr : reinterpret_cast<const QRgb*>(s.shown.constScanLine(y)) + r.left;
        for (int x = 0; x < r.width; ++x)
            line[std::size_t(x)] = before && now[x] == before[x] ? GifByteType(kTransparent) : s.indexOf(now[x]);
        if (EGifPutLine(s.gif, line.data(), r.width) != GIF_OK)
            return fail(s.gif->Error);
    }
    s.shown = s.pending;
    s.pending = QImage();
    return true;
}

bool GifEncoder::finish()
{
    if (!m_state || !m_state->gif) {
        m_error = tr("The GIF was not started.");
        return false;
    }
    if (!flush())
        return false;
    int error = 0;
    const int closed = EGifCloseFile(m_state->gif, &error);
    m_state->gif = nullptr;
    if (closed != GIF_OK)
        return fail(error);
    return true;
}

} // namespace tsl
