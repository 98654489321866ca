#include "htmlanimation.h"

#include "animation/webpencoder.h"
#include "i18n/translations.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tsl {

namespace {

QString dataUri(const QByteArray& webp)
{
    return webp.isEmpty() ? QString() : QStringLiteral("data:image/webp;base64,") + QString::fromLatin1(webp.toBase64());
}

// The page's look: the theme's colours, readable on a phone and a projector alike.
constexpr char kStyle[] = R"(
body { margin: 0; font-family: "Noto Sans", "DejaVu Sans", sans-serif; background: %1; color: %2; }
main { max-width: %3px; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.5rem; margin: 0 0 .3rem; }
p.description { margin: 0 0 1rem; color: %4; }
figure { margin: 0; }
figure img { width: 100%; height: auto; display: block; border: 1px solid %5; }
figcaption { min-height: 3.2em; margin: .6rem 0; }
figcaption b { display: block; }
nav { display: flex; flex-wrap: wrap; gap: .4rem; align-items: center; margin: .4rem 0 1rem; }
nav button { font-size: 1rem; min-width: 2.6rem; padding: .3rem .6rem; }
nav input[type=range] { flex: 1; min-width: 8rem; }
ol button { all: unset; cursor: pointer; }
ol li.current { font-weight: bold; }
ol button:focus-visible, nav button:focus-visible { outline: 2px solid %6; outline-offset: 2px; }
footer { font-size: .8rem; color: %4; margin-top: 1rem; }
)";

constexpr char kScript[] = R"(
(function () {
  const data = JSON.parse(document.getElementById('tsl-steps').textContent);
  const blobs = data.steps.map(s => s.glide ? fetch(s.glide).then(r => r.blob()) : null);
  const img = document.getElementById('tsl-frame');
  const caption = document.getElementById('tsl-caption');
  const position = document.getElementById('tsl-position');
  const slider = document.getElementById('tsl-slider');
  const play = document.getElementById('tsl-play');
  const items = Array.from(document.querySelectorAll('#tsl-steps-list li'));
  let current = 0, timer = null, url = null;
  function show(n, forwards) {
    n = Math.max(0, Math.min(data.steps.length - 1, n));
    const step = data.steps[n];
    if (url) { URL.revokeObjectURL(url); url = null; }
    img.src = step.still;
    if (forwards && blobs[n]) {
      // A fresh object URL restarts the glide each time the step is entered.
      blobs[n].then(b => { if (current === n) { url = URL.createObjectURL(b); img.src = url; } });
    }
    img.alt = step.caption;
    caption.innerHTML = '';
    const b = document.createElement('b'); b.textContent = step.caption; caption.appendChild(b);
    caption.appendChild(document.createTextNode(step.explanation));
    position.textContent = step.position;
    slider.value = n;
    items.forEach((li, i) => li.classList.toggle('current', i === n));
    current = n;
  }
  function stop() { if (timer) { clearInterval(timer); timer = null; } play.textContent = data.play; }
  function start() {
    if (current === data.steps.length - 1) show(0, false);
    play.textContent = data.pause;
    timer = setInterval(() => { if (current === data.steps.length - 1) stop(); else show(current + 1, true); }, data.stepMs);
  }
  document.getElementById('tsl-first').onclick = () => { stop(); show(0, false); };
  document.getElementById('tsl-back').onclick = () => { stop(); show(current - 1, false); };
  document.getElementById('tsl-forward').onclick = () => { stop(); show(current + 1, true); };
  document.getElementById('tsl-last').onclick = () => { stop(); show(data.steps.length - 1, false); };
  play.onclick = () => { if (timer) stop(); else start(); };
  slider.oninput = () => { stop(); show(Number(slider.value), false); };
  items.forEach((li, i) => li.querySelector('button').onclick = () => { stop(); show(i, i === current + 1); });
  document.addEventListener('keydown', e => {
    if (e.target.tagName === 'INPUT') return;
    if (e.key === 'ArrowRight') { stop(); show(current + 1, true); e.preventDefault(); }
    else if (e.key === 'ArrowLeft') { stop(); show(current - 1, false); e.preventDefault(); }
    else if (e.key === 'Home') { stop(); show(0, false); e.preventDefault(); }
    else if (e.key === 'End') { stop(); show(data.steps.length - 1, false); e.preventDefault(); }
  });
  show(0, false);
})();
)";

QString jsonForScript(const QJsonObject& object)
{
    // Inside <script>: "</" must not end the element early.
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)).replace(QLatin1String("</"), QLatin1String("<\\/"));
}

QString cssColour(const QColor& colour) { return colour.name(QColor::HexRgb); }

} // namespace

HtmlAnimation::HtmlAnimation(const AnimationScript& script, const AnimationOptions& options)
    : m_script(script), m_options(options)
{
}

bool HtmlAnimation::addFrame(const AnimationFrame& frame)
{
    if (!m_current.empty() && m_current.back().step != frame.step && !closeGroup())
        return false;
    m_current.push_back(frame);
    if (frame.last)
        return closeGroup();
    return true;
}

bool HtmlAnimation::closeGroup()
{
    if (m_current.empty())
        return true;
    Group group;
    group.still = WebpEncoder::encodeStill(m_current.back().image);
    if (group.still.isEmpty()) {
        m_error = tr("Could not encode a picture as WebP.");
        return false;
    }
    if (m_current.size() > 1) {
        WebpEncoder glide;
        if (!glide.begin(m_options.size, 1)) {
            m_error = glide.errorString();
            return false;
        }
        for (const AnimationFrame& f : m_current) {
            // The resting picture need not stay long: the page shows it after the glide.
            if (!glide.addFrame(f.image, f.last ? 100 : f.durationMs)) {
                m_error = glide.errorString();
                return false;
            }
        }
        group.glide = glide.finish();
        if (group.glide.isEmpty()) {
            m_error = glide.errorString();
            return false;
        }
    }
    m_groups.push_back(std::move(group));
    m_current.clear();
    return true;
}

