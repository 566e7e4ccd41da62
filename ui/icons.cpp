#include "ui/icons.h"

#include <QApplication>
#include <QPainter>
#include <QPixmap>
#include <QStyle>

namespace warta::ui {

static QIcon glyphIcon(QChar glyph, const QColor &color)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    QFont font = p.font();
    font.setPixelSize(28);
    p.setFont(font);
    p.setPen(color);
    p.drawText(pixmap.rect(), Qt::AlignCenter, QString(glyph));
    return QIcon(pixmap);
}

QIcon starIcon()
{
    return glyphIcon(QChar(0x2605), QColor(0xe0, 0xa0, 0x00));
}

QIcon pinIcon()
{
    return glyphIcon(QChar(0x25cf), QColor(0x1a, 0x73, 0xe8));
}

QIcon warningIcon()
{
    return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
}

QIcon genericFeedIcon()
{
    // The usual feed symbol: a dot and two arcs on an orange tile.
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xee, 0x80, 0x2f));
    p.drawRoundedRect(QRectF(2, 2, 28, 28), 6, 6);
    p.setBrush(Qt::white);
    p.drawEllipse(QPointF(10, 22), 3, 3);
    QPen arc(Qt::white, 3.5);
    arc.setCapStyle(Qt::RoundCap);
    p.setPen(arc);
    p.setBrush(Qt::NoBrush);
    p.drawArc(QRectF(-1, 11, 22, 22), 0, 90 * 16);
    p.drawArc(QRectF(-9, 3, 38, 38), 0, 90 * 16);
    return QIcon(pixmap);
}

QIcon badgedIcon(const QIcon &base, const QIcon &badge)
{
    QPixmap pixmap = base.pixmap(32, 32);
    if (pixmap.isNull()) {
        pixmap = QPixmap(32, 32);
        pixmap.fill(Qt::transparent);
    }
    QPainter p(&pixmap);
    p.drawPixmap(QRect(pixmap.width() / 2, pixmap.height() / 2, pixmap.width() / 2, pixmap.height() / 2),
                 badge.pixmap(32, 32));
    return QIcon(pixmap);
}

} // namespace warta::ui
