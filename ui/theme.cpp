// SPDX-FileCopyrightText: 2026 The Saldo authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "theme.h"

#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace Saldo {

namespace {

struct ToneColors
{
    QColor light;
    QColor dark;
};

ToneColors toneColors(Tone tone)
{
    switch (tone) {
    case Tone::Positive:
        return { QColor(0x1a, 0x7f, 0x37), QColor(0x3f, 0xb9, 0x50) };
    case Tone::Negative:
        return { QColor(0xcf, 0x22, 0x2e), QColor(0xf8, 0x51, 0x49) };
    case Tone::Muted:
        return { QColor(0x6e, 0x77, 0x81), QColor(0x8b, 0x94, 0x9e) };
    case Tone::Attention:
        return { QColor(0x9a, 0x67, 0x00), QColor(0xd2, 0x99, 0x22) };
    case Tone::Neutral:
        break;
    }
    return {};
}

void drawGlyph(QPainter &p, Glyph glyph, const QColor &color)
{
    // Drawn on a 16×16 grid; the painter is scaled for larger sizes.
    const QRectF circle(2, 2, 12, 12);
    QPen pen(color, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    switch (glyph) {
    case Glyph::Check: {
        p.setBrush(color);
        p.setPen(Qt::NoPen);
        p.drawEllipse(circle.adjusted(-1, -1, 1, 1));
        QPainterPath tick;
        tick.moveTo(4.8, 8.2);
        tick.lineTo(7.1, 10.5);
        tick.lineTo(11.3, 5.6);
        p.setPen(QPen(Qt::white, 1.8, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(tick);
        break;
    }
    case Glyph::HalfCircle: {
        p.drawEllipse(circle);
        QPainterPath half;
        half.moveTo(circle.center());
        half.arcTo(circle, 90, 180);
        half.closeSubpath();
        p.fillPath(half, color);
        break;
    }
    case Glyph::Circle:
        p.drawEllipse(circle);
        break;
    case Glyph::Exclamation: {
        p.setBrush(color);
        p.setPen(Qt::NoPen);
        p.drawEllipse(circle.adjusted(-1, -1, 1, 1));
        p.setPen(QPen(Qt::white, 2.0, Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(8, 4.5), QPointF(8, 8.8));
        p.drawPoint(QPointF(8, 11.6));
        break;
    }
    case Glyph::Plus: {
        p.drawEllipse(circle);
        p.drawLine(QPointF(8, 5), QPointF(8, 11));
        p.drawLine(QPointF(5, 8), QPointF(11, 8));
        break;
    }
    case Glyph::Transfer: {
        p.drawLine(QPointF(2.5, 5.5), QPointF(13, 5.5));
        p.drawLine(QPointF(10.5, 3), QPointF(13, 5.5));
        p.drawLine(QPointF(13.5, 10.5), QPointF(3, 10.5));
        p.drawLine(QPointF(5.5, 13), QPointF(3, 10.5));
        break;
    }
    }
}

QPixmap glyphPixmap(Glyph glyph, const QColor &color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 16.0, size / 16.0);
    drawGlyph(p, glyph, color);
    return pixmap;
}

} // namespace

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

bool Theme::isDark()
{
    return isDark(QGuiApplication::palette());
}

QColor Theme::color(Tone tone, const QPalette &palette)
{
    if (tone == Tone::Neutral)
        return palette.color(QPalette::Text);
    const ToneColors colors = toneColors(tone);
    return isDark(palette) ? colors.dark : colors.light;
}

QColor Theme::color(Tone tone)
{
    return color(tone, QGuiApplication::palette());
}

QIcon Theme::statusIcon(Glyph glyph, Tone tone)
{
    // Keyed by the colour itself, so a theme change (or a new palette text colour) draws anew.
    static QHash<QString, QIcon> cache;
    const QColor c = color(tone);
    const QString key = QStringLiteral("%1/%2").arg(int(glyph)).arg(c.rgba());
    auto it = cache.constFind(key);
    if (it != cache.constEnd())
        return *it;
    QIcon icon;
    for (int size : { 16, 24, 32, 48 })
        icon.addPixmap(glyphPixmap(glyph, c, size));
    cache.insert(key, icon);
    return icon;
}

} // namespace Saldo
