#include "capturereader.h"

#include "linklayer.h"

#include <pcap/pcap.h>

namespace tsl::capture {

struct CaptureReader::Handle {
    const net::PcapLibrary& pcap;
    pcap_t* capture = nullptr;
    bpf_program filter{};
    bool filtered = false;
    explicit Handle(const net::PcapLibrary& library) : pcap(library) {}
    Handle(const Handle&) = delete;
    Handle& operator=(const Handle&) = delete;
    ~Handle()
    {
        if (filtered)
            pcap.freecode(&filter);
        if (capture)
            pcap.close(capture);
    }
};

CaptureReader::CaptureReader() = default;
CaptureReader::~CaptureReader() = default;

bool CaptureReader::open(const std::string& path, const std::string& filter)
{
    m_handle.reset();
    m_counts = {};
    m_frame = 0;
    m_stop.clear();
    if (!m_pcap.loaded()) {
        m_error = OpenError::LibraryMissing;
        m_detail = m_pcap.error();
        return false;
    }
    char message[PCAP_ERRBUF_SIZE] = {};
    auto handle = std::make_unique<Handle>(m_pcap);
    handle->capture = m_pcap.openOfflineWithTstampPrecision(path.c_str(), PCAP_TSTAMP_PRECISION_NANO, message);
    if (!handle->capture) {
        m_error = OpenError::CannotRead;
        m_detail = message;
        return false;
    }
    m_linkType = m_pcap.datalink(handle->capture);
    if (!linkTypeSupported(m_linkType)) {
        m_error = OpenError::UnsupportedLinkType;
        m_detail = std::to_string(m_linkType);
        return false;
    }
    if (!filter.empty()) {
        // Applied per packet (pcap_offline_filter), not as the handle's filter: frames keep the
        // numbers they have in the file, as Wireshark shows them.
        if (m_pcap.compile(handle->capture, &handle->filter, filter.c_str(), 1, PCAP_NETMASK_UNKNOWN) != 0) {
            m_error = OpenError::BadFilter;
            m_detail = m_pcap.geterr(handle->capture);
            return false;
        }
        handle->filtered = true;
    }
    m_handle = std::move(handle);
    m_error = OpenError::None;
    m_detail.clear();
    return true;
}

bool CaptureReader::next(CapturedPacket& packet)
{
    if (!m_handle)
        return false;
    for (;;) {
        pcap_pkthdr* header = nullptr;
        const u_char* data = nullptr;
        const int result = m_pcap.nextEx(m_handle->capture, &header, &data);
        if (result == PCAP_ERROR_BREAK) { // the end of the file
            m_handle.reset();
            return false;
        }
        if (result < 0) {
            m_stop = m_pcap.geterr(m_handle->capture);
            m_handle.reset();
            return false;
        }
        if (result == 0)
            continue; // only for live captures
        ++m_frame;
        if (m_handle->filtered && m_pcap.offlineFilter(&m_handle->filter, header, data) == 0)
            continue;
        ++m_counts.packets;
        net::PacketProblem why = net::PacketProblem::None;
        std::optional<net::TcpSegment> segment = segmentFromFrame(m_linkType, data, header->caplen, why);
        if (!segment) {
            switch (why) {
            case net::PacketProblem::Fragment: ++m_counts.fragments; break;
            case net::PacketProblem::Cut: ++m_counts.cut; break;
            case net::PacketProblem::Malformed: ++m_counts.malformed; break;
            case net::PacketProblem::None:
            case net::PacketProblem::NotTcp: ++m_counts.notTcp; break;
            }
            continue;
        }
        ++m_counts.tcp;
        packet.frame = m_frame;
        // Nanosecond precision: libpcap puts nanoseconds in tv_usec.
        packet.timeNs = std::int64_t(header->ts.tv_sec) * 1000000000 + std::int64_t(header->ts.tv_usec);
        packet.capturedLength = header->caplen;
        packet.wireLength = header->len;
        packet.segment = std::move(*segment);
        return true;
    }
}

} // namespace tsl::capture
