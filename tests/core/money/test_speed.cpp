// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// Timings of the hot paths (statement readers call these per line). Hidden from the default run
// because a shared build machine makes wall-clock limits flaky: run `test_money "[.bench]"`.
#include "catchqt.h"

#include "money/iban.h"
#include "money/money.h"

#include <QElapsedTimer>

#include <iostream>

using Saldo::Currency;
using Saldo::Iban;
using Saldo::Money;

namespace {

template<typename Body>
double nanosecondsPerCall(int calls, Body body)
{
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < calls; ++i)
        body(i);
    return double(timer.nsecsElapsed()) / calls;
}

} // namespace

TEST_CASE("Speed of Money::parse, Money::toString, Iban::parse, Currency::fromCode", "[.bench]")
{
    constexpr int calls = 1000000;
    const Currency eur = Currency::fromCode(u"EUR").value();
    const QString amounts[] = { QStringLiteral("1234.50"), QStringLiteral("-1 234 567,89"),
                                QStringLiteral("12"), QStringLiteral("1.234,50") };
    const QString ibans[] = { QStringLiteral("CZ6508000000192000145399"),
                              QStringLiteral("GB82 WEST 1234 5698 7654 32") };
    qint64 sink = 0;

    const double parse = nanosecondsPerCall(
        calls, [&](int i) { sink += Money::parse(amounts[i % 4], eur)->minorUnits(); });
    const double print = nanosecondsPerCall(
        calls, [&](int i) { sink += Money(qint64(i) * 7919 - 500000, eur).toString().size(); });
    const double iban = nanosecondsPerCall(
        calls, [&](int i) { sink += Iban::parse(ibans[i % 2])->toString().size(); });
    const double currency = nanosecondsPerCall(
        calls, [&](int i) { sink += Currency::fromCode(i % 2 ? u"CZK" : u"eur")->minorDigits(); });
    std::cout << "Money::parse " << parse << " ns, Money::toString " << print << " ns, Iban::parse "
              << iban << " ns, Currency::fromCode " << currency << " ns (sink " << sink << ")\n";
    CHECK(parse < 1000);
    CHECK(print < 1000);
    CHECK(iban < 1000);
}
