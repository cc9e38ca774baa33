package io.pkgguard.api;

import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The optional parts of a project a user asks to have judged besides its required dependencies:
 * extras ({@code pyproject.toml}'s {@code [project.optional-dependencies]}, Poetry's {@code
 * [tool.poetry.extras]}) and dependency groups (PEP 735's {@code [dependency-groups]}, Poetry's
 * {@code [tool.poetry.group.NAME]}), by name as written or normalised.
 *
 * @param extras the extras asked for; unmodifiable
 * @param groups the dependency groups asked for; unmodifiable
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record EnvironmentSelection(Set<String> extras, Set<String> groups) {

  private static final EnvironmentSelection NONE = new EnvironmentSelection(Set.of(), Set.of());

  /**
   * Creates the value, checking its components.
   *
   * @param extras the extras asked for
   * @param groups the dependency groups asked for
   */
  public EnvironmentSelection {
    extras = Set.copyOf(Objects.requireNonNull(extras, "extras"));
    groups = Set.copyOf(Objects.requireNonNull(groups, "groups"));
  }

  /** {@return no extras and no groups: the required dependencies only} */
  public static EnvironmentSelection none() {
    return NONE;
  }

  /** {@return whether nothing beyond the required dependencies is asked for} */
  public boolean isEmpty() {
    return extras.isEmpty() && groups.isEmpty();
  }
}
