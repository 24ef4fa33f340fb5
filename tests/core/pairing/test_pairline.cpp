// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// The engine's API: names of the JSON words, the evidence in words, the background variant
// with progress and cancel, the batch reconciliation, and input that must not hurt.
#include "catchqt.h"

#include "pairing/pairlines.h"

#include <QFuture>
#include <QPromise>

using namespace Saldo;

namespace {

const Currency eur = Currency::fromCode(u"EUR").value();

Money euros(qint64 cents)
{
    return Money(cents, eur);
}

Iban iban(const char *text)
{
    return Iban::parse(QString::fromLatin1(text)).value();
}

// One own account, one counterparty with a learned IBAN, two open issued invoices.
struct Ledger
{
    Iban own = iban("SK6411000000002944332211");
    Iban customer = iban("SK8702000000001111222233");
    PairingIndex index;

    Ledger()
    {
        OwnAccount account;
        account.iban = own;
        account.name = QStringLiteral("Bežný účet");
        account.currency = eur;
        Counterparty cp;
        cp.id = 7;
        cp.name = QStringLiteral("Poľana Pekáreň s.r.o.");
        cp.ibans.append({ customer, IbanOrigin::Learned, {} });
        QList<Invoice> invoices;
        for (int i = 1; i <= 2; ++i) {
            Invoice inv;
            inv.id = i;
            inv.number = QStringLiteral("FV2025-00000%1").arg(i);
            inv.variableSymbol
                = VariableSymbol::parse(QStringLiteral("202500000%1").arg(i)).value();
            inv.counterpartyId = 7;
            inv.total = euros(10000 * i);
            inv.paid = euros(0);
            invoices.append(inv);
        }
        index = PairingIndex({ account }, { cp }, invoices);
    }

    StatementLine payment(qint64 cents, const char *vs) const
    {
        StatementLine line;
        line.amount = euros(cents);
        line.counterpartyIban = customer;
        line.counterpartyName = QStringLiteral("POĽANA PEKÁREŇ S.R.O.");
        line.variableSymbol = VariableSymbol::parse(QString::fromLatin1(vs)).value();
        return line;
    }
};

} // namespace

TEST_CASE("Type, colour and suggestion names are the JSON words", "[pairline]")
{
    CHECK(documentTypeName(DocumentType::InvoicePayment) == QLatin1StringView("invoice_payment"));
    CHECK(documentTypeName(DocumentType::BankFee) == QLatin1StringView("bank_fee"));
    for (const auto type :
         { DocumentType::InvoicePayment, DocumentType::OwnTransfer, DocumentType::NoDocument,
           DocumentType::Unallocated, DocumentType::Deposit, DocumentType::BankFee })
        CHECK(documentTypeFromName(QString(documentTypeName(type))) == type);
    CHECK_FALSE(documentTypeFromName(u"fee").has_value());
    CHECK(rowColourName(RowColour::Grey) == QLatin1StringView("grey"));
    CHECK(suggestionReasonName(SuggestionReason::VsDigitsSwapped)
          == QLatin1StringView("vs_digits_swapped"));
}

TEST_CASE("A pairing says in words which field matched what", "[pairline]")
{
    const Ledger ledger;
    const LinePairing p
        = pairLine(ledger.payment(10000, "2025000001"), ledger.index, PairingOptions(), ledger.own);
    CHECK(p.rule == u"iban+vs");
    CHECK(p.counterpartyId == 7);
    CHECK(p.documents() == QStringList { QStringLiteral("FV2025-000001") });
    CHECK(p.evidenceText()
          == u"counter IBAN SK8702000000001111222233 is Poľana Pekáreň s.r.o.'s learned IBAN; "
             "VS 2025000001 in the VS field matches FV2025-000001; amount 100.00 equal to the open "
             "amount");
}

