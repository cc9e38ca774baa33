/**
 * JMH benchmarks. Build with {@code mvn -B -q package -pl benchmarks -am -DskipTests}, run with
 * {@code java -jar benchmarks/target/benchmarks.jar [pattern] [JMH options]}; each class's Javadoc
 * gives its command, and docs/performance.md the figures.
 */
package io.pkgguard.benchmarks;
