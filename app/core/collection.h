#pragma once

#include <QDateTime>
#include <QString>

namespace warta {

/// A user-named, ordered set of saved articles, kept forever.
struct Collection {
    qint64 id = 0;
    QString name;
    int position = 0;
    QDateTime created;
    int articles = 0;
};

} // namespace warta
