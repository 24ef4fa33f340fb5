// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QLatin1StringView>
#include <QString>

#include <optional>

namespace Saldo {

/// The text encodings bank files come in. Single-byte code pages are decoded with built-in
/// tables, so they work the same on every platform whether or not Qt was built with ICU.
enum class TextEncoding {
    Utf8, ///< also UTF-8 with a BOM (the BOM is skipped)
    Windows1250, ///< Czech/Slovak banks (GPC, CSV)
    Iso8859_2,
    Windows1251, ///< Bulgarian banks
    Cp852, ///< DOS Latin 2 (some MT940 from HU/SK banks)
    Latin1,
};

QLatin1StringView encodingName(TextEncoding encoding);
std::optional<TextEncoding> encodingFromName(QStringView name); // "windows-1250", "cp1250", ...

/// Guesses the encoding of `sample` (the start of a file): a UTF-8 BOM or valid UTF-8 with
/// non-ASCII bytes → Utf8; pure ASCII → `preferred` (Utf8 by default: ASCII reads the same in
/// all of them); otherwise the single-byte code page whose letters make the most sense
/// (Cyrillic → Windows1251; box-drawing-free Latin 2 → Cp852 vs Windows1250 by the bytes that
/// differ). `preferred` wins when the sample cannot tell.
/// A sample cut in the middle of a UTF-8 sequence still counts as UTF-8.
TextEncoding detectEncoding(QByteArrayView sample, TextEncoding preferred = TextEncoding::Utf8);

/// Decodes bytes; invalid UTF-8 becomes U+FFFD. Fast for ASCII.
QString decodeText(QByteArrayView bytes, TextEncoding encoding);

/// decodeText() into `out`, which has room for decodedSizeBound(bytes.size()) units; returns
/// how many it wrote. For texts decoded in parts into one buffer, without a string each.
qsizetype decodeTextInto(QByteArrayView bytes, TextEncoding encoding, char16_t *out);

/// Room enough for any text of `byteCount` bytes decoded: no encoding makes more UTF-16 units
/// than bytes; one more for the UTF-8 decoder's own reckoning.
constexpr qsizetype decodedSizeBound(qsizetype byteCount)
{
    return byteCount + 1;
}

/// Whether every byte is below 0x80 (eight bytes at a time): such text reads the same in every
/// encoding.
bool isAsciiText(QByteArrayView bytes);

/// Length of a UTF-8 BOM at the start of `bytes` (3) or 0.
int utf8BomLength(QByteArrayView bytes);

} // namespace Saldo
