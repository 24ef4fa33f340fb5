// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Catch2 2.13 (Debian 12) and Catch2 3 both work; this header hides the difference and teaches
// Catch to print Qt and Saldo values in failure messages.
#if __has_include(<catch2/catch_all.hpp>)
#include <catch2/catch_all.hpp>
#else
#include <catch2/catch.hpp>
#endif

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &s) { return '"' + s.toStdString() + '"'; }
};
template<>
struct StringMaker<QByteArray>
{
    static std::string convert(const QByteArray &b) { return '"' + b.toStdString() + '"'; }
};
template<>
struct StringMaker<QDate>
{
    static std::string convert(const QDate &d)
    {
        return d.isValid() ? d.toString(Qt::ISODate).toStdString() : std::string("(invalid date)");
    }
};
template<>
struct StringMaker<QStringList>
{
    static std::string convert(const QStringList &l)
    {
        return '[' + l.join(QLatin1String(", ")).toStdString() + ']';
    }
};
} // namespace Catch

namespace SaldoTest {

/// The folder of public sample files and tools beside the project (../shared), or an empty
/// string when this checkout has none (a fresh clone): tests that need it skip with a message.
QString sharedDir();
/// tests/data in the source tree.
QString dataDir();
/// A fresh temporary folder that lives until the test binary exits.
QString tempDir();

} // namespace SaldoTest

/// Skips the rest of a test case, with the reason in the output, when ../shared is missing.
#define SALDO_REQUIRE_SHARED()                                                                     \
    do {                                                                                           \
        if (SaldoTest::sharedDir().isEmpty()) {                                                    \
            WARN("skipped: ../shared is not beside this checkout");                                \
            return;                                                                                \
        }                                                                                          \
    } while (false)
