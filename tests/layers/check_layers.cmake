cmake_minimum_required(VERSION 3.22)
# The layers, checked on what was built and written (run by ctest as `cmake -P`):
# - the engine archive calls nothing of Qt (no undefined Qt symbol in any of its objects);
# - no engine source includes a Qt header;
# - no command-line source includes a QtWidgets header.
# Arguments: NM, ENGINE_ARCHIVE, ENGINE_DIR, CLI_DIR, WIDGETS_INCLUDE_DIR.
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

if(failures)
    list(JOIN failures "\n" report)
    message(FATAL_ERROR "Layering broken:\n${report}")
endif()
list(LENGTH engine_sources engine_count)
list(LENGTH cli_sources cli_count)
message(STATUS "Layers hold: ${engine_count} engine files without Qt, ${cli_count} command-line files without widgets")
