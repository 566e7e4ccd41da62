<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
    <context>
        <name>ArticleHtml</name>
        <message>
            <source>saved offline</source>
            <translation>sudah disimpan</translation>
        </message>
        <message>
            <source>Editor: %1</source>
            <translation>Editor: %1</translation>
        </message>
        <message>
            <source>Open the original page</source>
            <translation>Buka halaman asli</translation>
        </message>
    </context>
    <context>
        <name>RelativeDate</name>
        <message>
            <source>just now</source>
            <translation>baru saja</translation>
        </message>
        <message numerus="yes">
            <source>%n minute(s) ago</source>
            <translation>
                <numerusform>%n menit lalu</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hour(s) ago</source>
            <translation>
                <numerusform>%n jam lalu</numerusform>
            </translation>
        </message>
        <message>
            <source>yesterday %1</source>
            <translation>kemarin %1</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>%n hari lalu</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>Warta, a reader for Indonesian news</source>
            <translation>Warta, pembaca berita Indonesia</translation>
        </message>
        <message>
            <source>Open a separate database filled with sample news.</source>
            <translation>Buka basis data terpisah berisi contoh berita.</translation>
        </message>
        <message>
            <source>Use the database at &lt;path&gt;.</source>
            <translation>Gunakan basis data di &lt;path&gt;.</translation>
        </message>
        <message>
            <source>Warta cannot open its database:
%1

%2

The file was left untouched.</source>
            <translation>Warta tidak dapat membuka basis datanya:
%1

%2

Berkas itu tidak diubah.</translation>
        </message>
        <message>
            <source>Warta</source>
            <translation>Warta</translation>
        </message>
        <message>
            <source>Open the article with id &lt;id&gt;.</source>
            <translation>Buka artikel dengan id &lt;id&gt;.</translation>
        </message>
        <message>
            <source>Warta's database is damaged:
%1

%2

Warta can keep the damaged file as a backup beside it and start with a new database, rescuing what is still readable (collections first). Recover now?</source>
            <translation>Basis data Warta rusak:
%1

%2

Warta dapat menyimpan berkas yang rusak sebagai cadangan di sebelahnya dan memulai dengan basis data baru, menyelamatkan apa yang masih terbaca (koleksi lebih dulu). Pulihkan sekarang?</translation>
        </message>
        <message>
            <source>The damaged database was kept as %1.
Rescued: %2 collection entries, %3 articles.</source>
            <translation>Basis data yang rusak disimpan sebagai %1.
Diselamatkan: %2 entri koleksi, %3 artikel.</translation>
        </message>
        <message>
            <source>&amp;Recover</source>
            <translation>&amp;Pulihkan</translation>
        </message>
    </context>
    <context>
        <name>warta::ui::AddFeedDialog</name>
        <message>
            <source>Add Feed</source>
            <translation>Tambah Umpan</translation>
        </message>
        <message>
            <source>Address of a feed or of a news site</source>
            <translation>Alamat umpan atau situs berita</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Cari</translation>
        </message>
        <message>
            <source>&amp;Subscribe</source>
            <translation>&amp;Berlangganan</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Alamat:</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation>Folder:</translation>
        </message>
        <message>
            <source>Looking for a feed at %1…</source>
            <translation>Mencari umpan di %1…</translation>
        </message>
        <message numerus="yes">
            <source>Found “%1”: %n item(s)
%2</source>
            <translation>
                <numerusform>Ditemukan “%1”: %n butir
