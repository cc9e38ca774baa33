package io.pkgguard.rules.reputation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The addresses in a core-metadata e-mail field ({@code Author-email}), which may hold several,
 * separated by commas, each bare or with a display name ({@code "Ada" <ada@example.org>}).
 * Fields of over 10,000 characters are not read; text that is not an address is skipped.
 */
final class EmailAddresses {

  private static final int MAX_FIELD = 10_000;
  private static final Pattern ADDRESS =
      Pattern.compile(
          "([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64})@([A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?)");

  private EmailAddresses() {}

  /** Each address found, as {@code local@domain} with the domain in lower case. */
  static List<Address> in(String field) {
    if (field.length() > MAX_FIELD) {
      return List.of();
    }
    List<Address> addresses = new ArrayList<>();
    Matcher m = ADDRESS.matcher(field);
    while (m.find()) {
      addresses.add(new Address(m.group(1), m.group(2).toLowerCase(Locale.ROOT)));
    }
    return addresses;
  }

  /**
   * One address.
   *
   * @param local the part before {@code @}
   * @param domain the domain, lower case
   */
  record Address(String local, String domain) {

    @Override
    public String toString() {
      return local + "@" + domain;
    }
  }
}
