package dev.cmdguard.audit;

import dev.cmdguard.Decision;
import dev.cmdguard.Finding;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import dev.cmdguard.unwrap.ResolvedRedirect;
import dev.cmdguard.unwrap.Stdin;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Replaces secrets with {@value #MASK} before a record reaches the audit log (issue 5: "secrets
 * never reach the log"): values of secret-like assignments and options, credentials in headers and
 * URLs, and well-known token shapes ({@link MaskRules}), plus the policy's own patterns ({@code
 * audit.mask}). Applied to the command, every argv the decision holds, and the findings' messages
 * and the reasons. A value that is only a variable reference ({@code $GITHUB_TOKEN}) is kept. Text
 * with nothing to mask comes back unchanged (the same string). Immutable and thread-safe.
 */
public final class Masking {
  /** What a secret is replaced with. */
  public static final String MASK = "***";

  /** An assignment word's name part: {@code NAME} or {@code --option}. */
  private static final Pattern ASSIGNED = Pattern.compile("(--)?[A-Za-z_][A-Za-z0-9_-]*");

  private final List<MaskRules.Rule> extra;

  private Masking(List<MaskRules.Rule> extra) {
    this.extra = List.copyOf(extra);
  }

  /** The built-in patterns only. */
  public static Masking defaults() {
    return new Masking(List.of());
  }

  /**
   * The built-in patterns plus extra regular expressions ({@link java.util.regex.Pattern} syntax).
   * When a pattern has a capturing group, the text of group 1 is masked, else the whole match.
   *
   * @throws IllegalArgumentException naming the pattern when one does not compile
   */
  public static Masking withExtra(List<String> regexes) {
    List<MaskRules.Rule> compiled = new ArrayList<>();
    for (String regex : regexes) {
      try {
        Pattern p = Pattern.compile(regex);
        int group = p.matcher("").groupCount() > 0 ? 1 : 0;
        compiled.add(new MaskRules.Rule(p, group, m -> true, List.of()));
      } catch (PatternSyntaxException e) {
        throw new IllegalArgumentException(
            "audit.mask: '" + regex + "' is not a regular expression: " + e.getDescription(), e);
      }
    }
    return new Masking(compiled);
  }

  /** Free text (a script, a message) with its secrets masked. */
  public String text(String s) {
    String out = s;
    String lower = s.toLowerCase(Locale.ROOT);
    for (MaskRules.Rule rule : MaskRules.TEXT) {
      if (rule.mayMatch(lower)) {
        out = apply(rule, out);
      }
    }
    for (MaskRules.Rule rule : extra) {
      out = apply(rule, out);
    }
    return out;
  }

  /**
   * An argv with its secrets masked. Each word is masked as text; besides, the word after a secret
   * option ({@code --password}, {@code --token} …) is masked whole, an assignment word's value is
   * masked to the end of the word ({@code PASSWORD=two words}), and {@code -pSECRET} after a MySQL
   * client, {@code -p SECRET} after {@code sshpass} and {@code -u USER:SECRET} after {@code curl}.
   */
  public List<String> argv(List<String> argv) {
    List<String> out = new ArrayList<>(argv.size());
    String program = "";
    String previous = "";
    for (String word : argv) {
      String name = word.substring(word.lastIndexOf('/') + 1);
      out.add(word(word, program, previous));
      if (MaskRules.MYSQL.contains(name) || name.equals("sshpass") || name.equals("curl")) {
        program = name;
      }
      previous = word;
    }
    return out.equals(argv) ? argv : List.copyOf(out);
  }

  private String word(String word, String program, String previous) {
    String option = previous.startsWith("--") ? previous.substring(2).toLowerCase(Locale.ROOT) : "";
    if (MaskRules.SECRET_OPTIONS.contains(option) && !MaskRules.isReference(word)) {
      return MASK;
    }
    int eq = word.indexOf('=');
    if (eq > 0
        && ASSIGNED.matcher(word).region(0, eq).matches()
        && isSecretOption(word.substring(0, eq))
        && !MaskRules.isReference(word.substring(eq + 1))) {
      return word.substring(0, eq + 1) + MASK;
    }
    if (MaskRules.MYSQL.contains(program) && word.startsWith("-p") && word.length() > 2) {
      return "-p" + MASK;
    }
    if (program.equals("sshpass") && previous.equals("-p")) {
      return MASK;
    }
    if (program.equals("curl") && (previous.equals("-u") || previous.equals("--user"))) {
      int colon = word.indexOf(':');
      return colon < 0 ? word : word.substring(0, colon + 1) + MASK;
    }
    return text(word);
  }

