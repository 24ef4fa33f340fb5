// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "heldbytes.h"

#include <QBuffer>

namespace Saldo {

std::optional<QByteArrayView> takeHeldBytes(QIODevice &device)
{
    auto *buffer = qobject_cast<QBuffer *>(&device);
    if (!buffer || !buffer->isReadable() || buffer->isTextModeEnabled())
        return std::nullopt;
    const QByteArray &data = buffer->data();
    const qint64 position = buffer->pos();
    if (position < 0 || position > data.size() || !buffer->seek(data.size()))
        return std::nullopt;
    const QByteArrayView rest = QByteArrayView(data).sliced(qsizetype(position));
    // Never a null pointer, even for no bytes: readers hand it to memchr().
    return rest.isEmpty() ? QByteArrayView("", 0) : rest;
}

} // namespace Saldo
