// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mt940nonswift.h"

namespace Saldo {

namespace {

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

/// The texts of the sub-fields numbered `first` to `last`, in file order.
QStringList textsOf(const QList<Mt940NonSwiftField> &fields, int first, int last)
{
    QStringList texts;
    for (const Mt940NonSwiftField &field : fields) {
        if (field.number >= first && field.number <= last && !field.text.isEmpty())
            texts.append(field.text);
    }
    return texts;
}

} // namespace

QList<Mt940NonSwiftField> parseMt940NonSwift(QStringView text)
{
    QList<Mt940NonSwiftField> fields;
    for (QStringView line : text.split(u'\n')) {
        // Raiffeisen Romania writes the sub-fields after the first as ":23…".
        if (line.startsWith(u':') && line.size() >= 3 && isDigit(line[1]) && isDigit(line[2]))
            line = line.sliced(1);
        if (line.size() >= 2 && isDigit(line[0]) && isDigit(line[1])) {
            fields.append({ (line[0].unicode() - u'0') * 10 + (line[1].unicode() - u'0'),
                            line.sliced(2).trimmed().toString() });
        } else if (!fields.isEmpty()) {
            fields.last().text += line.trimmed();
        }
    }
    return fields;
}

Mt940Details mt940NonSwiftLineDetails(const QList<Mt940NonSwiftField> &fields)
{
    Mt940Details details;
    details.description = textsOf(fields, 1, 14).join(u' ');
    details.counterpartyName = textsOf(fields, 15, 16).join(QString()).trimmed();
    details.postingText = textsOf(fields, 17, 17).join(u' ');
    const QString account = textsOf(fields, 34, 34).join(QString());
    if (Result<Iban> iban = Iban::parse(account); iban && !account.isEmpty())
        details.counterpartyIban = *iban;
    else
        details.counterpartyAccount = account;
    return details;
}

QString mt940NonSwiftStatementInformation(const QList<Mt940NonSwiftField> &fields)
{
    return textsOf(fields, 22, 23).join(u' ');
}

} // namespace Saldo
