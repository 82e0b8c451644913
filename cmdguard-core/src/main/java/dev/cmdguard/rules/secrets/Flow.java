package dev.cmdguard.rules.secrets;

import dev.cmdguard.paths.PathClass;
import dev.cmdguard.paths.PathClassification;
import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.rules.secrets.Sink.Destination;
import dev.cmdguard.shell.Span;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import dev.cmdguard.unwrap.ResolvedRedirect;
import dev.cmdguard.unwrap.Stdin;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Follows an invocation's output to where it ends up: a redirection, the programs down the pipe
 * (through filters such as {@code grep} or {@code base64}), the command a {@code $( )} feeds, or
 * the terminal. The worst place reached decides ({@link Sink#worst}).
 */
final class Flow {
  private static final int MAX_DEPTH = 16;
  private static final Set<String> HARMLESS_SINKS = Set.of("/dev/null", "/dev/zero", "/dev/full");
  private static final Set<String> INPUT_LOADERS =
      Set.of("read", "mapfile", "readarray", "source", ".");

  private final RuleContext context;
  private final Secret.Kind kind;

  /**
   * @param kind what the data is: a dump of the environment is made harmless by a filter that keeps
   *     only a few named variables or only the names ({@code env | grep PATH}, {@code env | cut -d=
   *     -f1}), a dotenv file by one that keeps only the names; any line of another file may be the
   *     secret
   */
  Flow(RuleContext context, Secret.Kind kind) {
    this.context = context;
    this.kind = kind;
  }

  /** Where the standard output of the invocation at {@code index} ends up. */
  Sink output(int index) {
    return output(index, 0);
  }

  /** What the invocation at {@code index} does with what it reads on standard input. */
  Sink input(int index) {
    return input(index, 0);
  }

  private Sink output(int i, int depth) {
    if (depth > MAX_DEPTH) {
      return Sink.SHOWN;
    }
    Invocation inv = context.invocation(i);
    Optional<ResolvedRedirect> redirect = stdoutRedirect(inv);
    if (redirect.isPresent()) {
      ResolvedRedirect r = redirect.get();
      return r.toDescriptor() ? descriptor(r.target().value()) : file(context, inv, r.target());
    }
    List<Integer> consumers = consumers(i);
    if (!consumers.isEmpty()) {
      Sink worst = Sink.NONE;
      for (int c : consumers) {
        worst = worst.worst(input(c, depth + 1));
      }
      return worst;
    }
    if (inv.has(Invocation.Trait.SUBSTITUTION)) {
      return substitution(i, depth);
    }
    return Sink.SHOWN;
  }

  private Sink input(int c, int depth) {
    Invocation inv = context.invocation(c);
    String program = inv.program();
    if (Network.sendsInput(inv)
        || (inv.has(Invocation.Trait.PER_ITEM) && NetworkSends.isSender(inv))) {
      // xargs turns its input into arguments: for a token that is how it is used
      return new Sink(
          Destination.SENT, Network.destination(inv), inv.has(Invocation.Trait.PER_ITEM));
    }
    if (program.equals("xargs")
        || Programs.ABSORBERS.contains(program)
        || Programs.consumesSecret(inv)
        || Filters.printsNothing(inv)) {
      return Sink.NONE;
    }
    if (inv.has(Invocation.Trait.READS_SCRIPT_FROM_STDIN) || INPUT_LOADERS.contains(program)) {
      return Sink.of(Destination.LOADED, program);
    }
    if (Narrowing.narrows(inv, kind)) {
      return Sink.NONE;
    }
    if (program.equals("tee")) {
      return tee(inv).worst(output(c, depth + 1));
    }
    if (Programs.PASS_THROUGH.contains(program)
        || (Programs.PRINTERS.contains(program) && inv.has(Invocation.Trait.PER_ITEM))) {
      return output(c, depth + 1);
    }
    return Programs.PRINTERS.contains(program) ? Sink.NONE : Sink.of(Destination.USED, program);
  }

  /** Where data written to {@code target} goes; used for redirections and output files. */
  static Sink file(RuleContext context, Invocation inv, Arg target) {
    if (target.dynamic()) {
      return Sink.of(Destination.USED, target.value());
    }
    PathClassification c = context.classify(inv, target);
    if (c.has(PathClass.NETWORK_SOCKET)) {
      return Sink.of(Destination.SENT, target.value());
    }
    if (c.has(PathClass.HARMLESS_DEVICE)) {
      return HARMLESS_SINKS.contains(target.value()) ? Sink.NONE : Sink.SHOWN;
    }
    return c.isSecret() ? Sink.NONE : Sink.of(Destination.SAVED, target.value());
  }

  private static Sink descriptor(String target) {
    return target.equals("-") ? Sink.NONE : Sink.SHOWN;
  }

  private Sink tee(Invocation inv) {
    Sink worst = Sink.NONE;
    for (Arg arg : Options.parse(inv.args(), "", Set.of()).operands()) {
      worst = worst.worst(file(context, inv, arg));
    }
    return worst;
  }

  /** The last redirection of standard output (own ones come after enclosing ones). */
  private static Optional<ResolvedRedirect> stdoutRedirect(Invocation inv) {
    ResolvedRedirect last = null;
    for (ResolvedRedirect r : inv.redirects()) {
      if (r.fd() == 1 && !r.operator().equals("<")) {
        last = r;
      }
    }
    return Optional.ofNullable(last);
  }

  /** The readers of the pipe this invocation writes into, directly or as part of a stage. */
  private List<Integer> consumers(int i) {
    for (int j = i; j >= 0; j--) {
      if (j == i || context.stage(j).size() > i - j) {
        List<Integer> found = context.consumers(j);
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return List.of();
  }

  /** Where the output of a command substitution goes: into the command that holds it. */
  private Sink substitution(int i, int depth) {
    Invocation inner = context.invocation(i);
    for (int j = i + 1; j < context.invocations().size(); j++) {
      Invocation outer = context.invocation(j);
      if (outer.stdin() instanceof Stdin.File f && holds(f.path(), inner)) {
        return input(j, depth + 1);
      }
      for (int a = 0; a < outer.argv().size(); a++) {
        Arg arg = outer.argv().get(a);
        if (holds(arg, inner)) {
          boolean readsFile = arg.value().startsWith("<(") && readsFiles(outer.program());
          return readsFile ? output(j, depth + 1) : argument(j, a == 0, depth);
        }
      }
    }
    return Sink.of(Destination.LOADED, "a shell variable");
  }

  private Sink argument(int j, boolean asProgram, int depth) {
    Invocation outer = context.invocation(j);
    String program = outer.program();
    if (asProgram && outer.has(Invocation.Trait.DYNAMIC_PROGRAM)) {
      return Sink.of(Destination.LOADED, "the shell, as a command");
    }
    if (Network.sendsInput(outer) || NetworkSends.isSender(outer)) {
      return new Sink(Destination.SENT, Network.destination(outer), true);
    }
    if (Programs.LOADERS.contains(program)) {
      return Sink.of(Destination.LOADED, program);
    }
    if (Programs.ABSORBERS.contains(program)) {
      return Sink.NONE;
    }
    if (Programs.PRINTERS.contains(program)) {
      return output(j, depth + 1);
    }
    return Sink.of(Destination.USED, program);
  }

  /** A program that prints the files it is given, such as a process substitution {@code <( )}. */
  private static boolean readsFiles(String program) {
    return Programs.READERS.contains(program) || Programs.PASS_THROUGH.contains(program);
  }

  private static boolean holds(Arg arg, Invocation inner) {
    Span a = arg.span();
    Span s = inner.span();
    return arg.dynamic()
        && arg.producers().contains(inner.program())
        && a.start() <= s.start()
        && s.end() <= a.end();
  }
}
