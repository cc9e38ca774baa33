package io.pkgguard.source.pypi.inputs;

import io.pkgguard.source.pypi.requirements.Requirement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One requirement of a requirements file.
 *
 * @param kind what kind of requirement it is
 * @param text the requirement as written (continuations joined, comment and options removed)
 * @param requirement the parsed PEP 508 requirement, for {@link Kind#NAMED} and {@link
 *     Kind#DIRECT_URL}
 * @param hashes the {@code --hash} values, as {@code algorithm:hex} in lower case; unmodifiable
 * @param constraint whether it comes from a constraints file ({@code -c}): it limits versions but
 *     does not ask for the package
 * @param location where it was written
 */
public record RequirementLine(
    Kind kind,
    String text,
    Optional<Requirement> requirement,
    List<String> hashes,
    boolean constraint,
    SourceLocation location) {

  /** The kinds of requirement pip accepts. */
  public enum Kind {
    /** A project name with optional extras, specifiers and marker (PEP 508). */
    NAMED,
    /** A PEP 508 direct reference, {@code name @ URL}. */
    DIRECT_URL,
    /** A bare URL of an archive or a VCS repository ({@code git+https://…}). */
    URL,
    /** A local file or directory. */
    LOCAL_PATH,
    /** {@code -e}: an editable install of a local directory or VCS URL. */
    EDITABLE
  }

  public RequirementLine {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(requirement, "requirement");
    hashes = List.copyOf(Objects.requireNonNull(hashes, "hashes"));
    Objects.requireNonNull(location, "location");
  }
}
