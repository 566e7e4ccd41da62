#include "ui/collection_mime.h"

#include <QDataStream>
#include <QIODevice>
#include <QMimeData>

namespace warta::ui {

QString articleIdsMimeType()
{
    return QStringLiteral("application/x-warta-article-ids");
}

QMimeData *articleIdsMimeData(const QList<qint64> &ids)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << ids;
    auto *data = new QMimeData;
    data->setData(articleIdsMimeType(), bytes);
    return data;
}

QList<qint64> articleIdsFrom(const QMimeData *data)
{
    QList<qint64> ids;
    if (!data || !data->hasFormat(articleIdsMimeType()))
        return ids;
    QDataStream in(data->data(articleIdsMimeType()));
    in >> ids;
    return in.status() == QDataStream::Ok ? ids : QList<qint64>();
}

} // namespace warta::ui
