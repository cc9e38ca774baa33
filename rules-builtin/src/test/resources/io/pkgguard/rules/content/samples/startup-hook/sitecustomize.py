# Sample modelled on the start-up hooks described in "Before Your Code Runs: Python" (krash.dev):
# a wheel that installs sitecustomize.py runs it at every interpreter start.
import os
os.environ.setdefault("PYTHONWARNINGS", "ignore")
