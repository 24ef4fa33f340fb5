# SPDX-FileCopyrightText: 2026 The Saldo authors
# SPDX-License-Identifier: GPL-3.0-or-later
# One interface target carries the warnings, -Werror, the Qt strictness definitions and the
# sanitizers; every target of ours links it, third-party code never sees it.
add_library(saldo_options INTERFACE)
target_compile_options(saldo_options INTERFACE
    $<$<OR:$<CXX_COMPILER_ID:GNU>,$<CXX_COMPILER_ID:Clang>,$<CXX_COMPILER_ID:AppleClang>>:-Wall -Wextra -Werror -Wno-error=deprecated-declarations>
    $<$<CXX_COMPILER_ID:MSVC>:/W4 /WX /utf-8>)
target_compile_definitions(saldo_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
if(SALDO_SANITIZE)
    target_compile_options(saldo_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(saldo_options INTERFACE -fsanitize=address,undefined)
endif()
if(SALDO_FUZZ)
    # Coverage instrumentation and ASan for everything; the fuzz executables add libFuzzer's main.
    target_compile_options(saldo_options INTERFACE -fsanitize=fuzzer-no-link,address -fno-omit-frame-pointer)
    target_link_options(saldo_options INTERFACE -fsanitize=address)
endif()
