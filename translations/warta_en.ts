<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>ArticleHtml</name>
        <message>
            <source>saved offline</source>
            <translation>saved offline</translation>
        </message>
        <message>
            <source>Editor: %1</source>
            <translation>Editor: %1</translation>
        </message>
        <message>
            <source>Open the original page</source>
            <translation>Open the original page</translation>
        </message>
    </context>
    <context>
        <name>RelativeDate</name>
        <message>
            <source>just now</source>
            <translation>just now</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>%n minute ago</numerusform>
                <numerusform>%n minutes ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>%n hour ago</numerusform>
                <numerusform>%n hours ago</numerusform>
            </translation>
        </message>
        <message>
            <source>yesterday %1</source>
            <translation>yesterday %1</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Warta, a reader for Indonesian news</source>
            <translation>Warta, a reader for Indonesian news</translation>
        </message>
        <message>
            <source>Open a separate database filled with sample news.</source>
            <translation>Open a separate database filled with sample news.</translation>
        </message>
        <message>
            <source>Use the database at &lt;path&gt;.</source>
            <translation>Use the database at &lt;path&gt;.</translation>
        </message>
        <message>
            <source>Warta cannot open its database:
%1

%2

The file was left untouched.</source>
            <translation>Warta cannot open its database:
%1

%2

The file was left untouched.</translation>
        </message>
        <message>
            <source>Warta</source>
            <translation>Warta</translation>
        </message>
        <message>
            <source>Open the article with id &lt;id&gt;.</source>
            <translation>Open the article with id &lt;id&gt;.</translation>
        </message>
        <message>
            <source>Warta's database is damaged:
%1

%2

Warta can keep the damaged file as a backup beside it and start with a new database, rescuing what is still readable (collections first). Recover now?</source>
            <translation>Warta's database is damaged:
%1

%2

Warta can keep the damaged file as a backup beside it and start with a new database, rescuing what is still readable (collections first). Recover now?</translation>
        </message>
        <message>
            <source>The damaged database was kept as %1.
Rescued: %2 collection entries, %3 articles.</source>
            <translation>The damaged database was kept as %1.
Rescued: %2 collection entries, %3 articles.</translation>
        </message>
        <message>
            <source>&amp;Recover</source>
            <translation>&amp;Recover</translation>
        </message>
    </context>
    <context>
        <name>warta::ui::AddFeedDialog</name>
        <message>
            <source>Add Feed</source>
            <translation>Add Feed</translation>
        </message>
        <message>
            <source>Address of a feed or of a news site</source>
            <translation>Address of a feed or of a news site</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Find</translation>
        </message>
        <message>
            <source>&amp;Subscribe</source>
            <translation>&amp;Subscribe</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Address:</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Folder:</translation>
        </message>
        <message>
            <source>Looking for a feed at %1…</source>
            <translation>Looking for a feed at %1…</translation>
        </message>
        <message numerus="yes">
            <source>Found “%1”: %n item(s)
%2</source>
            <translation>
                <numerusform>Found “%1”: %n item
%2</numerusform>
                <numerusform>Found “%1”: %n items
