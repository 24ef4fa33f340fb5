# SPDX-FileCopyrightText: 2026 The Saldo authors
# SPDX-License-Identifier: GPL-3.0-or-later
# The programs allocate many small strings, on several threads when they read a big statement
# file (a statement line holds a dozen): mimalloc (Debian's libmimalloc-dev) allocates them with
# fewer instructions than glibc's malloc and frees memory another thread allocated without
# taking locks. Linked into a program it stands in for malloc in the whole process. Not with the
# sanitizers, which bring their own allocator; without the package the programs use glibc's.
option(SALDO_MIMALLOC "Link saldo and saldo-cli with mimalloc where it is installed" ON)
if(SALDO_MIMALLOC AND NOT SALDO_SANITIZE AND NOT SALDO_FUZZ)
    find_package(mimalloc 2 CONFIG QUIET)
endif()

function(saldo_link_allocator target)
    if(TARGET mimalloc)
        target_link_libraries(${target} PRIVATE mimalloc)
    endif()
endfunction()
