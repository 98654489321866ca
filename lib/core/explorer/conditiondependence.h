#pragma once
// Which conditions a cell's answer depends on: the same question asked of the simulator under
// each other value of every condition that applies (--via, --closed-by, --listener, the modelled
// settings), under both profiles (the linux profile answers as the kernel does in every recorded
// cell, tests/data/whatif_table.tsv). A cell whose answer changes carries a mark in the explorer,
// and its explanation shows the other answer. Microseconds a question: the whole grid at once.

#include "whatif/whatif.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace tsl {

struct ConditionDependence {
    QString condition;   // "depends on how the socket was closed"
    QString otherAnswer; // "with close(): Linux RST,ACK → CLOSED"
};

std::vector<ConditionDependence> conditionDependences(const WhatIfQuery& query);

class ConditionText {
    Q_DECLARE_TR_FUNCTIONS(ConditionText)

public:
    // "Depends on how the socket was closed — with close(): Linux RST,ACK → CLOSED." one a line.
    static QString summary(const std::vector<ConditionDependence>& dependences);
};

} // namespace tsl
