package io.pkgguard.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.pkgguard.api.Decision;
import io.pkgguard.api.Finding;
import io.pkgguard.api.RiskCategory;
import io.pkgguard.api.RiskLevel;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The page as a person opens it: self-contained, every package with its findings, the tree
 * coloured by decision, and nothing a package wrote able to become markup. (How it looks is
 * checked in headless Chromium by tools/html-report-screenshot.)
 */
class HtmlReportTest {

  @Test
  void thePageAsksForNothingOutsideItself() {
    String html = HtmlReport.write(SampleReports.environment());

    assertThat(html).contains("Content-Security-Policy", "default-src 'none'");
    assertThat(Pattern.compile("(src|href)\\s*=", Pattern.CASE_INSENSITIVE).matcher(html).find())
        .isFalse();
    assertThat(html).doesNotContain("http://", "@import", "url(");
  }

  @Test
  void everyPackageIsShownWithItsFindingsAndThePathThatPulledItIn() {
    String html = HtmlReport.write(SampleReports.environment());

    assertThat(html)
        .contains("app/requirements.txt <span class=\"badge REJECT\">REJECT</span>")
        .contains("data-decision=\"REJECT\" data-rules=\"typosquat\" data-name=\"reqeusts\"")
        .contains("pulled in by requests 2.32.3 \u2192 urllib3 2.2.1")
        .contains("Fix: upgrade to 2.2.2 or later")
        .contains(
            "<li class=\"SPECIAL_APPROVAL\">requests 2.32.3 <span class=\"badge"
                + " SPECIAL_APPROVAL\">");
    assertThat(html).contains("<option>typosquat</option>", "<option>vulnerabilities</option>");
  }

  @Test
  void textFromPackagesCannotBecomeMarkupOrReorderTheLine() {
    Finding hostile =
        Finding.of(
            "metadata",
            RiskLevel.HIGH,
            RiskCategory.METADATA,
            "<script>alert(1)</script><img src=x onerror=alert(2)> \u202egnp.exe");
    Report report =
        new Report(
            List.of(
                Report.Subject.ofPackage(
                    SampleReports.pkg(
                        "evil", "1\"><b>", Decision.REJECT, List.of(hostile), List.of()))),
            List.of(),
            "0.1.0",
            SampleReports.NOW);

    String html = HtmlReport.write(report);

    assertThat(html).doesNotContain("<script>alert", "<img", "1\"><b>", "\u202e");
    assertThat(html).contains("&lt;script&gt;alert(1)", "1&quot;&gt;&lt;b&gt;", "\\u202Egnp");
  }
}
