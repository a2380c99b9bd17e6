# SPDX-License-Identifier: GPL-3.0-or-later
# gridsentinel_bench_screening: RiskScreener::findAll throughput on ~50 MB of generated Chinese text, with
# `grep -F -o -f` over the same files for comparison. Prints figures; not a test.
# Pulled in by tests/bench/CMakeLists.txt: include(${CMAKE_CURRENT_SOURCE_DIR}/ScreeningBench.cmake)
add_executable(gridsentinel_bench_screening ${CMAKE_CURRENT_LIST_DIR}/ScreeningBench.cpp)
target_link_libraries(gridsentinel_bench_screening PRIVATE gridsentinel_models Qt6::Core)
gs_apply_common_settings(gridsentinel_bench_screening)
