#include "explorerdialog.h"

#include "explorercelldelegate.h"
#include "ladderwidget.h"

#include "explorer/explorerexport.h"
#include "explorer/explorermodel.h"
#include "text/simtext.h"
#include "text/statetext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <numeric>
#include <cmath>

namespace tsl {

namespace {
QString esc(const QString& text) { return text.toHtmlEscaped(); }
} // namespace

ExplorerDialog::ExplorerDialog(QWidget* parent)
    : QDialog(parent), m_model(new ExplorerModel(this)), m_position(new QComboBox(this)), m_fill(new QPushButton(this)),
      m_cancel(new QPushButton(this)), m_progress(new QProgressBar(this)), m_status(new QLabel(this)),
      m_unavailable(new QLabel(this)), m_grid(new QTableView(this)), m_splitter(new QSplitter(Qt::Vertical, this)),
      m_heading(new QLabel(this)), m_explanation(new QTextBrowser(this)), m_ladder(new LadderWidget(this)),
      m_ladderScroll(new QScrollArea(this)), m_legend(new QLabel(this)), m_positionLabel(new QLabel(this)),
      m_export(new QPushButton(this)), m_close(new QPushButton(this)), m_viaLabel(new QLabel(this)), m_via(new QComboBox(this)),
      m_closedByLabel(new QLabel(this)), m_closedBy(new QComboBox(this)), m_listenerLabel(new QLabel(this)),
      m_listener(new QComboBox(this)), m_rfc1337(new QCheckBox(QStringLiteral("tcp_rfc1337"), this))
{
    setObjectName(QStringLiteral("explorerDialog"));
    // A window of its own (minimise, maximise), not modal: the main window goes on beside it.
    setWindowFlags(Qt::Window | Qt::WindowMinMaxButtonsHint | Qt::WindowCloseButtonHint);
    setSizeGripEnabled(true);

    for (ExplorerPosition position : kExplorerPositions)
        m_position->addItem(QString(), int(position));
    m_position->setCurrentIndex(m_position->findData(int(m_model->position())));
    m_positionLabel->setBuddy(m_position);
    m_cancel->setEnabled(false);
    m_progress->setTextVisible(true);
    m_progress->setMaximumWidth(220);
    m_progress->hide();
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // long texts never widen the window
    m_status->setWordWrap(true); // two lines in the longer languages at 1024 pixels
    m_unavailable->setWordWrap(true);
    m_unavailable->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_unavailable->setFrameShape(QFrame::StyledPanel);
    m_unavailable->setMargin(6);
    m_unavailable->setAutoFillBackground(true);
    m_unavailable->setBackgroundRole(QPalette::ToolTipBase);
    m_unavailable->setForegroundRole(QPalette::ToolTipText);
    m_unavailable->hide();

    m_grid->setModel(m_model);
    m_grid->setItemDelegate(new ExplorerCellDelegate(m_grid));
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_grid->setWordWrap(false);
    m_grid->setCornerButtonEnabled(false);
    // Widths by content (balanceColumns): an RST column needs less than a SYN column.
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_grid->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_grid->viewport()->installEventFilter(this);
    m_grid->horizontalHeader()->setMinimumSectionSize(24); // balanceColumns decides; a larger minimum would overflow
    // Every row two lines high: a difference (RFC above, Linux below) fits, and the grid does not
    // jump as Linux's answers come in.
    m_grid->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_grid->verticalHeader()->setDefaultSectionSize(2 * m_grid->fontMetrics().height() + 4);
    m_grid->horizontalHeader()->setHighlightSections(true);
    m_grid->verticalHeader()->setHighlightSections(true);

    m_heading->setWordWrap(true);
    m_heading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_explanation->setReadOnly(true);
    m_explanation->setOpenLinks(false);
    m_ladderScroll->setWidget(m_ladder);
    m_ladderScroll->setWidgetResizable(true);
    m_ladderScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_legend->setWordWrap(true);
    m_legend->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    // Controls | the grid over the chosen cell's ladder and explanation | legend, export, close.
    auto* controls = new QHBoxLayout;
    controls->addWidget(m_positionLabel);
    controls->addWidget(m_position);
    controls->addSpacing(12);
    controls->addWidget(m_fill);
    controls->addWidget(m_cancel);
    controls->addWidget(m_progress);
    controls->addWidget(m_status, 1);

    auto* details = new QWidget(this);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    detailsLayout->addWidget(m_heading);
    auto* detailsSplitter = new QSplitter(Qt::Horizontal, details);
    detailsSplitter->addWidget(m_ladderScroll);
    detailsSplitter->addWidget(m_explanation);
    detailsSplitter->setStretchFactor(0, 3);
    detailsSplitter->setStretchFactor(1, 2);
    detailsSplitter->setChildrenCollapsible(false);
    detailsLayout->addWidget(detailsSplitter, 1);

    m_splitter->addWidget(m_grid);
    m_splitter->addWidget(details);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_legend, 1);
    bottom->addWidget(m_export);
    bottom->addWidget(m_close);

