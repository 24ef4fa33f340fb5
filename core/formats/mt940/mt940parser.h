// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "mt940statementbuilder.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Saldo {

/// Splits MT940/MT942 text into fields: a line starting with a tag (":61:") starts a field, the
/// lines after it continue it. SWIFT envelopes ("{1:…}{2:…}{4:"), "-" ends of messages and the
/// noise banks put around messages (ABN AMRO "ABNANL2A"/"940" lines, Rabobank ":940:", prose
/// before the first tag) are recognised here; the fields go to a Mt940StatementBuilder.
class Mt940Parser
{
public:
    static constexpr int kMaxFieldLines = 200;

    explicit Mt940Parser(Mt940StatementBuilder &builder);

    /// One line without its line end. False when reading must stop (error or cancel).
    bool addLine(QByteArrayView line, qint64 number);
    /// End of file.
    bool finish();

private:
    bool handleTagLine(QByteArrayView line, qint64 number);
    bool startField(Mt940FieldKind kind, QByteArrayView tag, QByteArrayView content, qint64 number,
                    int tagLength);
    bool flushField();

    Mt940StatementBuilder &m_builder;
    Mt940Field m_field;
    bool m_inMessage = false;
};

} // namespace Saldo
