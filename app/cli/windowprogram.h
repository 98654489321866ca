#pragma once
// The Qt command line hands the window, and the verbs that paint, to the window program
// (tcpstatelab-gui): so the verbs that only print load QtCore alone.

namespace tsl::cli {

// Replaces this process by the window program with the same arguments (on Windows: runs it and
// waits). Returns only when it could not be started, with an exit code after saying why.
int runWindowProgram(int argc, char** argv);

} // namespace tsl::cli
