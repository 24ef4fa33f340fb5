// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gpcavtext.h"

#include "formats/gpc/gpcrecord.h"

#include <algorithm>

namespace Saldo {

namespace {

constexpr int AvFieldStart = 3;
constexpr int AvFieldLength = 35;

} // namespace

void GpcAvText::add(const GpcRecord &record)
{
    addField(record, AvFieldStart);
    addField(record, AvFieldStart + AvFieldLength);
}

void GpcAvText::addField(const GpcRecord &record, int start)
{
    // ASCII reads the same in every encoding: no need to decode it into a temporary string
    // (this runs twice for every text record of a file).
    const QByteArrayView bytes = record.field(start, AvFieldLength);
    if (std::all_of(bytes.begin(), bytes.end(), [](char c) { return uchar(c) < 0x80; }))
        addPiece(QLatin1StringView(bytes));
    else
        addPiece(QStringView(record.rawText(start, AvFieldLength)));
}

template<typename Text>
void GpcAvText::addPiece(Text field)
{
    Text piece = field;
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
