# What `cmake --install` puts where, and the Debian package `cpack -G DEB` builds from it:
#   tcpstatelab_<version>_<arch>.deb with the binary, the .desktop file, AppStream metainfo, the
#   icon, a man page, the copyright and changelog, and an AppArmor profile granting `userns`
#   (loaded by postinst where AppArmor restricts user namespaces, unloaded by postrm).
# Dependencies are computed from the binary (dpkg-shlibdeps), plus the Qt plugins it loads.
# Built, installed and run by .ci/package.

set(TSL_APP_ID "invalid.example.tcpstatelab") # reverse-DNS of the homepage's domain (AppStream)
set(TSL_PACKAGING_DIR "${PROJECT_SOURCE_DIR}/packaging")

install(TARGETS tcpstatelab
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
    BUNDLE DESTINATION .)
# The Qt command line behind the front on Linux (app/front), beside the window program it starts.
if(TARGET tcpstatelab-cli)
    install(TARGETS tcpstatelab-cli RUNTIME DESTINATION ${TSL_WINDOW_PROGRAM_DIR})
endif()
# The window program, started by the command line for the window and the verbs that paint.
install(TARGETS tcpstatelab-gui
    RUNTIME DESTINATION ${TSL_WINDOW_PROGRAM_DIR}
    BUNDLE DESTINATION .)

if(NOT CMAKE_SYSTEM_NAME STREQUAL "Linux")
    return() # the desktop metadata and the .deb are Linux's
endif()

install(FILES "${PROJECT_SOURCE_DIR}/resources/${TSL_APP_ID}.desktop"
    DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES "${PROJECT_SOURCE_DIR}/resources/${TSL_APP_ID}.metainfo.xml"
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/tcpstatelab.svg"
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES "${TSL_PACKAGING_DIR}/apparmor-tcpstatelab"
    DESTINATION /etc/apparmor.d # where AppArmor looks, whatever the prefix
    RENAME tcpstatelab)

# Debian wants the man page and the changelog compressed, reproducibly (gzip -n: no timestamp).
find_program(TSL_GZIP gzip REQUIRED)
set(TSL_PACKAGE_BUILD_DIR "${PROJECT_BINARY_DIR}/packaging")
configure_file("${TSL_PACKAGING_DIR}/changelog.in" "${TSL_PACKAGE_BUILD_DIR}/changelog" @ONLY)
add_custom_command(
    OUTPUT "${TSL_PACKAGE_BUILD_DIR}/tcpstatelab.1.gz" "${TSL_PACKAGE_BUILD_DIR}/changelog.gz"
    COMMAND ${TSL_GZIP} -9n -c "${TSL_PACKAGING_DIR}/tcpstatelab.1" > "${TSL_PACKAGE_BUILD_DIR}/tcpstatelab.1.gz"
    COMMAND ${TSL_GZIP} -9n -c "${TSL_PACKAGE_BUILD_DIR}/changelog" > "${TSL_PACKAGE_BUILD_DIR}/changelog.gz"
    DEPENDS "${TSL_PACKAGING_DIR}/tcpstatelab.1" "${TSL_PACKAGE_BUILD_DIR}/changelog"
    VERBATIM)
add_custom_target(tsl_package_docs ALL
    DEPENDS "${TSL_PACKAGE_BUILD_DIR}/tcpstatelab.1.gz" "${TSL_PACKAGE_BUILD_DIR}/changelog.gz")
install(FILES "${TSL_PACKAGE_BUILD_DIR}/tcpstatelab.1.gz" DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES "${TSL_PACKAGE_BUILD_DIR}/changelog.gz" "${TSL_PACKAGING_DIR}/copyright"
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/tcpstatelab) # the package's name, as Debian wants

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "tcpstatelab")
set(CPACK_PACKAGE_VENDOR "The TCP State Lab authors")
set(CPACK_PACKAGE_CONTACT "TCP State Lab <maintainers@tcpstatelab.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "TCP's eleven connection states, live from the kernel and step by step")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # tcpstatelab_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_RELEASE "")
set(CPACK_DEBIAN_PACKAGE_SECTION "net")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION # the extended description; the summary is the synopsis
    "TCP State Lab draws the eleven-state TCP diagram of RFC 9293 and explains every
state and transition. Its Live Lab drives real loopback sockets into any state
and follows them in the kernel's TCP table (sock_diag netlink, or /proc); its
simulator steps two endpoints through a scenario segment by segment. Every view
also has a command (snapshot, watch, lab, simulate, export-diagram), and a
scenario animates as a GIF, WebP or HTML page for slides (export-animation).")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them: the platform plugins (xcb, offscreen);
# libpcap, opened when `net run --pcap` writes a capture (lib/engine/net/pcaplibrary.h; 1.5.1 is
# the version Debian's symbols file gives pcap_open_dead_with_tstamp_precision).
# (The SVG icon engine comes with libqt6svg6, which the binary links.)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libpcap0.8 (>= 1.5.1)")
# Chinese glyphs for --lang zh_CN; Qt's own dialogs in German and Chinese.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "apparmor")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    "${TSL_PACKAGING_DIR}/postinst;${TSL_PACKAGING_DIR}/postrm;${TSL_PACKAGING_DIR}/conffiles")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
