#!/usr/bin/env python3
"""Serves a folder on 127.0.0.1 as a school's web server would: static files, with the strict
Content-Security-Policy docs/embedding.md asks a site to send. The browser reports to this server what
that policy blocked; the end-to-end tier reads the reports to check that there were none.

    tests/support/serve.py --port PORT --directory DIR [--no-policy]

--no-policy serves without the policy, as the page of another site that embeds the atlas.

    GET  /csp-reports          the reports received so far, as a JSON array
    POST /csp-reports          where the browser sends them (report-uri)
    DELETE /csp-reports        forgets them
    POST /hold-code            holds the next requests for the app's code (.wasm) until...
    POST /release-code         ...this: a test can act on the first view before the app runs
"""

import argparse
import http.server
import json
import threading

# The policy of "Headers to send" in docs/embedding.md, and where to report.
POLICY = (
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; "
    "object-src 'none'; base-uri 'self'; form-action 'self'"
)
REPORTS_PATH = "/csp-reports"

reports = []
reports_lock = threading.Lock()

# While set, requests for .wasm files wait until it is released (or 20 s have passed).
code_held = threading.Event()
code_released = threading.Event()


class Handler(http.server.SimpleHTTPRequestHandler):
    policy = True

    def end_headers(self):
        if self.policy:
            self.send_header("Content-Security-Policy", f"{POLICY}; report-uri {REPORTS_PATH}")
        self.send_header("X-Content-Type-Options", "nosniff")
        super().end_headers()

    def send_json(self, value):
        body = json.dumps(value).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path == REPORTS_PATH:
            with reports_lock:
                self.send_json(list(reports))
        else:
            if code_held.is_set() and self.path.split("?")[0].endswith(".wasm"):
                code_released.wait(20)
            super().do_GET()

    def do_POST(self):
        if self.path in ("/hold-code", "/release-code"):
            if self.path == "/hold-code":
                code_released.clear()
                code_held.set()
            else:
                code_held.clear()
                code_released.set()
            self.send_response(204)
            self.end_headers()
            return
        if self.path != REPORTS_PATH:
            self.send_error(404)
            return
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        try:
            report = json.loads(body)
        except ValueError:
            report = {"unreadable": body.decode("utf-8", "replace")}
        with reports_lock:
            reports.append(report)
        self.send_response(204)
        self.end_headers()

    def do_DELETE(self):
        if self.path != REPORTS_PATH:
            self.send_error(404)
            return
        with reports_lock:
            reports.clear()
        self.send_response(204)
        self.end_headers()

    def log_message(self, format, *args):
        pass


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--directory", required=True)
    parser.add_argument("--no-policy", action="store_true")
    args = parser.parse_args()
    Handler.policy = not args.no_policy
    Handler.extensions_map[".wasm"] = "application/wasm"
    Handler.extensions_map[".js"] = "text/javascript"

    def handler(*a, **kw):
        return Handler(*a, directory=args.directory, **kw)

    server = http.server.ThreadingHTTPServer(("127.0.0.1", args.port), handler)
    server.serve_forever()


if __name__ == "__main__":
    main()
