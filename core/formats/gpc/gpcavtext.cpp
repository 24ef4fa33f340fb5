// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gpcavtext.h"

#include "formats/gpc/gpcrecord.h"

namespace Saldo {

namespace {

constexpr int AvFieldStart = 3;
constexpr int AvFieldLength = 35;

} // namespace

void GpcAvText::add(const GpcRecord &record)
{
    addField(record.rawText(AvFieldStart, AvFieldLength));
    addField(record.rawText(AvFieldStart + AvFieldLength, AvFieldLength));
}

void GpcAvText::addField(const QString &field)
{
    QStringView piece(field);
    while (!piece.isEmpty() && piece.back() == u' ')
        piece.chop(1);
    if (m_lastFieldFull || m_text.isEmpty()) {
        m_text += piece;
    } else if (!piece.trimmed().isEmpty()) {
        m_text += QLatin1Char(' ');
        m_text += piece.trimmed();
    }
    m_lastFieldFull = field.size() == AvFieldLength && !field.endsWith(QLatin1Char(' '));
}

QString GpcAvText::take()
{
    QString text = m_text.trimmed();
    m_text.clear();
    m_lastFieldFull = false;
    return text;
}

} // namespace Saldo
