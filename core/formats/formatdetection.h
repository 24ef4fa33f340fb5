// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/common/statementformat.h"

#include <QByteArrayView>

namespace Saldo {

/// How many leading bytes detectFormat() wants to see.
constexpr qint64 DetectionHeadSize = 16 * 1024;

/// Guesses the format from the first bytes of a file; `preferred` (the settings' default format)
/// breaks ties. Returns Auto when nothing fits.
StatementFormat detectFormat(QByteArrayView head,
                             StatementFormat preferred = StatementFormat::Auto);

} // namespace Saldo
