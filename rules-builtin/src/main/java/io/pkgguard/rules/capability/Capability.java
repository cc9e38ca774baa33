package io.pkgguard.rules.capability;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The guidelines' high-risk kinds of package and how each is recognised: trove classifiers (the
 * PyPI classifier list), phrases of the summary (phrases, not words: "neural network" is not
 * network access, a Jupyter kernel is not an operating-system one), and the best-known projects
 * of the kind among the 15,000 most downloaded, by normalised name.
 */
enum Capability {

  /** Opens network connections or serves them. */
  NETWORK("network", "network access",
      List.of("Topic :: Internet :: WWW/HTTP", "Topic :: System :: Networking",
          "Topic :: Internet :: File Transfer Protocol (FTP)", "Topic :: Communications :: Email",
          "Topic :: Internet :: Proxy Servers"),
      List.of("http client", "http library", "websocket client", "ssh client", "sftp",
          "ftp client", "network protocol"),
      Set.of("requests", "urllib3", "httpx", "httpcore", "aiohttp", "paramiko", "websockets",
          "websocket-client", "pycurl", "httplib2", "grpcio", "twisted", "scapy", "fabric",
          "asyncssh", "requests-toolbelt", "tornado", "pysftp", "dnspython", "netmiko")),

  /** Implements or wraps cryptography. */
  CRYPTO("crypto", "cryptography",
      List.of("Topic :: Security :: Cryptography"),
      List.of("cryptograph", "encryption", "encrypt and decrypt"),
      Set.of("cryptography", "pycryptodome", "pycryptodomex", "pycrypto", "pynacl", "bcrypt",
          "pyopenssl", "rsa", "ecdsa", "passlib", "argon2-cffi", "pyjwt", "python-jose",
          "jwcrypto", "tink", "m2crypto", "oscrypto", "pgpy", "python-gnupg")),

  /** Reaches into the operating system: processes, devices, kernels, administration. */
  SYSTEM("system", "system-level access",
      List.of("Topic :: System :: Operating System Kernels", "Topic :: System :: Hardware",
          "Topic :: System :: Systems Administration", "Topic :: System :: Operating System",
          "Topic :: System :: Boot", "Topic :: System :: Filesystems"),
      List.of("system administration", "operating system kernel", "process management",
          "device driver", "keylogging"),
      Set.of("psutil", "pywin32", "pyobjc", "sh", "pexpect", "ptyprocess", "docker",
          "ansible", "ansible-core", "salt", "pyudev", "pyinstaller", "supervisor", "plumbum",
          "pywinauto", "keyboard", "pynput", "wmi"));

  private final String key;
  private final String label;
  private final List<String> classifiers;
  private final List<String> summaryWords;
  private final Set<String> knownProjects;

  Capability(String key, String label, List<String> classifiers, List<String> summaryWords,
      Set<String> knownProjects) {
    this.key = key;
    this.label = label;
    this.classifiers = classifiers;
    this.summaryWords = summaryWords;
    this.knownProjects = knownProjects;
  }

  /** The policy key that sets this kind's level. */
  String key() {
    return key;
  }

  /** How findings name the kind. */
  String label() {
    return label;
  }

  /** Why a package counts as this kind, if it does: which classifier, word or family. */
  java.util.Optional<String> evidence(String normalizedName, String summary,
      List<String> packageClassifiers) {
    if (knownProjects.contains(normalizedName)) {
      return java.util.Optional.of("a well-known " + label + " project");
    }
    for (String classifier : packageClassifiers) {
      for (String prefix : classifiers) {
        if (classifier.startsWith(prefix)) {
          return java.util.Optional.of("classifier '" + classifier + "'");
        }
      }
    }
    String lower = summary.toLowerCase(Locale.ROOT);
    for (String word : summaryWords) {
      if (lower.contains(word)) {
        return java.util.Optional.of("summary mentions '" + word + "'");
      }
    }
    return java.util.Optional.empty();
  }
}