%2</numerusform>
            </translation>
        </message>
        <message>
            <source>No feed found: %1</source>
            <translation>No feed found: %1</translation>
        </message>
    </context>
    <context>
        <name>warta::ui::ArticleActions</name>
        <message>
            <source>marking an article read</source>
            <translation>marking an article read</translation>
        </message>
        <message>
            <source>marking an article unread</source>
            <translation>marking an article unread</translation>
        </message>
        <message>
            <source>starring an article</source>
            <translation>starring an article</translation>
        </message>
        <message>
            <source>removing a star</source>
            <translation>removing a star</translation>
        </message>
        <message numerus="yes">
            <source>marking %n article(s) read</source>
            <translation>
                <numerusform>marking %n article read</numerusform>
                <numerusform>marking %n articles read</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>marking %n article(s) unread</source>
            <translation>
                <numerusform>marking %n article unread</numerusform>
                <numerusform>marking %n articles unread</numerusform>
            </translation>
        </message>
        <message>
            <source>saving an article to %1</source>
            <translation>saving an article to %1</translation>
        </message>
        <message>
            <source>removing an article from a collection</source>
            <translation>removing an article from a collection</translation>
        </message>
        <message>
            <source>creating the collection %1</source>
            <translation>creating the collection %1</translation>
        </message>
        <message>
            <source>renaming a collection to %1</source>
            <translation>renaming a collection to %1</translation>
        </message>
        <message>
            <source>deleting a collection</source>
            <translation>deleting a collection</translation>
        </message>
        <message>
            <source>following the tag %1</source>
            <translation>following the tag %1</translation>
        </message>
        <message>
            <source>unfollowing the tag %1</source>
            <translation>unfollowing the tag %1</translation>
        </message>
        <message>
            <source>renaming the tag %1 to %2</source>
            <translation>renaming the tag %1 to %2</translation>
        </message>
        <message>
            <source>merging the tag %1 into %2</source>
            <translation>merging the tag %1 into %2</translation>
        </message>
    </context>
    <context>
        <name>warta::ui::ArticleListModel</name>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Feed</source>
            <translation>Feed</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
    </context>
    <context>
        <name>warta::ui::CollectionsPanel</name>
        <message>
            <source>Collections</source>
            <translation>Collections</translation>
        </message>
        <message>
            <source>New collection</source>
            <translation>New collection</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Rename</translation>
        </message>
        <message>
            <source>Rename collection</source>
            <translation>Rename collection</translation>
        </message>
        <message>
            <source>Delete collection</source>
            <translation>Delete collection</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>Export collection</source>
            <translation>Export collection</translation>
        </message>
        <message>
            <source>As Markdown…</source>
            <translation>As Markdown…</translation>
        </message>
        <message>
            <source>As HTML…</source>
            <translation>As HTML…</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Delete the collection “%1”? Its articles stay in their feeds.</source>
            <translation>Delete the collection “%1”? Its articles stay in their feeds.</translation>
        </message>
    </context>
    <context>
        <name>warta::ui::FeedContextMenu</name>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>&amp;Mark All Read</source>
            <translation>&amp;Mark All Read</translation>
        </message>
        <message>
            <source>&amp;Download for Offline Reading</source>
            <translation>&amp;Download for Offline Reading</translation>
        </message>
    </context>
    <context>
        <name>warta::ui::FeedTreeModel</name>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>Unread</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>Starred</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>%1
Last error: %2</source>
            <translation>%1
