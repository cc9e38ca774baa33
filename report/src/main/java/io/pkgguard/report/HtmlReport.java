package io.pkgguard.report;

import io.pkgguard.api.Artifact;
import io.pkgguard.api.Decision;
import io.pkgguard.api.Finding;
import io.pkgguard.api.RiskLevel;
import io.pkgguard.api.Verdict;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * Writes a report as one self-contained HTML page: no external requests (its Content Security
 * Policy forbids them; styles and the small filtering script are inline), every text from a
 * package or index escaped. It shows each subject's verdict, the dependency tree coloured by
 * decision, and every package with its findings, filterable by decision and rule. Thread-safe.
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class HtmlReport {

  private static final String STYLE =
      """
      :root{--allow:#1a7f37;--review:#9a6700;--special:#bc4c00;--reject:#cf222e;--ink:#1f2328;\
      --muted:#59636e;--line:#d1d9e0;--bg:#f6f8fa}
      *{box-sizing:border-box}
      body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);\
      margin:0;background:#fff}
      header{background:var(--bg);border-bottom:1px solid var(--line);padding:16px 24px}
      h1{font-size:20px;margin:0 0 4px}h2{font-size:17px;margin:24px 0 8px}
      .meta{color:var(--muted);font-size:13px}
      main{padding:8px 24px 40px;max-width:1200px}
      .counts{display:flex;gap:10px;flex-wrap:wrap;margin-top:10px}
      .count{border:1px solid var(--line);border-radius:6px;padding:6px 12px;background:#fff}
      .count b{font-size:18px;margin-right:6px}
      .badge{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;font-weight:600;\
      color:#fff;vertical-align:1px}
      .badge.ALLOW{background:var(--allow)}.badge.REVIEW{background:var(--review)}
      .badge.SPECIAL_APPROVAL{background:var(--special)}.badge.REJECT{background:var(--reject)}
      .filters{position:sticky;top:0;background:#fff;border-bottom:1px solid var(--line);\
      padding:8px 0;display:flex;gap:14px;flex-wrap:wrap;align-items:center;z-index:1}
      .filters label{white-space:nowrap}
      ul.tree,ul.tree ul{list-style:none;margin:0;padding-left:18px}
      ul.tree{padding-left:0}
      ul.tree li{border-left:2px solid var(--line);padding-left:8px;margin:2px 0}
      ul.tree li.ALLOW{border-color:var(--allow)}ul.tree li.REVIEW{border-color:var(--review)}
      ul.tree li.SPECIAL_APPROVAL{border-color:var(--special)}ul.tree li.REJECT{border-color:var(--reject)}
      .seen{color:var(--muted);font-style:italic}
      details.pkg{border:1px solid var(--line);border-radius:6px;margin:6px 0;background:#fff}
      details.pkg>summary{cursor:pointer;padding:6px 10px;list-style-position:inside}
      details.pkg[open]>summary{border-bottom:1px solid var(--line);background:var(--bg)}
      .risk{color:var(--muted);font-size:13px;margin-left:6px}
      .path{color:var(--muted);font-size:13px;margin:6px 10px}
      table{border-collapse:collapse;width:100%;font-size:14px}
      th,td{text-align:left;vertical-align:top;padding:4px 10px;border-top:1px solid var(--line)}
      th{color:var(--muted);font-weight:600}
      td.level{white-space:nowrap;font-weight:600}
      .CRITICAL,.HIGH{color:var(--reject)}.MEDIUM{color:var(--special)}.LOW{color:var(--review)}
      .fix{color:var(--muted)}
      code{font-size:12px;word-break:break-all}
      .hidden{display:none}
      """;

  private static final String SCRIPT =
      """
      (function(){
        var boxes=document.querySelectorAll('input[data-decision]');
        var rule=document.getElementById('rule');
        var text=document.getElementById('text');
        function apply(){
          var on={};boxes.forEach(function(b){on[b.dataset.decision]=b.checked;});
          var r=rule.value, t=text.value.toLowerCase();
          document.querySelectorAll('details.pkg').forEach(function(d){
            var show=on[d.dataset.decision]
              &&(r===''||(' '+d.dataset.rules+' ').indexOf(' '+r+' ')>=0)
              &&(t===''||d.dataset.name.indexOf(t)>=0);
            d.classList.toggle('hidden',!show);
          });
        }
        boxes.forEach(function(b){b.addEventListener('change',apply);});
        rule.addEventListener('change',apply);text.addEventListener('input',apply);
        apply();
      })();
      """;

  private HtmlReport() {}

  /**
   * {@return the page for a report}
   *
   * @param report what to show
   */
  public static String write(Report report) {
    StringBuilder html = new StringBuilder(64 * 1024);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                + " style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>pkgguard report</title>\n<style>")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n");
    Map<Decision, Integer> counts = new EnumMap<>(Decision.class);
    Set<String> rules = new TreeSet<>();
    int packages = 0;
    for (Report.Subject subject : report.subjects()) {
      for (PackageWalk.Visit visit : PackageWalk.of(subject)) {
        packages++;
        counts.merge(visit.verdict().decision(), 1, Integer::sum);
        visit.verdict().findings().stream()
            .filter(f -> f.level() != RiskLevel.NONE)
            .forEach(f -> rules.add(f.ruleId()));
      }
    }
    header(html, report, counts, packages);
    html.append("<main>\n");
    filters(html, rules);
    for (Report.Subject subject : report.subjects()) {
      subject(html, subject);
    }
    html.append("</main>\n<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    return html.toString();
  }

  private static void header(
      StringBuilder html, Report report, Map<Decision, Integer> counts, int packages) {
    html.append("<header>\n<h1>pkgguard report</h1>\n<div class=\"meta\">")
        .append(packages)
        .append(packages == 1 ? " package" : " packages")
        .append(" judged &middot; pkgguard ")
        .append(escape(report.toolVersion()))
        .append(" &middot; ")
        .append(escape(report.createdAt().toString()))
        .append("</div>\n<div class=\"counts\">");
    for (Decision d : Decision.values()) {
      html.append("<span class=\"count\"><b>")
          .append(counts.getOrDefault(d, 0))
          .append("</b>")
          .append(badge(d))
          .append("</span>");
    }
    html.append("</div>\n</header>\n");
  }

  private static void filters(StringBuilder html, Set<String> rules) {
    html.append("<div class=\"filters\"><span>Show:</span>");
    for (Decision d : Decision.values()) {
      html.append("<label><input type=\"checkbox\" checked data-decision=\"")
          .append(d.name())
          .append("\"> <span class=\"badge ")
          .append(d.name())
          .append("\">")
          .append(d.name())
          .append("</span></label>");
    }
    html.append("<label>Rule <select id=\"rule\"><option value=\"\">any</option>");
    for (String rule : rules) {
      html.append("<option>").append(escape(rule)).append("</option>");
    }
    html.append(
        "</select></label><label>Name <input id=\"text\" type=\"search\""
            + " placeholder=\"filter\"></label></div>\n");
  }

  private static void subject(StringBuilder html, Report.Subject subject) {
    Verdict verdict = subject.verdict();
    html.append("<section>\n<h2>")
        .append(escape(subject.file().orElse(PackageWalk.label(verdict))))
        .append(' ')
        .append(badge(verdict.decision()));
    if (verdict.effectiveDecision() != verdict.decision()) {
      html.append(" <span class=\"badge ALLOW\">APPROVED</span>");
    }
    html.append("</h2>\n");
    if (subject.environment()) {
      List<Finding> own =
          verdict.findings().stream()
              .filter(f -> f.level() != RiskLevel.NONE)
              .filter(f -> !f.evidence().values().containsKey("package"))
              .toList();
      if (!own.isEmpty()) {
        findings(html, own);
      }
      if (!verdict.dependencies().isEmpty()) {
        html.append("<h3>Dependency tree</h3>\n<ul class=\"tree\">\n");
        Set<String> shown = new HashSet<>();
        verdict.dependencies().forEach(d -> tree(html, d, shown));
        html.append("</ul>\n");
      }
    }
    html.append("<h3>Packages</h3>\n");
    for (PackageWalk.Visit visit : PackageWalk.of(subject)) {
      pkg(html, visit);
    }
    html.append("</section>\n");
  }

  private static void tree(StringBuilder html, Verdict verdict, Set<String> shown) {
    html.append("<li class=\"").append(verdict.decision().name()).append("\">");
    label(html, verdict);
    if (!shown.add(PackageWalk.key(verdict))) {
      html.append(" <span class=\"seen\">(its dependencies are shown above)</span></li>\n");
      return;
    }
    if (!verdict.dependencies().isEmpty()) {
      html.append("\n<ul>\n");
      verdict.dependencies().forEach(d -> tree(html, d, shown));
      html.append("</ul>\n");
    }
    html.append("</li>\n");
  }

  private static void label(StringBuilder html, Verdict verdict) {
    html.append(escape(PackageWalk.label(verdict))).append(' ').append(badge(verdict.decision()));
  }

  private static String badge(Decision decision) {
    return "<span class=\"badge " + decision.name() + "\">" + decision.name() + "</span>";
  }

  private static void pkg(StringBuilder html, PackageWalk.Visit visit) {
    Verdict v = visit.verdict();
    Set<String> rules = new TreeSet<>();
    v.findings().stream()
        .filter(f -> f.level() != RiskLevel.NONE)
        .forEach(f -> rules.add(f.ruleId()));
    html.append("<details class=\"pkg ")
        .append(v.decision().name())
        .append("\" data-decision=\"")
        .append(v.decision().name())
        .append("\" data-rules=\"")
        .append(escape(String.join(" ", rules)))
        .append("\" data-name=\"")
        .append(escape(v.id().name().toLowerCase(Locale.ROOT)))
        .append("\"")
        .append(v.decision() == Decision.ALLOW ? "" : " open")
        .append("><summary>");
    label(html, v);
    html.append("<span class=\"risk\">risk ").append(v.risk().name());
    if (!v.complete()) {
      html.append(", evaluation incomplete");
    }
    html.append("</span></summary>\n");
    if (visit.path().size() > 1) {
      html.append("<div class=\"path\">pulled in by ")
          .append(escape(visit.pathText()))
          .append("</div>\n");
    }
    List<Finding> shown = v.findings().stream().filter(f -> f.level() != RiskLevel.NONE).toList();
    if (!shown.isEmpty()) {
      findings(html, shown);
    }
    if (!v.artifacts().isEmpty()) {
      html.append("<table><tr><th>File judged</th><th>SHA-256</th></tr>\n");
      for (Artifact a : v.artifacts()) {
        html.append("<tr><td>")
            .append(escape(a.filename()))
            .append("</td><td><code>")
            .append(escape(a.sha256().orElse("not declared")))
            .append("</code></td></tr>\n");
      }
      html.append("</table>\n");
    }
    html.append("</details>\n");
  }

  private static void findings(StringBuilder html, List<Finding> findings) {
    html.append("<table><tr><th>Level</th><th>Rule</th><th>Finding</th></tr>\n");
    for (Finding f : findings) {
      html.append("<tr><td class=\"level ")
          .append(f.level().name())
          .append("\">")
          .append(f.level().name())
          .append("</td><td>")
          .append(escape(f.ruleId()))
          .append("</td><td>")
          .append(escape(f.message()));
      if (!f.remediation().isBlank()) {
        html.append("<div class=\"fix\">Fix: ").append(escape(f.remediation())).append("</div>");
      }
      html.append("</td></tr>\n");
    }
    html.append("</table>\n");
  }

  /** Text as HTML: markup characters escaped, control and bidi-override characters shown as codes. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                  if ((Character.isISOControl(c) && c != '\n' && c != '\t') || isBidiControl(c)) {
                    out.append(String.format(Locale.ROOT, "\\u%04X", c));
                  } else {
                    out.appendCodePoint(c);
                  }
                }
              }
            });
    return out.toString();
  }

  private static boolean isBidiControl(int c) {
    return (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069)
        || c == 0x200E
        || c == 0x200F
        || c == 0x061C;
  }
}
