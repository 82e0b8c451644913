package dev.cmdguard.audit;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The built-in secret patterns of {@link Masking}. Token shapes come from the issuers' own
 * documentation of their formats (GitHub "About authentication", "Behind GitHub's new
 * authentication token formats"; AWS IAM access key ids; GitLab personal access tokens; Slack token
 * types; OpenAI and Anthropic API keys; RFC 7519 JWTs; RFC 7468 PEM). Assignments and options are
 * the ways secrets appear in shell commands: {@code NAME=value}, {@code --password=…}, {@code mysql
 * -p…}, HTTP headers and URL user info (RFC 3986 section 3.2.1).
 */
final class MaskRules {
  private MaskRules() {}

  /**
   * One pattern; {@code group} is the part replaced (0 for the whole match), and only when {@code
   * applies} says so. {@code needles}: the pattern can only match text that contains one of them
   * (in the lower-cased text), a cheap test that spares most text the regular expression.
   */
  record Rule(Pattern pattern, int group, Predicate<Matcher> applies, List<String> needles) {
    Rule(String regex, int group, String... needles) {
      this(Pattern.compile(regex), group, m -> true, List.of(needles));
    }

    /** False when the text, lower-cased, holds none of the needles. */
    boolean mayMatch(String lowerCased) {
      for (String needle : needles) {
        if (lowerCased.contains(needle)) {
          return true;
        }
      }
      return needles.isEmpty();
    }
  }

  /** A value: quoted strings and unquoted characters up to a blank or shell operator. */
  private static final String VALUE = "(?:\"(?:[^\"\\\\]|\\\\.)*\"|'[^']*'|[^\\s;&|()<>'\"])+";

  /** Option names whose value is a secret, without dashes, lower case. */
  static final Set<String> SECRET_OPTIONS =
      Set.of(
          "password",
          "passwd",
          "pass",
          "token",
          "secret",
          "api-key",
          "apikey",
          "access-token",
          "auth-token",
          "client-secret",
          "oauth2-bearer",
          "private-key-passphrase");

  /** Programs whose {@code -pSECRET} option (no space) is a password. */
  static final Set<String> MYSQL =
      Set.of(
          "mysql",
          "mysqldump",
          "mysqladmin",
          "mysqlimport",
          "mysqlshow",
          "mysqlcheck",
          "mysqlpump",
          "mariadb",
          "mariadb-dump",
          "mariadb-admin");

  /** In the order applied; PEM blocks first, since they span lines. */
  static final List<Rule> TEXT =
      List.of(
          new Rule(
              Pattern.compile(
                  "-----BEGIN [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----.*?"
                      + "(?:-----END [A-Z0-9 ]*PRIVATE KEY( BLOCK)?-----|\\z)",
                  Pattern.DOTALL),
              0,
              m -> true,
              List.of("private key")),
          new Rule("(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{20,}", 0, "gh"),
          new Rule("(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9_]{20,}", 0, "github_pat_"),
          new Rule("(?<![A-Za-z0-9_-])sk-[A-Za-z0-9_-]{20,}", 0, "sk-"),
          new Rule("(?<![A-Za-z0-9_])xox[baprs]-[A-Za-z0-9-]{10,}", 0, "xox"),
          new Rule("(?<![A-Za-z0-9])(?:AKIA|ASIA)[0-9A-Z]{16}(?![0-9A-Za-z])", 0, "akia", "asia"),
          new Rule("(?<![A-Za-z0-9_])glpat-[A-Za-z0-9_-]{20,}", 0, "glpat-"),
          new Rule(
              "(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]*",
              0,
              "eyj"),
          new Rule(
              "(?i)(?:authorization|proxy-authorization):\\s*"
                  + "(?:(?:bearer|basic|token|digest|bot)\\s+)?([^\\s'\"\\\\]+)",
              1,
              "authorization:"),
          new Rule(
              "(?i)(?:x-api-key|api-key|private-token|x-auth-token):\\s*([^\\s'\"\\\\]+)",
              1,
              "api-key:",
              "private-token:",
              "auth-token:"),
          new Rule(
              "(?i)(?<![a-z0-9+.-])[a-z][a-z0-9+.-]*://[^\\s/:@'\"]*:([^\\s/@'\"]+)@", 1, "://"),
          new Rule(
              Pattern.compile(
                  "(?i)(?<![\\w-])--("
                      + String.join("|", SECRET_OPTIONS)
                      + ")(?:=|\\s+)("
                      + VALUE
                      + ")"),
              2,
              m -> true,
              List.of("--")),
          new Rule(
              Pattern.compile("(?<![A-Za-z0-9_$])([A-Za-z_][A-Za-z0-9_]*)=(" + VALUE + ")"),
              2,
              m -> isSecretName(m.group(1)),
              List.of("=")),
          new Rule(
              "(?i)[\"']?(?:password|passwd|secret|token|api[_-]?key|access[_-]?key|client[_-]?secret)"
                  + "[\"']?\\s*:\\s*[\"']?([^\\s\"',}]+)",
              1,
              "passw",
              "secret",
              "token",
              "key"),
          new Rule(
              "\\b(?:" + String.join("|", MYSQL) + ")\\b[^\\n;&|]*?\\s-p([^\\s;&|]+)",
              1,
              "mysql",
              "mariadb"),
          new Rule("\\bsshpass\\s+-p\\s*([^\\s;&|]+)", 1, "sshpass"),
          new Rule(
              "\\bcurl\\b[^\\n;&|]*?\\s(?:-u\\s*|--user[=\\s]+)['\"]?[^\\s:'\"]+:([^\\s'\"]+)",
              1,
              "curl"));

