#include "feeds/opml.h"

#include "feeds/xml_tree.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace warta::feeds {

namespace {

QString attribute(const QXmlStreamAttributes &attrs, QLatin1String name)
{
    // OPML in the wild spells attributes in any case (xmlurl, XMLURL).
    for (const QXmlStreamAttribute &a : attrs) {
        if (a.name().compare(name, Qt::CaseInsensitive) == 0)
            return a.value().toString().trimmed();
    }
    return {};
}

bool isFeedUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
           && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
}

} // namespace

OpmlDocument parseOpml(const QByteArray &bytes)
{
    OpmlDocument doc;
    // Entities referenced many times (the "quadratic blow-up") are expanded inside
    // QXmlStreamReader before we see a token: refuse such files up front, as feeds do.
    if (bytes.contains("<!ENTITY")) {
        const QString text = QString::fromUtf8(bytes);
        const qsizetype budget = text.size() + kMaxEntityGrowth;
        if (entityExpansion(text, budget) > budget) {
            doc.error = QStringLiteral("Not a usable OPML file: its entities would expand to more than %1 characters").arg(budget);
            return doc;
        }
    }
    QXmlStreamReader xml(bytes);
    QStringList folders;      // the outline path we are inside
    QList<bool> isFolder;     // per open outline: did it push a folder name?
    QSet<QString> seen;
    bool sawOpml = false;
    bool inHeadTitle = false;
    bool deepWarned = false;
    constexpr qsizetype kMaxFolderDepth = 32;
    constexpr qsizetype kMaxFolderName = 200;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            const QString name = xml.name().toString().toLower();
            if (name == QLatin1String("opml")) {
                sawOpml = true;
            } else if (name == QLatin1String("title") && folders.isEmpty() && isFolder.isEmpty()) {
                inHeadTitle = true;
            } else if (name == QLatin1String("outline")) {
                const auto attrs = xml.attributes();
                const QString xmlUrl = attribute(attrs, QLatin1String("xmlUrl"));
                QString title = attribute(attrs, QLatin1String("title"));
                if (title.isEmpty())
                    title = attribute(attrs, QLatin1String("text"));
                if (xmlUrl.isEmpty()) {
                    // An outline without xmlUrl is a folder (or a note we skip over). Deeper
                    // folders are merged into the deepest kept one: every entry carries its
                    // whole path, so a hostile file nested 100,000 deep would otherwise cost
                    // gigabytes of copies.
                    if (folders.size() >= kMaxFolderDepth) {
                        if (!deepWarned)
                            doc.problems.append(QStringLiteral("line %1: folders nested deeper than %2 levels were merged")
                                                    .arg(xml.lineNumber()).arg(kMaxFolderDepth));
                        deepWarned = true;
                        isFolder.append(false);
                        continue;
                    }
                    folders.append(title.isEmpty() ? QStringLiteral("Folder") : title.left(kMaxFolderName));
                    isFolder.append(true);
                    continue;
                }
                isFolder.append(false);
                const QUrl url = QUrl(xmlUrl, QUrl::StrictMode);
                if (!isFeedUrl(url)) {
                    doc.problems.append(QStringLiteral("line %1: \"%2\" has an invalid feed URL \"%3\"")
                                            .arg(xml.lineNumber()).arg(title, xmlUrl));
                    continue;
                }
                const QString normalised = url.toString();
                if (seen.contains(normalised))
                    continue;
                seen.insert(normalised);
                doc.entries.append({normalised, title, attribute(attrs, QLatin1String("htmlUrl")),
                                    folders.join(QLatin1Char('/'))});
            }
        } else if (token == QXmlStreamReader::EndElement) {
            const QString name = xml.name().toString().toLower();
            if (name == QLatin1String("outline") && !isFolder.isEmpty()) {
                if (isFolder.takeLast())
                    folders.removeLast();
            } else if (name == QLatin1String("title")) {
                inHeadTitle = false;
            }
        } else if (token == QXmlStreamReader::Characters && inHeadTitle) {
            doc.title += xml.text().toString();
        }
    }
    if (xml.hasError()) {
        const QString where = QStringLiteral("line %1, column %2: %3")
                                  .arg(xml.lineNumber()).arg(xml.columnNumber()).arg(xml.errorString());
        if (!sawOpml)
            doc.error = QStringLiteral("Not an OPML file (%1)").arg(where);
        else
            doc.problems.append(QStringLiteral("The file is damaged after %1 entries (%2)")
                                    .arg(doc.entries.size()).arg(where));
    } else if (!sawOpml) {
        doc.error = QStringLiteral("Not an OPML file: no <opml> element");
    }
    doc.title = doc.title.trimmed();
    return doc;
}

QByteArray writeOpml(const QString &title, const QList<OpmlEntry> &entries)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(2);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("opml"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.0"));
    xml.writeStartElement(QStringLiteral("head"));
    xml.writeTextElement(QStringLiteral("title"), title);
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("body"));

    QStringList open; // folder path currently open in the output
    // Group entries by folder, keeping first-seen order of folders and of feeds.
    QStringList order;
    QHash<QString, QList<OpmlEntry>> byFolder;
    for (const OpmlEntry &e : entries) {
        if (!byFolder.contains(e.folderPath))
            order.append(e.folderPath);
        byFolder[e.folderPath].append(e);
    }
    for (const QString &path : order) {
        const QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        int common = 0;
        while (common < open.size() && common < parts.size() && open[common] == parts[common])
            ++common;
        while (open.size() > common) {
            xml.writeEndElement();
            open.removeLast();
        }
        for (int i = common; i < parts.size(); ++i) {
            xml.writeStartElement(QStringLiteral("outline"));
            xml.writeAttribute(QStringLiteral("text"), parts[i]);
            xml.writeAttribute(QStringLiteral("title"), parts[i]);
            open.append(parts[i]);
        }
        for (const OpmlEntry &e : byFolder.value(path)) {
            xml.writeEmptyElement(QStringLiteral("outline"));
            xml.writeAttribute(QStringLiteral("type"), QStringLiteral("rss"));
            xml.writeAttribute(QStringLiteral("text"), e.title);
            xml.writeAttribute(QStringLiteral("title"), e.title);
            xml.writeAttribute(QStringLiteral("xmlUrl"), e.url);
            if (!e.siteUrl.isEmpty())
                xml.writeAttribute(QStringLiteral("htmlUrl"), e.siteUrl);
        }
    }
    while (!open.isEmpty()) {
        xml.writeEndElement();
        open.removeLast();
    }
    xml.writeEndElement(); // body
    xml.writeEndElement(); // opml
    xml.writeEndDocument();
    return out;
}

} // namespace warta::feeds
