package io.pkgguard.rules.names;

import java.util.Objects;

/**
 * A name found to imitate a popular one.
 *
 * @param target the imitated name
 * @param transformation how the look-alike was made
 * @param detail what exactly changed, such as "the letters 'ue' swapped"
 * @param close whether the look-alike is easily taken for the target (a swap inside a long name)
 *     rather than a weaker resemblance (an arbitrary letter in a short one, two edits)
 */
record LookAlike(PopularName target, Transformation transformation, String detail, boolean close) {

  LookAlike {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(transformation, "transformation");
    Objects.requireNonNull(detail, "detail");
  }
}
