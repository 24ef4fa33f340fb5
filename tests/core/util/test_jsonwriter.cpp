// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
// JsonWriter: an array written in parts by element writers (as `statement import --json` does
// on several threads) reads exactly as the array written in one go.
#include "catchqt.h"

#include "util/jsonwriter.h"

#include <QBuffer>
#include <QJsonDocument>

#include <memory>

using namespace Saldo;

namespace {

void element(JsonWriter &json, int i)
{
    json.beginObject();
    json.member(QLatin1StringView("n"), i);
    json.member(QLatin1StringView("text"), QStringLiteral("řádek \"%1\"\n").arg(i));
    json.key(QLatin1StringView("list"));
    json.beginArray();
    json.value(true);
    json.endArray();
    json.endObject();
}

// {"rows": [elements of `parts`], "end": 1}, each part written by an element writer when
// `inParts`, else all in the document's own writer.
QByteArray document(const QList<QList<int>> &parts, bool pretty, bool inParts, bool byDepth = false)
{
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    {
        JsonWriter json(&out, pretty);
        json.beginObject();
        json.key(QLatin1StringView("rows"));
        json.beginArray();
        for (const QList<int> &part : parts) {
            if (!inParts) {
                for (int i : part)
                    element(json, i);
                continue;
            }
            QBuffer partOut;
            partOut.open(QIODevice::WriteOnly);
            {
                // Made from the array's writer, or from its depth alone (as on a thread that
                // must not look at a writer in use).
                std::unique_ptr<JsonWriter> partJson = byDepth
                    ? std::make_unique<JsonWriter>(&partOut, pretty, json.depth())
                    : std::make_unique<JsonWriter>(&partOut, json);
                for (int i : part)
                    element(*partJson, i);
            }
            json.appendElements(partOut.data());
        }
        json.endArray();
        json.member(QLatin1StringView("end"), 1);
        json.endObject();
    }
    return out.data();
}

} // namespace

TEST_CASE("Elements written in parts read as the array written in one go", "[util]")
{
    const QList<QList<QList<int>>> cases {
        { { 1, 2 }, { 3 }, { 4, 5, 6 } },
        { {}, { 1 }, {}, { 2, 3 } }, // a first part with no elements puts no comma
        { {}, {} }, // no elements at all: []
        { { 7 } },
    };
    for (const bool pretty : { true, false }) {
        for (const QList<QList<int>> &parts : cases) {
            CAPTURE(pretty, parts.size());
            const QByteArray whole = document(parts, pretty, false);
            CHECK(document(parts, pretty, true) == whole);
            CHECK(document(parts, pretty, true, true) == whole);
            QJsonParseError error;
            QJsonDocument::fromJson(whole, &error);
            CHECK(error.error == QJsonParseError::NoError);
        }
    }
}
