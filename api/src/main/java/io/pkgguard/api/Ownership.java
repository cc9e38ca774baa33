package io.pkgguard.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Who controls a project on its index: the owning organisation, if any, and the accounts with a
 * role on it.
 *
 * @param organization the organisation that owns the project, if any
 * @param roles the accounts and their roles (such as {@code Owner}, {@code Maintainer}), as the
 *     index lists them; unmodifiable, possibly empty
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Ownership(Optional<String> organization, List<Role> roles) {

  /**
   * Creates the value, checking its components.
   *
   * @param organization the organisation that owns the project, if any
   * @param roles the accounts and their roles (such as {@code Owner}, {@code Maintainer}), as the
   *     index lists them; unmodifiable, possibly empty
   */
  public Ownership {
    Objects.requireNonNull(organization, "organization");
    roles = List.copyOf(Objects.requireNonNull(roles, "roles"));
  }

  /**
   * One account's role on a project.
   *
   * @param user the account name
   * @param role the role, as the index names it
   * @param history the account's track record, if it was looked up and the index told
   */
  public record Role(String user, String role, Optional<AccountHistory> history) {
    /**
     * Creates the value, checking its components.
     *
     * @param user the account name
     * @param role the role, as the index names it
     * @param history the account's track record, if it was looked up and the index told
     */
    public Role {
      Objects.requireNonNull(user, "user");
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(history, "history");
    }

    /**
     * A role whose account's history is unknown.
     *
     * @param role the role on the project
     * @param user the account name
     */
    public Role(String user, String role) {
      this(user, role, Optional.empty());
    }

    /**
     * {@return this role with the account's history}
     *
     * @param accountHistory what is known of the account
     */
    public Role withHistory(AccountHistory accountHistory) {
      return new Role(user, role, Optional.of(accountHistory));
    }
  }
}
