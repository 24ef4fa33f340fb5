// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Saldo {

/// The form of a firm's name under which the ledger looks counterparties up
/// (counterparties.normalized_name) and pairing compares names: case folded, diacritics removed
/// (also ø → o, æ → ae, ß → ss, ł → l, đ → d), punctuation and quotes removed, spaces collapsed,
/// and one trailing legal form removed (s.r.o., s. r. o., spol. s r.o., a.s., k.s., v.o.s.,
/// ЕООД/EOOD, ООД/OOD, АД/AD, ЕТ/ET, AS, ASA, GmbH, AG, Ltd ...). Cyrillic stays Cyrillic.
/// "Poľana Pekáreň s.r.o." and "POLANA PEKAREN SRO" both give "polana pekaren".
/// Whole names are compared: "tatra stav" is not "tatra stav invest".
/// A name that is only a legal form keeps it. Thread-safe (pure function).
QString normalizedCounterpartyName(QStringView name);

} // namespace Saldo
