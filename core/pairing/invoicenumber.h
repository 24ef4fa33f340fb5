// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Saldo {

/// The form under which invoice numbers are compared: letters upper-cased, everything but
/// letters and digits dropped ("fv 2025-000105" → "FV2025000105"). Empty when the text has no
/// digit (a word is never an invoice number).
QString invoiceNumberKey(QStringView number);

/// A 64-bit hash of invoiceNumberKey(number) computed without building it; `keyLength` gets the
/// key's length (0: no digit, not an invoice number).
quint64 invoiceNumberHash(QStringView number, int *keyLength = nullptr);

/// Whether two texts have the same invoiceNumberKey(), without building either.
bool sameInvoiceNumber(QStringView a, QStringView b);

} // namespace Saldo
