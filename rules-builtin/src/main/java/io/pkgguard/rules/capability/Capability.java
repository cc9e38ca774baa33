package io.pkgguard.rules.capability;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The guidelines' high-risk kinds of package and how each is recognised: the best-known projects
 * of the kind among the 15,000 most downloaded (by normalised name), trove classifiers (the PyPI
 * classifier list) and patterns of the summary.
 *
 * <p>Classifiers match exactly, or with their sub-classifiers when written {@code "X :: *"}: the
 * broad topics are where ordinary projects go too ({@code Topic :: Internet :: WWW/HTTP ::
 * Indexing/Search} is a stemmer's, {@code Topic :: System :: Systems Administration} a packaging
 * tool's). Summary patterns are whole words and phrases, so "neural network" is not network
 * access and a Jupyter kernel is not an operating-system one. All of it was checked against the
 * real projects of the catalogue (docs/rules/catalogue.md).
 */
enum Capability {

  /** Opens network connections or serves them. */
  NETWORK(
      "network",
      "network access",
      List.of(
          "Topic :: Internet :: WWW/HTTP",
          "Topic :: Internet :: WWW/HTTP :: HTTP Servers",
          "Topic :: Internet :: WWW/HTTP :: Browsers",
          "Topic :: System :: Networking",
          "Topic :: System :: Networking :: Firewalls :: *",
          "Topic :: Internet :: File Transfer Protocol (FTP)",
          "Topic :: Internet :: Proxy Servers",
          "Topic :: Internet :: Name Service (DNS)",
          "Topic :: Communications :: Email :: Post-Office :: *",
          "Topic :: Communications :: Email :: Mail Transport Agents"),
      List.of(
          "http (client|library|server)s?",
          "websockets?",
          "ssh",
          "sftp",
          "ftp",
          "mqtt",
          "networking (framework|library|engine)",
          "network protocols?",
          "(client|wrapper) for the [\\w .'-]{1,40} api",
          "api (client|wrapper)"),
      Set.of(
          "requests",
          "urllib3",
          "httpx",
          "httpcore",
          "aiohttp",
          "paramiko",
          "websockets",
          "websocket-client",
          "pycurl",
          "httplib2",
          "grpcio",
          "twisted",
          "scapy",
          "fabric",
          "asyncssh",
          "requests-toolbelt",
          "tornado",
          "pysftp",
          "dnspython",
          "netmiko")),

  /** Implements or wraps cryptography. */
  CRYPTO(
      "crypto",
      "cryptography",
      List.of("Topic :: Security :: Cryptography"),
      List.of(
          "cryptograph(y|ic)",
          "encrypt(ion|ing)?",
          "decrypt(ion|ing)?",
          "password hashing",
          "openssl",
          "json web (tokens?|signatures?|encryption)"),
      Set.of(
          "cryptography",
          "pycryptodome",
          "pycryptodomex",
          "pycrypto",
          "pynacl",
          "bcrypt",
          "pyopenssl",
          "rsa",
          "ecdsa",
          "passlib",
          "argon2-cffi",
          "pyjwt",
          "python-jose",
          "jwcrypto",
          "tink",
          "m2crypto",
          "oscrypto",
          "pgpy",
          "python-gnupg")),

  /** Reaches into the operating system: processes, devices, kernels, administration. */
  SYSTEM(
      "system",
      "system-level access",
      List.of(
          "Topic :: System :: Operating System Kernels :: *",
          "Topic :: System :: Hardware :: *",
          "Topic :: System :: Operating System",
          "Topic :: System :: Boot :: *"),
      List.of(
          "system administration",
          "operating system kernel",
          "process management",
          "device drivers?",
          "keylogg(ing|er)"),
      Set.of(
          "psutil",
          "pywin32",
          "pyobjc",
          "sh",
          "pexpect",
          "ptyprocess",
          "docker",
          "ansible",
          "ansible-core",
          "salt",
          "pyudev",
          "pyinstaller",
          "supervisor",
          "plumbum",
          "pywinauto",
          "keyboard",
          "pynput",
          "wmi"));

  private static final String SUBTREE = " :: *";

  private final String key;
  private final String label;
  private final List<String> classifiers;
  private final Pattern summary;
  private final Set<String> knownProjects;

  Capability(
      String key,
      String label,
      List<String> classifiers,
      List<String> summaryPatterns,
      Set<String> knownProjects) {
    this.key = key;
    this.label = label;
    this.classifiers = classifiers;
    this.summary = Pattern.compile("\\b(" + String.join("|", summaryPatterns) + ")\\b");
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

  /** Whether the project is one of the well-known projects of this kind. */
  boolean isKnown(String normalizedName) {
    return knownProjects.contains(normalizedName);
  }

  /** Whether the project is one of the well-known projects of any kind. */
  static boolean isKnownOfAnyKind(String normalizedName) {
    for (Capability kind : values()) {
      if (kind.isKnown(normalizedName)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Why a project that is not a well-known one of any kind counts as this kind, if it does:
   * which classifier or which words of its summary.
   */
  Optional<String> inferred(String summaryText, List<String> packageClassifiers) {
    for (String classifier : packageClassifiers) {
      for (String listed : classifiers) {
        if (matches(listed, classifier.strip())) {
          return Optional.of("classifier '" + classifier.strip() + "'");
        }
      }
    }
    var matcher = summary.matcher(summaryText.toLowerCase(Locale.ROOT));
    if (matcher.find()) {
      return Optional.of("summary mentions '" + matcher.group() + "'");
    }
    return Optional.empty();
  }

  private static boolean matches(String listed, String classifier) {
    if (listed.endsWith(SUBTREE)) {
      String root = listed.substring(0, listed.length() - SUBTREE.length());
      return classifier.equals(root) || classifier.startsWith(root + " :: ");
    }
    return classifier.equals(listed);
  }
}
