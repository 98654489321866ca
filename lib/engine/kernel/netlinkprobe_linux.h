#pragma once
// Linux sock_diag netlink (NETLINK_SOCK_DIAG, inet_diag_req_v2): the kernel filters by port with
// the same bytecode `ss` sends, and answers exact 4-tuple lookups without a dump.
// This file is the socket I/O only; the messages are built and parsed by the pure functions of
// netlinkmessages_linux.h, and recorded replies are read and written by netlinkrecording_linux.h.

#include "filedescriptor.h"
#include "kernelprobe.h"
#include "netlinkmessages_linux.h"
#include "netlinkrecording_linux.h"

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace tsl::netlink {

class NetlinkProbe final : public KernelProbe {
public:
    // Opens the netlink socket; check isOpen() / error(). Requests are numbered from
    // `lastSequence` + 1 on (tests start near 2^32 to cross the wrap).
    explicit NetlinkProbe(std::uint32_t lastSequence = 0);
    // Uses a sock_diag socket opened elsewhere, e.g. inside another network namespace (a
    // netlink socket answers for the namespace it was created in).
    explicit NetlinkProbe(FileDescriptor socket);

    bool isOpen() const { return m_socket.valid(); }
    const std::string& error() const { return m_error; }

    // The most exact lookups one datagram carries: their replies must fit the socket's receive
    // buffer together (each is queued as it is answered, while the request is still being sent).
    static constexpr std::size_t kBatchSize = 64;

    ProbeSource source() const override { return ProbeSource::Netlink; }
    ProbeResult query(const ProbeQuery& query) override;
    // The requests go kBatchSize to a datagram, the replies of each come back in one recvmmsg:
    // two system calls per kBatchSize connections the lab follows.
    bool lookupMany(const std::vector<FourTuple>& tuples, std::vector<std::optional<SocketRow>>& rows,
                    std::string& error) override;

    // Every received datagram is also handed here (with its request's sequence): `snapshot
    // --save-netlink` records test data this way (RecordingWriter).
    using Recorder = std::function<void(std::uint32_t sequence, const std::uint8_t*, std::size_t)>;
    void setRecorder(Recorder recorder) { m_recorder = std::move(recorder); }
    // Records every received datagram to `path` (netlinkrecording_linux.h). False with `error`
    // when the file cannot be created; recordingError() tells of a write that failed later.
    bool recordTo(const std::string& path, std::string& error);
    std::string recordingError() const { return m_writer ? m_writer->error() : std::string(); }

private:
    bool send(const std::vector<std::uint8_t>& datagram, std::string& error);
    void setUp();
    bool exchange(const std::vector<std::uint8_t>& request, std::uint32_t sequence, ParseState& state);
    // One dump (retried when the kernel marks it interrupted) into result.rows, filtered here
    // unless the kernel filtered. False with result.error.
    bool dump(std::vector<std::uint8_t> request, bool bothFamilies, const ProbeQuery& query, bool kernelFilters,
              ProbeResult& result);
    bool lookupBatch(const FourTuple* tuples, std::size_t count, std::optional<SocketRow>* rows, std::string& error);

    FileDescriptor m_socket;
    std::string m_error;
    std::uint32_t m_sequence = 0;
    std::vector<std::uint8_t> m_buffer;
    std::vector<std::uint8_t> m_batch;
    ParseState m_parse; // reused so that a poll allocates nothing once warmed up
    ParseState m_dump;  // a dump's, reused the same way
    std::size_t m_lastDumpRows = 0;
    bool m_bothFamilies = true; // until the kernel refuses the one-request dump of both
    Recorder m_recorder;
    std::shared_ptr<RecordingWriter> m_writer; // shared with the recorder that writes into it
};

} // namespace tsl::netlink
