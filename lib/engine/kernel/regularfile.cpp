#include "regularfile.h"

#include "filedescriptor.h"

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tsl {

bool readRegularFile(const std::string& path, std::size_t maxBytes, std::string& out, std::string& error)
{
    // O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused just below.
    FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK));
    if (!fd.valid()) {
        error = "cannot open " + path + ": " + std::strerror(errno);
        return false;
    }
    struct stat info{};
    if (::fstat(fd.get(), &info) != 0) {
        error = "cannot read " + path + ": " + std::strerror(errno);
        return false;
    }
    if (!S_ISREG(info.st_mode)) {
        error = path + " is not a regular file";
        return false;
    }
    const auto tooLarge = [&] {
        error = path + " is larger than " + std::to_string(maxBytes / (1024 * 1024)) + " MiB";
        return false;
    };
    if (std::uint64_t(info.st_size) > maxBytes) // /proc's own files say 0 here: counted below
        return tooLarge();
    out.clear();
    char buffer[65536];
    for (;;) {
        const ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            error = "cannot read " + path + ": " + std::strerror(errno);
            return false;
        }
        if (n == 0)
            break;
        if (out.size() + std::size_t(n) > maxBytes)
            return tooLarge();
        out.append(buffer, std::size_t(n));
    }
    return true;
}

} // namespace tsl
