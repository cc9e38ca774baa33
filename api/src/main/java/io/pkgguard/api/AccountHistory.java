package io.pkgguard.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What an index says about an account's track record: when it was created and which projects
 * it has a role on. Rules use it to tell an established maintainer from a new account with
 * nothing else to its name.
 *
 * @param joined when the account was created, if the index says
 * @param projects the normalised names of every project the account has a role on, including
 *     the one being judged; unmodifiable
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record AccountHistory(Optional<Instant> joined, List<String> projects) {

  /**
   * Creates the value, checking its components.
   *
   * @param joined when the account was created, if the index says
   * @param projects the normalised names of every project the account has a role on, including the
   *     one being judged; unmodifiable
   */
  public AccountHistory {
    Objects.requireNonNull(joined, "joined");
    projects = List.copyOf(Objects.requireNonNull(projects, "projects"));
  }

  /**
   * How many projects other than the named one the account has a role on.
   *
   * @param normalizedName the project being judged, normalised as the ecosystem does
   * @return how many projects other than the named one the account has a role on
   */
  public int otherProjects(String normalizedName) {
    return (int) projects.stream().filter(p -> !p.equals(normalizedName)).count();
  }
}
