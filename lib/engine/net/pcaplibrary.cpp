#include "pcaplibrary.h"

#include <dlfcn.h>

#include <cstring>

namespace tsl::net {

void PcapLibrary::Closer::operator()(void* handle) const { ::dlclose(handle); }

template <typename Function>
bool PcapLibrary::resolve(Function& function, const char* name)
{
    void* symbol = ::dlsym(m_handle.get(), name);
    if (!symbol) {
        const char* why = ::dlerror();
        m_error = why ? why : std::string(TSL_LIBPCAP_SONAME ": no symbol ") + name;
        return false;
    }
    // POSIX guarantees that dlsym's object pointer converts to the function's pointer.
    static_assert(sizeof function == sizeof symbol);
    std::memcpy(&function, &symbol, sizeof function);
    return true;
}

PcapLibrary::PcapLibrary()
{
    // The soname the build found (TSL_LIBPCAP_SONAME: libpcap.so.0.8 on Debian, libpcap.so.1
    // upstream), local so its symbols never mix with anything else's.
    m_handle.reset(::dlopen(TSL_LIBPCAP_SONAME, RTLD_NOW | RTLD_LOCAL));
    if (!m_handle) {
        const char* why = ::dlerror();
        m_error = why ? why : TSL_LIBPCAP_SONAME ": cannot be loaded";
        return;
    }
    const bool all = resolve(openDeadWithTstampPrecision, "pcap_open_dead_with_tstamp_precision")
                     && resolve(close, "pcap_close") && resolve(geterr, "pcap_geterr")
                     && resolve(dumpOpen, "pcap_dump_open") && resolve(dump, "pcap_dump")
                     && resolve(dumpFlush, "pcap_dump_flush") && resolve(dumpClose, "pcap_dump_close")
                     && resolve(openOfflineWithTstampPrecision, "pcap_open_offline_with_tstamp_precision")
                     && resolve(nextEx, "pcap_next_ex") && resolve(datalink, "pcap_datalink")
                     && resolve(compile, "pcap_compile") && resolve(offlineFilter, "pcap_offline_filter")
                     && resolve(freecode, "pcap_freecode");
    if (!all) {
        openDeadWithTstampPrecision = nullptr;
        close = nullptr;
        geterr = nullptr;
        dumpOpen = nullptr;
        dump = nullptr;
        dumpFlush = nullptr;
        dumpClose = nullptr;
        openOfflineWithTstampPrecision = nullptr;
        nextEx = nullptr;
        datalink = nullptr;
        compile = nullptr;
        offlineFilter = nullptr;
        freecode = nullptr;
        m_handle.reset();
    }
}

} // namespace tsl::net
