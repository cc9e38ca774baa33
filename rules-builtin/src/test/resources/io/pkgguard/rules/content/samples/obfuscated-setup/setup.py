# Sample modelled on the encoding obfuscation catalogued in "One Detector Fits All" (arXiv
# 2512.04338), which decodes strings at run time with __import__("base64").b64decode(): here the
# whole payload is base64, compiled and executed from setup.py, every name looked up through
# __import__.
from setuptools import setup

__import__('builtins').exec(__import__('builtins').compile(__import__('base64').b64decode("cHJpbnQoJ3NhbXBsZScp"), '<string>', 'exec'))

setup(name="colorsama", version="0.4.7")
