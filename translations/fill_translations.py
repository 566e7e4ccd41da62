#!/usr/bin/env python3
"""Fills translations/warta_{id,en}.ts after `warta_lupdate`: English mirrors the
source strings (with singular/plural forms), Indonesian comes from the table below.
A source string missing from the table fails loudly, so no entry stays unfinished."""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ID = {
    # Tag rename and merge
    'Rename…': 'Ganti nama…',
    'Merge Into…': 'Gabungkan ke…',
    'Rename tag': 'Ganti nama tag',
    'New name for “%1”:': 'Nama baru untuk “%1”:',
    'Merge tag': 'Gabungkan tag',
    'Merge “%1” into:': 'Gabungkan “%1” ke:',
    'renaming the tag %1 to %2': 'mengganti nama tag %1 menjadi %2',
    'merging the tag %1 into %2': 'menggabungkan tag %1 ke %2',
    # Opening feed:/file requests (ui/open_request_*, packaging)
    '%1 is not a local file.': '%1 bukan berkas lokal.',
    'Warta cannot open %1 links.': 'Warta tidak dapat membuka tautan %1.',
    'Cannot open %1: %2': 'Tidak dapat membuka %1: %2',
    '%1 is neither a feed nor an OPML file.': '%1 bukan umpan maupun berkas OPML.',
    'The feed file %1 does not say where the feed is published, so Warta cannot subscribe to it.':
        'Berkas umpan %1 tidak menyebutkan alamat terbitnya, jadi Warta tidak dapat berlangganan.',
    'Cannot open': 'Tidak dapat membuka',
    'Cannot subscribe': 'Tidak dapat berlangganan',
    'This build of Warta cannot subscribe to feeds.': 'Versi Warta ini tidak dapat berlangganan umpan.',
    'Looking for the feed at %1…': 'Mencari umpan di %1…',
    'No feed found:\n%1': 'Umpan tidak ditemukan:\n%1',
    'Subscribe': 'Berlangganan',
    'Subscribe to “%1”?': 'Berlangganan “%1”?',
    'Feed address: %1': 'Alamat umpan: %1',
    'Subscribed to “%1”.': 'Berlangganan “%1”.',
    '“%1” is already among your subscriptions.': '“%1” sudah ada di langganan Anda.',
    'Cannot import': 'Tidak dapat mengimpor',
    '%1 holds no subscriptions Warta can import.': '%1 tidak berisi langganan yang dapat diimpor Warta.',
    'Import %n subscription(s) from %1?': 'Impor %n langganan dari %1?',
    'Import': 'Impor',
    'Imported %n new subscription(s).': '%n langganan baru diimpor.',
    '%n already followed.': '%n sudah diikuti.',
    # Refresh, offline, adding feeds, "Baca Juga" fetching, recovery
    '%1: %2': '%1: %2',
    'Offline': 'Luring',
    'The last refresh reached no feed. Cached articles still read.':
        'Penyegaran terakhir tidak menjangkau satu umpan pun. Artikel tersimpan tetap bisa dibaca.',
    'Downloading articles for offline reading…': 'Mengunduh artikel untuk dibaca luring…',
    'Adding feeds is not available in this build': 'Menambah umpan tidak tersedia di versi ini',
    'Subscribed to “%1”': 'Berlangganan “%1”',
    'Already subscribed to “%1”': 'Sudah berlangganan “%1”',
    'Fetching “%1” for offline reading…': 'Mengambil “%1” untuk dibaca luring…',
    'Could not open %1: %2': 'Tidak dapat membuka %1: %2',
    'Saved for offline reading': 'Tersimpan untuk dibaca luring',
    'Could not save the page: %1': 'Halaman tidak dapat disimpan: %1',
    '&Add Feed…': '&Tambah Umpan…',
    'Ctrl+N': 'Ctrl+N',
    'Add Feed': 'Tambah Umpan',
    'Address of a feed or of a news site': 'Alamat umpan atau situs berita',
    '&Find': '&Cari',
    '&Subscribe': '&Berlangganan',
    'Address:': 'Alamat:',
    'Folder:': 'Folder:',
    'Looking for a feed at %1…': 'Mencari umpan di %1…',
    'Found “%1”: %n item(s)\n%2': 'Ditemukan “%1”: %n butir\n%2',
    'No feed found: %1': 'Umpan tidak ditemukan: %1',
    '&Refresh': '&Segarkan',
    '&Mark All Read': 'Tandai Semua &Sudah Dibaca',
    '&Download for Offline Reading': '&Unduh untuk Dibaca Luring',
    "Warta's database is damaged:\n%1\n\n%2\n\nWarta can keep the damaged file as a backup beside it and start with a new database, rescuing what is still readable (collections first). Recover now?":
        'Basis data Warta rusak:\n%1\n\n%2\n\nWarta dapat menyimpan berkas yang rusak sebagai cadangan di sebelahnya '
        'dan memulai dengan basis data baru, menyelamatkan apa yang masih terbaca (koleksi lebih dulu). Pulihkan sekarang?',
    'The damaged database was kept as %1.\nRescued: %2 collection entries, %3 articles.':
        'Basis data yang rusak disimpan sebagai %1.\nDiselamatkan: %2 entri koleksi, %3 artikel.',
    '&Recover': '&Pulihkan',
    'marking an article read': 'menandai artikel sudah dibaca',
    'marking an article unread': 'menandai artikel belum dibaca',
    'starring an article': 'membintangi artikel',
    'removing a star': 'menghapus bintang',
    'marking %n article(s) read': 'menandai %n artikel sudah dibaca',
    'marking %n article(s) unread': 'menandai %n artikel belum dibaca',
    'saving an article to %1': 'menyimpan artikel ke %1',
    'removing an article from a collection': 'menghapus artikel dari koleksi',
    'creating the collection %1': 'membuat koleksi %1',
    'renaming a collection to %1': 'mengganti nama koleksi menjadi %1',
    'deleting a collection': 'menghapus koleksi',
    'following the tag %1': 'mengikuti tag %1',
    'unfollowing the tag %1': 'berhenti mengikuti tag %1',
    'saved offline': 'sudah disimpan',
    'Editor: %1': 'Editor: %1',
    'Open the original page': 'Buka halaman asli',
    'Title': 'Judul',
    'Feed': 'Sumber',
    'Date': 'Tanggal',
    'Collections': 'Koleksi',
    'New collection': 'Koleksi baru',
    'Rename': 'Ganti nama',
    'Rename collection': 'Ganti nama koleksi',
    'Delete collection': 'Hapus koleksi',
    'Export': 'Ekspor',
    'Export collection': 'Ekspor koleksi',
    'As Markdown…': 'Sebagai Markdown…',
    'As HTML…': 'Sebagai HTML…',
    'Name:': 'Nama:',
    'Delete the collection “%1”? Its articles stay in their feeds.':
        'Hapus koleksi “%1”? Artikelnya tetap ada di sumbernya.',
    'All': 'Semua',
    'Unread': 'Belum dibaca',
    'Starred': 'Berbintang',
    'Today': 'Hari ini',
    '%1\nLast error: %2': '%1\nGalat terakhir: %2',
    'Filter articles (/)': 'Saring artikel (/)',
    'Cancel': 'Batal',
    'Refresh finished: %n new article(s)': 'Pembaruan selesai: %n artikel baru',
    'Could not finish %1: %2': 'Gagal %1: %2',
    'Error': 'Galat',
    '%1 unread · %2 articles': '%1 belum dibaca · %2 artikel',
    '&File': '&Berkas',
    '&Import Subscriptions (OPML)…': '&Impor Langganan (OPML)…',
    '&Export Subscriptions (OPML)…': '&Ekspor Langganan (OPML)…',
    '&Settings…': '&Pengaturan…',
    '&Quit': '&Keluar',
    '&Edit': '&Sunting',
    '&Undo': '&Urungkan',
    '&Filter Articles': '&Saring Artikel',
    '&View': '&Tampilan',
    'Zoom &In': '&Perbesar',
    'Zoom &Out': 'Per&kecil',
    '&Normal Size': 'Ukuran &Normal',
    'Ctrl+0': 'Ctrl+0',
    '&Article': '&Artikel',
    '&Next': '&Berikutnya',
    '&Previous': '&Sebelumnya',
    'Next &Unread': 'Belum Dibaca Beri&kutnya',
    'No more unread articles here': 'Tidak ada lagi artikel belum dibaca di sini',
    'Page Down or Next': 'Gulir atau Berikutnya',
    'Toggle &Read': 'Tandai &Dibaca/Belum',
    'Toggle &Star': 'Beri/Hapus &Bintang',
    '&Open in Browser': 'B&uka di Peramban',
    'Save to &Collection': 'Simpan ke &Koleksi',
    'Save to Collection…': 'Simpan ke Koleksi…',
    'Ctrl+D': 'Ctrl+D',
    'Mark &All Read': 'Tandai &Semua Sudah Dibaca',
    'Ctrl+Shift+A': 'Ctrl+Shift+A',
    'F&eeds': 'Su&mber',
    '&Refresh All': '&Perbarui Semua',
    'Refreshing is not available in this build yet': 'Pembaruan belum tersedia di versi ini',
    'Nothing to mark read': 'Tidak ada yang perlu ditandai',
    'Mark %n article(s) read': 'Tandai %n artikel sudah dibaca',
    'Marked %n article(s) read. Undo with Ctrl+Z.': '%n artikel ditandai sudah dibaca. Urungkan dengan Ctrl+Z.',
    'Saved to “%1”': 'Disimpan ke “%1”',
    'New Collection…': 'Koleksi Baru…',
    'Reading list': 'Daftar bacaan',
    'Save to collection': 'Simpan ke koleksi',
    'Collection:': 'Koleksi:',
    'Markdown (*.md)': 'Markdown (*.md)',
    'Web page (*.html)': 'Halaman web (*.html)',
    'Could not write %1: %2': 'Tidak dapat menulis %1: %2',
    'Exported “%1” to %2': '“%1” diekspor ke %2',
    'Import subscriptions': 'Impor langganan',
    'OPML (*.opml *.xml)': 'OPML (*.opml *.xml)',
    'Could not read %1: %2': 'Tidak dapat membaca %1: %2',
    'Imported %n feed(s)': '%n sumber diimpor',
    'Export subscriptions': 'Ekspor langganan',
    'OPML (*.opml)': 'OPML (*.opml)',
    'just now': 'baru saja',
    '%n minute(s) ago': '%n menit lalu',
    '%n hour(s) ago': '%n jam lalu',
    'yesterday %1': 'kemarin %1',
    '%n day(s) ago': '%n hari lalu',
    'Download articles for offline reading': 'Unduh artikel untuk dibaca luring',
    'Settings': 'Pengaturan',
    ' min': ' menit',
    'Manual only': 'Hanya manual',
    ' days': ' hari',
    'Keep forever': 'Simpan selamanya',
    'System language': 'Bahasa sistem',
    'Follow the system': 'Ikuti sistem',
    'Light': 'Terang',
    'Dark': 'Gelap',
    'Refresh every:': 'Perbarui setiap:',
    'Delete read articles after:': 'Hapus artikel terbaca setelah:',
    'Language:': 'Bahasa:',
    'Reader theme:': 'Tema pembaca:',
    'A new language applies after restarting Warta.': 'Bahasa baru berlaku setelah Warta dimulai ulang.',
    'Warta, a reader for Indonesian news': 'Warta, pembaca berita Indonesia',
    'Open a separate database filled with sample news.': 'Buka basis data terpisah berisi contoh berita.',
    'Use the database at <path>.': 'Gunakan basis data di <path>.',
    'Open the article with id <id>.': 'Buka artikel dengan id <id>.',
    'Warta cannot open its database:\n%1\n\n%2\n\nThe file was left untouched.':
        'Warta tidak dapat membuka basis datanya:\n%1\n\n%2\n\nBerkas itu tidak diubah.',
    'Warta': 'Warta',
    '%1: %n article(s)': '%1: %n artikel',
    '%n unread': '%n belum dibaca',
    'Followed': 'Diikuti',
    'Tags': 'Tag',
    'Unfollow': 'Berhenti ikuti',
    'Follow': 'Ikuti',
}