Last error: %2</translation>
        </message>
    </context>
    <context>
        <name>warta::ui::FilterBar</name>
        <message>
            <source>Unread</source>
            <translation>Unread</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>Starred</translation>
        </message>
        <message>
            <source>Filter articles (/)</source>
            <translation>Filter articles (/)</translation>
        </message>
    </context>
    <context>
        <name>warta::ui::MainWindow</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message numerus="yes">
            <source>Refresh finished: %n new article(s)</source>
            <translation>
                <numerusform>Refresh finished: %n new article</numerusform>
                <numerusform>Refresh finished: %n new articles</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not finish %1: %2</source>
            <translation>Could not finish %1: %2</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>%1 unread · %2 articles</source>
            <translation>%1 unread · %2 articles</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Import Subscriptions (OPML)…</source>
            <translation>&amp;Import Subscriptions (OPML)…</translation>
        </message>
        <message>
            <source>&amp;Export Subscriptions (OPML)…</source>
            <translation>&amp;Export Subscriptions (OPML)…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Filter Articles</source>
            <translation>&amp;Filter Articles</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>Zoom &amp;In</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>Zoom &amp;Out</translation>
        </message>
        <message>
            <source>&amp;Normal Size</source>
            <translation>&amp;Normal Size</translation>
        </message>
        <message>
            <source>Ctrl+0</source>
            <translation>Ctrl+0</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>&amp;Article</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Next</translation>
        </message>
        <message>
            <source>&amp;Previous</source>
            <translation>&amp;Previous</translation>
        </message>
        <message>
            <source>Next &amp;Unread</source>
            <translation>Next &amp;Unread</translation>
        </message>
        <message>
            <source>No more unread articles here</source>
            <translation>No more unread articles here</translation>
        </message>
        <message>
            <source>Page Down or Next</source>
            <translation>Page Down or Next</translation>
        </message>
        <message>
            <source>Toggle &amp;Read</source>
            <translation>Toggle &amp;Read</translation>
        </message>
        <message>
            <source>Toggle &amp;Star</source>
            <translation>Toggle &amp;Star</translation>
        </message>
        <message>
            <source>&amp;Open in Browser</source>
            <translation>&amp;Open in Browser</translation>
        </message>
        <message>
            <source>Save to &amp;Collection</source>
            <translation>Save to &amp;Collection</translation>
        </message>
        <message>
            <source>Save to Collection…</source>
            <translation>Save to Collection…</translation>
        </message>
        <message>
            <source>Ctrl+D</source>
            <translation>Ctrl+D</translation>
        </message>
        <message>
            <source>Mark &amp;All Read</source>
            <translation>Mark &amp;All Read</translation>
        </message>
        <message>
            <source>Ctrl+Shift+A</source>
            <translation>Ctrl+Shift+A</translation>
        </message>
        <message>
            <source>F&amp;eeds</source>
            <translation>F&amp;eeds</translation>
        </message>
        <message>
            <source>&amp;Refresh All</source>
            <translation>&amp;Refresh All</translation>
        </message>
        <message>
            <source>Refreshing is not available in this build yet</source>
            <translation>Refreshing is not available in this build yet</translation>
        </message>
        <message>
            <source>Nothing to mark read</source>
            <translation>Nothing to mark read</translation>
        </message>
        <message numerus="yes">
            <source>Mark %n article(s) read</source>
            <translation>
                <numerusform>Mark %n article read</numerusform>
                <numerusform>Mark %n articles read</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Marked %n article(s) read. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>Marked %n article read. Undo with Ctrl+Z.</numerusform>
                <numerusform>Marked %n articles read. Undo with Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved to “%1”</source>
            <translation>Saved to “%1”</translation>
        </message>
        <message>
            <source>New Collection…</source>
            <translation>New Collection…</translation>
        </message>
        <message>
            <source>Reading list</source>
            <translation>Reading list</translation>
        </message>
        <message>
            <source>Save to collection</source>
            <translation>Save to collection</translation>
        </message>
        <message>
            <source>Collection:</source>
            <translation>Collection:</translation>
        </message>
        <message>
            <source>Export collection</source>
            <translation>Export collection</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <source>Web page (*.html)</source>
            <translation>Web page (*.html)</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Could not write %1: %2</translation>
        </message>
        <message>
            <source>Exported “%1” to %2</source>
            <translation>Exported “%1” to %2</translation>
        </message>
        <message>
            <source>Import subscriptions</source>
            <translation>Import subscriptions</translation>
        </message>
        <message>
            <source>OPML (*.opml *.xml)</source>
            <translation>OPML (*.opml *.xml)</translation>
        </message>
        <message>
            <source>Could not read %1: %2</source>
            <translation>Could not read %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n feed(s)</source>
            <translation>
                <numerusform>Imported %n feed</numerusform>
                <numerusform>Imported %n feeds</numerusform>
            </translation>
        </message>
        <message>
            <source>Export subscriptions</source>
            <translation>Export subscriptions</translation>
        </message>
        <message>
            <source>OPML (*.opml)</source>
            <translation>OPML (*.opml)</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Offline</translation>
        </message>
        <message>
            <source>The last refresh reached no feed. Cached articles still read.</source>
            <translation>The last refresh reached no feed. Cached articles still read.</translation>
        </message>
        <message>
            <source>&amp;Add Feed…</source>
            <translation>&amp;Add Feed…</translation>
        </message>
        <message>
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <source>Downloading articles for offline reading…</source>
            <translation>Downloading articles for offline reading…</translation>
        </message>
        <message>
            <source>Adding feeds is not available in this build</source>
            <translation>Adding feeds is not available in this build</translation>
        </message>
        <message>
            <source>Subscribed to “%1”</source>
            <translation>Subscribed to “%1”</translation>
        </message>
        <message>
            <source>Already subscribed to “%1”</source>
            <translation>Already subscribed to “%1”</translation>
        </message>
        <message>
            <source>Fetching “%1” for offline reading…</source>
            <translation>Fetching “%1” for offline reading…</translation>
        </message>
        <message>
            <source>Could not open %1: %2</source>
            <translation>Could not open %1: %2</translation>
        </message>
        <message>
            <source>Saved for offline reading</source>
            <translation>Saved for offline reading</translation>
        </message>
        <message>
            <source>Could not save the page: %1</source>
            <translation>Could not save the page: %1</translation>
        </message>
    </context>
    <context>
        <name>warta::ui::OpenRequestHandler</name>
        <message>
            <source>%1 is not a local file.</source>
            <translation>%1 is not a local file.</translation>
        </message>
        <message>
            <source>Warta cannot open %1 links.</source>
            <translation>Warta cannot open %1 links.</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>Cannot open %1: %2</translation>
        </message>
        <message>
            <source>%1 is neither a feed nor an OPML file.</source>
            <translation>%1 is neither a feed nor an OPML file.</translation>
        </message>
        <message>
            <source>The feed file %1 does not say where the feed is published, so Warta cannot subscribe to it.</source>
            <translation>The feed file %1 does not say where the feed is published, so Warta cannot subscribe to it.</translation>
        </message>
        <message>
            <source>Cannot open</source>
            <translation>Cannot open</translation>
        </message>
        <message>
            <source>Cannot subscribe</source>
            <translation>Cannot subscribe</translation>
        </message>
        <message>
            <source>This build of Warta cannot subscribe to feeds.</source>
            <translation>This build of Warta cannot subscribe to feeds.</translation>
        </message>
        <message>
            <source>Looking for the feed at %1…</source>
            <translation>Looking for the feed at %1…</translation>
        </message>
        <message>
            <source>No feed found:
