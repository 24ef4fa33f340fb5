// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing of its own: the target around this file builds the precompiled catchqt.h that every
// test binary reuses (tests/CMakeLists.txt).
