# SPDX-License-Identifier: GPL-3.0-or-later
# gridsentinel_bench_workflow: CaseWorkflow::apply throughput and AuditLog append/verify over 100k events on an
# encrypted node. Prints figures; not a test. Pulled in by tests/bench/CMakeLists.txt.
add_executable(gridsentinel_bench_workflow ${CMAKE_CURRENT_LIST_DIR}/WorkflowBench.cpp)
target_link_libraries(gridsentinel_bench_workflow PRIVATE gridsentinel_models Qt6::Core)
gs_apply_common_settings(gridsentinel_bench_workflow)
