#!/usr/bin/env python3
"""Generates the refresh benchmark's feeds: N RSS 2.0 feeds x M Indonesian-news items.

Deterministic (fixed seed, fixed dates), so every run serves byte-identical files and the
numbers of different runs compare. Writes into OUT_DIR:
  feeds/feedNNN.xml   the feeds (about 30 KB each, as Indonesian outlets' feeds are)
  feeds.opml          subscriptions for Warta
  urls                subscriptions for newsboat

Usage: generate_feeds.py OUT_DIR BASE_URL [--feeds 500] [--items 50] [--seed 20240501]
"""

import argparse
import email.utils
import html
import os
import random
from datetime import datetime, timedelta, timezone

OUTLETS = [
    "Kabar Nusantara", "Warta Jakarta", "Suara Bandung", "Harian Surabaya", "Berita Medan",
    "Pos Makassar", "Tribun Semarang", "Kompas Jogja", "Detak Bali", "Gema Borneo",
    "Lintas Papua", "Radar Lampung", "Serambi Aceh", "Fajar Manado", "Antara Daerah",
]
SECTIONS = [
    ("Nasional", "nasional"), ("Ekonomi", "ekonomi"), ("Politik", "politik"),
    ("Olahraga", "olahraga"), ("Teknologi", "tekno"), ("Hiburan", "hiburan"),
    ("Internasional", "internasional"), ("Kesehatan", "kesehatan"), ("Otomotif", "otomotif"),
    ("Daerah", "daerah"), ("Hukum", "hukum"), ("Pendidikan", "pendidikan"),
]
SUBJECTS = [
    "Pemerintah", "Presiden", "Menteri Keuangan", "Gubernur DKI Jakarta", "DPR", "KPK",
    "Bank Indonesia", "Polda Metro Jaya", "Timnas Indonesia", "BMKG", "Kemenkes",
    "Wali Kota Surabaya", "Pertamina", "PLN", "Mahkamah Konstitusi", "BPS", "OJK",
    "Kementerian Pendidikan", "Basarnas", "Pemprov Jawa Barat", "Persib Bandung", "Garuda Indonesia",
]
VERBS = [
    "menegaskan", "mengumumkan", "menolak", "menyetujui", "membahas", "memperingatkan",
    "meresmikan", "menargetkan", "mengevaluasi", "memperpanjang", "menunda", "menyiapkan",
    "mengusulkan", "meninjau", "memastikan", "mempercepat",
]
OBJECTS = [
    "kenaikan harga BBM", "program makan siang gratis", "pembangunan IKN", "tarif listrik",
    "subsidi pupuk", "jadwal mudik Lebaran", "RUU Perampasan Aset", "inflasi pangan",
    "proyek kereta cepat", "banjir rob di pesisir utara", "vaksinasi anak", "harga beras",
    "seleksi CPNS", "kualitas udara Jakarta", "impor gula", "kuota haji", "suku bunga acuan",
    "perbaikan jalan tol", "kurikulum merdeka", "sengketa lahan", "gempa di Cianjur",
    "pajak kendaraan", "ekspor nikel", "tiket pesawat", "UMKM digital",
]
PLACES = [
    "Jakarta", "Bandung", "Surabaya", "Medan", "Makassar", "Semarang", "Yogyakarta", "Denpasar",
    "Palembang", "Balikpapan", "Pontianak", "Manado", "Jayapura", "Banda Aceh", "Mataram",
]
SENTENCES = [
    "Keputusan itu diambil setelah rapat koordinasi yang berlangsung hingga larut malam.",
    "Menurut dia, langkah tersebut diperlukan agar pelayanan kepada masyarakat tetap berjalan.",
    "Sejumlah warga mengaku belum menerima sosialisasi terkait kebijakan baru tersebut.",
    "Pihaknya akan berkoordinasi dengan pemerintah daerah untuk memastikan pelaksanaannya.",
    "Data terbaru menunjukkan kenaikan sekitar 4,2 persen dibandingkan periode yang sama tahun lalu.",
    "Pengamat menilai kebijakan itu perlu dikaji ulang karena berdampak pada daya beli.",
    "Hingga berita ini diturunkan, belum ada tanggapan resmi dari pihak terkait.",
    "Ia meminta masyarakat tidak panik dan tetap mengikuti informasi dari sumber resmi.",
    "Anggaran yang disiapkan untuk program ini mencapai Rp 12,5 triliun.",
    "Rencananya, uji coba akan dimulai pada pekan depan di beberapa kota besar.",
    "Kepolisian telah memeriksa tujuh orang saksi dalam kasus tersebut.",
    "Cuaca ekstrem diperkirakan masih akan terjadi hingga akhir bulan ini.",
    "Pertandingan berlangsung ketat sejak babak pertama dengan tempo tinggi.",
    "Kementerian terkait memastikan stok mencukupi hingga tiga bulan ke depan.",
]
AUTHORS = ["Rina Wulandari", "Agus Setiawan", "Dewi Lestari", "Budi Santoso", "Siti Rahmawati",
           "Hendra Gunawan", "Putri Ayu", "Yoga Pratama", "Nur Hidayah", "Fajar Nugroho"]


