package io.pkgguard.rules.source;

import io.pkgguard.api.DistributionFile;
import io.pkgguard.api.Finding;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.RuleDefinition;
import io.pkgguard.api.SecurityRule;
import io.pkgguard.api.SourceDescriptor;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The index and every download URL of the release must be trusted: {@code https:} on the source's
 * index host or one of its trusted file hosts; plain {@code http:} only on loopback (a local test
 * index); {@code file:} only inside a {@code file:} mirror used as the index. Anything else is
 * CRITICAL: an installer would fetch code from a place nobody vetted.
 */
@RuleDefinition(
    id = "source-trust",
    summary = "The index and every download URL are https on a trusted host of a trusted source",
    level = RiskLevel.CRITICAL,
    category = RiskCategory.SOURCE,
    explanation =
        "Metadata from a trusted index can still point downloads elsewhere. Files are"
            + " only trusted from the hosts the policy names for the source (for PyPI,"
            + " files.pythonhosted.org), over https.")
public final class SourceTrustRule implements SecurityRule {

  @Override
  public List<Finding> evaluate(RuleContext context) {
    SourceDescriptor source = context.source();
    PackageMetadata metadata = context.metadata();
    List<Finding> findings = new ArrayList<>();
    untrusted(source.indexUrl(), source, true)
        .ifPresent(
            why ->
                findings.add(
                    finding(
                            RiskLevel.CRITICAL,
                            "the index " + source.indexUrl() + " is not trusted: " + why)
                        .withEvidence("source", source.id(), "index", source.indexUrl().toString())
                        .withRemediation(
                            "use an https index; plain http is allowed only on loopback")));
    untrusted(metadata.documentUrl(), source, true)
        .ifPresent(
            why ->
                findings.add(
                    finding(
                            RiskLevel.CRITICAL,
                            "the metadata came from an untrusted location: " + why)
                        .withEvidence(
                            "source", source.id(), "url", metadata.documentUrl().toString())
                        .withRemediation("fetch metadata only from the source's index")));
    for (DistributionFile file : metadata.files()) {
      untrusted(file.url(), source, false)
          .ifPresent(
              why ->
                  findings.add(
                      finding(
                              RiskLevel.CRITICAL,
                              "the file "
                                  + file.filename()
                                  + " would be downloaded from an untrusted location: "
                                  + why)
                          .withEvidence(
                              "file",
                              file.filename(),
                              "url",
                              file.url().toString(),
                              "source",
                              source.id(),
                              "trusted-hosts",
                              String.join(", ", source.trustedHosts().stream().sorted().toList()))
                          .withRemediation(
                              "do not install it; if the host is your organisation's mirror,"
                                  + " add it to the source's trusted-hosts in the policy")));
    }
    return findings;
  }

  /** Why {@code url} is not trusted for this source, or empty. */
  private static Optional<String> untrusted(URI url, SourceDescriptor source, boolean isIndex) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    URI index = source.indexUrl();
    switch (scheme) {
      case "https":
        if (url.getUserInfo() != null) {
          return Optional.of("the URL carries credentials");
        }
        return isIndex || source.trustsHost(url.getHost())
            ? Optional.empty()
            : Optional.of(
                "host " + url.getHost() + " is not a trusted host of source " + source.id());
      case "http":
        if (!isLoopback(url.getHost())) {
          return Optional.of("plain http to a remote host can be read and altered in transit");
        }
        return isIndex || source.trustsHost(url.getHost())
            ? Optional.empty()
            : Optional.of(
                "host " + url.getHost() + " is not a trusted host of source " + source.id());
      case "file":
        if (!"file".equalsIgnoreCase(index.getScheme())) {
          return Optional.of("a local file is offered by a remote index");
        }
        String root = index.normalize().getPath();
        String path = url.normalize().getPath();
        return path != null
                && root != null
                && (path.equals(root) || path.startsWith(root.endsWith("/") ? root : root + "/"))
            ? Optional.empty()
            : Optional.of("the file lies outside the mirror " + index);
      default:
        return Optional.of("the scheme '" + scheme + "' is not allowed");
    }
  }

  /** Loopback host literals and localhost; names are never resolved (rules do no I/O). */
  static boolean isLoopback(String host) {
    if (host == null) {
      return false;
    }
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("localhost")
        || h.equals("[::1]")
        || h.equals("::1")
        || h.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
  }
}
