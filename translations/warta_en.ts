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
        <message>
            <source>Unfollow %1</source>
            <translation>Unfollow %1</translation>
        </message>
        <message>
            <source>Follow %1</source>
            <translation>Follow %1</translation>
        </message>
        <message>
            <source>+ Follow</source>
            <translation>+ Follow</translation>
        </message>
    </context>
    <context>
        <name>FollowedTagNotifier</name>
        <message>
            <source>New articles in followed tags</source>
            <translation>New articles in followed tags</translation>
        </message>
        <message numerus="yes">
            <source>and %n more tag(s)</source>
            <translation>
                <numerusform>and %n more tag</numerusform>
                <numerusform>and %n more tags</numerusform>
            </translation>
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
        <name>SyncMessages</name>
        <message>
            <source>Wrong user name or password.</source>
            <translation>Wrong user name or password.</translation>
        </message>
        <message>
            <source>API access is disabled for this user. Turn on “Enable API access” in the Tiny Tiny RSS preferences, then try again.</source>
            <translation>API access is disabled for this user. Turn on “Enable API access” in the Tiny Tiny RSS preferences, then try again.</translation>
        </message>
        <message>
            <source>Cannot reach the server: it is down or the address is wrong (%1).</source>
            <translation>Cannot reach the server: it is down or the address is wrong (%1).</translation>
        </message>
        <message>
            <source>This address does not answer like a Tiny Tiny RSS server. Check the address (%1).</source>
            <translation>This address does not answer like a Tiny Tiny RSS server. Check the address (%1).</translation>
        </message>
        <message>
            <source>The secure connection (TLS) failed: %1</source>
            <translation>The secure connection (TLS) failed: %1</translation>
        </message>
        <message>
            <source>The server refused the request: %1</source>
            <translation>The server refused the request: %1</translation>
        </message>
        <message>
            <source>Sync cancelled. Changes not yet sent stay queued for the next sync.</source>
            <translation>Sync cancelled. Changes not yet sent stay queued for the next sync.</translation>
        </message>
        <message>
            <source>The saved password cannot be read: %1</source>
            <translation>The saved password cannot be read: %1</translation>
        </message>
        <message>
            <source>Connection OK (Tiny Tiny RSS API level %1).</source>
            <translation>Connection OK (Tiny Tiny RSS API level %1).</translation>
        </message>
    </context>
    <context>
        <name>warta::ui::AccountDialog</name>
        <message>
            <source>Accounts</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>Remove account</translation>
        </message>
        <message>
            <source>&amp;New Tiny Tiny RSS Account</source>
            <translation>&amp;New Tiny Tiny RSS Account</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Remove</translation>
        </message>
        <message>
            <source>&amp;Test Connection</source>
            <translation>&amp;Test Connection</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Only when asked</source>
            <translation>Only when asked</translation>
        </message>
        <message>
            <source>Server &amp;address:</source>
            <translation>Server &amp;address:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>S&amp;ync every:</source>
            <translation>S&amp;ync every:</translation>
        </message>
        <message>
            <source>This computer (local feeds)</source>
            <translation>This computer (local feeds)</translation>
        </message>
        <message>
            <source>Tiny Tiny RSS: %1 at %2</source>
            <translation>Tiny Tiny RSS: %1 at %2</translation>
        </message>
        <message>
            <source>&amp;Change Password</source>
            <translation>&amp;Change Password</translation>
        </message>
        <message>
            <source>&amp;Add Account</source>
            <translation>&amp;Add Account</translation>
        </message>
        <message>
            <source>Feeds you subscribe to in Warta itself. They are not synced.</source>
            <translation>Feeds you subscribe to in Warta itself. They are not synced.</translation>
        </message>
        <message>
            <source>Enter the address of a Tiny Tiny RSS server and your login.</source>
            <translation>Enter the address of a Tiny Tiny RSS server and your login.</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>Last sync: %1</translation>
        </message>
        <message>
            <source>Not synced yet.</source>
            <translation>Not synced yet.</translation>
        </message>
        <message>
            <source>Last error: %1</source>
            <translation>Last error: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent.</source>
            <translation>
                <numerusform>%n change waiting to be sent.</numerusform>
                <numerusform>%n changes waiting to be sent.</numerusform>
            </translation>
        </message>
        <message>
            <source>No desktop keyring answered, so the password is kept in a file readable only by you: %1</source>
            <translation>No desktop keyring answered, so the password is kept in a file readable only by you: %1</translation>
        </message>
        <message>
            <source>The password is kept in the desktop keyring.</source>
            <translation>The password is kept in the desktop keyring.</translation>
        </message>
        <message>
            <source>No password is saved for this account.</source>
            <translation>No password is saved for this account.</translation>
        </message>
        <message>
            <source>Enter the server address, the user name and the password.</source>
            <translation>Enter the server address, the user name and the password.</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Connecting…</translation>
        </message>
        <message>
            <source>Could not save the account: %1</source>
            <translation>Could not save the account: %1</translation>
        </message>
        <message>
            <source>Password changed.</source>
            <translation>Password changed.</translation>
        </message>
        <message>
            <source>Account added.</source>
            <translation>Account added.</translation>
        </message>
        <message>
            <source>A sync is running. Remove the account when it has finished.</source>
            <translation>A sync is running. Remove the account when it has finished.</translation>
        </message>
        <message>
            <source>Remove the account “%1”? Its feeds and their articles are removed from Warta; articles in your collections stay. Nothing changes on the server.</source>
            <translation>Remove the account “%1”? Its feeds and their articles are removed from Warta; articles in your collections stay. Nothing changes on the server.</translation>
        </message>
        <message>
            <source>Could not remove the account: %1</source>
            <translation>Could not remove the account: %1</translation>
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
        <name>warta::ui::CollectionActions</name>
        <message>
            <source>reordering collections</source>
            <translation>reordering collections</translation>
        </message>
        <message numerus="yes">
            <source>saving %n article(s) to %1</source>
            <translation>
                <numerusform>saving %n article to %1</numerusform>
                <numerusform>saving %n articles to %1</numerusform>
            </translation>
        </message>
        <message>
            <source>saving an article to a collection</source>
            <translation>saving an article to a collection</translation>
        </message>
        <message>
            <source>removing an article from a collection</source>
            <translation>removing an article from a collection</translation>
        </message>
        <message>
            <source>saving an article to %1</source>
            <translation>saving an article to %1</translation>
        </message>
    </context>
    <context>
        <name>warta::ui::CollectionMembershipMenu</name>
        <message>
            <source>Add to Co&amp;llections</source>
            <translation>Add to Co&amp;llections</translation>
        </message>
        <message>
            <source>No article selected</source>
            <translation>No article selected</translation>
        </message>
        <message>
            <source>New Collection…</source>
            <translation>New Collection…</translation>
        </message>
        <message>
            <source>New collection</source>
            <translation>New collection</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
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
        <message>
            <source>Move Up</source>
            <translation>Move Up</translation>
        </message>
        <message>
            <source>Move Down</source>
            <translation>Move Down</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Rename…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Delete…</translation>
        </message>
    </context>
    <context>
        <name>warta::ui::DeleteFeedCommand</name>
        <message>
            <source>Delete feed “%1”</source>
            <translation>Delete feed “%1”</translation>
        </message>
        <message>
            <source>forgetting a deleted feed</source>
            <translation>forgetting a deleted feed</translation>
        </message>
        <message>
            <source>deleting a feed</source>
            <translation>deleting a feed</translation>
        </message>
        <message>
            <source>restoring a deleted feed</source>
            <translation>restoring a deleted feed</translation>
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
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>De&amp;lete</translation>
        </message>
        <message>
            <source>Re&amp;name Folder…</source>
            <translation>Re&amp;name Folder…</translation>
        </message>
        <message>
            <source>Delete &amp;Folder</source>
            <translation>Delete &amp;Folder</translation>
        </message>
        <message>
            <source>New F&amp;older…</source>
            <translation>New F&amp;older…</translation>
        </message>
        <message>
            <source>New folder</source>
            <translation>New folder</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Name:</translation>
        </message>
        <message>
            <source>Rename folder</source>
            <translation>Rename folder</translation>
        </message>
    </context>
    <context>
        <name>warta::ui::FeedEditDialog</name>
        <message>
            <source>Download full articles for offline reading</source>
            <translation>Download full articles for offline reading</translation>
        </message>
        <message>
            <source>Edit feed</source>
            <translation>Edit feed</translation>
        </message>
        <message>
            <source>(Top level)</source>
            <translation>(Top level)</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>Feed &amp;URL:</source>
            <translation>Feed &amp;URL:</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Folder:</translation>
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
        <name>warta::ui::FolderActions</name>
        <message>
            <source>creating the folder %1</source>
            <translation>creating the folder %1</translation>
        </message>
        <message>
            <source>renaming a folder to %1</source>
            <translation>renaming a folder to %1</translation>
        </message>
        <message>
            <source>deleting a folder</source>
            <translation>deleting a folder</translation>
        </message>
        <message numerus="yes">
            <source>moving %n feed(s)</source>
            <translation>
                <numerusform>moving %n feed</numerusform>
                <numerusform>moving %n feeds</numerusform>
            </translation>
        </message>
        <message>
            <source>saving the feed %1</source>
            <translation>saving the feed %1</translation>
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
        <message>
            <source>Deleted “%1”. Undo with Ctrl+Z.</source>
            <translation>Deleted “%1”. Undo with Ctrl+Z.</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n article(s) to “%1”</source>
            <translation>
                <numerusform>Saved %n article to “%1”</numerusform>
                <numerusform>Saved %n articles to “%1”</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Search Articles</source>
            <translation>&amp;Search Articles</translation>
        </message>
        <message>
            <source>Add to Collections…</source>
            <translation>Add to Collections…</translation>
        </message>
        <message>
            <source>Ctrl+Shift+D</source>
            <translation>Ctrl+Shift+D</translation>
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
        <name>warta::ui::SavedSearchListModel</name>
        <message>
            <source>“%1” no longer runs: edit it in the search box</source>
            <translation>“%1” no longer runs: edit it in the search box</translation>
        </message>
    </context>
    <context>
        <name>warta::ui::SavedSearchPanel</name>
        <message>
            <source>Saved searches</source>
            <translation>Saved searches</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Rename…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Rename saved search</source>
            <translation>Rename saved search</translation>
        </message>
        <message>
            <source>New name for “%1”:</source>
            <translation>New name for “%1”:</translation>
        </message>
    </context>
    <context>
        <name>warta::ui::SearchBox</name>
        <message>
            <source>Search articles: words, "phrase", -word, tag:, feed:, is:unread</source>
            <translation>Search articles: words, "phrase", -word, tag:, feed:, is:unread</translation>
        </message>
        <message>
            <source>Save search</source>
            <translation>Save search</translation>
        </message>
        <message>
            <source>Keep this search in the sidebar, with its unread count</source>
            <translation>Keep this search in the sidebar, with its unread count</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Searching…</translation>
        </message>
        <message>
            <source>No articles match “%1”.</source>
            <translation>No articles match “%1”.</translation>
        </message>
        <message>
            <source>Search failed: %1</source>
            <translation>Search failed: %1</translation>
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
            <source>Notify about new articles in followed tags</source>
            <translation>Notify about new articles in followed tags</translation>
        </message>
    </context>
    <context>
        <name>warta::ui::SyncController</name>
        <message>
            <source>S&amp;ync</source>
            <translation>S&amp;ync</translation>
        </message>
        <message>
            <source>Sync &amp;Now</source>
            <translation>Sync &amp;Now</translation>
        </message>
        <message>
            <source>Ctrl+Shift+Y</source>
            <translation>Ctrl+Shift+Y</translation>
        </message>
        <message>
            <source>&amp;Accounts…</source>
            <translation>&amp;Accounts…</translation>
        </message>
        <message>
            <source>No Tiny Tiny RSS account yet: add one under Sync › Accounts…</source>
            <translation>No Tiny Tiny RSS account yet: add one under Sync › Accounts…</translation>
        </message>
        <message>
            <source>Collections without a label on the server (create them in Tiny Tiny RSS): %1</source>
            <translation>Collections without a label on the server (create them in Tiny Tiny RSS): %1</translation>
        </message>
        <message>
            <source>Sync failed: %1</source>
            <translation>Sync failed: %1</translation>
        </message>
        <message>
            <source>Synced: %1 new, %2 sent, %3 conflicts, %4 errors</source>
            <translation>Synced: %1 new, %2 sent, %3 conflicts, %4 errors</translation>
        </message>
    </context>
    <context>
        <name>warta::ui::SyncStatusWidget</name>
        <message>
            <source>Sync: logging in…</source>
            <translation>Sync: logging in…</translation>
        </message>
        <message>
            <source>Sync: feeds</source>
            <translation>Sync: feeds</translation>
        </message>
        <message>
            <source>Sync: articles</source>
            <translation>Sync: articles</translation>
        </message>
        <message>
            <source>Sync: read and starred</source>
            <translation>Sync: read and starred</translation>
        </message>
        <message>
            <source>Sync: labels</source>
            <translation>Sync: labels</translation>
        </message>
        <message>
            <source>Sync: sending changes</source>
            <translation>Sync: sending changes</translation>
        </message>
        <message>
            <source>Sync: %1</source>
            <translation>Sync: %1</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Stop the sync; changes not yet sent stay queued</source>
            <translation>Stop the sync; changes not yet sent stay queued</translation>
        </message>
        <message>
            <source>Sync: cancelling…</source>
            <translation>Sync: cancelling…</translation>
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
    <context>
        <name>warta::ui::TrayIcon</name>
        <message>
            <source>Show or Hide Warta</source>
            <translation>Show or Hide Warta</translation>
        </message>
        <message>
            <source>Refresh All</source>
            <translation>Refresh All</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
    </context>
</TS>
