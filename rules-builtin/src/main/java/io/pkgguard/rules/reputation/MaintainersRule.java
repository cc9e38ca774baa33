package io.pkgguard.rules.reputation;

import io.pkgguard.api.AccountHistory;
import io.pkgguard.api.Authorship;
import io.pkgguard.api.Finding;
import io.pkgguard.api.Ownership;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.ParameterDefinition;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.RuleContext;
import io.pkgguard.api.RuleDefinition;
import io.pkgguard.api.SecurityRule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who stands behind the project. A maintainer account that joined less than {@code
 * new-account-days} ago and has no other project is MEDIUM ("new maintainer with no track
 * record"; needs the source's account pages). An author or maintainer e-mail at a disposable or
 * placeholder domain (a shipped list, {@code disposable-email-domains.txt}, with its source; more
 * in {@code disposable-domains}) is MEDIUM: nobody can be reached there. A release none of whose
 * declared authors and maintainers (names and addresses) appears in the previous release is
 * HIGH ({@code changed-people-level}; needs the source's {@code previous-release}): a project
 * changing hands is how several takeovers began.
 */
@RuleDefinition(
    id = "maintainers",
    summary = "Maintainers have a track record and reachable e-mail addresses",
    level = RiskLevel.MEDIUM,
    category = RiskCategory.MAINTENANCE,
    explanation =
        "Malicious projects are typically published from fresh accounts with nothing"
            + " else to their name, and give throw-away addresses or none; established maintainers"
            + " have other projects and can be reached.",
    parameters = {
      @ParameterDefinition(
          name = "new-account-days",
          type = ParameterDefinition.Type.NUMBER,
          numberRole = ParameterDefinition.NumberRole.LOWER_WEAKENS,
          summary = "accounts younger than this with no other project are MEDIUM",
          defaultValue = "90"),
      @ParameterDefinition(
          name = "disposable-domains",
          type = ParameterDefinition.Type.TEXTS,
          summary = "more e-mail domains nobody can be reached at",
          defaultValue = "[]"),
      @ParameterDefinition(
          name = "changed-people-level",
          type = ParameterDefinition.Type.LEVEL,
          summary = "level when no declared author or maintainer of the previous release remains",
          defaultValue = "\"high\"")
    })
public final class MaintainersRule implements SecurityRule {

  private static final Set<String> SHIPPED_DOMAINS = load();

  @Override
  public List<Finding> evaluate(RuleContext context) {
    PackageMetadata m = context.metadata();
    List<Finding> findings = new ArrayList<>();
    long days = context.parameters().number("new-account-days", 90);
    Instant now = context.clock().instant();
    String project = context.names().normalize(m.id().name());
    m.ownership()
        .map(Ownership::roles)
        .orElse(List.of())
        .forEach(
            role ->
                role.history()
                    .filter(h -> isNew(h, now, days) && h.otherProjects(project) == 0)
                    .ifPresent(
                        h ->
                            findings.add(
                                finding(
                                        RiskLevel.MEDIUM,
                                        "new maintainer with no track"
                                            + " record: "
                                            + role.user()
                                            + " joined "
                                            + h.joined().orElseThrow().toString().substring(0, 10)
                                            + " and has no other project")
                                    .withEvidence(
                                        "user",
                                        role.user(),
                                        "role",
                                        role.role(),
                                        "joined",
                                        h.joined().orElseThrow().toString(),
                                        "other-projects",
                                        "0")
                                    .withRemediation(
                                        "a fresh account with a single project is how malicious"
                                            + " packages are published; look for the project's history elsewhere"))));
    changedHands(m, context.parameters().level("changed-people-level", RiskLevel.HIGH))
        .ifPresent(findings::add);
    Set<String> extra =
        context.parameters().texts("disposable-domains", List.of()).stream()
            .map(d -> d.strip().toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet());
    List<String> fields = new ArrayList<>();
    m.authorEmail().ifPresent(fields::add);
    m.maintainerEmail().ifPresent(fields::add);
    for (String field : fields) {
      for (EmailAddresses.Address address : EmailAddresses.in(field)) {
        disposable(address.domain(), extra)
            .ifPresent(
                domain ->
                    findings.add(
                        finding(
                                RiskLevel.MEDIUM,
                                "the e-mail address "
                                    + address
                                    + " is at a disposable or placeholder domain ("
                                    + domain
                                    + ")")
                            .withEvidence("email", address.toString(), "domain", domain)
                            .withRemediation(
                                "nobody can be reached there; find out who publishes the"
                                    + " project before trusting it")));
      }
    }
    return findings;
  }

  /** Every declared author and maintainer differs from those of the previous release. */
  private Optional<Finding> changedHands(PackageMetadata m, RiskLevel level) {
    if (m.previousAuthorship().isEmpty()) {
      return Optional.empty();
    }
    Authorship before = m.previousAuthorship().get();
    Set<String> was = people(before);
    Set<String> now = people(m.authorship());
    if (was.isEmpty() || now.isEmpty() || was.stream().anyMatch(now::contains)) {
      return Optional.empty();
    }
    return Optional.of(
        finding(
                level,
                "every declared author and maintainer changed since"
                    + " release "
                    + before.version()
                    + ": was "
                    + String.join(", ", was)
                    + "; now "
                    + String.join(", ", now))
            .withEvidence(
                "previous-release",
                before.version(),
                "previous-people",
                String.join(", ", was),
                "people",
                String.join(", ", now))
            .withRemediation(
                "a project changing hands is how several takeovers began; confirm the"
                    + " new maintainers with the project before installing"));
  }

  /** The names and addresses a release declares, in lower case. */
  private static Set<String> people(Authorship a) {
    Set<String> people = new java.util.TreeSet<>();
    for (Optional<String> name : List.of(a.author(), a.maintainer())) {
      name.ifPresent(
          n ->
              java.util.Arrays.stream(n.split("[,;]"))
                  .map(String::strip)
                  .filter(part -> !part.isEmpty() && part.length() <= 100 && !part.contains("@"))
                  .map(part -> part.toLowerCase(Locale.ROOT))
                  .forEach(people::add));
    }
    for (Optional<String> emails : List.of(a.authorEmail(), a.maintainerEmail())) {
      emails.ifPresent(
          e ->
              EmailAddresses.in(e)
                  .forEach(address -> people.add(address.toString().toLowerCase(Locale.ROOT))));
    }
    return people;
  }

  private static boolean isNew(AccountHistory history, Instant now, long days) {
    return history.joined().map(j -> Duration.between(j, now).toDays() < days).orElse(false);
  }

  /** The listed domain the address domain is, or is a subdomain of. */
  private static Optional<String> disposable(String domain, Set<String> extra) {
    for (String candidate = domain; ; ) {
      if (SHIPPED_DOMAINS.contains(candidate) || extra.contains(candidate)) {
        return Optional.of(candidate);
      }
      int dot = candidate.indexOf('.');
      if (dot < 0) {
        return Optional.empty();
      }
      candidate = candidate.substring(dot + 1);
    }
  }

  private static Set<String> load() {
    try (InputStream in =
        MaintainersRule.class.getResourceAsStream(
            "/io/pkgguard/rules/reputation/disposable-email-domains.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the shipped disposable-domain list", e);
    }
  }
}
