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