    // The condition bar: every condition that changes an answer, as whatif's options.
    m_via->addItem(QString(), false);
    m_via->addItem(QString(), true);
    m_closedBy->addItem(QStringLiteral("shutdown()"), int(ClosedBy::Shutdown));
    m_closedBy->addItem(QStringLiteral("close()"), int(ClosedBy::Close));
    m_listener->addItem(QString(), false);
    m_listener->addItem(QString(), true);
    m_viaLabel->setBuddy(m_via);
    m_closedByLabel->setBuddy(m_closedBy);
    m_listenerLabel->setBuddy(m_listener);
    auto* conditions = new QHBoxLayout;
    for (QWidget* w : std::initializer_list<QWidget*>{m_viaLabel, m_via, m_closedByLabel, m_closedBy, m_listenerLabel, m_listener, m_rfc1337})
        conditions->addWidget(w);
    conditions->addStretch(1);
    for (QComboBox* box : {m_via, m_closedBy, m_listener})
        connect(box, &QComboBox::currentIndexChanged, this, &ExplorerDialog::applyConditions);
    connect(m_rfc1337, &QCheckBox::toggled, this, &ExplorerDialog::applyConditions);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addLayout(conditions);
    layout->addWidget(m_unavailable);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(bottom);

    connect(m_position, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setPosition(ExplorerPosition(m_position->currentData().toInt()));
        updateStatus();
        showDetails();
        balanceColumns();
    });
    connect(m_fill, &QPushButton::clicked, this, &ExplorerDialog::fill);
    connect(m_cancel, &QPushButton::clicked, this, &ExplorerDialog::cancel);
    connect(m_export, &QPushButton::clicked, this, &ExplorerDialog::exportTable);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] { showDetails(); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& from, const QModelIndex& to) {
        const QModelIndex current = m_grid->currentIndex();
        if (current.isValid() && current.row() >= from.row() && current.row() <= to.row() && current.column() >= from.column()
            && current.column() <= to.column())
            showDetails();
        updateStatus();
    });
    connect(m_model, &ExplorerModel::fillingChanged, this, [this](bool filling) {
        m_cancel->setEnabled(filling);
        m_fill->setEnabled(!filling);
        m_progress->setVisible(filling && m_progressTotal > 0);
        if (!filling)
            m_fill->setFocus();
        updateStatus();
    });
    connect(m_model, &ExplorerModel::progressChanged, this, [this](int done, int total, int row, int column) {
        if (done == 0 && row < 0)
            m_fillClock.start();
        m_progressDone = done;
        m_progressTotal = total;
        m_progressRow = row;
        m_progressColumn = column;
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->setVisible(m_model->isFilling());
        updateStatus();
    });
    connect(m_model, &ExplorerModel::kernelUnavailable, this, [this] { updateStatus(); });
    connect(m_model, &ExplorerModel::fillFinished, this, [this] {
        m_progressTotal = 0;
        updateStatus();
        balanceColumns(); // once the answers are in: the columns do not jump while a fill runs
    });

    retranslate();
    m_model->fillRfc();
    m_grid->setCurrentIndex(m_model->indexOf(TcpState::Established, std::uint8_t(explorerSegments()[0])));
}

