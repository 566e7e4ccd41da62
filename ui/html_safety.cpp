#include "ui/html_safety.h"

#include "content/extraction.h"

#include <QRegularExpression>
#include <QUrl>

namespace warta::ui {

QString sanitizeFeedHtml(const QString &untrustedHtml)
{
    return content::sanitizeHtml(untrustedHtml, QUrl());
}

bool isCachedImageUrl(const QString &url)
{
    static const QRegularExpression re(QStringLiteral("^warta://image/[0-9a-f]{64}$"));
    return re.match(url).hasMatch();
}

QString sanitizeStoredHtml(const QString &storedHtml)
{
    return content::rewriteUrls(storedHtml, [](const QString &raw) -> QString {
        if (isCachedImageUrl(raw))
            return raw;
        const QUrl url(raw);
        const QString scheme = url.scheme().toLower();
        // Stored URLs are absolute; anything relative or of another scheme has no business here.
        if (url.isValid() && (scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
                              scheme == QLatin1String("mailto")))
            return url.toString(QUrl::FullyEncoded);
        return {};
    });
}

} // namespace warta::ui