%2</numerusform>
            </translation>
        </message>
        <message>
            <source>No feed found: %1</source>
            <translation>Umpan tidak ditemukan: %1</translation>
        </message>
    </context>
    <context>
        <name>warta::ui::ArticleActions</name>
        <message>
            <source>marking an article read</source>
            <translation>menandai artikel sudah dibaca</translation>
        </message>
        <message>
            <source>marking an article unread</source>
            <translation>menandai artikel belum dibaca</translation>
        </message>
        <message>
            <source>starring an article</source>
            <translation>membintangi artikel</translation>
        </message>
        <message>
            <source>removing a star</source>
            <translation>menghapus bintang</translation>
        </message>
        <message numerus="yes">
            <source>marking %n article(s) read</source>
            <translation>
                <numerusform>menandai %n artikel sudah dibaca</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>marking %n article(s) unread</source>
            <translation>
                <numerusform>menandai %n artikel belum dibaca</numerusform>
            </translation>
        </message>
        <message>
            <source>saving an article to %1</source>
            <translation>menyimpan artikel ke %1</translation>
        </message>
        <message>
            <source>removing an article from a collection</source>
            <translation>menghapus artikel dari koleksi</translation>
        </message>
        <message>
            <source>creating the collection %1</source>
            <translation>membuat koleksi %1</translation>
        </message>
        <message>
            <source>renaming a collection to %1</source>
            <translation>mengganti nama koleksi menjadi %1</translation>
        </message>
        <message>
            <source>deleting a collection</source>
            <translation>menghapus koleksi</translation>
        </message>
        <message>
            <source>following the tag %1</source>
            <translation>mengikuti tag %1</translation>
        </message>
        <message>
            <source>unfollowing the tag %1</source>
            <translation>berhenti mengikuti tag %1</translation>
        </message>
        <message>
            <source>renaming the tag %1 to %2</source>
            <translation>mengganti nama tag %1 menjadi %2</translation>
        </message>
        <message>
            <source>merging the tag %1 into %2</source>
            <translation>menggabungkan tag %1 ke %2</translation>
        </message>
    </context>
    <context>
        <name>warta::ui::ArticleListModel</name>
        <message>
            <source>Title</source>
            <translation>Judul</translation>
        </message>
        <message>
            <source>Feed</source>
            <translation>Sumber</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Tanggal</translation>
        </message>
    </context>
    <context>
        <name>warta::ui::CollectionsPanel</name>
        <message>
            <source>Collections</source>
            <translation>Koleksi</translation>
        </message>
        <message>
            <source>New collection</source>
            <translation>Koleksi baru</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Ganti nama</translation>
        </message>
        <message>
            <source>Rename collection</source>
            <translation>Ganti nama koleksi</translation>
        </message>
        <message>
            <source>Delete collection</source>
            <translation>Hapus koleksi</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Ekspor</translation>
        </message>
        <message>
            <source>Export collection</source>
            <translation>Ekspor koleksi</translation>
        </message>
        <message>
            <source>As Markdown…</source>
            <translation>Sebagai Markdown…</translation>
        </message>
        <message>
            <source>As HTML…</source>
            <translation>Sebagai HTML…</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nama:</translation>
        </message>
        <message>
            <source>Delete the collection “%1”? Its articles stay in their feeds.</source>
            <translation>Hapus koleksi “%1”? Artikelnya tetap ada di sumbernya.</translation>
        </message>
    </context>
    <context>
        <name>warta::ui::FeedContextMenu</name>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Segarkan</translation>
        </message>
        <message>
            <source>&amp;Mark All Read</source>
            <translation>Tandai Semua &amp;Sudah Dibaca</translation>
        </message>
        <message>
            <source>&amp;Download for Offline Reading</source>
            <translation>&amp;Unduh untuk Dibaca Luring</translation>
        </message>
    </context>
    <context>
        <name>warta::ui::FeedTreeModel</name>
        <message>
            <source>All</source>
            <translation>Semua</translation>
        </message>
        <message>
            <source>Unread</source>
            <translation>Belum dibaca</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>Berbintang</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Hari ini</translation>
        </message>
        <message>
            <source>%1
Last error: %2</source>
            <translation>%1
