package dev.cmdguard.rules.secrets;

import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Filters that keep only a harmless part of an environment dump or a dotenv file. For both, a field
 * selection that keeps only the names of the {@code NAME=value} lines ({@code cut -d= -f1}, {@code
 * awk -F= '{print $1}'}, sed 's/=.&#42;//'). For a dump also a search ({@code grep}, {@code sed -n
 * '/re/p'}) for a pattern that names a variable or a word and no secret ({@code env | grep PROXY},
 * {@code set | grep '^IFS='}, {@code set | grep ' ()'} for the functions); not for a dotenv file,
 * whose every line is there to hold a secret. A search only narrows when it is not inverted and its
 * pattern is static.
 */
final class Narrowing {
  /** Words that make a search pattern select secrets rather than avoid them. */
  private static final List<String> SECRET_WORDS =
      List.of(
          "KEY",
          "TOKEN",
          "SECRET",
          "PASS",
          "CRED",
          "AUTH",
          "API",
          "PRIVATE",
          "SESSION",
          "COOKIE",
          "AWS",
          "DATABASE",
          "DSN",
          "CONN",
          "SSH",
          "GPG");

  private static final Pattern ANCHORED_NAME = Pattern.compile("\\^([A-Za-z_][A-Za-z0-9_]*)=?");
  private static final Pattern SED_SEARCH = Pattern.compile("/((?:[^/\\\\]|\\\\.)*)/(,/.*/)?p");
  private static final Pattern FIELD = Pattern.compile("\\$(\\d+|NF)");
  private static final Pattern BARE_PRINT = Pattern.compile("\\bprint\\s*(;|}|$)");
  private static final Set<String> AWKS = Set.of("awk", "gawk", "mawk", "nawk");
  private static final Pattern CUT_VALUE = Pattern.compile("s([/|#,])=\\.\\*\\1\\1g?");

  private Narrowing() {}

  /**
   * True when {@code inv}, reading data of {@code kind}, prints none of its secrets: names-only
   * filters for a dump of the environment and for a dotenv file, harmless searches for a dump.
   */
  static boolean narrows(Invocation inv, Secret.Kind kind) {
    if (kind != Secret.Kind.ENVIRONMENT && kind != Secret.Kind.DOTENV) {
      return false;
    }
    if (namesOnly(inv)) {
      return true;
    }
    String program = inv.program();
    if (kind == Secret.Kind.DOTENV) {
      return false;
    }
    return Filters.GREPS.contains(program) ? search(inv) : program.equals("sed") && sedSearch(inv);
  }

  /**
   * True when {@code inv} prints only the names of {@code NAME=value} lines: {@code cut -d= -f1},
   * {@code awk -F= '{print $1}'}, sed 's/=.&#42;//'.
   */
  static boolean namesOnly(Invocation inv) {
    String program = inv.program();
    if (program.equals("cut")) {
      Options o = Options.parse(inv.args(), "dfcb", Set.of("--delimiter", "--fields"));
      return valueIs(o.all("-d", "--delimiter"), "=") && valueIs(o.all("-f", "--fields"), "1");
    }
    if (program.equals("sed")) {
      Options o = Options.parse(inv.args(), "efl", Set.of("--expression", "--file"));
      List<Arg> scripts = o.all("-e", "--expression");
      Arg script =
          scripts.size() == 1
              ? scripts.get(0)
              : o.operands().isEmpty() ? null : o.operands().get(0);
      return script != null && !script.dynamic() && CUT_VALUE.matcher(script.value()).matches();
    }
    return AWKS.contains(program) && awkNamesOnly(inv);
  }

  private static boolean search(Invocation inv) {
    if (Programs.hasFlag(inv, "v", Set.of("--invert-match"))) {
      return false;
    }
    Options o =
        Options.parse(inv.args(), Filters.shortValued(inv.program()), Filters.GREP_LONG_VALUED);
    List<Arg> patterns = o.all("-e", "--regexp");
    if (patterns.isEmpty() && !o.operands().isEmpty() && !o.has("-f", "--file")) {
      patterns = List.of(o.operands().get(0));
    }
    return !patterns.isEmpty()
        && patterns.stream().allMatch(p -> !p.dynamic() && harmless(p.value()));
  }

  /** {@code sed -n '/re/p'} (or a range of two searches) prints the lines that match. */
  private static boolean sedSearch(Invocation inv) {
    Options o = Options.parse(inv.args(), "efl", Set.of("--expression", "--file"));
    if (!o.has("-n", "--quiet", "--silent")) {
      return false;
    }
    List<Arg> scripts = o.all("-e", "--expression");
    Arg script =
        scripts.isEmpty()
            ? (o.operands().isEmpty() ? null : o.operands().get(0))
            : scripts.size() == 1 ? scripts.get(0) : null;
    if (script == null || script.dynamic()) {
      return false;
    }
    Matcher m = SED_SEARCH.matcher(script.value());
    return m.matches() && harmless(m.group(1));
  }

  /** A pattern with no secret word: a name anchored at the start, "()", or 3+ letters. */
  private static boolean harmless(String pattern) {
    String upper = pattern.toUpperCase(Locale.ROOT);
    if (SECRET_WORDS.stream().anyMatch(upper::contains)) {
      return false;
    }
    Matcher anchored = ANCHORED_NAME.matcher(pattern);
    if (anchored.lookingAt()) {
      return !SecretNames.isSecret(anchored.group(1));
    }
    long letters = upper.chars().filter(Character::isLetterOrDigit).count();
    return letters >= 3 || pattern.contains("()");
  }

  /** awk with {@code =} as the field separator that prints no field but the first (the name). */
  private static boolean awkNamesOnly(Invocation inv) {
    Options o = Options.parse(inv.args(), "Fvf", Set.of());
    if (o.operands().isEmpty() || o.operands().get(0).dynamic()) {
      return false;
    }
    String program = o.operands().get(0).value();
    boolean separator = valueIs(o.all("-F"), "=") || program.matches("(?s).*FS\\s*=\\s*\"=\".*");
    if (!separator || !program.contains("print") || BARE_PRINT.matcher(program).find()) {
      return false;
    }
    Matcher m = FIELD.matcher(program);
    while (m.find()) {
      if (!m.group(1).equals("1")) {
        return false;
      }
    }
    return true;
  }

  private static boolean valueIs(List<Arg> values, String expected) {
    return values.size() == 1 && values.get(0).value().equals(expected);
  }
}
