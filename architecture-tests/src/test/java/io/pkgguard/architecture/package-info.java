/** Architecture tests: the design's module rules, enforced with ArchUnit. */
package io.pkgguard.architecture;