Galat terakhir: %2</translation>
        </message>
    </context>
    <context>
        <name>warta::ui::FilterBar</name>
        <message>
            <source>Unread</source>
            <translation>Belum dibaca</translation>
        </message>
        <message>
            <source>Starred</source>
            <translation>Berbintang</translation>
        </message>
        <message>
            <source>Filter articles (/)</source>
            <translation>Saring artikel (/)</translation>
        </message>
    </context>
    <context>
        <name>warta::ui::MainWindow</name>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message numerus="yes">
            <source>Refresh finished: %n new article(s)</source>
            <translation>
                <numerusform>Pembaruan selesai: %n artikel baru</numerusform>
            </translation>
        </message>
        <message>
            <source>Could not finish %1: %2</source>
            <translation>Gagal %1: %2</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Galat</translation>
        </message>
        <message>
            <source>%1 unread · %2 articles</source>
            <translation>%1 belum dibaca · %2 artikel</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Berkas</translation>
        </message>
        <message>
            <source>&amp;Import Subscriptions (OPML)…</source>
            <translation>&amp;Impor Langganan (OPML)…</translation>
        </message>
        <message>
            <source>&amp;Export Subscriptions (OPML)…</source>
            <translation>&amp;Ekspor Langganan (OPML)…</translation>
        </message>
        <message>
            <source>&amp;Settings…</source>
            <translation>&amp;Pengaturan…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Keluar</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Sunting</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Urungkan</translation>
        </message>
        <message>
            <source>&amp;Filter Articles</source>
            <translation>&amp;Saring Artikel</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Tampilan</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>&amp;Perbesar</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>Per&amp;kecil</translation>
        </message>
        <message>
            <source>&amp;Normal Size</source>
            <translation>Ukuran &amp;Normal</translation>
        </message>
        <message>
            <source>Ctrl+0</source>
            <translation>Ctrl+0</translation>
        </message>
        <message>
            <source>&amp;Article</source>
            <translation>&amp;Artikel</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Berikutnya</translation>
        </message>
        <message>
            <source>&amp;Previous</source>
            <translation>&amp;Sebelumnya</translation>
        </message>
        <message>
            <source>Next &amp;Unread</source>
            <translation>Belum Dibaca Beri&amp;kutnya</translation>
        </message>
        <message>
            <source>No more unread articles here</source>
            <translation>Tidak ada lagi artikel belum dibaca di sini</translation>
        </message>
        <message>
            <source>Page Down or Next</source>
            <translation>Gulir atau Berikutnya</translation>
        </message>
        <message>
            <source>Toggle &amp;Read</source>
            <translation>Tandai &amp;Dibaca/Belum</translation>
        </message>
        <message>
            <source>Toggle &amp;Star</source>
            <translation>Beri/Hapus &amp;Bintang</translation>
        </message>
        <message>
            <source>&amp;Open in Browser</source>
            <translation>B&amp;uka di Peramban</translation>
        </message>
        <message>
            <source>Save to &amp;Collection</source>
            <translation>Simpan ke &amp;Koleksi</translation>
        </message>
        <message>
            <source>Save to Collection…</source>
            <translation>Simpan ke Koleksi…</translation>
        </message>
        <message>
            <source>Ctrl+D</source>
            <translation>Ctrl+D</translation>
        </message>
        <message>
            <source>Mark &amp;All Read</source>
            <translation>Tandai &amp;Semua Sudah Dibaca</translation>
        </message>
        <message>
            <source>Ctrl+Shift+A</source>
            <translation>Ctrl+Shift+A</translation>
        </message>
        <message>
            <source>F&amp;eeds</source>
            <translation>Su&amp;mber</translation>
        </message>
        <message>
            <source>&amp;Refresh All</source>
            <translation>&amp;Perbarui Semua</translation>
        </message>
        <message>
            <source>Refreshing is not available in this build yet</source>
            <translation>Pembaruan belum tersedia di versi ini</translation>
        </message>
        <message>
            <source>Nothing to mark read</source>
            <translation>Tidak ada yang perlu ditandai</translation>
        </message>
        <message numerus="yes">
            <source>Mark %n article(s) read</source>
            <translation>
                <numerusform>Tandai %n artikel sudah dibaca</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Marked %n article(s) read. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n artikel ditandai sudah dibaca. Urungkan dengan Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message>
            <source>Saved to “%1”</source>
            <translation>Disimpan ke “%1”</translation>
        </message>
        <message>
            <source>New Collection…</source>
            <translation>Koleksi Baru…</translation>
        </message>
        <message>
            <source>Reading list</source>
            <translation>Daftar bacaan</translation>
        </message>
        <message>
            <source>Save to collection</source>
            <translation>Simpan ke koleksi</translation>
        </message>
        <message>
            <source>Collection:</source>
            <translation>Koleksi:</translation>
        </message>
        <message>
            <source>Export collection</source>
            <translation>Ekspor koleksi</translation>
        </message>
        <message>
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <source>Web page (*.html)</source>
            <translation>Halaman web (*.html)</translation>
        </message>
        <message>
            <source>Could not write %1: %2</source>
            <translation>Tidak dapat menulis %1: %2</translation>
        </message>
        <message>
            <source>Exported “%1” to %2</source>
            <translation>“%1” diekspor ke %2</translation>
        </message>
        <message>
            <source>Import subscriptions</source>
            <translation>Impor langganan</translation>
        </message>
        <message>
            <source>OPML (*.opml *.xml)</source>
            <translation>OPML (*.opml *.xml)</translation>
        </message>
        <message>
            <source>Could not read %1: %2</source>
            <translation>Tidak dapat membaca %1: %2</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n feed(s)</source>
            <translation>
                <numerusform>%n sumber diimpor</numerusform>
            </translation>
        </message>
        <message>
            <source>Export subscriptions</source>
            <translation>Ekspor langganan</translation>
        </message>
        <message>
            <source>OPML (*.opml)</source>
            <translation>OPML (*.opml)</translation>
        </message>
        <message>
            <source>Offline</source>
            <translation>Luring</translation>
        </message>
        <message>
            <source>The last refresh reached no feed. Cached articles still read.</source>
            <translation>Penyegaran terakhir tidak menjangkau satu umpan pun. Artikel tersimpan tetap bisa dibaca.</translation>
        </message>
        <message>
            <source>&amp;Add Feed…</source>
            <translation>&amp;Tambah Umpan…</translation>
        </message>
        <message>
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <source>Downloading articles for offline reading…</source>
            <translation>Mengunduh artikel untuk dibaca luring…</translation>
        </message>
        <message>
            <source>Adding feeds is not available in this build</source>
            <translation>Menambah umpan tidak tersedia di versi ini</translation>
        </message>
        <message>
            <source>Subscribed to “%1”</source>
            <translation>Berlangganan “%1”</translation>
        </message>
        <message>
            <source>Already subscribed to “%1”</source>
            <translation>Sudah berlangganan “%1”</translation>
        </message>
        <message>
            <source>Fetching “%1” for offline reading…</source>
            <translation>Mengambil “%1” untuk dibaca luring…</translation>
        </message>
        <message>
            <source>Could not open %1: %2</source>
            <translation>Tidak dapat membuka %1: %2</translation>
        </message>
        <message>
            <source>Saved for offline reading</source>
            <translation>Tersimpan untuk dibaca luring</translation>
        </message>
        <message>
            <source>Could not save the page: %1</source>
            <translation>Halaman tidak dapat disimpan: %1</translation>
        </message>
    </context>
    <context>
        <name>warta::ui::OpenRequestHandler</name>
        <message>
            <source>%1 is not a local file.</source>
            <translation>%1 bukan berkas lokal.</translation>
        </message>
        <message>
            <source>Warta cannot open %1 links.</source>
            <translation>Warta tidak dapat membuka tautan %1.</translation>
        </message>
        <message>
            <source>Cannot open %1: %2</source>
            <translation>Tidak dapat membuka %1: %2</translation>
        </message>
        <message>
            <source>%1 is neither a feed nor an OPML file.</source>
            <translation>%1 bukan umpan maupun berkas OPML.</translation>
        </message>
        <message>
            <source>The feed file %1 does not say where the feed is published, so Warta cannot subscribe to it.</source>
            <translation>Berkas umpan %1 tidak menyebutkan alamat terbitnya, jadi Warta tidak dapat berlangganan.</translation>
        </message>
        <message>
            <source>Cannot open</source>
            <translation>Tidak dapat membuka</translation>
        </message>
        <message>
            <source>Cannot subscribe</source>
            <translation>Tidak dapat berlangganan</translation>
        </message>
        <message>
            <source>This build of Warta cannot subscribe to feeds.</source>
            <translation>Versi Warta ini tidak dapat berlangganan umpan.</translation>
        </message>
        <message>
            <source>Looking for the feed at %1…</source>
            <translation>Mencari umpan di %1…</translation>
        </message>
        <message>
            <source>No feed found:
