#include "pcapwriter.h"

#include <pcap/pcap.h>

#include <memory>

namespace tsl::net {

bool writePcap(const std::string& path, const std::deque<CapturedSegment>& segments, std::string& error)
{
    const std::unique_ptr<pcap_t, decltype(&pcap_close)> handle(
        pcap_open_dead_with_tstamp_precision(DLT_EN10MB, 65535, PCAP_TSTAMP_PRECISION_NANO), &pcap_close);
    if (!handle) {
        error = "libpcap could not start a capture file";
        return false;
    }
    const std::unique_ptr<pcap_dumper_t, decltype(&pcap_dump_close)> dumper(pcap_dump_open(handle.get(), path.c_str()),
                                                                            &pcap_dump_close);
    if (!dumper) {
        error = "cannot write " + path + ": " + pcap_geterr(handle.get());
        return false;
    }
    for (const CapturedSegment& captured : segments) {
        pcap_pkthdr header{};
        // With nanosecond precision libpcap reads tv_usec as nanoseconds.
        header.ts.tv_sec = time_t(captured.kernelTimeNs / 1000000000);
        header.ts.tv_usec = suseconds_t(captured.kernelTimeNs % 1000000000);
        header.caplen = bpf_u_int32(captured.frame.size());
        header.len = bpf_u_int32(captured.frame.size());
        pcap_dump(reinterpret_cast<u_char*>(dumper.get()), &header, captured.frame.data());
    }
    if (pcap_dump_flush(dumper.get()) != 0) {
        error = "cannot write " + path;
        return false;
    }
    return true;
}

} // namespace tsl::net