def slug(text):
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


def headline_case(text):
    return " ".join(w if any(c.isupper() for c in w) else w.capitalize() for w in text.split())


def make_item(rng, outlet_host, section, when, number):
    subject, verb, obj = rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(OBJECTS)
    place = rng.choice(PLACES)
    title = f"{subject} {verb.capitalize()} {headline_case(obj)} di {place}"
    if rng.random() < 0.3:
        title += f", Ini Kata {rng.choice(AUTHORS).split()[0]}"
    article_id = 7_000_000 + number
    link = f"https://{outlet_host}/{section[1]}/d-{article_id}/{slug(title)[:80]}"
    lead = f"{place.upper()}, {outlet_host.split('.')[0].capitalize()} - {subject} {verb} {obj}."
    body = " ".join(rng.sample(SENTENCES, rng.randint(1, 3)))
    image = f"https://cdn.{outlet_host}/images/{when:%Y/%m/%d}/{article_id}_640.jpg"
    description = (f'<img src="{image}" alt="{html.escape(title)}" width="640" height="360" />'
                   f"<p>{html.escape(lead)} {html.escape(body)}</p>")
    categories = [section[0]] + rng.sample([p for p in PLACES if p != place], rng.randint(0, 2))
    parts = [
        "    <item>",
        f"      <title>{html.escape(title)}</title>",
        f"      <link>{link}</link>",
        f'      <guid isPermaLink="false">{outlet_host}-{article_id}</guid>',
        f"      <pubDate>{email.utils.format_datetime(when)}</pubDate>",
        f"      <dc:creator>{rng.choice(AUTHORS)}</dc:creator>",
    ]
    parts += [f"      <category>{html.escape(c)}</category>" for c in categories]
    parts += [
        f"      <description><![CDATA[{description}]]></description>",
        f'      <enclosure url="{image}" length="{rng.randint(40_000, 180_000)}" type="image/jpeg" />',
        "    </item>",
    ]
    return "\n".join(parts)


def make_feed(rng, index, items, base_time):
    outlet = OUTLETS[index % len(OUTLETS)]
    section = SECTIONS[(index // len(OUTLETS)) % len(SECTIONS)]
    host = f"{slug(outlet).replace('-', '')}{index // (len(OUTLETS) * len(SECTIONS)) or ''}.co.id"
    title = f"{outlet} - {section[0]} ({index:03d})"
    # Newest first, a few minutes to an hour apart, as outlets publish.
    when = base_time - timedelta(minutes=rng.randint(0, 30))
    entries = []
    for i in range(items):
        entries.append(make_item(rng, host, section, when, index * 1000 + items - i))
        when -= timedelta(minutes=rng.randint(3, 60))
    head = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:atom="http://www.w3.org/2005/Atom">',
        "  <channel>",
        f"    <title>{html.escape(title)}</title>",
        f"    <link>https://{host}/{section[1]}</link>",
        f"    <description>Berita {section[0].lower()} terkini dari {outlet}</description>",
        "    <language>id</language>",
        f"    <lastBuildDate>{email.utils.format_datetime(base_time)}</lastBuildDate>",
        "    <ttl>5</ttl>",
    ]
    return title, "\n".join(head + entries + ["  </channel>", "</rss>", ""])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out_dir")
    ap.add_argument("base_url", help="e.g. http://127.0.0.1:8080")
    ap.add_argument("--feeds", type=int, default=500)
    ap.add_argument("--items", type=int, default=50)
    ap.add_argument("--seed", type=int, default=20240501)
    args = ap.parse_args()

    feeds_dir = os.path.join(args.out_dir, "feeds")
    os.makedirs(feeds_dir, exist_ok=True)
    base_time = datetime(2024, 5, 1, 9, 30, tzinfo=timezone(timedelta(hours=7)))  # WIB
    rng = random.Random(args.seed)
    outlines, urls, total = [], [], 0
    for index in range(args.feeds):
        title, text = make_feed(rng, index, args.items, base_time)
        name = f"feed{index:03d}.xml"
        data = text.encode("utf-8")
        total += len(data)
        with open(os.path.join(feeds_dir, name), "wb") as f:
            f.write(data)
        url = f"{args.base_url.rstrip('/')}/{name}"
        urls.append(url)
        outlines.append(f'    <outline type="rss" text="{html.escape(title)}" '
                        f'title="{html.escape(title)}" xmlUrl="{html.escape(url)}" />')

    with open(os.path.join(args.out_dir, "feeds.opml"), "w", encoding="utf-8") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">\n'
                "  <head><title>Refresh benchmark</title></head>\n  <body>\n"
                + "\n".join(outlines) + "\n  </body>\n</opml>\n")
    with open(os.path.join(args.out_dir, "urls"), "w", encoding="utf-8") as f:
        f.write("\n".join(urls) + "\n")
    print(f"{args.feeds} feeds x {args.items} items, {total / 1e6:.1f} MB "
          f"({total / args.feeds / 1024:.1f} KiB per feed)")


if __name__ == "__main__":
    main()
