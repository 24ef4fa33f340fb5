// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pairing/documentmatcher.h"
#include "pairing/linecontext.h"
#include "pairing/namenormalizer.h"
#include "pairing/nearmisses.h"
#include "pairing/pairline.h"

#include <QSet>

namespace Saldo {

namespace {

// Weak references (short bare numbers in free text) may tie a line to documents of a
// counterparty recognised otherwise, but not recognise the counterparty by themselves.
constexpr int kMinStrongDigits = 6;
constexpr int kMinStrongNumberKey = 5;
// Names this short found in free text are words more often than firms.
constexpr int kMinNameInTextChars = 5;

// "0000000000/0000": a reader's way of saying "no account".
bool isBlankAccount(const QString &account)
{
    for (const QChar c : account) {
        if (c.isLetterOrNumber() && c != u'0')
            return false;
    }
    return true;
}

class LinePairer
{
public:
    LinePairer(const StatementLine &line, const PairingIndex &index, const PairingOptions &options,
               const Iban &importAccount)
        : m_context(line, index, options)
        , m_line(line)
        , m_index(index)
        , m_importAccount(importAccount)
    {
        m_result.evidence.reserve(4); // what a typical line collects: one allocation
    }

    LinePairing run()
    {
        const bool ownIban
            = !m_line.counterpartyIban.isNull() && m_line.counterpartyIban == m_importAccount;
        if (ownIban
            || (m_line.counterpartyIban.isNull() && isBlankAccount(m_line.counterpartyAccount))) {
            withoutCounterparty(ownIban);
        } else if (const OwnAccount *own = m_index.ownAccount(m_line.counterpartyIban)) {
            ownTransfer(*own);
        } else if (!byIban() && !byName() && !byReferences() && !byNameInDescription()) {
            nothingRecognised();
        }
        return std::move(m_result);
    }

private:
    void setWhole(DocumentType type, RowColour colour, QString rule)
    {
        m_result.type = type;
        m_result.colour = colour;
        m_result.allocated = m_line.amount.abs();
        m_result.unallocated = m_context.money(0);
        m_result.rule = std::move(rule);
    }

    void setNothing(DocumentType type, RowColour colour, QString rule)
    {
        m_result.type = type;
        m_result.colour = colour;
        m_result.allocated = m_context.money(0);
        m_result.unallocated = m_line.amount.abs();
        m_result.rule = std::move(rule);
    }

    bool isCard() const
    {
        return m_line.card || m_line.kind == LineKind::Card
            || m_line.kind == LineKind::CashWithdrawal;
    }

    void withoutCounterparty(bool ownIban)
    {
        if (ownIban)
            m_result.evidence.append(
                { EvidenceKind::CounterIbanIsThisAccount, m_line.counterpartyIban.toString() });
        else
            m_result.evidence.append(Evidence(EvidenceKind::NoCounterIban));
        if (m_line.kind == LineKind::CashDeposit && m_context.incoming()) {
            m_result.evidence.append(Evidence(EvidenceKind::CashDeposit));
            return setWhole(DocumentType::Deposit, RowColour::Green,
                            QStringLiteral("cash deposit"));
        }
        if (isCard()) {
            const QString what
                = m_line.counterpartyName.isEmpty() ? m_line.description : m_line.counterpartyName;
            m_result.evidence.append({ EvidenceKind::CardLine, what });
            if (m_context.options.countCardAsFee) {
                m_result.evidence.append(Evidence(EvidenceKind::CardCountedAsFee));
                return setWhole(DocumentType::BankFee, RowColour::Green,
                                QStringLiteral("card line counted as bank fee"));
            }
            return setNothing(DocumentType::Unallocated, RowColour::Red,
                              QStringLiteral("card line: nothing recognised"));
        }
        setWhole(DocumentType::BankFee, RowColour::Green,
                 ownIban ? QStringLiteral("counter IBAN = this account")
                         : QStringLiteral("no counter IBAN"));
    }

    void ownTransfer(const OwnAccount &own)
    {
        m_result.evidence.append({ EvidenceKind::OwnAccount, own.iban.toString(), own.name });
        m_result.type = DocumentType::OwnTransfer;
        m_result.colour = RowColour::Grey;
        m_result.allocated = m_context.money(0);
        m_result.unallocated = m_context.money(0); // ignored on import: nothing to allocate
        m_result.rule = QStringLiteral("own account");
    }

    void matchDocuments(int counterparty, RecognisedBy by)
    {
        DocumentMatcher(m_context, counterparty, by, m_result).run();
    }

    bool byIban()
    {
        const Iban &iban = m_line.counterpartyIban;
        if (iban.isNull())
            return false;
        const int cp = m_index.counterpartyByIban(iban);
        if (cp == PairingIndex::kAmbiguous) {
            m_result.evidence.append({ EvidenceKind::IbanShared, iban.toString() });
            return false;
        }
        if (cp == PairingIndex::kNone) {
            m_result.evidence.append({ EvidenceKind::IbanUnknown, iban.toString() });
            return false;
        }
        const Counterparty &counterparty = m_index.counterparty(cp);
        bool learned = false;
        for (const CounterpartyIban &known : counterparty.ibans) {
            if (known.iban == iban)
                learned = known.origin == IbanOrigin::Learned;
        }
        m_result.evidence.append({ learned ? EvidenceKind::IbanLearned : EvidenceKind::IbanEntered,
                                   iban.toString(), counterparty.name });
        matchDocuments(cp, RecognisedBy::Iban);
        return true;
    }

