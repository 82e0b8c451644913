package dev.cmdguard.rules.secrets;

import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.rules.secrets.Sink.Destination;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import dev.cmdguard.unwrap.Stdin;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Secrets read by interpreter code the unwrapper leaves opaque ({@code python3 -c}, {@code node
 * -e}, {@code ruby -e}, {@code perl -e}, {@code php -r}, or a heredoc into them): a string literal
 * naming a secret file together with a file-reading call ({@code open('.env')}), the whole
 * environment ({@code os.environ}, {@code process.env}, {@code ENV}, {@code %ENV}) or a secret-like
 * variable ({@code os.environ['API_KEY']}) together with printing. With a network call in the same
 * code the secret is taken to be sent. Heuristic by necessity, and only ever adds findings.
 */
final class InlineCode {
  private static final Set<String> CODE_FLAGS =
      Set.of("-c", "-e", "-E", "-r", "-p", "--eval", "--print");
  private static final Pattern LITERAL =
      Pattern.compile("'([^'\\n]{1,200})'|\"([^\"\\n]{1,200})\"");

  private InlineCode() {}

  static void check(Reporter reporter, int index) {
    Invocation inv = reporter.context().invocation(index);
    Optional<Language> language = Language.of(inv.program());
    Optional<Arg> code = language.isEmpty() ? Optional.empty() : code(inv);
    if (code.isEmpty()) {
      return;
    }
    Language lang = language.get();
    String text = code.get().value();
    boolean prints = lang.output().matcher(text).find() || printsResult(inv);
    boolean sends = lang.network().matcher(text).find();
    files(reporter, index, code.get(), lang, sends, prints);
    if (lang.wholeEnvironment().matcher(text).find() && (prints || sends)) {
      Secret env = new Secret(Secret.Kind.ENVIRONMENT, "", code.get().span());
      reporter.report(index, env, sink(reporter, index, sends, Secret.Kind.ENVIRONMENT), "prints");
    }
    if (prints) {
      variables(reporter, index, code.get(), lang);
    }
  }

  private static void variables(Reporter reporter, int index, Arg code, Language lang) {
    Matcher m = lang.namedVariable().matcher(code.value());
    while (m.find()) {
      String name = firstGroup(m);
      if (name != null && SecretNames.isSecret(name)) {
        Secret s = new Secret(Secret.Kind.VARIABLE, name, code.span());
        reporter.report(index, s, new Flow(reporter.context(), s.kind()).output(index), "prints");
      }
    }
  }

  private static void files(
      Reporter reporter, int index, Arg code, Language lang, boolean sends, boolean prints) {
    if (!lang.fileRead().matcher(code.value()).find()) {
      return;
    }
    RuleContext context = reporter.context();
    Matcher m = LITERAL.matcher(code.value());
    while (m.find()) {
      String literal = firstGroup(m);
      if (literal.contains("://") || literal.isBlank()) {
        continue;
      }
      Arg path = Arg.of(literal, code.span());
      Secret.file(context, context.invocation(index), path)
          .ifPresent(
              s -> {
                Sink sink =
                    sends || prints
                        ? sink(reporter, index, sends, s.kind())
                        : Sink.of(Destination.USED, context.invocation(index).program());
                reporter.report(index, s, sink, "reads");
              });
    }
  }

  private static Sink sink(Reporter reporter, int index, boolean sends, Secret.Kind kind) {
    if (sends) {
      return Sink.of(Destination.SENT, reporter.context().invocation(index).program() + " code");
    }
    return new Flow(reporter.context(), kind).output(index);
  }

  /** The inline code: the argument after {@code -c}/{@code -e}…, or a script fed on stdin. */
  private static Optional<Arg> code(Invocation inv) {
    for (int i = 0; i + 1 < inv.args().size(); i++) {
      if (CODE_FLAGS.contains(inv.args().get(i).value())) {
        return Optional.of(inv.args().get(i + 1));
      }
    }
    if (!inv.has(Invocation.Trait.READS_SCRIPT_FROM_STDIN)) {
      return Optional.empty();
    }
    // instanceof, not a pattern switch: see docs/agents.md, "Start-up"
    Stdin stdin = inv.stdin();
    if (stdin instanceof Stdin.Heredoc h) {
      return Optional.of(Arg.of(h.body(), inv.span()));
    } else if (stdin instanceof Stdin.HereString h) {
      return Optional.of(h.word());
    } else if (stdin instanceof Stdin.Inherited
        || stdin instanceof Stdin.Pipe
        || stdin instanceof Stdin.File) {
      return Optional.empty();
    }
    throw new IllegalStateException("unexpected stdin: " + stdin);
  }

  private static String firstGroup(Matcher m) {
    for (int g = 1; g <= m.groupCount(); g++) {
      if (m.group(g) != null) {
        return m.group(g);
      }
    }
    return null;
  }

  /** {@code node -p} prints the value of the expression. */
  private static boolean printsResult(Invocation inv) {
    return inv.program().startsWith("node")
        && Programs.words(inv).stream().anyMatch(w -> w.equals("-p") || w.equals("--print"));
  }
}