ExplorerDialog::~ExplorerDialog() = default;

void ExplorerDialog::setTheme(DiagramTheme theme)
{
    m_ladder->setTheme(theme);
    m_grid->viewport()->update();
}

void ExplorerDialog::setPosition(ExplorerPosition position)
{
    m_position->setCurrentIndex(m_position->findData(int(position)));
}

void ExplorerDialog::showCell(TcpState state, std::uint8_t flags)
{
    const QModelIndex index = m_model->indexOf(state, flags);
    if (!index.isValid())
        return;
    m_grid->setCurrentIndex(index);
    m_grid->scrollTo(index);
    m_grid->setFocus();
}

void ExplorerDialog::fill()
{
    const ExplorerPosition position = m_model->position();
    m_progressTotal = 0;
    if (m_model->grid(position).kernelComplete())
        m_model->refill(position);
    else
        m_model->fill(position);
    m_cancel->setFocus();
}

void ExplorerDialog::cancel() { m_model->cancel(); }

QString ExplorerDialog::suggestedFileName(const QString& suffix) const
{
    return QStringLiteral("tcp-state-explorer-%1.%2").arg(positionToken(m_model->position()), suffix);
}

void ExplorerDialog::exportTable()
{
    const QString htmlFilter = tr("HTML page for a handout (*.html)");
    const QString csvFilter = tr("CSV table (*.csv)");
    QString selected = htmlFilter;
    const QString directory = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("Export the Explorer's Table"),
                                                directory + QLatin1Char('/') + suggestedFileName(QStringLiteral("html")),
                                                htmlFilter + QStringLiteral(";;") + csvFilter, &selected);
    if (path.isEmpty())
        return;
    if (!ExplorerExport::formatForPath(path))
        path += selected == csvFilter ? QStringLiteral(".csv") : QStringLiteral(".html");
    // The handout says where Linux's answers are missing, and why.
    ExplorerExport::Notes notes;
    const int asked = m_model->shownGrid().kernelFilled();
    if (!m_model->kernelMissingReason().isEmpty())
        notes.kernelMissing = tr("Linux's answers are missing: the private network is not available here (%1).").arg(m_model->kernelMissingReason());
    else if (asked == 0)
        notes.kernelMissing = tr("RFC 9293's answers only: Linux was not asked.");
    else if (asked < int(kExplorerCells))
        notes.kernelMissing = tr("Linux was asked for %1 of the %2 cells.").arg(asked).arg(kExplorerCells);
    const QString error = ExplorerExport::writeFile(path, m_model->shownGrid(), notes);
    if (!error.isEmpty()) {
        QMessageBox::warning(this, tr("Export Failed"), error);
        return;
    }
    m_status->setText(tr("Table written to %1").arg(QDir::toNativeSeparators(path)));
}