TEST_CASE("A near miss is named and not applied", "[pairline]")
{
    const Ledger ledger;
    const LinePairing p
        = pairLine(ledger.payment(20000, "2025000020"), ledger.index, PairingOptions(), ledger.own);
    CHECK(p.colour == RowColour::Black);
    CHECK(p.allocations.isEmpty());
    REQUIRE(p.suggestions.size() == 1);
    CHECK(p.suggestions[0].reason == SuggestionReason::VsDigitsSwapped);
    CHECK(describeSuggestion(p.suggestions[0])
          == u"VS 2025000020 has two digits swapped against FV2025-000002 of Poľana Pekáreň s.r.o. "
             u"(open 200.00)");
}

TEST_CASE("Two lines of one batch do not settle one invoice twice", "[pairline]")
{
    const Ledger ledger;
    const QList<StatementLine> lines { ledger.payment(10000, "2025000001"),
                                       ledger.payment(10000, "2025000001") };
    // Alone, each line would settle the invoice ...
    CHECK(pairLine(lines[1], ledger.index, PairingOptions(), ledger.own).colour
          == RowColour::Green);
    // ... in one batch, the second finds it settled.
    const QList<LinePairing> batch = pairLines(lines, ledger.index, PairingOptions(), ledger.own);
    REQUIRE(batch.size() == 2);
    CHECK(batch[0].colour == RowColour::Green);
    CHECK(batch[1].colour == RowColour::Black);
    CHECK(batch[1].type == DocumentType::Unallocated);
    CHECK(batch[1].unallocated == euros(10000));
    CHECK(batch[1].evidenceText().contains(
        u"FV2025-000001 is already settled by line 1 of this import"));
}

TEST_CASE("The background variant reports progress, delivers once, and stops when canceled",
          "[pairline]")
{
    const Ledger ledger;
    QList<StatementLine> lines;
    for (int i = 0; i < 10000; ++i)
        lines.append(ledger.payment(100 + i, "2025000001"));

    QPromise<QList<LinePairing>> promise;
    QFuture<QList<LinePairing>> future = promise.future();
    promise.start();
    pairLines(promise, lines, ledger.index, PairingOptions(), ledger.own);
    promise.finish();
    CHECK(future.progressMaximum() == 10000);
    CHECK(future.progressValue() == 10000);
    REQUIRE(future.resultCount() == 1);
    const QList<LinePairing> result = future.result();
    REQUIRE(result.size() == 10000);
    // 100.00 is open: the first line (1.00) pays part, later ones the rest, then none is left.
    CHECK(result.first().colour == RowColour::Green);
    CHECK(result.last().allocations.isEmpty());

    QPromise<QList<LinePairing>> canceled;
    QFuture<QList<LinePairing>> canceledFuture = canceled.future();
    canceled.start();
    canceledFuture.cancel();
    pairLines(canceled, lines, ledger.index, PairingOptions(), ledger.own);
    canceled.finish();
    CHECK(canceledFuture.resultCount() == 0);
    CHECK(canceledFuture.progressValue() == 0);
}

TEST_CASE("Hostile or odd input costs little and pairs nothing wrongly", "[pairline]")
{
    const Ledger ledger;
    StatementLine line = ledger.payment(10000, "1");
    line.variableSymbol = VariableSymbol();
    line.description = QString(200000, QLatin1Char('9')) + QStringLiteral(" FV")
        + QString(100000, QLatin1Char('-'))
        + QString::fromUtf16(u"\U0001F600 ǖ ﬁ „“ ; ;; ,,, VS VS KS");
    const LinePairing p = pairLine(line, ledger.index, PairingOptions(), ledger.own);
    CHECK(p.colour == RowColour::Black);
    CHECK(p.allocations.isEmpty());

    // Another currency than the invoices: referenced, not settled, no arithmetic across currencies.
    StatementLine czk = ledger.payment(10000, "2025000001");
    czk.amount = Money(10000, Currency::fromCode(u"CZK").value());
    const LinePairing other = pairLine(czk, ledger.index, PairingOptions(), ledger.own);
    CHECK(other.allocations.isEmpty());
    CHECK(other.evidenceText().contains(u"which is in EUR"));

    // An empty index pairs nothing and does not crash.
    const PairingIndex empty;
    CHECK(pairLine(ledger.payment(10000, "2025000001"), empty, PairingOptions(), ledger.own).colour
          == RowColour::Red);
}
