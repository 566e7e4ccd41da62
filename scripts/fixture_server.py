#!/usr/bin/env python3
"""Serves a fixture set (../shared/fixtures/id-news) on 127.0.0.1 the way the outlets would:
every URL in manifest.json answers with its file and content type, matched on the Host
header and path, so clients routed here (WARTA_TEST_ROUTE_ALL_TO) keep the real URLs.
Prints the port on the first line of stdout, then serves until killed.

Usage: scripts/fixture_server.py FIXTURES_DIR
"""
import http.server
import json
import os
import sys
from urllib.parse import urlsplit


def load_routes(fixtures):
    with open(os.path.join(fixtures, "manifest.json"), encoding="utf-8") as f:
        outlets = json.load(f)["outlets"]
    routes = {}
    for outlet in outlets.values():
        for entry in [outlet["feed"], *outlet.get("pages", [])]:
            url = urlsplit(entry["url"])
            path = url.path + ("?" + url.query if url.query else "")
            routes[(url.hostname, path)] = (os.path.join(fixtures, entry["file"]), entry["content_type"])
    return routes


def main():
    fixtures = sys.argv[1]
    routes = load_routes(fixtures)

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            host = (self.headers.get("Host") or "").split(":")[0].lower()
            found = routes.get((host, self.path))
            if not found:
                self.send_error(404)
                return
            with open(found[0], "rb") as f:
                body = f.read()
            self.send_response(200)
            self.send_header("Content-Type", found[1])
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    print(server.server_address[1], flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
