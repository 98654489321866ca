#pragma once
// Reads a whole file that must be a regular file of bounded size: a path pointing at a FIFO,
// a device (/dev/zero) or a huge file fails at once with a clear message, instead of blocking
// forever or growing until memory runs out. POSIX; plain C++.

#include <cstddef>
#include <string>

namespace tsl {

// False with `error` ("PATH is not a regular file", "PATH is larger than N MiB", the errno
// text) when the file cannot be taken whole.
bool readRegularFile(const std::string& path, std::size_t maxBytes, std::string& out, std::string& error);

} // namespace tsl
