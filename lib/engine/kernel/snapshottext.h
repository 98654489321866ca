#pragma once
// The table `snapshot` prints, in English (the source language of its translations), in plain
// C++: the Qt-free front of tcpstatelab (app/front) prints it when the user's language is
// English, so that the table starts no Qt (loading QtCore and a QCoreApplication cost more than
// `ss` takes for a whole filtered dump). Byte for byte what the Qt command line prints in
// English (tst_cliprobe compares both programs; tst_frontcommand the timer's numbers with
// QString's); in another language the front hands the command line to the Qt one.

#include "kernelprobe.h"

#include <cstdint>
#include <string>

namespace tsl {

// The whole output: header, one aligned line per socket, a blank line, the counts by state, and
// the warning when the kernel marked the dump inconsistent.
std::string snapshotTableText(const ProbeResult& result);

// A timer's cell, as the Watch panel words it in English: "-", or "timewait 59.8 s" (seconds
// with one decimal, rounded as QString::arg(double, 0, 'f', 1) rounds `ms / 1000.0`).
void appendTimerText(std::string& out, TimerKind timer, std::int64_t ms);

} // namespace tsl