%1</source>
            <translation>Umpan tidak ditemukan:
%1</translation>
        </message>
        <message>
            <source>Subscribe</source>
            <translation>Berlangganan</translation>
        </message>
        <message>
            <source>Subscribe to “%1”?</source>
            <translation>Berlangganan “%1”?</translation>
        </message>
        <message>
            <source>Feed address: %1</source>
            <translation>Alamat umpan: %1</translation>
        </message>
        <message>
            <source>Subscribed to “%1”.</source>
            <translation>Berlangganan “%1”.</translation>
        </message>
        <message>
            <source>“%1” is already among your subscriptions.</source>
            <translation>“%1” sudah ada di langganan Anda.</translation>
        </message>
        <message>
            <source>Cannot import</source>
            <translation>Tidak dapat mengimpor</translation>
        </message>
        <message>
            <source>%1 holds no subscriptions Warta can import.</source>
            <translation>%1 tidak berisi langganan yang dapat diimpor Warta.</translation>
        </message>
        <message>
            <source>Import subscriptions</source>
            <translation>Impor langganan</translation>
        </message>
        <message numerus="yes">
            <source>Import %n subscription(s) from %1?</source>
            <translation>
                <numerusform>Impor %n langganan dari %1?</numerusform>
            </translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Impor</translation>
        </message>
        <message numerus="yes">
            <source>Imported %n new subscription(s).</source>
            <translation>
                <numerusform>%n langganan baru diimpor.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n already followed.</source>
            <translation>
                <numerusform>%n sudah diikuti.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
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
            <translation>Unduh artikel untuk dibaca luring</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Pengaturan</translation>
        </message>
        <message>
            <source> min</source>
            <translation> menit</translation>
        </message>
        <message>
            <source>Manual only</source>
            <translation>Hanya manual</translation>
        </message>
        <message>
            <source> days</source>
            <translation> hari</translation>
        </message>
        <message>
            <source>Keep forever</source>
            <translation>Simpan selamanya</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Bahasa sistem</translation>
        </message>
        <message>
            <source>Follow the system</source>
            <translation>Ikuti sistem</translation>
        </message>
        <message>
            <source>Light</source>
            <translation>Terang</translation>
        </message>
        <message>
            <source>Dark</source>
            <translation>Gelap</translation>
        </message>
        <message>
            <source>Refresh every:</source>
            <translation>Perbarui setiap:</translation>
        </message>
        <message>
            <source>Delete read articles after:</source>
            <translation>Hapus artikel terbaca setelah:</translation>
        </message>
        <message>
            <source>Language:</source>
            <translation>Bahasa:</translation>
        </message>
        <message>
            <source>Reader theme:</source>
            <translation>Tema pembaca:</translation>
        </message>
        <message>
            <source>A new language applies after restarting Warta.</source>
            <translation>Bahasa baru berlaku setelah Warta dimulai ulang.</translation>
        </message>
    </context>
    <context>
        <name>warta::ui::TagListModel</name>
        <message numerus="yes">
            <source>%1: %n article(s)</source>
            <translation>
                <numerusform>%1: %n artikel</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unread</source>
            <translation>
                <numerusform>%n belum dibaca</numerusform>
            </translation>
        </message>
        <message>
            <source>Followed</source>
            <translation>Diikuti</translation>
        </message>
    </context>
    <context>
        <name>warta::ui::TagSidebar</name>
        <message>
            <source>Tags</source>
            <translation>Tag</translation>
        </message>
        <message>
            <source>Unfollow</source>
            <translation>Berhenti ikuti</translation>
        </message>
        <message>
            <source>Follow</source>
            <translation>Ikuti</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Ganti nama…</translation>
        </message>
        <message>
            <source>Merge Into…</source>
            <translation>Gabungkan ke…</translation>
        </message>
        <message>
            <source>Rename tag</source>
            <translation>Ganti nama tag</translation>
        </message>
        <message>
            <source>New name for “%1”:</source>
            <translation>Nama baru untuk “%1”:</translation>
        </message>
        <message>
            <source>Merge tag</source>
            <translation>Gabungkan tag</translation>
        </message>
        <message>
            <source>Merge “%1” into:</source>
            <translation>Gabungkan “%1” ke:</translation>
        </message>
    </context>
</TS>