  private static boolean isSecretOption(String name) {
    return name.startsWith("--")
        ? MaskRules.SECRET_OPTIONS.contains(name.substring(2).toLowerCase(Locale.ROOT))
        : MaskRules.isSecretName(name);
  }

  /** The decision with every message, reason and argv masked; spans are kept. */
  public Decision decision(Decision d) {
    return new Decision(
        d.decision(),
        d.risk(),
        d.profile(),
        d.findings().stream().map(this::finding).toList(),
        d.invocations().stream().map(this::invocation).toList(),
        text(d.primaryReason()),
        d.secondaryReasons().stream().map(this::text).toList(),
        d.policySources(),
        d.sandbox(),
        d.cacheHit(),
        d.durationMicros());
  }

  /** The record with its command and decision masked. */
  public AuditRecord record(AuditRecord r) {
    return new AuditRecord(
        r.time(),
        r.session(),
        r.agent(),
        r.cwd(),
        command(r.command()),
        r.decision().map(this::decision),
        r.execution());
  }

  // instanceof, not a pattern switch: see docs/agents.md, "Start-up"
  private AuditRecord.Command command(AuditRecord.Command command) {
    if (command instanceof AuditRecord.Command.Script s) {
      return new AuditRecord.Command.Script(text(s.text()));
    }
    if (command instanceof AuditRecord.Command.Argv a) {
      return new AuditRecord.Command.Argv(argv(a.argv()));
    }
    throw new IllegalStateException("unexpected command: " + command);
  }

  private Finding finding(Finding f) {
    return new Finding(
        f.code(),
        f.severity(),
        text(f.message()),
        f.span(),
        argv(f.invocation()),
        f.invocationIndex(),
        f.saferAlternative().map(this::text));
  }

  private Invocation invocation(Invocation inv) {
    List<String> values = argv(inv.argv().stream().map(Arg::value).toList());
    List<Arg> args = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      args.add(arg(inv.argv().get(i), Optional.of(values.get(i))));
    }
    return new Invocation(
        text(inv.program()),
        args,
        inv.cwd().map(this::text),
        inv.origin().stream().map(this::text).toList(),
        inv.span(),
        stdin(inv.stdin()),
        inv.redirects().stream().map(this::redirect).toList(),
        inv.traits());
  }

  private Arg arg(Arg a, Optional<String> masked) {
    String value = masked.orElseGet(() -> text(a.value()));
    if (value.equals(a.value())) {
      return a;
    }
    String prefix = a.knownPrefix().equals(a.value()) ? value : text(a.knownPrefix());
    return new Arg(value, a.dynamic(), prefix, a.glob(), a.producers(), a.span());
  }

  private Stdin stdin(Stdin stdin) {
    if (stdin instanceof Stdin.Inherited || stdin instanceof Stdin.Pipe) {
      return stdin;
    }
    if (stdin instanceof Stdin.Heredoc h) {
      return new Stdin.Heredoc(text(h.body()), h.expanded(), h.dynamic());
    }
    if (stdin instanceof Stdin.HereString h) {
      return new Stdin.HereString(arg(h.word(), Optional.empty()));
    }
    if (stdin instanceof Stdin.File f) {
      return new Stdin.File(arg(f.path(), Optional.empty()));
    }
    throw new IllegalStateException("unexpected stdin: " + stdin);
  }

  private ResolvedRedirect redirect(ResolvedRedirect r) {
    return new ResolvedRedirect(
        r.fd(), r.operator(), arg(r.target(), Optional.empty()), r.toDescriptor(), r.span());
  }

  /** Replaces group {@code group} of every match for which the rule applies. */
  private static String apply(MaskRules.Rule rule, String s) {
    Matcher m = rule.pattern().matcher(s);
    int group = rule.group();
    if (!m.find()) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    int last = 0;
    boolean changed = false;
    do {
      String secret = m.group(group);
      if (secret != null
          && !secret.isEmpty()
          && !secret.equals(MASK)
          && !MaskRules.isReference(secret)
          && rule.applies().test(m)) {
        out.append(s, last, m.start(group)).append(MASK);
        last = m.end(group);
        changed = true;
      }
    } while (m.find());
    return changed ? out.append(s, last, s.length()).toString() : s;
  }
}
