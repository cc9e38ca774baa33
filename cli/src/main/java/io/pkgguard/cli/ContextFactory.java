package io.pkgguard.cli;

import picocli.CommandLine;

/** Creates the commands and their option groups, handing each the run's {@link CliContext}. */
final class ContextFactory implements CommandLine.IFactory {

  private final CliContext context;

  ContextFactory(CliContext context) {
    this.context = context;
  }

  @Override
  public <K> K create(Class<K> type) throws Exception {
    K made = CommandLine.defaultFactory().create(type);
    if (made instanceof GuardOptions options) {
      options.context = context;
    } else if (made instanceof StoreOptions options) {
      options.context = context;
    }
    return made;
  }
}
