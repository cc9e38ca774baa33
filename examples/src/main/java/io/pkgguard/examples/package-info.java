/**
 * How a host embeds pkgguard: {@link io.pkgguard.examples.EmbeddingExample} builds a guard,
 * evaluates packages and acts on the verdicts.
 */
package io.pkgguard.examples;
