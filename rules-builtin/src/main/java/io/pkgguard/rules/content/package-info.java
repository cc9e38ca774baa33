/**
 * Rules about what a release's distribution files are. This first cut judges the file list the
 * index declares; inspecting the files' contents builds on it.
 */
package io.pkgguard.rules.content;
