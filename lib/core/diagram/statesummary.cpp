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
    if (count == 0)
        return tr("no connections");
    if (clients == count)
        return tr("%n connection(s) (client)", nullptr, count);
    if (servers == count)
        return tr("%n connection(s) (server)", nullptr, count);
    if (clients + servers == 0)
        return tr("%n connection(s)", nullptr, count);
    return tr("%n connection(s) (%1 client, %2 server)", nullptr, count).arg(clients).arg(servers);
}

} // namespace tsl
