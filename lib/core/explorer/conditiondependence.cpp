#include "conditiondependence.h"

#include "explorer/explorergrid.h"

namespace tsl {

namespace {

struct Alternative {
    QString condition;
    QString value;
    WhatIfQuery query;
};

std::vector<Alternative> alternativesOf(const WhatIfQuery& query)
{
    std::vector<Alternative> out;
    const TcpState state = query.state;
    if (state != TcpState::Closed && state != TcpState::Listen && state != TcpState::SynSent) {
        WhatIfQuery other = query;
        other.viaActive = !query.viaActive;
        if (!listenerApplies(state, other.viaActive))
            other.listener = false;
        out.push_back({ConditionText::tr("depends on how the state was reached"),
                       other.viaActive ? ConditionText::tr("reached actively") : ConditionText::tr("reached passively"), other});
    }
    if (closedByApplies(state)) {
        WhatIfQuery other = query;
        other.closedBy = query.closedBy == ClosedBy::Close ? ClosedBy::Shutdown : ClosedBy::Close;
        out.push_back({ConditionText::tr("depends on how the socket was closed"),
                       other.closedBy == ClosedBy::Close ? ConditionText::tr("after close()") : ConditionText::tr("after shutdown()"), other});
    }
    if (listenerApplies(state, query.viaActive)) {
        WhatIfQuery other = query;
        other.listener = !query.listener;
        out.push_back({ConditionText::tr("depends on a listener on the port"),
                       other.listener ? ConditionText::tr("with a listener") : ConditionText::tr("without a listener"), other});
    }
    for (const char* name : {"tcp_rfc1337"}) {
        WhatIfQuery other = query;
        auto at = std::find_if(other.settings.begin(), other.settings.end(), [name](const WhatIfSetting& s) { return s.name == name; });
        const long now = at == other.settings.end() ? 0 : at->value;
        if (at == other.settings.end())
            other.settings.push_back({name, 1});
        else
            at->value = now ? 0 : 1;
        out.push_back({ConditionText::tr("depends on %1").arg(QString::fromLatin1(name)),
                       QStringLiteral("%1=%2").arg(QString::fromLatin1(name)).arg(now ? 0 : 1), other});
    }
    return out;
}

} // namespace

std::vector<ConditionDependence> conditionDependences(const WhatIfQuery& query)
{
    std::vector<ConditionDependence> out;
    for (sim::Profile profile : sim::kProfiles) {
        const WhatIfAnswer here = whatIfSimulator(query, profile);
        if (!here.ok)
            continue;
        for (const Alternative& alternative : alternativesOf(query)) {
            const WhatIfAnswer there = whatIfSimulator(alternative.query, profile);
            if (!there.ok || whatIfAgree(alternative.query, here, there))
                continue;
            const QString engine = profile == sim::Profile::Linux ? ExplorerText::kernelName() : ExplorerText::rfcName();
            out.push_back({alternative.condition,
                           ConditionText::tr("%1: %2 %3").arg(alternative.value, engine, ExplorerText::shortAnswer(there, query.state))});
        }
    }
    return out;
}

QString ConditionText::summary(const std::vector<ConditionDependence>& dependences)
{
    QStringList lines;
    for (const ConditionDependence& d : dependences)
        lines << tr("This answer %1 — %2.").arg(d.condition, d.otherAnswer);
    return lines.join(QLatin1Char('\n'));
}

} // namespace tsl
