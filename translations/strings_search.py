"""Indonesian for the search UI (ui/search_*, ui/saved_search_*, the Search action). Read by fill_translations.py."""
ID = {
    # Search box above the article list (ui/search_box.cpp)
    'Search articles: words, "phrase", -word, tag:, feed:, is:unread':
        'Cari artikel: kata, "frasa", -kata, tag:, feed:, is:unread',
    'Save search': 'Simpan pencarian',
    'Keep this search in the sidebar, with its unread count':
        'Simpan pencarian ini di bilah samping, dengan jumlah yang belum dibaca',
    'Searching…': 'Mencari…',
    'No articles match “%1”.': 'Tidak ada artikel yang cocok dengan “%1”.',
    'Search failed: %1': 'Pencarian gagal: %1',
    # Saved searches in the tag sidebar (ui/saved_search_panel.cpp, ui/saved_search_list_model.cpp)
    'Saved searches': 'Pencarian tersimpan',
    'Rename…': 'Ganti nama…',
    'Delete': 'Hapus',
    'Rename saved search': 'Ganti nama pencarian tersimpan',
    'New name for “%1”:': 'Nama baru untuk “%1”:',
    '“%1” no longer runs: edit it in the search box': '“%1” tidak bisa dijalankan lagi: ubah di kotak pencarian',
    # Edit menu (ui/main_window_actions.cpp): / focuses the search box, Ctrl+F the quick filter
    '&Search Articles': '&Cari Artikel',
}