QByteArray HtmlAnimation::finish()
{
    if (!closeGroup())
        return {};
    const int total = int(m_script.steps.size());
    QJsonArray steps;
    for (std::size_t i = 0; i < m_groups.size(); ++i) {
        QJsonObject step;
        const AnimationStep* s = i > 0 && i - 1 < m_script.steps.size() ? &m_script.steps[i - 1] : nullptr;
        step[QStringLiteral("still")] = dataUri(m_groups[i].still);
        step[QStringLiteral("glide")] = m_groups[i].glide.isEmpty() ? QJsonValue() : QJsonValue(dataUri(m_groups[i].glide));
        step[QStringLiteral("caption")] = s ? s->caption : tr("Start");
        step[QStringLiteral("explanation")] = s ? QStringLiteral(" ") + s->explanation : QString();
        step[QStringLiteral("position")] = i == 0 ? tr("Start") : tr("Step %1 of %2").arg(i).arg(total);
        steps.append(step);
    }
    QJsonObject data;
    data[QStringLiteral("steps")] = steps;
    data[QStringLiteral("stepMs")] = m_options.stepMs;
    data[QStringLiteral("play")] = tr("Play");
    data[QStringLiteral("pause")] = tr("Pause");

    const DiagramPalette palette = paletteFor(m_options.theme);
    QString lang = Translations::current();
    lang.replace(QLatin1Char('_'), QLatin1Char('-'));
    QString page;
    page += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"
                           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                           "<meta name=\"generator\" content=\"TCP State Lab\">\n<title>%2</title>\n<style>%3</style>\n</head>\n")
                .arg(lang.toHtmlEscaped(), m_script.title.toHtmlEscaped(),
                     QString::fromLatin1(kStyle)
                         .arg(cssColour(palette.background), cssColour(palette.boxText))
                         .arg(m_options.size.width())
                         .arg(cssColour(palette.subtitleText), cssColour(palette.edge), cssColour(palette.highlightBorder)));
    page += QStringLiteral("<body>\n<main>\n<h1>%1</h1>\n<p class=\"description\">%2</p>\n")
                .arg(m_script.title.toHtmlEscaped(), m_script.description.toHtmlEscaped());
    const QString firstStill = steps.isEmpty() ? QString() : steps.first().toObject().value(QStringLiteral("still")).toString();
    page += QStringLiteral("<figure>\n<img id=\"tsl-frame\" width=\"%1\" height=\"%2\" src=\"%3\" alt=\"%4\">\n"
                           "<figcaption id=\"tsl-caption\" aria-live=\"polite\"></figcaption>\n</figure>\n")
                .arg(m_options.size.width())
                .arg(m_options.size.height())
                .arg(firstStill, tr("Start").toHtmlEscaped());
    const auto button = [](const char* id, const QString& symbol, const QString& label) {
        return QStringLiteral("<button id=\"%1\" type=\"button\" title=\"%2\" aria-label=\"%2\">%3</button>\n")
            .arg(QLatin1String(id), label.toHtmlEscaped(), symbol);
    };
    page += QStringLiteral("<nav aria-label=\"%1\">\n").arg(tr("Steps").toHtmlEscaped());
    page += button("tsl-first", QStringLiteral("&#x23EE;"), tr("First step"));
    page += button("tsl-back", QStringLiteral("&#x25C0;"), tr("Previous step (Left arrow)"));
    page += QStringLiteral("<button id=\"tsl-play\" type=\"button\">%1</button>\n").arg(tr("Play").toHtmlEscaped());
    page += button("tsl-forward", QStringLiteral("&#x25B6;"), tr("Next step (Right arrow)"));
    page += button("tsl-last", QStringLiteral("&#x23ED;"), tr("Last step"));
    page += QStringLiteral("<input id=\"tsl-slider\" type=\"range\" min=\"0\" max=\"%1\" value=\"0\" aria-label=\"%2\">\n"
                           "<output id=\"tsl-position\"></output>\n</nav>\n")
                .arg(total)
                .arg(tr("Step").toHtmlEscaped());
    page += QStringLiteral("<ol id=\"tsl-steps-list\" start=\"0\">\n");
    for (const auto& step : steps) {
        page += QStringLiteral("<li><button type=\"button\">%1</button></li>\n")
                    .arg(step.toObject().value(QStringLiteral("caption")).toString().toHtmlEscaped());
    }
    page += QStringLiteral("</ol>\n<noscript>\n");
    for (const auto& step : steps) {
        const QJsonObject s = step.toObject();
        page += QStringLiteral("<figure><img width=\"%1\" height=\"%2\" src=\"%3\" alt=\"\"><figcaption><b>%4</b>%5</figcaption></figure>\n")
                    .arg(m_options.size.width())
                    .arg(m_options.size.height())
                    .arg(s.value(QStringLiteral("still")).toString(),
                         s.value(QStringLiteral("caption")).toString().toHtmlEscaped(),
                         s.value(QStringLiteral("explanation")).toString().toHtmlEscaped());
    }
    page += QStringLiteral("</noscript>\n<footer>%1</footer>\n</main>\n").arg(tr("Made with TCP State Lab.").toHtmlEscaped());
    page += QStringLiteral("<script type=\"application/json\" id=\"tsl-steps\">%1</script>\n").arg(jsonForScript(data));
    page += QStringLiteral("<script>%1</script>\n</body>\n</html>\n").arg(QString::fromLatin1(kScript));
    return page.toUtf8();
}

} // namespace tsl
