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
        <message>
            <source>Unfollow %1</source>
            <translation>Berhenti ikuti %1</translation>
        </message>
        <message>
            <source>Follow %1</source>
            <translation>Ikuti %1</translation>
        </message>
        <message>
            <source>+ Follow</source>
            <translation>+ Ikuti</translation>
        </message>
    </context>
    <context>
        <name>FollowedTagNotifier</name>
        <message>
            <source>New articles in followed tags</source>
            <translation>Artikel baru di tag yang diikuti</translation>
        </message>
        <message numerus="yes">
            <source>and %n more tag(s)</source>
            <translation>
                <numerusform>dan %n tag lainnya</numerusform>
            </translation>
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
        <name>SyncMessages</name>
        <message>
            <source>Wrong user name or password.</source>
            <translation>Nama pengguna atau kata sandi salah.</translation>
        </message>
        <message>
            <source>API access is disabled for this user. Turn on “Enable API access” in the Tiny Tiny RSS preferences, then try again.</source>
            <translation>Akses API dimatikan untuk pengguna ini. Nyalakan “Enable API access” di preferensi Tiny Tiny RSS, lalu coba lagi.</translation>
        </message>
        <message>
            <source>Cannot reach the server: it is down or the address is wrong (%1).</source>
            <translation>Server tidak dapat dihubungi: server mati atau alamatnya salah (%1).</translation>
        </message>
        <message>
            <source>This address does not answer like a Tiny Tiny RSS server. Check the address (%1).</source>
            <translation>Alamat ini tidak menjawab seperti server Tiny Tiny RSS. Periksa alamatnya (%1).</translation>
        </message>
        <message>
            <source>The secure connection (TLS) failed: %1</source>
            <translation>Koneksi aman (TLS) gagal: %1</translation>
        </message>
        <message>
            <source>The server refused the request: %1</source>
            <translation>Server menolak permintaan: %1</translation>
        </message>
        <message>
            <source>Sync cancelled. Changes not yet sent stay queued for the next sync.</source>
            <translation>Sinkronisasi dibatalkan. Perubahan yang belum terkirim tetap antre untuk sinkronisasi berikutnya.</translation>
        </message>
        <message>
            <source>The saved password cannot be read: %1</source>
            <translation>Kata sandi tersimpan tidak dapat dibaca: %1</translation>
        </message>
        <message>
            <source>Connection OK (Tiny Tiny RSS API level %1).</source>
            <translation>Koneksi berhasil (Tiny Tiny RSS API level %1).</translation>
        </message>
    </context>
    <context>
        <name>warta::ui::AccountDialog</name>
        <message>
            <source>Accounts</source>
            <translation>Akun</translation>
        </message>
        <message>
            <source>Remove account</source>
            <translation>Hapus akun</translation>
        </message>
        <message>
            <source>&amp;New Tiny Tiny RSS Account</source>
            <translation>Akun Tiny Tiny RSS &amp;Baru</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Hapus</translation>
        </message>
        <message>
            <source>&amp;Test Connection</source>
            <translation>&amp;Uji koneksi</translation>
        </message>
        <message>
            <source> min</source>
            <translation> menit</translation>
        </message>
        <message>
            <source>Only when asked</source>
            <translation>Hanya bila diminta</translation>
        </message>
        <message>
            <source>Server &amp;address:</source>
            <translation>&amp;Alamat server:</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Nama pengguna:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Kata sandi:</translation>
        </message>
        <message>
            <source>S&amp;ync every:</source>
            <translation>Sin&amp;kronkan setiap:</translation>
        </message>
        <message>
            <source>This computer (local feeds)</source>
            <translation>Komputer ini (umpan lokal)</translation>
        </message>
        <message>
            <source>Tiny Tiny RSS: %1 at %2</source>
            <translation>Tiny Tiny RSS: %1 di %2</translation>
        </message>
        <message>
            <source>&amp;Change Password</source>
            <translation>&amp;Ganti Kata Sandi</translation>
        </message>
        <message>
            <source>&amp;Add Account</source>
            <translation>&amp;Tambah Akun</translation>
        </message>
        <message>
            <source>Feeds you subscribe to in Warta itself. They are not synced.</source>
            <translation>Umpan yang Anda langgani di Warta sendiri. Umpan ini tidak disinkronkan.</translation>
        </message>
        <message>
            <source>Enter the address of a Tiny Tiny RSS server and your login.</source>
            <translation>Masukkan alamat server Tiny Tiny RSS dan data masuk Anda.</translation>
        </message>
        <message>
            <source>Last sync: %1</source>
            <translation>Sinkron terakhir: %1</translation>
        </message>
        <message>
            <source>Not synced yet.</source>
            <translation>Belum pernah disinkronkan.</translation>
        </message>
        <message>
            <source>Last error: %1</source>
            <translation>Galat terakhir: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n change(s) waiting to be sent.</source>
            <translation>
                <numerusform>%n perubahan menunggu dikirim.</numerusform>
            </translation>
        </message>
        <message>
            <source>No desktop keyring answered, so the password is kept in a file readable only by you: %1</source>
            <translation>Tidak ada keyring desktop yang menjawab, jadi kata sandi disimpan di berkas yang hanya bisa dibaca oleh Anda: %1</translation>
        </message>
        <message>
            <source>The password is kept in the desktop keyring.</source>
            <translation>Kata sandi disimpan di keyring desktop.</translation>
        </message>
        <message>
            <source>No password is saved for this account.</source>
            <translation>Tidak ada kata sandi tersimpan untuk akun ini.</translation>
        </message>
        <message>
            <source>Enter the server address, the user name and the password.</source>
            <translation>Masukkan alamat server, nama pengguna, dan kata sandi.</translation>
        </message>
        <message>
            <source>Connecting…</source>
            <translation>Menghubungkan…</translation>
        </message>
        <message>
            <source>Could not save the account: %1</source>
            <translation>Tidak dapat menyimpan akun: %1</translation>
        </message>
        <message>
            <source>Password changed.</source>
            <translation>Kata sandi diganti.</translation>
        </message>
        <message>
            <source>Account added.</source>
            <translation>Akun ditambahkan.</translation>
        </message>
        <message>
            <source>A sync is running. Remove the account when it has finished.</source>
            <translation>Sinkronisasi sedang berjalan. Hapus akun setelah selesai.</translation>
        </message>
        <message>
            <source>Remove the account “%1”? Its feeds and their articles are removed from Warta; articles in your collections stay. Nothing changes on the server.</source>
            <translation>Hapus akun “%1”? Umpan dan artikelnya dihapus dari Warta; artikel di koleksi Anda tetap ada. Tidak ada yang berubah di server.</translation>
        </message>
        <message>
            <source>Could not remove the account: %1</source>
            <translation>Tidak dapat menghapus akun: %1</translation>
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
        <name>warta::ui::CollectionActions</name>
        <message>
            <source>reordering collections</source>
            <translation>mengurutkan ulang koleksi</translation>
        </message>
        <message numerus="yes">
            <source>saving %n article(s) to %1</source>
            <translation>
                <numerusform>menyimpan %n artikel ke %1</numerusform>
            </translation>
        </message>
        <message>
            <source>saving an article to a collection</source>
            <translation>menyimpan artikel ke koleksi</translation>
        </message>
        <message>
            <source>removing an article from a collection</source>
            <translation>menghapus artikel dari koleksi</translation>
        </message>
        <message>
            <source>saving an article to %1</source>
            <translation>menyimpan artikel ke %1</translation>
        </message>
    </context>
    <context>
        <name>warta::ui::CollectionMembershipMenu</name>
        <message>
            <source>Add to Co&amp;llections</source>
            <translation>Tambahkan ke Ko&amp;leksi</translation>
        </message>
        <message>
            <source>No article selected</source>
            <translation>Tidak ada artikel yang dipilih</translation>
        </message>
        <message>
            <source>New Collection…</source>
            <translation>Koleksi Baru…</translation>
        </message>
        <message>
            <source>New collection</source>
            <translation>Koleksi baru</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nama:</translation>
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
        <message>
            <source>Move Up</source>
            <translation>Naikkan</translation>
        </message>
        <message>
            <source>Move Down</source>
            <translation>Turunkan</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Ganti nama…</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Hapus…</translation>
        </message>
    </context>
    <context>
        <name>warta::ui::DeleteFeedCommand</name>
        <message>
            <source>Delete feed “%1”</source>
            <translation>Hapus feed “%1”</translation>
        </message>
        <message>
            <source>forgetting a deleted feed</source>
            <translation>melupakan feed yang dihapus</translation>
        </message>
        <message>
            <source>deleting a feed</source>
            <translation>menghapus feed</translation>
        </message>
        <message>
            <source>restoring a deleted feed</source>
            <translation>memulihkan feed yang dihapus</translation>
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
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Sunting</translation>
        </message>
        <message>
            <source>&amp;Edit…</source>
            <translation>&amp;Sunting…</translation>
        </message>
        <message>
            <source>De&amp;lete</source>
            <translation>&amp;Hapus</translation>
        </message>
        <message>
            <source>Re&amp;name Folder…</source>
            <translation>&amp;Ganti Nama Folder…</translation>
        </message>
        <message>
            <source>Delete &amp;Folder</source>
            <translation>Hapus &amp;Folder</translation>
        </message>
        <message>
            <source>New F&amp;older…</source>
            <translation>&amp;Folder Baru…</translation>
        </message>
        <message>
            <source>New folder</source>
            <translation>Folder baru</translation>
        </message>
        <message>
            <source>Name:</source>
            <translation>Nama:</translation>
        </message>
        <message>
            <source>Rename folder</source>
            <translation>Ganti nama folder</translation>
        </message>
    </context>
    <context>
        <name>warta::ui::FeedEditDialog</name>
        <message>
            <source>Download full articles for offline reading</source>
            <translation>Unduh artikel lengkap untuk dibaca luring</translation>
        </message>
        <message>
            <source>Edit feed</source>
            <translation>Sunting feed</translation>
        </message>
        <message>
            <source>(Top level)</source>
            <translation>(Tingkat teratas)</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Judul:</translation>
        </message>
        <message>
            <source>Feed &amp;URL:</source>
            <translation>&amp;URL feed:</translation>
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
        <name>warta::ui::FolderActions</name>
        <message>
            <source>creating the folder %1</source>
            <translation>membuat folder %1</translation>
        </message>
        <message>
            <source>renaming a folder to %1</source>
            <translation>mengganti nama folder menjadi %1</translation>
        </message>
        <message>
            <source>deleting a folder</source>
            <translation>menghapus folder</translation>
        </message>
        <message numerus="yes">
            <source>moving %n feed(s)</source>
            <translation>
                <numerusform>memindahkan %n feed</numerusform>
            </translation>
        </message>
        <message>
            <source>saving the feed %1</source>
            <translation>menyimpan feed %1</translation>
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
        <message>
            <source>Deleted “%1”. Undo with Ctrl+Z.</source>
            <translation>“%1” dihapus. Urungkan dengan Ctrl+Z.</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n article(s) to “%1”</source>
            <translation>
                <numerusform>%n artikel disimpan ke “%1”</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Search Articles</source>
            <translation>&amp;Cari Artikel</translation>
        </message>
        <message>
            <source>Add to Collections…</source>
            <translation>Tambahkan ke Koleksi…</translation>
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
        <name>warta::ui::SavedSearchListModel</name>
        <message>
            <source>“%1” no longer runs: edit it in the search box</source>
            <translation>“%1” tidak bisa dijalankan lagi: ubah di kotak pencarian</translation>
        </message>
    </context>
    <context>
        <name>warta::ui::SavedSearchPanel</name>
        <message>
            <source>Saved searches</source>
            <translation>Pencarian tersimpan</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Ganti nama…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Hapus</translation>
        </message>
        <message>
            <source>Rename saved search</source>
            <translation>Ganti nama pencarian tersimpan</translation>
        </message>
        <message>
            <source>New name for “%1”:</source>
            <translation>Nama baru untuk “%1”:</translation>
        </message>
    </context>
    <context>
        <name>warta::ui::SearchBox</name>
        <message>
            <source>Search articles: words, "phrase", -word, tag:, feed:, is:unread</source>
            <translation>Cari artikel: kata, "frasa", -kata, tag:, feed:, is:unread</translation>
        </message>
        <message>
            <source>Save search</source>
            <translation>Simpan pencarian</translation>
        </message>
        <message>
            <source>Keep this search in the sidebar, with its unread count</source>
            <translation>Simpan pencarian ini di bilah samping, dengan jumlah yang belum dibaca</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Mencari…</translation>
        </message>
        <message>
            <source>No articles match “%1”.</source>
            <translation>Tidak ada artikel yang cocok dengan “%1”.</translation>
        </message>
        <message>
            <source>Search failed: %1</source>
            <translation>Pencarian gagal: %1</translation>
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
            <source>Notify about new articles in followed tags</source>
            <translation>Beri tahu artikel baru di tag yang diikuti</translation>
        </message>
    </context>
    <context>
        <name>warta::ui::SyncController</name>
        <message>
            <source>S&amp;ync</source>
            <translation>Sin&amp;kron</translation>
        </message>
        <message>
            <source>Sync &amp;Now</source>
            <translation>Sinkronkan &amp;Sekarang</translation>
        </message>
        <message>
            <source>Ctrl+Shift+Y</source>
            <translation>Ctrl+Shift+Y</translation>
        </message>
        <message>
            <source>&amp;Accounts…</source>
            <translation>&amp;Akun…</translation>
        </message>
        <message>
            <source>No Tiny Tiny RSS account yet: add one under Sync › Accounts…</source>
            <translation>Belum ada akun Tiny Tiny RSS: tambahkan lewat Sinkron › Akun…</translation>
        </message>
        <message>
            <source>Collections without a label on the server (create them in Tiny Tiny RSS): %1</source>
            <translation>Koleksi tanpa label di server (buat labelnya di Tiny Tiny RSS): %1</translation>
        </message>
        <message>
            <source>Sync failed: %1</source>
            <translation>Sinkronisasi gagal: %1</translation>
        </message>
        <message>
            <source>Synced: %1 new, %2 sent, %3 conflicts, %4 errors</source>
            <translation>Tersinkron: %1 baru, %2 terkirim, %3 konflik, %4 galat</translation>
        </message>
    </context>
    <context>
        <name>warta::ui::SyncStatusWidget</name>
        <message>
            <source>Sync: logging in…</source>
            <translation>Sinkron: masuk…</translation>
        </message>
        <message>
            <source>Sync: feeds</source>
            <translation>Sinkron: umpan</translation>
        </message>
        <message>
            <source>Sync: articles</source>
            <translation>Sinkron: artikel</translation>
        </message>
        <message>
            <source>Sync: read and starred</source>
            <translation>Sinkron: dibaca dan berbintang</translation>
        </message>
        <message>
            <source>Sync: labels</source>
            <translation>Sinkron: label</translation>
        </message>
        <message>
            <source>Sync: sending changes</source>
            <translation>Sinkron: mengirim perubahan</translation>
        </message>
        <message>
            <source>Sync: %1</source>
            <translation>Sinkron: %1</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Batal</translation>
        </message>
        <message>
            <source>Stop the sync; changes not yet sent stay queued</source>
            <translation>Hentikan sinkronisasi; perubahan yang belum terkirim tetap antre</translation>
        </message>
        <message>
            <source>Sync: cancelling…</source>
            <translation>Sinkron: membatalkan…</translation>
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
    <context>
        <name>warta::ui::TrayIcon</name>
        <message>
            <source>Show or Hide Warta</source>
            <translation>Tampilkan atau Sembunyikan Warta</translation>
        </message>
        <message>
            <source>Refresh All</source>
            <translation>Perbarui Semua</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Keluar</translation>
        </message>
    </context>
</TS>
