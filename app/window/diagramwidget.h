#pragma once
// Shows the eleven-state diagram on screen; all geometry and painting come from lib/diagram.

#include "diagram/diagramfocus.h"
#include "diagram/diagramlayout.h"
#include "diagram/diagrampainter.h"
#include "diagram/tokenboard.h"

#include <QElapsedTimer>
#include <QPixmap>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

namespace tsl {

class DiagramWidget : public QWidget {
    Q_OBJECT

public:
    explicit DiagramWidget(QWidget* parent = nullptr);

    TokenBoard* board() const { return m_board; }

    void setStyle(const DiagramStyle& style);
    const DiagramStyle& diagramStyle() const { return m_style; }
    void setOptions(const DiagramOptions& options);
    const DiagramOptions& options() const { return m_layout->options(); }
    // Presentation mode's larger labels, or the standard ones.
    void setFonts(const DiagramFonts& fonts);

    // 1 shows the whole diagram; up to kMaxZoom times closer, panned by dragging or the wheel.
    qreal zoom() const { return m_zoom; }
    static constexpr qreal kMaxZoom = 6.0;

    QImage renderImage(QSize size) const;

    // Token glides are painted at most this often (the board may move them more often): a
    // frame rate a glide looks smooth at, half the cost of painting every 60 Hz tick.
    static constexpr int kFrameIntervalMs = 33;
    // Frames painted since the widget was made (the benchmark and tests count them).
    quint64 framesPainted() const { return m_frames; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // The keyboard's place on the diagram (Tab into it: arrows move it between states along the
    // edges, Enter explains, Space steps, Esc lets go and the arrows step the simulator again).
    std::optional<DiagramFocus> focusItem() const { return m_focus; }
    void setFocusItem(std::optional<DiagramFocus> item);
    const DiagramLayout& layout() const { return *m_layout; }
    // What a state or an edge means, in a sentence (the tooltip, the status bar, a screen reader).
    static QString explanationOf(const DiagramFocus& item);
    // Where an item is drawn, in widget coordinates.
    QRectF itemRect(const DiagramFocus& item) const;
    QRectF canvasToWidget(const QRectF& canvasRect) const;
    // Space on an edge where no panel steps: the focus follows the edge to the state it leads to.
    bool followFocusedEdge();

public slots:
    void zoomIn();
    void zoomOut();
    void resetZoom();

signals:
    // What the pointer is over, explained in a sentence; empty when over nothing.
    void hoverExplanation(const QString& text);
    // Space with the keyboard on the diagram: the window steps what is in front.
    void stepRequested();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void leaveEvent(QEvent* event) override;
    bool event(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    // The board changed: a repaint now, or when the frame interval is over.
    void boardChanged();
    // Where the whole canvas is drawn: the widget at zoom 1, larger and shifted when zoomed.
    QRectF canvasTarget() const;
    QPointF toCanvas(QPointF widgetPoint) const;
    // Zooms keeping the canvas point under `anchor` (widget coordinates) where it is.
    void zoomAt(qreal zoom, QPointF anchor);
    void clampPan();
    void clickAt(QPointF widgetPoint);
    QString explanationAt(QPointF widgetPoint) const;
    // Keys the diagram takes before the window's shortcuts, while it has a focus item.
    bool usesKey(const QKeyEvent& key) const;
    void explainFocusItem();

    TokenBoard* m_board;
    std::unique_ptr<DiagramLayout> m_layout;
    DiagramStyle m_style;
    DiagramFonts m_fonts = DiagramFonts::standard();
    qreal m_zoom = 1.0;
    QPointF m_pan;                      // offset of the zoomed canvas from the centre, in pixels
    std::optional<QPointF> m_pressedAt; // left button down here; a drag pans, a click highlights
    QPointF m_panAtPress;
    bool m_dragging = false;
    // The diagram without tokens, as last painted: tokens move at 30–60 frames a second over a
    // picture that changes only with the size, theme, options, language or highlights.
    QPixmap m_picture;
    QList<TcpState> m_pictureStates;
    std::optional<std::size_t> m_pictureEdge;
    QRectF m_pictureTarget; // where the canvas was drawn (zoom and pan)
    QElapsedTimer m_lastFrame;
    QTimer m_nextFrame; // single shot: the frame a change within the interval waits for
    quint64 m_frames = 0;
    std::optional<DiagramFocus> m_focus;
};

} // namespace tsl
