// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Saldo {

class GpcRecord;

/// The payment text of one item from its 078/079 records: four AV fields of 35 characters.
/// Banks either cut one text into pieces of 35 (a full piece runs on into the next as it is)
/// or write one line of text per field (padded; joined with a space).
class GpcAvText
{
public:
    /// Adds the two AV fields of a 078 or 079 record.
    void add(const GpcRecord &record);
    /// The text so far, spaces around it removed; empties the collector.
    QString take();

private:
    void addField(const GpcRecord &record, int start);
    template<typename Text>
    void addPiece(Text field);

    QString m_text;
    bool m_lastFieldFull = false;
};

} // namespace Saldo
