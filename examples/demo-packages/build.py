#!/usr/bin/env python3
"""Builds the demo index's distribution files, byte for byte the same on every run.

PyPI's own files cannot be fetched where pkgguard is built, so the demo mirror serves stand-ins:
small wheels and sdists written here, laid out as a bandersnatch mirror keeps files (the path of
each file's URL under packages/). After a change, run it and copy the printed digests and sizes
into the demo documents (examples/demo-index*/<name>/json). Not part of the build: its output is
committed.
"""
import base64
import gzip
import hashlib
import io
import os
import tarfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
EPOCH = (1980, 1, 1, 0, 0, 0)


def record_line(path, data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{path},sha256={digest},{len(data)}\n"


def wheel(url_path, name, version, files, requires=()):
    dist_info = f"{name}-{version}.dist-info"
    metadata = f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n"
    metadata += "".join(f"Requires-Dist: {r}\n" for r in requires)
    metadata += "\nA stand-in built for pkgguard's demo index.\n"
    entries = dict(files)
    entries[f"{dist_info}/METADATA"] = metadata.encode()
    entries[f"{dist_info}/WHEEL"] = (b"Wheel-Version: 1.0\nGenerator: pkgguard-demo\n"
                                     b"Root-Is-Purelib: true\nTag: py3-none-any\n")
    record = "".join(record_line(p, d) for p, d in entries.items())
    record += f"{dist_info}/RECORD,,\n"
    entries[f"{dist_info}/RECORD"] = record.encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for path, data in entries.items():
            info = zipfile.ZipInfo(path, EPOCH)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    write(url_path, out.getvalue())


def sdist(url_path, root, files):
    raw = io.BytesIO()
    with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as t:
        for path, data in files.items():
            info = tarfile.TarInfo(f"{root}/{path}")
            info.size, info.mtime, info.mode = len(data), 0, 0o644
            t.addfile(info, io.BytesIO(data))
    write(url_path, gzip.compress(raw.getvalue(), mtime=0))


def write(url_path, data):
    target = os.path.join(HERE, url_path)
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "wb") as f:
        f.write(data)
    print(f"{url_path}\tsha256={hashlib.sha256(data).hexdigest()}\tsize={len(data)}")


def setup_py(name, version):
    return (f"from setuptools import setup\n\nsetup(name={name!r}, version={version!r},"
            f" packages=[{name!r}])\n").encode()


PE = b"MZ" + b"\0" * 58 + (128).to_bytes(4, "little") + b"\0" * 64 + b"PE\0\0" + b"\0" * 60

wheel("7a/7a/tidyconf-1.4.0-py3-none-any.whl", "tidyconf", "1.4.0", {
    "tidyconf/__init__.py": b'"""Tidy configuration files: sorted keys, one style."""\n\n'
                            b'def tidy(text):\n    return "\\n".join(sorted(text.splitlines()))\n',
})
wheel("d7/73/c16e5f3f0d37c60947e70865c255a58dc408780a6474de0523afd0ec553a/"
      "sampleproject-4.0.0-py3-none-any.whl", "sampleproject", "4.0.0", {
    "sample/__init__.py": b"def main():\n    \"\"\"Entry point for the application script\"\"\"\n"
                          b"    print(\"Call your main application code here\")\n",
    "sample/simple.py": b"def add_one(number):\n    return number + 1\n",
    "sample/package_data.dat": b"some data\n",
}, requires=["peppercorn", 'check-manifest; extra == "dev"', 'coverage; extra == "test"'])
sdist("e4/77/93085de7108cdf1a0b092ff443872a8f9442c736d7ddebdf2f27627935f4/peppercorn-0.6.tar.gz",
      "peppercorn-0.6", {
          "PKG-INFO": b"Metadata-Version: 1.1\nName: peppercorn\nVersion: 0.6\n",
          "setup.py": setup_py("peppercorn", "0.6"),
          "peppercorn/__init__.py": b"def parse(fields):\n    return dict(fields)\n",
      })
sdist("74/90/2930a8570da112ea8717d18269ebc93332ef34eaf1c33cfd0c1f6ae589c9/luigi-3.6.0.tar.gz", "luigi-3.6.0", {
    "PKG-INFO": b"Metadata-Version: 2.1\nName: luigi\nVersion: 3.6.0\n",
    "setup.py": setup_py("luigi", "3.6.0"),
    "luigi/__init__.py": b"\"\"\"Workflow management (a stand-in).\"\"\"\n",
})
wheel("3a/3a/" + "3a" * 30 + "/quickhelpers-0.3.0-py3-none-any.whl",
      "quickhelpers", "0.3.0", {
          "quickhelpers/__init__.py": b"def first(items):\n    return next(iter(items), None)\n",
      })
wheel("6d/6d/" + "6d" * 30 + "/winsetup_tools-1.2.0-py3-none-any.whl",
      "winsetup-tools", "1.2.0", {
          "winsetup_tools/__init__.py": b"import subprocess, os\n\ndef install():\n"
                                        b"    here = os.path.dirname(__file__)\n"
                                        b"    subprocess.run([os.path.join(here, 'helper.exe')])\n",
          "winsetup_tools/helper.exe": PE,
      })