    bool byName()
    {
        if (m_line.counterpartyName.isEmpty())
            return false;
        const int cp = m_index.counterpartyByName(normalizeName(m_line.counterpartyName));
        if (cp == PairingIndex::kAmbiguous) {
            m_result.evidence.append({ EvidenceKind::NameShared, m_line.counterpartyName });
            return false;
        }
        if (cp == PairingIndex::kNone) {
            m_result.evidence.append({ EvidenceKind::NameUnknown, m_line.counterpartyName });
            return false;
        }
        m_result.evidence.append(
            { EvidenceKind::NameMatches, m_line.counterpartyName, m_index.counterparty(cp).name });
        matchDocuments(cp, RecognisedBy::Name);
        return true;
    }

    void collectOwners(int invoice, QSet<int> &owners, QList<int> &invoices) const
    {
        if (m_context.eligibility(m_index.invoice(invoice)) != Eligibility::Eligible)
            return;
        owners.insert(m_index.invoiceCounterparty(invoice));
        if (!invoices.contains(invoice))
            invoices.append(invoice);
    }

    // Neither IBAN nor name: strong references that fit the documents of one counterparty
    // recognise it; fitting several counterparties' documents is ambiguous (red, offered).
    bool byReferences()
    {
        const LineReferences &refs = m_context.references();
        QSet<int> owners;
        QList<int> invoices;
        for (const FoundSymbol &s : refs.symbols) {
            if (s.source == ReferenceSource::Description && s.written.size() < kMinStrongDigits)
                continue;
            for (const int invoice : m_index.invoicesByVs(s.value))
                collectOwners(invoice, owners, invoices);
        }
        for (const FoundNumber &n : refs.numbers) {
            if (n.keyLength < kMinStrongNumberKey)
                continue;
            for (const int invoice : m_index.invoicesByNumber(n.keyHash, n.written))
                collectOwners(invoice, owners, invoices);
        }
        if (owners.isEmpty())
            return false;
        if (owners.size() == 1 && *owners.cbegin() >= 0) {
            matchDocuments(*owners.cbegin(), RecognisedBy::Description);
            return true;
        }
        for (const int invoice : std::as_const(invoices)) {
            if (m_result.suggestions.size() < 5)
                m_result.suggestions.append(
                    suggestInvoice(m_context, SuggestionReason::AmbiguousReference, invoice));
        }
        m_result.evidence.append(
            { EvidenceKind::ReferenceAmbiguous, QString(), QString::number(invoices.size()) });
        setNothing(DocumentType::Unallocated, RowColour::Red,
                   QStringLiteral("ambiguous reference"));
        return true;
    }

    // A known name in the text counts only where it ends: at the end, before punctuation, a
    // legal form or a number ("… Tatra Stav s.r.o. …", not "Tatra Stav Invest").
    static bool endsThere(const QList<FoldedToken> &tokens, qsizetype end)
    {
        if (end == tokens.size() || tokens[end - 1].breakAfter || legalFormLength(tokens, end) > 0)
            return true;
        for (const QChar c : tokens[end].text) {
            if (c.isDigit())
                return true;
        }
        return false;
    }

    bool byNameInDescription()
    {
        if (!m_context.options.findNamesInDescription || m_line.description.isEmpty())
            return false;
        const QList<FoldedToken> tokens = foldTokens(m_line.description);
        QSet<int> found;
        for (qsizetype i = 0; i < tokens.size(); ++i) {
            const qsizetype longest
                = std::min<qsizetype>(m_index.maxNameWords(), tokens.size() - i);
            QString key;
            QList<QString> keys; // keys[n-1] = the first n words joined
            for (qsizetype n = 0; n < longest; ++n) {
                key += (n ? QStringLiteral(" ") : QString()) + tokens[i + n].text;
                keys.append(key);
            }
            for (qsizetype n = longest; n >= 1; --n) {
                const int cp = m_index.counterpartyByName(keys[n - 1]);
                if (cp == PairingIndex::kNone || keys[n - 1].size() < kMinNameInTextChars
                    || !endsThere(tokens, i + n))
                    continue;
                found.insert(cp);
                i += n - 1;
                break;
            }
        }
        if (found.size() != 1 || *found.cbegin() < 0)
            return false;
        const int cp = *found.cbegin();
        m_result.evidence.append(
            { EvidenceKind::NameInDescription, m_index.counterparty(cp).name });
        matchDocuments(cp, RecognisedBy::NameInDescription);
        return true;
    }

    void nothingRecognised()
    {
        m_result.evidence.append(Evidence(EvidenceKind::NothingRecognised));
        m_result.suggestions = findNearMisses(m_context, PairingIndex::kNone).suggestions;
        setNothing(DocumentType::Unallocated, RowColour::Red, QStringLiteral("nothing recognised"));
    }

    LineContext m_context;
    const StatementLine &m_line;
    const PairingIndex &m_index;
    const Iban &m_importAccount;
    LinePairing m_result;
};

} // namespace

LinePairing pairLine(const StatementLine &line, const PairingIndex &index,
                     const PairingOptions &options, const Iban &importAccount)
{
    return LinePairer(line, index, options, importAccount).run();
}

} // namespace Saldo
