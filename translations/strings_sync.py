"""Indonesian for the sync UI (ui/account_dialog.*, ui/sync_*). Read by fill_translations.py."""
ID = {
    # Sync menu and status bar (ui/sync_controller.cpp, ui/sync_status_widget.cpp)
    'S&ync': 'Sin&kron',
    'Sync &Now': 'Sinkronkan &Sekarang',
    'Ctrl+Shift+Y': 'Ctrl+Shift+Y',
    '&Accounts…': '&Akun…',
    'No Tiny Tiny RSS account yet: add one under Sync › Accounts…':
        'Belum ada akun Tiny Tiny RSS: tambahkan lewat Sinkron › Akun…',
    'Collections without a label on the server (create them in Tiny Tiny RSS): %1':
        'Koleksi tanpa label di server (buat labelnya di Tiny Tiny RSS): %1',
    'Sync failed: %1': 'Sinkronisasi gagal: %1',
    'Synced: %1 new, %2 sent, %3 conflicts, %4 errors':
        'Tersinkron: %1 baru, %2 terkirim, %3 konflik, %4 galat',
    'Cancel': 'Batal',
    'Stop the sync; changes not yet sent stay queued': 'Hentikan sinkronisasi; perubahan yang belum terkirim tetap antre',
    'Sync: logging in…': 'Sinkron: masuk…',
    'Sync: feeds': 'Sinkron: umpan',
    'Sync: articles': 'Sinkron: artikel',
    'Sync: read and starred': 'Sinkron: dibaca dan berbintang',
    'Sync: labels': 'Sinkron: label',
    'Sync: sending changes': 'Sinkron: mengirim perubahan',
    'Sync: %1': 'Sinkron: %1',
    'Sync: cancelling…': 'Sinkron: membatalkan…',
    # Account dialog (ui/account_dialog.cpp)
    'Accounts': 'Akun',
    'Remove account': 'Hapus akun',
    '&New Tiny Tiny RSS Account': 'Akun Tiny Tiny RSS &Baru',
    '&Remove': '&Hapus',
    '&Test Connection': '&Uji koneksi',
    ' min': ' menit',
    'Only when asked': 'Hanya bila diminta',
    'Server &address:': '&Alamat server:',
    '&User name:': '&Nama pengguna:',
    '&Password:': '&Kata sandi:',
    'S&ync every:': 'Sin&kronkan setiap:',
    'This computer (local feeds)': 'Komputer ini (umpan lokal)',
    'Tiny Tiny RSS: %1 at %2': 'Tiny Tiny RSS: %1 di %2',
    '&Change Password': '&Ganti Kata Sandi',
    '&Add Account': '&Tambah Akun',
    'Feeds you subscribe to in Warta itself. They are not synced.':
        'Umpan yang Anda langgani di Warta sendiri. Umpan ini tidak disinkronkan.',
    'Enter the address of a Tiny Tiny RSS server and your login.':
        'Masukkan alamat server Tiny Tiny RSS dan data masuk Anda.',
    'Last sync: %1': 'Sinkron terakhir: %1',
    'Not synced yet.': 'Belum pernah disinkronkan.',
    'Last error: %1': 'Galat terakhir: %1',
    '%n change(s) waiting to be sent.': '%n perubahan menunggu dikirim.',
    'No desktop keyring answered, so the password is kept in a file readable only by you: %1':
        'Tidak ada keyring desktop yang menjawab, jadi kata sandi disimpan di berkas yang hanya bisa dibaca oleh Anda: %1',
    'The password is kept in the desktop keyring.': 'Kata sandi disimpan di keyring desktop.',
    'No password is saved for this account.': 'Tidak ada kata sandi tersimpan untuk akun ini.',
    'Enter the server address, the user name and the password.':
        'Masukkan alamat server, nama pengguna, dan kata sandi.',
    'Connecting…': 'Menghubungkan…',
    'Could not save the account: %1': 'Tidak dapat menyimpan akun: %1',
    'Password changed.': 'Kata sandi diganti.',
    'Account added.': 'Akun ditambahkan.',
    'A sync is running. Remove the account when it has finished.':
        'Sinkronisasi sedang berjalan. Hapus akun setelah selesai.',
    'Remove the account “%1”? Its feeds and their articles are removed from Warta; articles in your collections '
    'stay. Nothing changes on the server.':
        'Hapus akun “%1”? Umpan dan artikelnya dihapus dari Warta; artikel di koleksi Anda tetap ada. '
        'Tidak ada yang berubah di server.',
    'Could not remove the account: %1': 'Tidak dapat menghapus akun: %1',
    # Connection and sync failures (ui/sync_messages.cpp)
    'Wrong user name or password.': 'Nama pengguna atau kata sandi salah.',
    'API access is disabled for this user. Turn on “Enable API access” in the Tiny Tiny RSS preferences, then try again.':
        'Akses API dimatikan untuk pengguna ini. Nyalakan “Enable API access” di preferensi Tiny Tiny RSS, lalu coba lagi.',
    'Cannot reach the server: it is down or the address is wrong (%1).':
        'Server tidak dapat dihubungi: server mati atau alamatnya salah (%1).',
    'This address does not answer like a Tiny Tiny RSS server. Check the address (%1).':
        'Alamat ini tidak menjawab seperti server Tiny Tiny RSS. Periksa alamatnya (%1).',
    'The secure connection (TLS) failed: %1': 'Koneksi aman (TLS) gagal: %1',
    'The server refused the request: %1': 'Server menolak permintaan: %1',
    'Sync cancelled. Changes not yet sent stay queued for the next sync.':
        'Sinkronisasi dibatalkan. Perubahan yang belum terkirim tetap antre untuk sinkronisasi berikutnya.',
    'The saved password cannot be read: %1': 'Kata sandi tersimpan tidak dapat dibaca: %1',
    'Connection OK (Tiny Tiny RSS API level %1).': 'Koneksi berhasil (Tiny Tiny RSS API level %1).',
}
