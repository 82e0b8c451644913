package dev.cmdguard.rules.secrets;

import dev.cmdguard.Risk;
import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tools that print a key or a secret file although they are not plain readers: {@code openssl
 * rsa|pkey|ec|pkcs8|pkcs12 -in KEY} without {@code -pubout}/{@code -noout} (openssl-rsa(1): the key
 * is written out in PEM by default), {@code gpg --export-secret-keys}, {@code gpg -d} of a secret
 * file, and git: {@code git show REV:.env} and {@code git diff|blame|log -p} of a secret file print
 * it, {@code git add .env} stages it for commit (HIGH, a documented variant: the secret is not
 * disclosed until pushed, but then it is in the history for good).
 */
final class KeyTools {
  private static final Set<String> OPENSSL_KEY_COMMANDS =
      Set.of("rsa", "pkey", "ec", "dsa", "pkcs8", "pkcs12", "base64");
  private static final Set<String> GPG_SECRET_EXPORTS =
      Set.of("--export-secret-keys", "--export-secret-subkeys", "--export-secret-key");
  private static final Set<String> GIT_PRINTERS =
      Set.of("show", "diff", "blame", "cat-file", "log");

  private KeyTools() {}

  static void check(Reporter reporter, int index) {
    switch (reporter.context().invocation(index).program()) {
      case "openssl" -> openssl(reporter, index);
      case "gpg", "gpg2" -> gpg(reporter, index);
      case "git" -> git(reporter, index);
      default -> {}
    }
  }

  private static void openssl(Reporter reporter, int index) {
    Invocation inv = reporter.context().invocation(index);
    List<String> words = Programs.words(inv);
    if (words.isEmpty()
        || !OPENSSL_KEY_COMMANDS.contains(words.get(0))
        || words.contains("-pubout")
        || words.contains("-nokeys")
        || (words.contains("-noout") && !words.contains("-text"))) {
      return;
    }
    Optional<Arg> in = valueOf(inv, "-in");
    Optional<Arg> out = valueOf(inv, "-out");
    in.flatMap(a -> FileReads.secret(reporter.context(), index, a))
        .ifPresent(s -> reporter.report(index, s, sink(reporter, index, s, out), "writes out"));
  }

  private static void gpg(Reporter reporter, int index) {
    Invocation inv = reporter.context().invocation(index);
    Options o =
        Options.parse(inv.args(), "ourR", Set.of("--output", "--recipient", "--local-user"));
    Optional<Arg> out = last(o.all("-o", "--output"));
    for (Arg arg : inv.args()) {
      if (GPG_SECRET_EXPORTS.contains(arg.value())) {
        Secret keys = new Secret(Secret.Kind.PRIVATE_KEY, "ring of GnuPG", arg.span());
        reporter.report(index, keys, sink(reporter, index, keys, out), "exports");
      }
    }
    if (o.has("-d", "--decrypt")) {
      for (Arg file : o.operands()) {
        FileReads.secret(reporter.context(), index, file)
            .ifPresent(s -> reporter.report(index, s, sink(reporter, index, s, out), "decrypts"));
      }
    }
  }

  private static Sink sink(Reporter reporter, int index, Secret secret, Optional<Arg> out) {
    RuleContext context = reporter.context();
    return out.isPresent() && !out.get().value().equals("-")
        ? Flow.file(context, context.invocation(index), out.get())
        : FileReads.flow(context, secret).output(index);
  }

  private static void git(Reporter reporter, int index) {
    Invocation inv = reporter.context().invocation(index);
    List<Arg> args = withoutGlobalOptions(inv.args());
    if (args.isEmpty()) {
      return;
    }
    String command = args.get(0).value();
    List<Arg> operands = Options.parse(args.subList(1, args.size()), "", Set.of()).operands();
    RuleContext context = reporter.context();
    for (Arg operand : operands) {
      if (command.equals("add") || command.equals("stage")) {
        FileReads.secret(context, index, operand)
            .ifPresent(s -> reporter.variant(index, s, staged(command, s), Risk.HIGH));
      } else if (GIT_PRINTERS.contains(command)
          && (!command.equals("log") || Programs.hasFlag(inv, "pu", Set.of("--patch")))) {
        FileReads.secret(context, index, pathOf(operand))
            .ifPresent(
                s -> reporter.report(index, s, FileReads.flow(context, s).output(index), "prints"));
      }
    }
  }

  private static String staged(String command, Secret secret) {
    return "git "
        + command
        + " stages "
        + secret.describe()
        + " for commit, so it would enter the history and reach the remote on push";
  }

  /** {@code REV:PATH} names a file of a revision (gitrevisions(7)); anything else is a pathspec. */
  private static Arg pathOf(Arg operand) {
    int colon = operand.value().indexOf(':');
    return colon < 0 || operand.dynamic() ? operand : Options.suffix(operand, colon + 1);
  }

  /** The arguments from the subcommand on, without git's own options (git(1) OPTIONS). */
  private static List<Arg> withoutGlobalOptions(List<Arg> args) {
    int i = 0;
    while (i < args.size() && args.get(i).value().startsWith("-")) {
      String v = args.get(i).value();
      i +=
          v.equals("-C") || v.equals("-c") || v.equals("--git-dir") || v.equals("--work-tree")
              ? 2
              : 1;
    }
    return new ArrayList<>(args.subList(Math.min(i, args.size()), args.size()));
  }

  private static Optional<Arg> valueOf(Invocation inv, String option) {
    List<Arg> args = inv.args();
    for (int i = 0; i + 1 < args.size(); i++) {
      if (args.get(i).value().equals(option)) {
        return Optional.of(args.get(i + 1));
      }
    }
    return Optional.empty();
  }

  private static Optional<Arg> last(List<Arg> values) {
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(values.size() - 1));
  }
}
