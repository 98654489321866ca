# Warnings and Qt's strict string rules, applied per target through this interface library (never
# globally). Every target of the project links it.
add_library(tsl_warnings INTERFACE)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(tsl_warnings INTERFACE
        -Wall -Wextra -Wpedantic
        -Wshadow -Wold-style-cast -Woverloaded-virtual -Wnon-virtual-dtor -Wcast-qual)
    if(TSL_WERROR)
        target_compile_options(tsl_warnings INTERFACE -Werror)
    endif()
endif()
# No implicit conversions between 8-bit strings and QString: every literal says its encoding.
target_compile_definitions(tsl_warnings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)

# Tests: the same warnings; string literals may become QString (QT_RESTRICTED_CAST_FROM_ASCII
# still refuses char pointers and QChar from char), so a table of expected names stays readable.
add_library(tsl_test_warnings INTERFACE)
target_compile_options(tsl_test_warnings INTERFACE
    $<TARGET_PROPERTY:tsl_warnings,INTERFACE_COMPILE_OPTIONS>)
target_compile_definitions(tsl_test_warnings INTERFACE
    QT_RESTRICTED_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT)