%1</source>
            <translation>No feed found:
%1</translation>
        </message>
        <message>
            <source>Subscribe</source>
            <translation>Subscribe</translation>
        </message>
        <message>
            <source>Subscribe to “%1”?</source>
            <translation>Subscribe to “%1”?</translation>
        </message>
        <message>
            <source>Feed address: %1</source>
            <translation>Feed address: %1</translation>
        </message>
        <message>
            <source>Subscribed to “%1”.</source>
            <translation>Subscribed to “%1”.</translation>
        </message>
        <message>
            <source>“%1” is already among your subscriptions.</source>
            <translation>“%1” is already among your subscriptions.</translation>
        </message>
        <message>
            <source>Cannot import</source>
            <translation>Cannot import</translation>
        </message>
        <message>
            <source>%1 holds no subscriptions Warta can import.</source>
            <translation>%1 holds no subscriptions Warta can import.</translation>
        </message>
        <message>
            <source>Import subscriptions</source>
            <translation>Import subscriptions</translation>
        </message>
        <message numerus="yes">
            <source>Import %n subscription(s) from %1?</source>
            <translation>
                <numerusform>Import %n subscription from %1?</numerusform>
                <numerusform>Import %n subscriptions from %1?</numerusform>
            </translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n new subscription(s).</source>
            <translation>
                <numerusform>Imported %n new subscription.</numerusform>
                <numerusform>Imported %n new subscriptions.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already followed.</source>
            <translation>
                <numerusform>%n already followed.</numerusform>
                <numerusform>%n already followed.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>warta::ui::ServiceRefreshController</name>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
    </context>
    <context>
        <name>warta::ui::SettingsDialog</name>
        <message>
            <source>Download articles for offline reading</source>
            <translation>Download articles for offline reading</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Manual only</source>
            <translation>Manual only</translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <source>Keep forever</source>
            <translation>Keep forever</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>System language</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Follow the system</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Light</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Dark</translation>
        </message>
        <message>
            <source>Refresh every:</source>
            <translation>Refresh every:</translation>
        </message>
        <message>
            <source>Delete read articles after:</source>
            <translation>Delete read articles after:</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Language:</translation>
        </message>
        <message>
            <source>Reader theme:</source>
            <translation>Reader theme:</translation>
        </message>
        <message>
            <source>A new language applies after restarting Warta.</source>
            <translation>A new language applies after restarting Warta.</translation>
        </message>
    </context>
    <context>
        <name>warta::ui::TagListModel</name>
        <message numerus="yes">
            <source>%1: %n article(s)</source>
            <translation>
                <numerusform>%1: %n article</numerusform>
                <numerusform>%1: %n articles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unread</source>
            <translation>
                <numerusform>%n unread</numerusform>
                <numerusform>%n unread</numerusform>
            </translation>
        </message>
        <message>
            <source>Followed</source>
            <translation>Followed</translation>
        </message>
    </context>
    <context>
        <name>warta::ui::TagSidebar</name>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Unfollow</source>
            <translation>Unfollow</translation>
        </message>
        <message>
            <source>Follow</source>
            <translation>Follow</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Rename…</translation>
        </message>
        <message>
            <source>Merge Into…</source>
            <translation>Merge Into…</translation>
        </message>
        <message>
            <source>Rename tag</source>
            <translation>Rename tag</translation>
        </message>
        <message>
            <source>New name for “%1”:</source>
            <translation>New name for “%1”:</translation>
        </message>
        <message>
            <source>Merge tag</source>
            <translation>Merge tag</translation>
        </message>
        <message>
            <source>Merge “%1” into:</source>
            <translation>Merge “%1” into:</translation>
        </message>
    </context>
</TS>
