#include "netlinkrecording_linux.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace tsl::netlink {

namespace {

constexpr char kMagic[] = "TSLNL1\n";
constexpr std::size_t kMagicLength = sizeof kMagic - 1;

std::uint32_t readLe32(const std::uint8_t* p)
{
    return std::uint32_t(p[0]) | std::uint32_t(p[1]) << 8 | std::uint32_t(p[2]) << 16
           | std::uint32_t(p[3]) << 24;
}

void appendLe32(std::vector<std::uint8_t>& out, std::uint32_t value)
{
    for (int shift = 0; shift < 32; shift += 8)
        out.push_back(std::uint8_t(value >> shift & 0xff));
}

} // namespace

bool parseRecording(const std::vector<std::uint8_t>& file, ParseState& state, ParseStatus& last)
{
    if (file.size() < kMagicLength || std::memcmp(file.data(), kMagic, kMagicLength) != 0) {
        state.error = "not a netlink recording (bad magic)";
        return false;
    }
    std::size_t offset = kMagicLength;
    last = ParseStatus::NeedMore;
    while (offset < file.size()) {
        if (file.size() - offset < 8) {
            state.error = "truncated recording header";
            return false;
        }
        const std::uint32_t sequence = readLe32(file.data() + offset);
        const std::uint32_t length = readLe32(file.data() + offset + 4);
        offset += 8;
        if (length > file.size() - offset) {
            state.error = "truncated recording: datagram of " + std::to_string(length) + " bytes, "
                          + std::to_string(file.size() - offset) + " left";
            return false;
        }
        last = parseDatagram(file.data() + offset, length, sequence, state);
        offset += length;
        if (last == ParseStatus::Failed)
            return false;
    }
    return true;
}

void appendRecordedDatagram(std::vector<std::uint8_t>& out, std::uint32_t sequence,
                            const std::uint8_t* data, std::size_t length)
{
    appendLe32(out, sequence);
    appendLe32(out, std::uint32_t(length));
    out.insert(out.end(), data, data + length);
}

bool RecordingWriter::open(const std::string& path, std::string& error)
{
    m_path = path;
    m_error.clear();
    m_file.reset(::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644));
    if (!m_file.valid()) {
        error = std::strerror(errno);
        return false;
    }
    if (!writeAll(reinterpret_cast<const std::uint8_t*>(kMagic), kMagicLength)) {
        error = m_error;
        return false;
    }
    return true;
}

bool RecordingWriter::write(std::uint32_t sequence, const std::uint8_t* data, std::size_t length)
{
    if (!ok() || !m_file.valid())
        return false;
    m_frame.clear();
    appendRecordedDatagram(m_frame, sequence, data, length);
    return writeAll(m_frame.data(), m_frame.size());
}

bool RecordingWriter::writeAll(const std::uint8_t* data, std::size_t length)
{
    while (length > 0) {
        const ssize_t written = ::write(m_file.get(), data, length);
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0) {
            m_error = "cannot write " + m_path + ": " + std::strerror(written < 0 ? errno : EIO);
            return false;
        }
        data += written;
        length -= std::size_t(written);
    }
    return true;
}

} // namespace tsl::netlink
