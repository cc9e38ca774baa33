/**
 * Tests for pkgguard plugins. {@link io.pkgguard.testkit.RuleTester} runs a rule through a real
 * guard on a package written inline and checks exactly what it found; {@link
 * io.pkgguard.testkit.SourceTester} holds a source plugin to the source contract on recorded
 * responses; {@link io.pkgguard.testkit.Wheel} and {@link io.pkgguard.testkit.Sdist} build small
 * distribution files in memory.
 */
package io.pkgguard.testkit;
