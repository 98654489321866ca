// libFuzzer target: what the command line (and the window's forms) parse from a person's
// typing: port lists, single ports, loopback addresses, endpoint addresses, state names and
// probe source names. Seeded with tests/data/fuzz/cli. (The `whatif` expressions will join
// here once they exist.)
#include "kernel/socketrow.h"
#include "input/labaddress.h"
#include "model/tcpstate.h"
#include "input/portlist.h"

#include <QString>

#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace tsl;
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    const QString text = QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));

    QString error;
    if (const auto ports = PortList::parse(text, &error)) {
        for (std::uint16_t port : *ports) {
            if (port == 0)
                __builtin_trap(); // port 0 is never a valid choice
        }
    } else if (error.isEmpty()) {
        __builtin_trap(); // a refusal must say why
    }
    error.clear();
    if (!PortList::parsePort(text, &error) && error.isEmpty())
        __builtin_trap();
    error.clear();
    if (!LabAddress::parse(text, &error) && error.isEmpty())
        __builtin_trap();

    if (const auto endpoint = Endpoint::parse(bytes, 5000)) {
        // What parses must print and parse back to the same address.
        const auto again = Endpoint::parse(endpoint->addressText(), 5000);
        if (!again || !(*again == *endpoint))
            __builtin_trap();
    }
    if (const auto state = parseState(bytes)) {
        if (parseState(stateToken(*state)) != state)
            __builtin_trap();
    }
    parseSource(bytes);
    return 0;
}
