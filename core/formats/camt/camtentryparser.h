// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/camt/camtentry.h"
#include "formats/camt/camtxml.h"

#include <optional>

namespace Saldo {

/// Reads one <Ntry> element (any camt.052/053/054 version) into a CamtEntry. Elements it does
/// not need are skipped, so unknown extensions do not disturb it.
class CamtEntryParser
{
public:
    explicit CamtEntryParser(CamtXml &xml)
        : m_xml(xml)
    { }

    /// Reads the current <Ntry> to its end tag. `currency` (the statement's) stands in for a
    /// missing Ccy attribute. nullopt after an error (the CamtXml holds it).
    std::optional<CamtEntry> parse(Currency currency);

private:
    void status(CamtEntry &entry);
    void bankCode(CamtBankCode &code);
    void domainCode(CamtBankCode &code);
    void entryDetails(CamtEntry &entry);
    void transaction(CamtTransaction &transaction);
    void references(CamtTransaction &transaction);
    void amountDetails(CamtTransaction &transaction);
    void relatedParties(CamtTransaction &transaction);
    void party(CamtParty &party);
    void agentName(CamtParty &party);
    void account(CamtParty &party);
    void otherAccountId(QString &id);
    void relatedAgents(CamtTransaction &transaction);
    QString agentBic();
    void remittance(CamtTransaction &transaction);
    void structuredRemittance(CamtTransaction &transaction);
    void creditorReference(CamtTransaction &transaction);

    CamtXml &m_xml;
    Currency m_currency;
};

/// Appends `text` to `joined` with a space between (for repeated Ustrd and the like).
void appendJoined(QString &joined, const QString &text);

} // namespace Saldo
