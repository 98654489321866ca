#include "pcapwriter.h"

#include "pcaplibrary.h"

#include <memory>

namespace tsl::net {

bool writePcap(const std::string& path, const std::deque<CapturedSegment>& segments, std::string& error)
{
    const PcapLibrary pcap;
    if (!pcap.loaded()) {
        error = "libpcap could not be loaded: " + pcap.error();
        return false;
    }
    const std::unique_ptr<pcap_t, decltype(pcap.close)> handle(
        pcap.openDeadWithTstampPrecision(DLT_EN10MB, 65535, PCAP_TSTAMP_PRECISION_NANO), pcap.close);
    if (!handle) {
        error = "libpcap could not start a capture file";
        return false;
    }
    const std::unique_ptr<pcap_dumper_t, decltype(pcap.dumpClose)> dumper(pcap.dumpOpen(handle.get(), path.c_str()),
                                                                          pcap.dumpClose);
    if (!dumper) {
        error = "cannot write " + path + ": " + pcap.geterr(handle.get());
        return false;
    }
    for (const CapturedSegment& captured : segments) {
        pcap_pkthdr header{};
        // With nanosecond precision libpcap reads tv_usec as nanoseconds.
        header.ts.tv_sec = time_t(captured.kernelTimeNs / 1000000000);
        header.ts.tv_usec = suseconds_t(captured.kernelTimeNs % 1000000000);
        header.caplen = bpf_u_int32(captured.frame.size());
        header.len = bpf_u_int32(captured.frame.size());
        pcap.dump(reinterpret_cast<u_char*>(dumper.get()), &header, captured.frame.data());
    }
    if (pcap.dumpFlush(dumper.get()) != 0) {
        error = "cannot write " + path;
        return false;
    }
    return true;
}

} // namespace tsl::net
