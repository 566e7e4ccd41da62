#!/usr/bin/env python3
"""Baseline for bench/sync/run.sh: the least a client must do to read the same data from
tt-rss's JSON API: one kept-alive HTTP connection, the same getHeadlines calls Warta makes
(200 per page, content included), each answer parsed as JSON, nothing stored.

  raw_api_pull.py API_URL USER PASSWORD first        # all articles since_id 0
  raw_api_pull.py API_URL USER PASSWORD incremental SINCE_ID  # new articles, then unread and starred id sets

Prints "articles=N bytes=B requests=R" (articles: headlines on content pages, or ids read)."""
import http.client
import json
import sys
import urllib.parse

api, user, password, mode = sys.argv[1:5]
since = int(sys.argv[5]) if len(sys.argv) > 5 else 0
url = urllib.parse.urlsplit(api)
conn = http.client.HTTPConnection(url.hostname, url.port or 80, timeout=60)
stats = {"bytes": 0, "requests": 0}


def call(body):
    conn.request("POST", url.path, json.dumps(body), {"Content-Type": "application/json"})
    data = conn.getresponse().read()
    stats["bytes"] += len(data)
    stats["requests"] += 1
    answer = json.loads(data)
    if answer.get("status") != 0:
        sys.exit(f"API error: {answer}")
    return answer["content"]


sid = call({"op": "login", "user": user, "password": password})["session_id"]


def pages(**params):
    skip = 0
    while True:
        page = call(dict(op="getHeadlines", sid=sid, feed_id=-4, skip=skip, limit=200, **params))
        yield page
        if len(page) < 200:
            return
        skip += 200


count = 0
if mode == "first":
    for page in pages(view_mode="all_articles", since_id=0, show_content=True, sanitize=False):
        count += len(page)
else:
    for page in pages(view_mode="all_articles", since_id=since, show_content=True, sanitize=False):
        count += len(page)
    for view in ("unread", "marked"):
        for page in pages(view_mode=view, show_content=False):
            count += len(page)
print(f"articles={count} bytes={stats['bytes']} requests={stats['requests']}")
