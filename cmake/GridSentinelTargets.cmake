# SPDX-License-Identifier: GPL-3.0-or-later
# The project's flags, applied to every target we build (one place, no directory-wide settings).
function(gs_apply_common_settings target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_FROM_BYTEARRAY QT_NO_URL_CAST_FROM_STRING QT_NO_FOREACH
        QT_NO_KEYWORDS QT_DISABLE_DEPRECATED_BEFORE=0x060400)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wold-style-cast -Werror=switch -Wno-missing-field-initializers)
    if(GS_SANITIZE)
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
endfunction()

# What sanitized test runs need: reports with stacks, every UB fatal, Qt's and fontconfig's process-lifetime
# allocations not reported as leaks (tests/sanitizers/lsan.supp says which and why).
set(GS_SANITIZER_TEST_ENV "")
if(GS_SANITIZE)
    set(GS_SANITIZER_TEST_ENV
        "ASAN_OPTIONS=detect_leaks=1:check_initialization_order=1:detect_stack_use_after_return=0"
        "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1"
        "LSAN_OPTIONS=suppressions=${CMAKE_CURRENT_LIST_DIR}/../tests/sanitizers/lsan.supp:print_suppressions=0")
endif()

# gs_add_test(<name> SOURCES ... LIBS ... [LABELS ...]): one Qt Test executable, registered with CTest,
# run offscreen in its own working directory.
function(gs_add_test name)
    cmake_parse_arguments(T "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${T_SOURCES})
    gs_apply_common_settings(${name})
    target_link_libraries(${name} PRIVATE ${T_LIBS} Qt6::Test)
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/common)
    add_test(NAME ${name} COMMAND ${name})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;GS_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data;GS_SOURCE_DIR=${PROJECT_SOURCE_DIR};${GS_SANITIZER_TEST_ENV}"
        TIMEOUT ${T_TIMEOUT}
        LABELS "${T_LABELS}")
endfunction()
