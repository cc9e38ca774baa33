package io.pkgguard.core.policy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Short, stable identifiers of policy content, recorded in verdicts. */
final class PolicyFingerprint {

  private PolicyFingerprint() {}

  /** {@code sha256:} and the first 16 hex digits of the SHA-256 of {@code canonicalContent}. */
  static String of(String canonicalContent) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(canonicalContent.getBytes(StandardCharsets.UTF_8));
      return "sha256:" + HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
