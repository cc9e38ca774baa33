package io.pkgguard.api;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A requirements or lock file as its ecosystem reads it, in terms that do not depend on the
 * format: the packages to judge, the index options that say where an installer would take them
 * from, and what the file asks for that pkgguard does not judge or that an installer would do
 * otherwise. The ecosystem only describes; the {@code environment} rule weighs.
 *
 * @param file the file's name, as reports show it
 * @param locked whether it is a lock file: every package at an exact version, nothing to resolve
 * @param requirements the packages to judge, in file order; those whose marker is false for the
 *     target are left out (and observed)
 * @param indexes the index options it sets, in file order
 * @param observations what else it asks for or says, in file order
 * @param embedded parts of the file that another ecosystem reads (environment.yml's {@code pip:}
 *     block is a pip requirements file); the core reads them with that ecosystem and judges one
 *     environment
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record EnvironmentDescription(
    String file,
    boolean locked,
    List<Requirement> requirements,
    List<IndexChoice> indexes,
    List<Observation> observations,
    List<Embedded> embedded) {

  /**
   * Creates the value, checking its components.
   *
   * @param file the file's name
   * @param locked whether it is a lock file
   * @param requirements the packages to judge
   * @param indexes the index options
   * @param observations what else it says
   * @param embedded parts another ecosystem reads
   */
  public EnvironmentDescription {
    Objects.requireNonNull(file, "file");
    requirements = List.copyOf(Objects.requireNonNull(requirements, "requirements"));
    indexes = List.copyOf(Objects.requireNonNull(indexes, "indexes"));
    observations = List.copyOf(Objects.requireNonNull(observations, "observations"));
    embedded = List.copyOf(Objects.requireNonNull(embedded, "embedded"));
  }

  /**
   * A description with nothing embedded.
   *
   * @param file the file's name
   * @param locked whether it is a lock file
   * @param requirements the packages to judge
   * @param indexes the index options
   * @param observations what else it says
   */
  public EnvironmentDescription(
      String file,
      boolean locked,
      List<Requirement> requirements,
      List<IndexChoice> indexes,
      List<Observation> observations) {
    this(file, locked, requirements, indexes, observations, List.of());
  }

  /**
   * Part of the file another ecosystem reads as one of its own files: its text keeps the file's
   * line numbers (line N of {@code text} is line N of the file; other lines are blank), so that
   * what that ecosystem reports points into the file.
   *
   * @param ecosystem the ecosystem that reads it, such as {@link PackageId#PYPI}
   * @param text the part, line for line
   * @param location where it starts
   */
  public record Embedded(String ecosystem, String text, Location location) {

    /**
     * Creates the value, checking its components.
     *
     * @param ecosystem the ecosystem that reads it
     * @param text the part, line for line
     * @param location where it starts
     */
    public Embedded {
      Objects.requireNonNull(ecosystem, "ecosystem");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(location, "location");
    }
  }

  /**
   * Where in the project's files something was written.
   *
   * @param file the file, relative to the project directory, {@code /}-separated (or an
   *     installer's configuration file, or the environment variable that set an option)
   * @param line the 1-based line; 0 for an environment variable or a whole file
   * @param column the 1-based column; 0 when the whole line is meant
   */
  public record Location(String file, int line, int column) {
    /**
     * Creates the value, checking its components.
     *
     * @param file the file
     * @param line the line
     * @param column the column
     */
    public Location {
      Objects.requireNonNull(file, "file");
    }

    /** {@return {@code file:line:column}, or {@code file:line}} */
    @Override
    public String toString() {
      if (line <= 0) {
        return file; // an environment variable, or a file as a whole
      }
      return file + ":" + line + (column > 0 ? ":" + column : "");
    }
  }

  /**
   * One package to judge.
   *
   * @param request the request, with the version or constraint the file (and its constraint
   *     files) give
   * @param hashes the hashes the file pins, as {@code algorithm:hex}; empty if none
   * @param location where it is asked for
   */
  public record Requirement(PackageRequest request, List<String> hashes, Location location) {
    /**
     * Creates the value, checking its components.
     *
     * @param request the request
     * @param hashes the pinned hashes
     * @param location where it is asked for
     */
    public Requirement {
      Objects.requireNonNull(request, "request");
      hashes = List.copyOf(Objects.requireNonNull(hashes, "hashes"));
      Objects.requireNonNull(location, "location");
    }
  }

  /**
   * An index option: where an installer would look for packages.
   *
   * @param kind which option
   * @param value its value, variables expanded: what decides
   * @param written its value as written: what reports show (a variable may hold a secret)
   * @param location where it is set
   */
  public record IndexChoice(
      IndexChoice.Kind kind, String value, String written, Location location) {
    /**
     * Creates the value, checking its components.
     *
     * @param kind which option
     * @param value the expanded value
     * @param written the value as written
     * @param location where it is set
     */
    public IndexChoice {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(value, "value");
      Objects.requireNonNull(written, "written");
      Objects.requireNonNull(location, "location");
    }

    /** The options, as pip names them. */
    public enum Kind {
      /** The index packages come from ({@code --index-url}). */
      INDEX_URL,
      /** A further index; the highest version of any wins ({@code --extra-index-url}). */
      EXTRA_INDEX_URL,
      /** A host reached without TLS certificate checks ({@code --trusted-host}). */
      TRUSTED_HOST,
      /** A page or directory of files ({@code --find-links}). */
      FIND_LINKS,
      /** No index at all ({@code --no-index}). */
      NO_INDEX
    }
  }

  /**
   * Something the file asks for or says besides the packages to judge.
   *
   * @param kind what it is
   * @param subject what it concerns, as a report names it (a project, a requirement as written)
   * @param detail what more the report needs (the other location, the marker's error); may be
   *     empty
   * @param location where it is written
   */
  public record Observation(
      Observation.Kind kind, String subject, String detail, Location location) {
    /**
     * Creates the value, checking its components.
     *
     * @param kind what it is
     * @param subject what it concerns
     * @param detail what more a report needs
     * @param location where it is written
     */
    public Observation {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(detail, "detail");
      Objects.requireNonNull(location, "location");
    }

    /** What the file asks for or says. */
    public enum Kind {
      /** A package pkgguard does not fetch: a URL, a path, an editable or a VCS requirement. */
      UNVETTED,
      /** A project required twice (detail: the other location). */
      DUPLICATE,
      /** A requirement left open to more than one version. */
      UNPINNED,
      /** A pin that a constraint contradicts (detail: the constraint and where it is). */
      CONTRADICTED_CONSTRAINT,
      /** A package whose marker is false for the target (detail: the target, in words). */
      NOT_FOR_TARGET,
      /** A marker that cannot be read or evaluated (detail: why); the package is judged. */
      UNDECIDED_MARKER
    }
  }
}
