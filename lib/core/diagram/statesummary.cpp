#include "statesummary.h"

#include "model/transitiontable.h"

namespace tsl {

std::array<StateSummary, kStateCount> StateSummary::of(const TokenBoard& board)
{
    std::array<StateSummary, kStateCount> out{};
    for (const TokenBoard::Pile& pile : board.piles()) {
        StateSummary& summary = out[stateIndex(pile.state)];
        summary.count += pile.count;
        summary.clients += pile.clients;
        summary.servers += pile.servers;
        for (const TokenBoard::Token* token : pile.tokens)
            summary.tokens << token->text();
    }
    for (const TokenBoard::Token* token : board.movingTokens()) {
        if (token->ghost || !token->movingAlong)
            continue;
        ++out[stateIndex(transitions()[*token->movingAlong].to)].arriving;
    }
    return out;
}

QString StateSummary::countText() const
{
    // One and many spelled out (not %n): a reader hears "1 connection" even before a catalogue
    // has its plural forms.
    if (count == 0)
        return tr("no connections");
    if (count == 1) {
        if (servers == 1)
            return tr("1 connection (server)");
        return clients == 1 ? tr("1 connection (client)") : tr("1 connection");
    }
    if (clients == count)
        return tr("%1 connections (client)").arg(count);
    if (servers == count)
        return tr("%1 connections (server)").arg(count);
    if (clients + servers == 0)
        return tr("%1 connections").arg(count);
    return tr("%1 connections (%2 client, %3 server)").arg(count).arg(clients).arg(servers);
}

} // namespace tsl
