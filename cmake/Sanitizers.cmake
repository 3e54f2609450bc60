# Sanitizer and fuzzing builds (docs/hardening.md). Both apply to every target
# of the project, so a sanitized test links only sanitized code of ours; Qt and
# the other system libraries stay as Debian built them.
#
#   -DUSAGEDESK_SANITIZE="address;undefined"   AddressSanitizer + UBSan
#   -DUSAGEDESK_SANITIZE=thread                ThreadSanitizer
#   -DUSAGEDESK_FUZZ=ON                        libFuzzer targets in fuzz/ (clang)
#
# Use a build folder of its own per setting (build-asan, build-tsan) and clang:
# the libFuzzer runtime and clang's sanitizer runtimes come with clang and
# libclang-rt-14-dev.

set(USAGEDESK_SANITIZE "" CACHE STRING
    "Sanitizers for every target: address;undefined, thread, or empty for none")
option(USAGEDESK_FUZZ "Build the libFuzzer targets in fuzz/ (clang only)" OFF)

if(USAGEDESK_SANITIZE)
    if("thread" IN_LIST USAGEDESK_SANITIZE AND "address" IN_LIST USAGEDESK_SANITIZE)
        message(FATAL_ERROR "USAGEDESK_SANITIZE: thread and address cannot be combined")
    endif()
    list(JOIN USAGEDESK_SANITIZE "," usagedesk_sanitizers)
    # Frame pointers give the sanitizers' fast unwinder whole stacks.
    add_compile_options(-fsanitize=${usagedesk_sanitizers} -fno-omit-frame-pointer)
    add_link_options(-fsanitize=${usagedesk_sanitizers})
endif()

if(USAGEDESK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "USAGEDESK_FUZZ needs clang (-DCMAKE_CXX_COMPILER=clang++)")
    endif()
    # Coverage feedback for libFuzzer in all of our code; only the fuzz
    # targets link the libFuzzer main (-fsanitize=fuzzer).
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()

# The run-time settings the sanitizers need for our test suite, added to
# every test's ENVIRONMENT (tests/, fuzz/): fail at the first report, and the
# suppressions of tests/sanitizers/ for libraries that are not ours.
set(USAGEDESK_SANITIZER_ENV "")
set(usagedesk_supp ${PROJECT_SOURCE_DIR}/tests/sanitizers)
if(USAGEDESK_SANITIZE)
    # QTEST_DISABLE_STACK_DUMP: a test killed at its timeout would otherwise
    # attach gdb and print a stack dump that looks like a crash. QTest's own
    # limit is raised to the hour asan-full gives ctest: Qt 6.4's watchdog
    # fired at 20 minutes into tst_access_cli under ASan although no test
    # function had run for two (it counts the whole run, not one function).
    set(USAGEDESK_SANITIZER_ENV
        "QTEST_DISABLE_STACK_DUMP=1" "QTEST_FUNCTION_TIMEOUT=3600000"
        "ASAN_OPTIONS=detect_leaks=1:strict_string_checks=1:check_initialization_order=1:abort_on_error=1:symbolize=1"
        "LSAN_OPTIONS=suppressions=${usagedesk_supp}/lsan.supp:print_suppressions=0"
        "UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1:suppressions=${usagedesk_supp}/ubsan.supp"
        "TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1:suppressions=${usagedesk_supp}/tsan.supp")
endif()
