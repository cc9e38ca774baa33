package io.pkgguard.source.pypi.json;

import io.pkgguard.api.AccountHistory;
import io.pkgguard.api.HttpTransport;
import io.pkgguard.api.Ownership;
import io.pkgguard.api.PackageMetadata;
import io.pkgguard.api.TransportException;
import io.pkgguard.api.TransportRequest;
import io.pkgguard.api.TransportResponse;
import io.pkgguard.source.pypi.names.PythonNames;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maintainers' track records from PyPI's public account pages, {@code {base}/{username}/}
 * (base such as {@code https://pypi.org/user}). PyPI has no JSON for this; the page is the one
 * place it publishes when an account joined ("Joined on Mar 14, 2018", Babel's medium English
 * date) and the projects it has a role on (one {@code package-snippet__title} link per project).
 * The page layout is Warehouse's {@code templates/accounts/profile.html}.
 *
 * <p>Every failure — an unknown account, another page than asked for, a layout this reader
 * does not recognise, a name that is not a PyPI user name — leaves that account's history
 * unknown; unknown is never "no projects". At most {@link #MAX_ACCOUNTS} accounts are looked up
 * per project.
 */
final class AccountProfileClient {

  static final int MAX_ACCOUNTS = 10;

  private static final Logger LOG = LoggerFactory.getLogger(AccountProfileClient.class);
  private static final long MAX_BYTES = 4L << 20;
  private static final Duration TIMEOUT = Duration.ofSeconds(15);

  /** PyPI user names: ASCII letters and digits, with . _ - inside. */
  private static final Pattern USER_NAME =
      Pattern.compile("[A-Za-z0-9](?:[A-Za-z0-9._-]{0,48}[A-Za-z0-9])?");

  /** {@code <title>user · PyPI</title>}. */
  private static final Pattern TITLE =
      Pattern.compile("<title>\\s*([^<]{0,200}?)\\s*(?:·|&middot;|&#183;|<)");

  /** Babel's medium date, or a {@code <time datetime>} should the page switch to one. */
  private static final Pattern JOINED =
      Pattern.compile(
          "Joined on\\s+(?:<time[^>]{0,200}"
              + "datetime=\"([^\"]{1,40})\"|([A-Z][a-z]{2,8}\\.? \\d{1,2}, \\d{4}))");

  private static final Pattern PROJECT =
      Pattern.compile(
          "class=\"package-snippet__title\""
              + "[^>]{0,200}>\\s*<a [^>]{0,200}?href=\"[^\"]{0,300}?/project/([^/\"]{1,200})/\"");
  private static final Pattern HEADING =
      Pattern.compile("<h2>\\s*(?:(\\d{1,7})\\s+projects?|No projects)\\s*</h2>");
  private static final DateTimeFormatter MEDIUM_DATE =
      DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH);

  private final URI base;
  private final HttpTransport transport;

  AccountProfileClient(URI base, HttpTransport transport) {
    this.base = BaseUrl.of(base);
    this.transport = transport;
  }

  /** The metadata with each role's account history, where the account page could be read. */
  PackageMetadata enrich(PackageMetadata metadata) {
    Optional<Ownership> ownership = metadata.ownership();
    if (ownership.isEmpty() || ownership.get().roles().isEmpty()) {
      return metadata;
    }
    List<Ownership.Role> roles = new ArrayList<>();
    int looked = 0;
    for (Ownership.Role role : ownership.get().roles()) {
      Optional<AccountHistory> history = Optional.empty();
      if (looked < MAX_ACCOUNTS) {
        looked++;
        history = history(role.user());
      }
      roles.add(history.map(role::withHistory).orElse(role));
    }
    return metadata.toBuilder()
        .ownership(Optional.of(new Ownership(ownership.get().organization(), roles)))
        .build();
  }

  /** One account's history, or empty if it cannot be had. */
  Optional<AccountHistory> history(String user) {
    if (!USER_NAME.matcher(user).matches()) {
      LOG.debug("not looking up '{}': not a PyPI user name", user);
      return Optional.empty();
    }
    URI url = URI.create(base + "/" + user + "/");
    try {
      TransportResponse response =
          transport.get(TransportRequest.get(url, "text/html", MAX_BYTES, TIMEOUT));
      if (response.status() != 200) {
        LOG.debug("account page of {}: HTTP {}", user, response.status());
        return Optional.empty();
      }
      String page;
      try (InputStream body = response.bodyStream()) {
        page = new String(body.readAllBytes(), StandardCharsets.UTF_8);
      }
      return parse(user, page);
    } catch (TransportException | IOException e) {
      LOG.debug("account page of {} unavailable: {}", user, e.getMessage());
      return Optional.empty();
    }
  }

  /** Reads an account page; empty unless it is recognisably the page of this account. */
  static Optional<AccountHistory> parse(String user, String page) {
    Matcher title = TITLE.matcher(page);
    if (!title.find() || !title.group(1).strip().equalsIgnoreCase(user)) {
      LOG.debug("the page for {} is not that account's profile", user);
      return Optional.empty();
    }
    Matcher heading = HEADING.matcher(page);
    if (!heading.find()) {
      LOG.debug("the page for {} has no project list this reader knows", user);
      return Optional.empty();
    }
    Set<String> projects = new LinkedHashSet<>();
    Matcher project = PROJECT.matcher(page);
    while (project.find()) {
      String name = project.group(1);
      if (PythonNames.scheme().isValid(name)) {
        projects.add(PythonNames.scheme().normalize(name));
      }
    }
    int announced = heading.group(1) == null ? 0 : Integer.parseInt(heading.group(1));
    if (announced != projects.size()) {
      LOG.debug(
          "the page for {} announces {} projects but lists {}", user, announced, projects.size());
      return Optional.empty();
    }
    return Optional.of(new AccountHistory(joined(page), List.copyOf(projects)));
  }

  private static Optional<Instant> joined(String page) {
    Matcher joined = JOINED.matcher(page);
    if (!joined.find()) {
      return Optional.empty();
    }
    try {
      if (joined.group(1) != null) {
        return Optional.of(OffsetDateTime.parse(joined.group(1)).toInstant());
      }
      return Optional.of(
          LocalDate.parse(joined.group(2).replace(".", ""), MEDIUM_DATE)
              .atStartOfDay()
              .toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
