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

} // namespace warta::ui
