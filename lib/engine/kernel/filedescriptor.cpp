#include "filedescriptor.h"

#include <unistd.h>

namespace tsl {

void FileDescriptor::reset(int fd)
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = fd;
}

} // namespace tsl
