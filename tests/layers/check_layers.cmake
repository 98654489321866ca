cmake_minimum_required(VERSION 3.22)
# The layers, checked on what was built and written (run by ctest as `cmake -P`):
# - the engine archive calls nothing of Qt (no undefined Qt symbol in any of its objects);
# - no engine source includes a Qt header;
# - no command-line source includes a QtWidgets header.
# - the command-line program loads QtCore alone: no QtGui, QtWidgets, QtSvg or QtNetwork among
#   the libraries it names (the window program, tcpstatelab-gui, paints); and no libpcap (opened
#   when a capture is written: its dependencies would slow every start);
# - tcpstatelab on Linux, the front before the Qt command line, loads no Qt at all.
# Arguments: NM, ENGINE_ARCHIVE, ENGINE_DIR, CLI_DIR, WIDGETS_INCLUDE_DIR; OBJDUMP and
# CLI_PROGRAM (the Qt command line) and FRONT_PROGRAM (tcpstatelab, Linux's Qt-free front) where
# the platform's executables name their libraries (ELF).
set(failures)

execute_process(COMMAND "${NM}" -C --undefined-only "${ENGINE_ARCHIVE}"
                OUTPUT_VARIABLE undefined RESULT_VARIABLE nm_result)
if(NOT nm_result EQUAL 0)
    list(APPEND failures "nm could not read ${ENGINE_ARCHIVE}")
endif()
string(REGEX MATCHALL "[^\n]*(Q[A-Z][A-Za-z]+::|qt_|QString|QObject)[^\n]*" qt_symbols "${undefined}")
if(qt_symbols)
    list(JOIN qt_symbols "\n  " shown)
    list(APPEND failures "tslengine uses Qt symbols:\n  ${shown}")
endif()

file(GLOB_RECURSE engine_sources "${ENGINE_DIR}/*.h" "${ENGINE_DIR}/*.cpp")
foreach(source IN LISTS engine_sources)
    file(STRINGS "${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*<Q")
    if(includes)
        list(APPEND failures "${source} includes Qt: ${includes}")
    endif()
endforeach()

file(GLOB widget_headers RELATIVE "${WIDGETS_INCLUDE_DIR}" "${WIDGETS_INCLUDE_DIR}/Q*")
file(GLOB_RECURSE cli_sources "${CLI_DIR}/*.h" "${CLI_DIR}/*.cpp")
foreach(source IN LISTS cli_sources)
    file(STRINGS "${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*<")
    foreach(line IN LISTS includes)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*<([^>]+)>.*" "\\1" header "${line}")
        string(REGEX REPLACE "^QtWidgets/" "" bare "${header}")
        if(header MATCHES "^QtWidgets" OR bare IN_LIST widget_headers)
            list(APPEND failures "${source} includes the widget header <${header}>")
        endif()
    endforeach()
endforeach()

if(OBJDUMP AND CLI_PROGRAM)
    execute_process(COMMAND "${OBJDUMP}" -p "${CLI_PROGRAM}" OUTPUT_VARIABLE headers RESULT_VARIABLE objdump_result)
    string(REGEX MATCHALL "NEEDED +[^\n]+" needed "${headers}")
    if(NOT objdump_result EQUAL 0 OR NOT needed)
        list(APPEND failures "objdump could not list the libraries of ${CLI_PROGRAM}")
    endif()
    foreach(entry IN LISTS needed)
        if(entry MATCHES "libQt6(Gui|Widgets|Svg|Network|OpenGL)")
            list(APPEND failures "${CLI_PROGRAM} loads ${entry}: the command line must load QtCore alone")
        endif()
        # libpcap brings D-Bus, systemd and libgcrypt into every start; it is opened only when a
        # capture is written (lib/engine/net/pcaplibrary.h).
        if(entry MATCHES "libpcap")
            list(APPEND failures "${CLI_PROGRAM} loads ${entry}: libpcap is opened when a capture is written, never linked")
        endif()
    endforeach()
    list(LENGTH needed needed_count)
    message(STATUS "The command-line program names ${needed_count} libraries, none of them Qt's GUI modules")
endif()

# tcpstatelab on Linux is the front (app/front): plain C++, it loads no Qt at all.
if(OBJDUMP AND FRONT_PROGRAM)
    execute_process(COMMAND "${OBJDUMP}" -p "${FRONT_PROGRAM}" OUTPUT_VARIABLE headers RESULT_VARIABLE objdump_result)
    string(REGEX MATCHALL "NEEDED +[^\n]+" needed "${headers}")
    if(NOT objdump_result EQUAL 0 OR NOT needed)
        list(APPEND failures "objdump could not list the libraries of ${FRONT_PROGRAM}")
    endif()
    foreach(entry IN LISTS needed)
        if(entry MATCHES "libQt6|libpcap|libicu|libglib")
            list(APPEND failures "${FRONT_PROGRAM} loads ${entry}: the front loads no Qt (and nothing Qt links)")
        endif()
    endforeach()
    list(LENGTH needed needed_count)
    message(STATUS "The front names ${needed_count} libraries, none of them Qt's")
endif()

if(failures)
    list(JOIN failures "\n" report)
    message(FATAL_ERROR "Layering broken:\n${report}")
endif()
list(LENGTH engine_sources engine_count)
list(LENGTH cli_sources cli_count)
message(STATUS "Layers hold: ${engine_count} engine files without Qt, ${cli_count} command-line files without widgets")
