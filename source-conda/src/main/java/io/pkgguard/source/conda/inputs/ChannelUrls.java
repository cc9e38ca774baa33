package io.pkgguard.source.conda.inputs;

/**
 * Where a channel named in a file is, with conda's default configuration: a name is a channel on
 * {@code https://conda.anaconda.org}, {@code defaults} is Anaconda's {@code pkgs/main}, and URLs
 * stand for themselves.
 */
final class ChannelUrls {

  private ChannelUrls() {}

  static String of(String written) {
    String channel = written.strip();
    while (channel.endsWith("/")) {
      channel = channel.substring(0, channel.length() - 1);
    }
    if (channel.contains("://")) {
      return channel;
    }
    if (channel.equals("defaults")) {
      return "https://repo.anaconda.com/pkgs/main";
    }
    if (channel.startsWith("/") || channel.startsWith("./") || channel.startsWith("../")) {
      return channel; // a local directory, as written
    }
    return "https://conda.anaconda.org/" + channel;
  }
}
