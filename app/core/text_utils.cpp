#include "core/text_utils.h"

namespace warta {

QString collapseWhitespace(const QString &text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        if (c.isSpace() || c == QChar(0x00A0) || c == QChar(0x200B)) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out += QLatin1Char(' ');
            pendingSpace = false;
        }
        out += c;
    }
    return out;
}

QString normaliseTagKey(const QString &tag)
{
    return collapseWhitespace(tag).toCaseFolded();
}

QString tagDisplayForm(const QString &tag)
{
    return collapseWhitespace(tag);
}

} // namespace warta