  /** Name segments (split at {@code _}, upper case) that make a variable a secret. */
  private static final Set<String> SECRET_SEGMENTS =
      Set.of(
          "SECRET",
          "SECRETS",
          "TOKEN",
          "TOKENS",
          "PASSWORD",
          "PASSWORDS",
          "PASSWD",
          "PASS",
          "PWD",
          "PASSPHRASE",
          "APIKEY",
          "CREDENTIAL",
          "CREDENTIALS",
          "CREDS",
          "AUTH");

  /** Last segments that make a name about a secret rather than the secret itself. */
  private static final Set<String> NOT_THE_SECRET =
      Set.of("FILE", "PATH", "DIR", "NAME", "ID", "URL", "TYPE", "LENGTH", "HEADER", "ENV");

  /**
   * True when a variable named {@code name} holds a secret: {@code AWS_SECRET_ACCESS_KEY}, {@code
   * GITHUB_TOKEN}, {@code PGPASSWORD}, {@code DB_PASS}, {@code OPENAI_API_KEY}, {@code apiKey}; not
   * {@code PWD}, {@code OLDPWD}, {@code KEY}, {@code TOKEN_FILE}, {@code GIT_AUTHOR_NAME}.
   */
  static boolean isSecretName(String name) {
    String upper = name.toUpperCase(Locale.ROOT);
    if (upper.equals("PWD") || upper.equals("OLDPWD")) {
      return false;
    }
    String[] segments = upper.split("_+");
    if (segments.length == 0 || NOT_THE_SECRET.contains(segments[segments.length - 1])) {
      return false;
    }
    for (int i = 0; i < segments.length; i++) {
      String s = segments[i];
      if (SECRET_SEGMENTS.contains(s)
          || s.endsWith("TOKEN")
          || s.endsWith("SECRET")
          || s.endsWith("PASSWORD")
          || s.endsWith("PASSWD")
          || s.endsWith("APIKEY")
          || s.endsWith("ACCESSKEY")
          || s.equals("KEY") && i > 0 && isKeyQualifier(segments[i - 1])) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> KEY_QUALIFIERS =
      Set.of("API", "ACCESS", "PRIVATE", "SIGNING", "ENCRYPTION", "MASTER", "SECRET", "SESSION");

  private static final Pattern REFERENCE =
      Pattern.compile("([\"']?)\\$\\{?[A-Za-z_][A-Za-z0-9_]*\\}?\\1");

  private static boolean isKeyQualifier(String segment) {
    return KEY_QUALIFIERS.contains(segment);
  }

  /**
   * True when a value is only a variable reference ({@code $TOKEN}, {@code "${TOKEN}"}): it names
   * the secret without holding it, and the log is clearer with the name kept.
   */
  static boolean isReference(String value) {
    return value.indexOf('$') >= 0 && REFERENCE.matcher(value).matches();
  }
}