void ExplorerDialog::updateStatus()
{
    const ExplorerGrid& grid = m_model->shownGrid();
    const bool filling = m_model->isFilling();
    const bool fillingShown = filling && m_model->kernelFillPosition() == m_model->position();
    m_fill->setText(grid.kernelComplete() ? tr("Ask Linux &Again") : tr("&Fill"));
    m_fill->setToolTip(tr("Ask the real Linux kernel, in a private network, what each cell of this position lacks (a few seconds a row)"));

    QString status;
    if (filling && m_progressTotal > 0 && m_model->kernelFillPosition()) {
        QString where;
        if (m_progressRow >= 0 && m_progressColumn >= 0) {
            where = tr("%1 × %2").arg(StateText::token(ExplorerGrid::stateOfRow(std::size_t(m_progressRow))),
                                      segmentName(ExplorerGrid::flagsOfColumn(std::size_t(m_progressColumn))));
        }
        QString left;
        if (m_progressDone > 0 && m_fillClock.isValid()) {
            const double perCell = double(m_fillClock.elapsed()) / m_progressDone;
            const int seconds = int(std::ceil(perCell * (m_progressTotal - m_progressDone) / 1000.0));
            left = tr("about %1 s left").arg(seconds);
        }
        status = fillingShown ? tr("Asking Linux: %1 (%2 of %3) %4").arg(where).arg(m_progressDone).arg(m_progressTotal).arg(left)
                              : tr("Asking Linux for %1: %2 of %3").arg(ExplorerText::positionTitle(*m_model->kernelFillPosition()))
                                    .arg(m_progressDone)
                                    .arg(m_progressTotal);
        m_progress->setFormat(tr("%v of %m"));
    } else if (grid.bothFilled() > 0) {
        status = tr("%1 of %2 cells compared differ (marked ≠).").arg(grid.differing()).arg(grid.bothFilled());
        if (!grid.kernelComplete())
            status += QLatin1Char(' ') + tr("Fill asks Linux for the rest.");
    } else if (grid.rfcComplete()) {
        status = tr("RFC 9293's answers are in. Fill asks the real Linux kernel (a few seconds).");
    }
    m_status->setText(status);
    m_status->setToolTip(status);

    const QString reason = m_model->kernelMissingReason();
    if (reason.isEmpty()) {
        m_unavailable->hide();
    } else {
        m_unavailable->setText(tr("<b>Linux's answers stay empty:</b> the private network is not available here: %1.<br>"
                                  "<b>How to allow it:</b> %2<br>RFC 9293's answers (the simulator) are all shown.")
                                   .arg(esc(reason), esc(m_model->kernelFix()).replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
        m_unavailable->show();
    }
}

void ExplorerDialog::showDetails()
{
    const QModelIndex index = m_grid->currentIndex();
    if (!index.isValid()) {
        m_heading->setText(tr("Click a cell to see its exchange."));
        m_explanation->clear();
        m_shownSimulation.reset();
        m_ladder->setSimulator(nullptr);
        return;
    }
    const ExplorerCell& cell = m_model->cell(index);
    m_heading->setText(ExplorerText::question(cell));

    // The verdict first (the pane is short at 1024x768), then both answers, then the RFC's why.
    QString html;
    if (cell.hasBoth()) {
        if (cell.differs()) {
            html += QStringLiteral("<p style=\"color:%1\"><b>≠ %2</b> %3</p>")
                        .arg(ExplorerCellDelegate::kernelColour(palette()).name(), esc(tr("They differ.")),
                             esc(ExplorerText::difference(cell)));
        } else {
            html += QStringLiteral("<p><b>= %1</b></p>").arg(esc(tr("They agree.")));
        }
    }
    html += QStringLiteral("<p><b>%1</b> %2<br>")
                .arg(esc(tr("RFC 9293 (simulator):")),
                     cell.rfc ? esc(ExplorerText::longAnswer(*cell.rfc, cell.query)) : esc(tr("not asked yet")));
    html += QStringLiteral("<b>%1</b> %2</p>")
                .arg(esc(tr("Linux (real kernel):")),
                     cell.kernel ? esc(ExplorerText::longAnswer(*cell.kernel, cell.query)) : esc(m_model->kernelMissingText()));
    if (cell.rfc && cell.rfc->step)
        html += QStringLiteral("<p>%1</p>").arg(esc(sim::SimText::explanation(*cell.rfc->step)));
    // Where Linux's answer comes from: the kernel functions the linux profile (which answers as
    // the kernel does) cites.
    const WhatIfAnswer linuxProfile = whatIfSimulator(cell.query, sim::Profile::Linux);
    if (linuxProfile.ok && linuxProfile.step)
        html += QStringLiteral("<p>%1 %2</p>").arg(esc(tr("Linux:")), esc(sim::SimText::sources(*linuxProfile.step)));
    const QString depends = m_model->data(m_grid->currentIndex(), ExplorerModel::DependsRole).toString();
    if (!depends.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p>").arg(esc(depends).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    html += QStringLiteral("<p><small>%1</small></p>").arg(esc(tr("Conditions: %1.").arg(ExplorerText::conditions(cell.query))));
    html += QStringLiteral("<p><small>%1</small></p>")
                .arg(esc(tr("The ladder: the simulator's steps that bring %1 into %2, then the crafted segment (dash-dotted) "
                            "and the answer.")
                             .arg(cell.query.viaActive ? QStringLiteral("A") : QStringLiteral("B"), StateText::token(cell.query.state))));
    m_explanation->setHtml(html);

    if (cell.rfc && cell.rfc->simulation) {
        m_shownSimulation = *cell.rfc->simulation;
        m_ladder->setSimulator(&*m_shownSimulation);
    } else {
        m_shownSimulation.reset();
        m_ladder->setSimulator(nullptr);
    }
    // The crafted segment and its answer are the last steps: in view once the ladder is laid out.
    QTimer::singleShot(0, this, [this] { m_ladderScroll->verticalScrollBar()->setValue(m_ladderScroll->verticalScrollBar()->maximum()); });
}

void ExplorerDialog::applyConditions()
{
    WhatIfQuery conditions;
    conditions.viaActive = m_via->currentData().toBool();
    conditions.closedBy = ClosedBy(m_closedBy->currentData().toInt());
    conditions.listener = m_listener->currentData().toBool();
    if (m_rfc1337->isChecked())
        conditions.settings.push_back({"tcp_rfc1337", 1});
    m_model->setConditions(conditions);
    updateStatus();
    showDetails();
}

void ExplorerDialog::retranslate()
{
    setWindowTitle(tr("State × Segment Explorer — TCP State Lab"));
    m_positionLabel->setText(tr("&Sequence number:"));
    for (int i = 0; i < m_position->count(); ++i) {
        const auto position = ExplorerPosition(m_position->itemData(i).toInt());
        m_position->setItemText(i, ExplorerText::positionTitle(position));
        m_position->setItemData(i, ExplorerText::positionDescription(position), Qt::ToolTipRole);
    }
    m_cancel->setText(tr("&Cancel"));
    m_cancel->setToolTip(tr("Stop asking the kernel after the cell under way; what is in stays"));
    m_export->setText(tr("&Export…"));
    m_export->setToolTip(tr("Write the table shown as an HTML page for a handout or as a CSV table"));
    m_close->setText(tr("Close"));
    m_viaLabel->setText(tr("&Reached:"));
    m_via->setItemText(0, tr("passively (listened)"));
    m_via->setItemText(1, tr("actively (connected)"));
    m_via->setToolTip(tr("How the receiver got to its state (whatif --via); LISTEN is always passive, SYN_SENT active"));
    m_closedByLabel->setText(tr("Cl&osed by:"));
    m_closedBy->setToolTip(tr("How the receiver's application left ESTABLISHED (whatif --closed-by): after close() Linux keeps "
                              "FIN_WAIT_2 as an orphan"));
    m_listenerLabel->setText(tr("Listener on the &port:"));
    m_listener->setItemText(0, tr("no"));
    m_listener->setItemText(1, tr("yes"));
    m_listener->setToolTip(tr("Whether a listening socket shares the receiver's port (whatif --listener): TIME_WAIT hands a new "
                              "SYN to it"));
    m_rfc1337->setToolTip(tr("net.ipv4.tcp_rfc1337 = 1 (whatif --set): TIME_WAIT ignores a RST"));
    m_legend->setText(tr("Each cell: the answer (– none), and → the state the socket moves to. "
                         "≠ marks a difference: RFC 9293 above, Linux below. = both agree. "
                         "A corner mark: the answer depends on a condition (the cell's explanation gives the other answer)."));
    m_grid->setToolTip(QString());
    m_model->retranslate();
    updateStatus();
    showDetails();
}

bool ExplorerDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_grid->viewport() && event->type() == QEvent::Resize)
        QTimer::singleShot(0, this, &ExplorerDialog::balanceColumns);
    return QDialog::eventFilter(watched, event);
}

void ExplorerDialog::balanceColumns()
{
    const int available = m_grid->viewport()->width();
    if (available <= 0)
        return;
    // What each column's widest cell (every position, both lines) and its heading ask for.
    QStyleOptionViewItem option;
    option.initFrom(m_grid);
    option.font = m_grid->font();
    std::vector<int> wanted(std::size_t(m_model->columnCount()), 0);
    QAbstractItemDelegate* delegate = m_grid->itemDelegate();
    for (int column = 0; column < m_model->columnCount(); ++column) {
        int& width = wanted[std::size_t(column)];
        width = m_grid->horizontalHeader()->fontMetrics().horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 16;
        for (int row = 0; row < m_model->rowCount(); ++row)
            width = std::max(width, delegate->sizeHint(option, m_model->index(row, column)).width());
    }
    // Too little room: the widest columns give in first, down to one common width, so the narrow
    // ones (an RST column) stay whole; in proportion, every column gave in, and with a wider font
    // (DejaVu Sans) the narrow ones no longer showed "RST,ACK".
    const auto sumCapped = [&](int cap) {
        return std::accumulate(wanted.begin(), wanted.end(), 0, [cap](int sum, int want) { return sum + std::min(want, cap); });
    };
    int cap = *std::max_element(wanted.begin(), wanted.end());
    if (sumCapped(cap) > available) {
        int low = 0;
        int high = cap;
        while (low < high) { // the largest cap that fits
            const int middle = (low + high + 1) / 2;
            if (sumCapped(middle) <= available)
                low = middle;
            else
                high = middle - 1;
        }
        cap = low;
    }
    // Room to spare goes to every column alike.
    const int spare = std::max(0, available - sumCapped(cap)) / m_model->columnCount();
    int given = 0;
    for (int column = 0; column < m_model->columnCount(); ++column) {
        int width = std::min(wanted[std::size_t(column)], cap) + spare;
        if (column == m_model->columnCount() - 1)
            width = available - given; // no pixel left over at the right
        m_grid->horizontalHeader()->resizeSection(column, width);
        given += width;
    }
}

void ExplorerDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        QTimer::singleShot(0, this, &ExplorerDialog::balanceColumns);
    }
    QDialog::changeEvent(event);
}

void ExplorerDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (!m_fitted) {
        m_fitted = true;
        fitToScreen();
        QTimer::singleShot(0, this, &ExplorerDialog::balanceSplitter);
    }
}

void ExplorerDialog::fitToScreen()
{
    // As large as a comfortable part of the screen, never larger than it (1024×768 projectors).
    const QScreen* screen = parentWidget() && parentWidget()->screen() ? parentWidget()->screen() : QGuiApplication::primaryScreen();
    const QRect available = screen->availableGeometry();
    const QSize wanted(std::min(1400, available.width() - 24), std::min(940, available.height() - 48));
    resize(wanted.expandedTo(minimumSizeHint()).boundedTo(available.size()));
    move(available.center() - QPoint(width() / 2, height() / 2));
}

void ExplorerDialog::balanceSplitter()
{
    // The grid gets what its rows need (at most 75 %); the ladder and explanation the rest.
    const int header = std::max(m_grid->horizontalHeader()->height(), m_grid->horizontalHeader()->sizeHint().height());
    const int gridHeight = header + m_grid->verticalHeader()->length() + 2 * m_grid->frameWidth() + 2;
    const int total = m_splitter->height();
    const int grid = std::min(gridHeight, total * 75 / 100);
    m_splitter->setSizes({grid, total - grid});
}

} // namespace tsl
