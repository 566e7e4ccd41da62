"""Indonesian for tag chips, tray notifications and the settings added with them
(ui/article_html.*, ui/tray_icon.*, ui/followed_tag_notifier.*, ui/settings_dialog.*).
Read by fill_translations.py."""
ID = {
    # Follow links beside the tag chips of the article header (ui/article_html.cpp)
    '+ Follow': '+ Ikuti',
    'Follow %1': 'Ikuti %1',
    'Unfollow %1': 'Berhenti ikuti %1',
    # Notifications after a refresh (ui/followed_tag_notifier.cpp)
    'New articles in followed tags': 'Artikel baru di tag yang diikuti',
    '%n new article(s) for %1': '%n artikel baru untuk %1',
    'and %n more tag(s)': 'dan %n tag lainnya',
    # Tray icon menu (ui/tray_icon.cpp)
    'Show or Hide Warta': 'Tampilkan atau Sembunyikan Warta',
    'Refresh All': 'Perbarui Semua',
    'Quit': 'Keluar',
    # Settings (ui/settings_dialog.cpp)
    'Notify about new articles in followed tags': 'Beri tahu artikel baru di tag yang diikuti',
}
