#include "twintext.h"

#include "text/simtext.h"
#include "text/statetext.h"

namespace tsl {

namespace {
QString label(const TwinSegment& segment) { return QString::fromStdString(twinSegmentLabel(segment)); }
} // namespace

QString TwinText::mark(const TwinStep& step)
{
    if (step.agrees())
        return {};
    for (const TwinDifference& d : step.differences) {
        if (d.kind == TwinDifferenceKind::State)
            return tr("≠ %1: %2 / %3").arg(QString::fromLatin1(sim::sideName(d.side)), StateText::token(d.kernelState),
                                            StateText::token(d.simState));
    }
    return tr("≠ segments");
}

QString TwinText::difference(const TwinDifference& d)
{
    const QString side = QString::fromLatin1(sim::sideName(d.side));
    switch (d.kind) {
    case TwinDifferenceKind::State:
        return tr("The kernel's %1 is in %2, the simulator's in %3.").arg(side, StateText::token(d.kernelState), StateText::token(d.simState));
    case TwinDifferenceKind::KernelOnly: return tr("The kernel sent %1; the simulator did not.").arg(label(*d.segment));
    case TwinDifferenceKind::SimulatorOnly: return tr("The simulator sent %1; the kernel did not.").arg(label(*d.segment));
    case TwinDifferenceKind::Differs:
        return tr("The kernel sent %1 where the simulator sent %2.").arg(label(*d.segment), label(*d.simSegment));
    case TwinDifferenceKind::NotMirrored:
        return tr("The simulator has no segment like %1: this wire action is not applied to it.").arg(label(*d.segment));
    }
    return {};
}

QString TwinText::explanation(const SimTwin& twin, const TwinStep& step)
{
    QStringList parts;
    for (const TwinDifference& d : step.differences)
        parts << difference(d);
    const auto& records = twin.simulator().records();
    for (int i = step.firstSimStep; i < step.firstSimStep + step.simSteps; ++i) {
        if (i >= 1 && i <= int(records.size()))
            parts << sim::SimText::explanation(records[std::size_t(i - 1)]);
    }
    if (!step.agrees() && twin.profile() == sim::Profile::Rfc9293)
        parts << tr("The simulator plays RFC 9293 here; its Linux profile follows the kernel.");
    return parts.join(QLatin1Char(' '));
}

} // namespace tsl
