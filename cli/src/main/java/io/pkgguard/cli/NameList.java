package io.pkgguard.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a list of names, one per line, in bounded memory whatever the input: UTF-8 (malformed
 * bytes become U+FFFD, so the name is reported as invalid rather than the file refused), LF or
 * CRLF line ends, and lines longer than {@link #MAX_LINE} cut there (a name that long is invalid
 * anyway; the report says how long it was).
 */
final class NameList implements AutoCloseable {

  /** Longer lines are cut; the cut part is counted, not kept. */
  static final int MAX_LINE = 100_000;

  /**
   * A line longer than this ends the reading with an error: no list of names has one, and a
   * stream without line ends ({@code /dev/zero} on standard input) would otherwise be read forever.
   */
  static final long MAX_RUN = 16L << 20;

  private final Reader reader;
  private final char[] buffer = new char[8192];
  private int position;
  private int limit;
  private boolean ended;

  NameList(InputStream in) {
    this.reader =
        new InputStreamReader(
            in,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
  }

  /**
   * One line.
   *
   * @param text the line without its end, at most {@link #MAX_LINE} characters
   * @param length the line's real length
   */
  record Line(String text, long length) {}

  /** The next line, or empty at the end of the input. */
  Optional<Line> next() throws IOException {
    StringBuilder text = new StringBuilder();
    long length = 0;
    boolean any = false;
    while (true) {
      if (position == limit) {
        if (ended) {
          break;
        }
        limit = reader.read(buffer);
        position = 0;
        if (limit <= 0) {
          ended = true;
          limit = 0;
          break;
        }
      }
      any = true;
      char c = buffer[position++];
      if (c == '\n') {
        return Optional.of(line(text, length));
      }
      length++;
      if (length > MAX_RUN) {
        throw new IOException(
            "a line of more than "
                + (MAX_RUN >> 20)
                + " Mi characters: this"
                + " is not a list of names, one per line");
      }
      if (text.length() < MAX_LINE) {
        text.append(c);
      }
    }
    return any ? Optional.of(line(text, length)) : Optional.empty();
  }

  /** Up to {@code count} lines. */
  List<Line> next(int count) throws IOException {
    List<Line> lines = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Optional<Line> line = next();
      if (line.isEmpty()) {
        break;
      }
      lines.add(line.get());
    }
    return lines;
  }

  private static Line line(StringBuilder text, long length) {
    if (text.length() > 0 && text.charAt(text.length() - 1) == '\r') {
      text.setLength(text.length() - 1);
      length--;
    }
    return new Line(text.toString(), length);
  }

  @Override
  public void close() throws IOException {
    reader.close();
  }
}
