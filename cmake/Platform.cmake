# The one platform switch. The live lab (real loopback sockets driven into every state and
# followed through sock_diag) is Linux's; the kernel probe has a backend for each platform.
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    set(TSL_PLATFORM linux)
    set(TSL_HAVE_LIVE_LAB ON)
elseif(WIN32)
    set(TSL_PLATFORM windows)
    set(TSL_HAVE_LIVE_LAB OFF)
elseif(APPLE OR CMAKE_SYSTEM_NAME STREQUAL "FreeBSD")
    set(TSL_PLATFORM bsd)
    set(TSL_HAVE_LIVE_LAB OFF)
else()
    message(FATAL_ERROR "TCP State Lab has no kernel probe for ${CMAKE_SYSTEM_NAME}")
endif()

# tcpstatelab starts the window program (tcpstatelab-gui) and, on Linux, the Qt command line
# (tcpstatelab-cli) from beside itself in a build tree, or from here once installed (relative to
# the programs' folder, so any prefix works); tcpstatelab-cli finds the window program beside it.
set(TSL_WINDOW_PROGRAM_DIR "${CMAKE_INSTALL_LIBEXECDIR}/tcpstatelab")
file(RELATIVE_PATH TSL_WINDOW_PROGRAM_FROM_BINDIR
    "/prefix/${CMAKE_INSTALL_BINDIR}" "/prefix/${TSL_WINDOW_PROGRAM_DIR}")
