package io.pkgguard.rules.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.rules.content.PythonSource.Literal;
import org.junit.jupiter.api.Test;

class PythonSourceTest {

  @Test
  void commentsAndStringsLeaveTheCodeAndStringsKeepTheirText() {
    PythonSource source =
        PythonSource.parse(
            """
        x = "exec(base64.b64decode(a))"  # exec(b64decode(b))
        y = rb'\\x41'
        z = f"{x}"
        """);

    assertThat(source.code()).isEqualTo("x = \"\"  \ny = rb''\nz = f\"{x}\"\n");
    assertThat(source.strings())
        .extracting(Literal::line, Literal::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "exec(base64.b64decode(a))"),
            org.assertj.core.groups.Tuple.tuple(2, "\\x41"),
            org.assertj.core.groups.Tuple.tuple(3, "{x}"));
  }

  @Test
  void anFStringsFieldsAreCodeAndItsTextIsNot() {
    PythonSource source =
        PythonSource.parse(
            "who = f\"{getpass.getuser()}@{socket.gethostname()} {{literal}}\"\n"
                + "key = f'{d[\"exec(x)\"]:>10} and {n!r}'\n"
                + "doc = f\"\"\"line {a +\nb}\n{c}\"\"\"\nafter()\n");

    assertThat(source.code())
        .isEqualTo(
            "who = f\"{getpass.getuser()}{socket.gethostname()}\"\n"
                + "key = f'{d[\"\"]:>10}{n!r}'\n"
                + "doc = f\"{a +\nb}{c}\"\n\nafter()\n");
    assertThat(source.strings())
        .extracting(Literal::text)
        .startsWith("{getpass.getuser()}@{socket.gethostname()} {{literal}}");
  }

  @Test
  void aTemplateStringsFieldsAreCodeToo() {
    // Python 3.14's t-strings evaluate their fields when the template is built, as f-strings do
    PythonSource source =
        PythonSource.parse("t1 = t\"{os.system(cmd)} done\"\nt2 = Rt'{run(x)}\\n'\nt = 'x'\n");

    assertThat(source.code()).isEqualTo("t1 = t\"{os.system(cmd)}\"\nt2 = Rt'{run(x)}'\nt = ''\n");
  }

  @Test
  void anUnbalancedOrHugeFStringIsEmptied() {
    assertThat(PythonSource.parse("x = f\"{a\"\n").code()).isEqualTo("x = f\"\"\n");
    // a quote left open inside a field ends with the f-string, not somewhere later in the file
    assertThat(PythonSource.parse("y = f\"{'a}\"\nz = 'b'\n").code())
        .isEqualTo("y = f\"\"\nz = ''\n");
    String huge = "x = f\"" + "{a}".repeat(30_000) + "\"\n";
    assertThat(PythonSource.parse(huge).code()).isEqualTo("x = f\"\"\n");
  }

  @Test
  void tripleQuotedStringsKeepTheLineNumbersOfWhatFollows() {
    PythonSource source =
        PythonSource.parse("'''doc\nstring with ' and \"\n'''\nexec(x)\ns = 'a\\'b'\n");

    assertThat(source.code()).isEqualTo("''\n\n\nexec(x)\ns = ''\n");
    assertThat(source.strings())
        .extracting(Literal::text)
        .containsExactly("doc\nstring with ' and \"\n", "a'b");
    assertThat(source.strings().get(1).line()).isEqualTo(5);
  }

  @Test
  void literalsThatStandAloneAsStatementsAreMarked() {
    PythonSource source =
        PythonSource.parse(
            """
        \"\"\"Module docstring.\"\"\"
        def f():
            'function docstring'  # with a comment
            x = 'data'
            call(
                'an argument alone on its line'
            )
            y = \\
                'continued'
            'a' 'b'
        """);

    assertThat(source.strings())
        .extracting(Literal::text, Literal::statement)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Module docstring.", true),
            org.assertj.core.groups.Tuple.tuple("function docstring", true),
            org.assertj.core.groups.Tuple.tuple("data", false),
            org.assertj.core.groups.Tuple.tuple("an argument alone on its line", false),
            org.assertj.core.groups.Tuple.tuple("continued", false),
            org.assertj.core.groups.Tuple.tuple("a", false),
            org.assertj.core.groups.Tuple.tuple("b", false),
            org.assertj.core.groups.Tuple.tuple("ab", false));
  }

  @Test
  void literalsTheInterpreterJoinsAreAlsoDataAsOne() {
    PythonSource source =
        PythonSource.parse(
            """
        key = "Software\\\\Microsoft\\\\Windows\\\\CurrentVersion\\\\" + "Run"
        url = ("https://"
               "host.example" \\
               "/x")
        pair = "a", "b"
        mixed = "c" + name + "d"
        commented = ("e"  # a comment between
                     "f")
        """);

    assertThat(source.strings())
        .extracting(Literal::text)
        .contains("Software\\Microsoft\\Windows\\CurrentVersion\\Run", "https://host.example/x")
        .doesNotContain("ab", "cd", "ef");
  }

  @Test
  void thePartsOfOnePathAreAlsoDataAsOnePath() {
    PythonSource source =
        PythonSource.parse(
            """
        wallets = os.path.join(os.environ["APPDATA"], "Electrum", "wallets")
        cache = Path.home() / ".azure" / "msal_token_cache.json"
        tokens = Path(root, "discordcanary", "Local Storage").joinpath("leveldb", "x.ldb")
        names = ["Electrum", "wallets"]
        words = " ".join(["a", "b"])
        call = print("c", "d")
        """);

    assertThat(source.strings())
        .extracting(Literal::text)
        .contains(
            "Electrum/wallets",
            ".azure/msal_token_cache.json",
            "discordcanary/Local Storage",
            "leveldb/x.ldb")
        .doesNotContain("APPDATA/Electrum", "Electrumwallets", "a/b", "ab", "c/d", "cd");
  }

  @Test
  void escapesAreDecodedInOrdinaryStringsOnly() {
    PythonSource source = PythonSource.parse("a = '\\x68\\x69\\n'\nb = r'\\x68'\n");

    assertThat(source.strings()).extracting(Literal::text).containsExactly("hi\n", "\\x68");
  }

  @Test
  void identifiersEndingInAPrefixLetterAreNotPrefixes() {
    PythonSource source = PythonSource.parse("bar'x'\nf(r'y')\n");

    assertThat(source.strings()).extracting(Literal::text).containsExactly("x", "y");
    assertThat(source.code()).isEqualTo("bar''\nf(r'')\n");
  }

  @Test
  void unterminatedLiteralsEndWithTheirLineOrTheFile() {
    PythonSource single = PythonSource.parse("a = 'open\nexec(x)\n");
    PythonSource triple = PythonSource.parse("a = '''open\nexec(x)\n");

    assertThat(single.code()).isEqualTo("a = ''\nexec(x)\n");
    assertThat(triple.code()).isEqualTo("a = ''\n\n");
    assertThat(triple.strings()).extracting(Literal::text).containsExactly("open\nexec(x)\n");
  }

  @Test
  void hostileInputIsLinearAndSafe() {
    String quotes = "'".repeat(200_001) + "\\".repeat(10) + "\"\"\"" + "\n".repeat(3);
    PythonSource source = PythonSource.parse(quotes);

    assertThat(source.strings()).isNotEmpty();
    assertThat(PythonSource.parse("").code()).isEmpty();
    assertThat(PythonSource.parse("x = '\\").strings())
        .extracting(Literal::text)
        .containsExactly("\\");
    String parts = "p = Path(" + "\"abcdefgh\", ".repeat(100_000) + "\"z\")\n";
    String slashes = "p = root" + " / \"abcdefgh\"".repeat(100_000) + "\n";
    String nested = "os.path.join(".repeat(100_000) + "\"a\", \"b\"" + ")".repeat(100_000);
    for (String hostile : java.util.List.of(parts, slashes, nested)) {
      assertThat(PythonSource.parse(hostile).strings())
          .extracting(Literal::text)
          .allSatisfy(text -> assertThat(text.length()).isLessThanOrEqualTo(64 * 1024));
    }
  }
}
