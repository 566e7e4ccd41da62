#include "feeds/feed_parser.h"

#include "feeds/feed_encoding.h"
#include "feeds/feed_formats.h"
#include "feeds/feed_helpers.h"
#include "feeds/xml_tree.h"

namespace warta::feeds {

ParsedFeed parseFeed(const QByteArray &bytes, const QUrl &documentUrl, const QByteArray &httpContentType)
{
    ParsedFeed feed;
    if (acceptJsonFeed(bytes)) {
        parseJsonFeed(bytes, documentUrl, feed);
        finishFeed(feed);
        return feed;
    }
    const DecodedDocument decoded = decodeFeedBytes(bytes, httpContentType);
    feed.encoding = decoded.encoding;
    const XmlDocument doc = parseXml(decoded.text, documentUrl);
    feed.wellFormed = doc.wellFormed && decoded.problem.isEmpty();
    feed.error = !doc.error.isEmpty() ? doc.error : decoded.problem;

    const XmlNode *root = doc.documentElement();
    if (!root) {
        feed.wellFormed = false;
        if (feed.error.isEmpty())
            feed.error = QStringLiteral("empty document");
        return feed;
    }
    if (acceptRss(*root)) {
        parseRss(*root, doc.wellFormed, feed);
    } else if (acceptAtom(*root)) {
        parseAtom(*root, doc.wellFormed, feed);
    } else {
        feed.wellFormed = false;
        if (feed.error.isEmpty())
            feed.error = QStringLiteral("not a feed: the root element is <%1>").arg(root->name);
        return feed;
    }
    finishFeed(feed);
    return feed;
}

} // namespace warta::feeds
