#pragma once
// libpcap, loaded when a capture file is written or read (dlopen) instead of linked: linking it made
// every start of the command line load libpcap and what it links (D-Bus, systemd, libgcrypt,
// libgpg-error, liblzma, liblz4, libcap: 8 of the 26 libraries `tcpstatelab --version` loaded,
// ~0.9 ms of its ~3.6 ms), for every verb, when only `net run --pcap` writes a capture. ELF has
// no lazily loaded DT_NEEDED, so the library is opened here, by its soname, for as long as this
// object lives. It is still Debian's libpcap, with its own writer. Plain C++.

#include <pcap/pcap.h>

#include <memory>
#include <string>

namespace tsl::net {

class PcapLibrary {
public:
    // Opens libpcap and resolves the entry points below; see loaded() and error().
    PcapLibrary();
    PcapLibrary(const PcapLibrary&) = delete;
    PcapLibrary& operator=(const PcapLibrary&) = delete;

    bool loaded() const { return m_handle != nullptr; }
    // Why it could not be loaded ("libpcap.so.0.8: cannot open shared object file ...").
    const std::string& error() const { return m_error; }

    // libpcap's own functions (null until loaded()).
    decltype(&::pcap_open_dead_with_tstamp_precision) openDeadWithTstampPrecision = nullptr;
    decltype(&::pcap_close) close = nullptr;
    decltype(&::pcap_geterr) geterr = nullptr;
    decltype(&::pcap_dump_open) dumpOpen = nullptr;
    decltype(&::pcap_dump) dump = nullptr;
    decltype(&::pcap_dump_flush) dumpFlush = nullptr;
    decltype(&::pcap_dump_close) dumpClose = nullptr;
    // Reading (tcpstatelab replay, capture/capturereader.h).
    decltype(&::pcap_open_offline_with_tstamp_precision) openOfflineWithTstampPrecision = nullptr;
    decltype(&::pcap_next_ex) nextEx = nullptr;
    decltype(&::pcap_datalink) datalink = nullptr;
    decltype(&::pcap_compile) compile = nullptr;
    decltype(&::pcap_offline_filter) offlineFilter = nullptr;
    decltype(&::pcap_freecode) freecode = nullptr;

private:
    struct Closer {
        void operator()(void* handle) const;
    };
    template <typename Function>
    bool resolve(Function& function, const char* name);

    std::unique_ptr<void, Closer> m_handle;
    std::string m_error;
};

} // namespace tsl::net