def load_extra_tables(folder):
    """Each area of the UI may keep its strings in translations/strings_<area>.py
    (a dict named ID), so parallel work never edits one shared table."""
    for extra in sorted(folder.glob('strings_*.py')):
        scope = {}
        exec(extra.read_text(encoding='utf-8'), scope)
        for source, text in scope['ID'].items():
            if source in ID and ID[source] != text:
                sys.exit('%s: %r already translated differently' % (extra.name, source))
            ID[source] = text


def english_forms(source):
    singular = re.sub(r'\((\w+)\)', '', source)
    plural = re.sub(r'\((\w+)\)', r'\1', source)
    return [singular, plural]


def fill(path, lang):
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter('message'):
        source = message.find('source').text
        tr = message.find('translation')
        tr.attrib.pop('type', None)
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        numerus = message.get('numerus') == 'yes'
        if lang == 'en':
            forms = english_forms(source) if numerus else [source]
        else:
            if source not in ID:
                missing.append(source)
                continue
            forms = [ID[source]]  # Indonesian has one numerus form
        if numerus:
            for form in forms:
                ET.SubElement(tr, 'numerusform').text = form
        else:
            tr.text = forms[0]
    if missing:
        sys.exit('%s: no Indonesian for: %r' % (path, missing))
    ET.indent(tree, space='    ')
    with open(path, 'wb') as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding='utf-8', xml_declaration=False)
        out.write(b'\n')


here = Path(__file__).resolve().parent
load_extra_tables(here)
fill(here / 'warta_id.ts', 'id')
fill(here / 'warta_en.ts', 'en')
