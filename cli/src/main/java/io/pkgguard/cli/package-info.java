/**
 * The {@code pkgguard} command line. {@link io.pkgguard.cli.Main} sets up and exits with the
 * status of {@link io.pkgguard.cli.PkgguardCommand}'s subcommands; {@link
 * io.pkgguard.cli.TerminalText} keeps untrusted text from controlling the terminal. The only
 * package that writes to the terminal.
 */
package io.pkgguard.cli;
