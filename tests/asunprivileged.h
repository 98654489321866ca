#pragma once
// Runs a check as an ordinary user: a forked child drops to uid/gid 65534 (nobody), runs
// `check` and reports what it returned (empty: success). The suite runs as root in CI, and
// users are not root: what must work without root is checked this way too. Header-only, for
// tests.

#include <fcntl.h>
#include <grp.h>
#include <sys/wait.h>
#include <unistd.h>

#include <functional>
#include <string>

namespace tsl::test {

// The child's error, "" when the check passed.
inline std::string runAsUnprivileged(const std::function<std::string()>& check)
{
    int pipeFds[2];
    if (::pipe2(pipeFds, O_CLOEXEC) != 0)
        return "cannot make a pipe";
    const pid_t child = ::fork();
    if (child < 0) {
        ::close(pipeFds[0]);
        ::close(pipeFds[1]);
        return "cannot fork";
    }
    if (child == 0) {
        ::close(pipeFds[0]);
        std::string error;
        if (::setgroups(0, nullptr) != 0 || ::setgid(65534) != 0 || ::setuid(65534) != 0 || ::getuid() != 65534)
            error = "cannot drop to uid 65534";
        else
            error = check();
        if (!error.empty())
            (void)!::write(pipeFds[1], error.data(), error.size());
        ::_exit(error.empty() ? 0 : 1);
    }
    ::close(pipeFds[1]);
    std::string message;
    char buffer[256];
    ssize_t got;
    while ((got = ::read(pipeFds[0], buffer, sizeof buffer)) > 0)
        message.append(buffer, std::size_t(got));
    ::close(pipeFds[0]);
    int status = 0;
    if (::waitpid(child, &status, 0) != child)
        return "cannot wait for the unprivileged child";
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return message.empty() ? std::string("the unprivileged child failed") : message;
    return {};
}

} // namespace tsl::test
