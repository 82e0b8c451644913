package dev.cmdguard.rules.execution;

import dev.cmdguard.FindingCode;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.unwrap.AnalysisMarker;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import dev.cmdguard.unwrap.Stdin;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Interpreter code given on the command line ({@code python3 -c}, {@code node -e}, {@code perl -e},
 * a here-document into {@code python3}):
 *
 * <ul>
 *   <li>{@code INTERPRETER_INLINE_CODE} (medium) for every piece the unwrap stage marked as not
 *       fully understood ({@code OPAQUE_INLINE_CODE});
 *   <li>{@code REVERSE_SHELL} when the code connects a socket and starts a shell on it (the Python,
 *       Perl, Ruby, PHP, Node and Lua one-liners of the reverse-shell cheat-sheets);
 *   <li>{@code PIPE_TO_SHELL} when the code executes what it reads on standard input and that is
 *       downloaded ({@code curl … | python3 -c 'exec(sys.stdin.read())'}).
 * </ul>
 *
 * The code is what the interpreter runs, so reading it is not judging data.
 */
final class InlineCode {
  private static final Pattern SOCKET =
      Pattern.compile(
          "socket|fsockopen|TCPSocket|net\\.connect|net\\.Socket|createConnection|IO::Socket"
              + "|require\\(['\"]net['\"]\\)|Socket\\.new");
  private static final Pattern SPAWN =
      Pattern.compile(
          "dup2|pty\\.spawn|subprocess|os\\.system|popen|exec|spawn|system\\s*\\(|proc_open"
              + "|passthru|shell_exec|IO\\.popen|`");
  private static final Pattern SHELL =
      Pattern.compile(
          "/bin/(?:ba|z|da|k)?sh\\b|cmd\\.exe|['\"](?:ba|z)?sh['\"]|['\"]-i['\"]" + "|powershell");
  private static final Pattern STDIN_EXEC =
      Pattern.compile("(?s)(?:exec|eval)\\s*\\(.*stdin|stdin.*(?:exec|eval)\\s*\\(");

  private static final String DOWNLOAD_FIRST = "download it to a file, read it, then run it";

  private static final Set<String> CODE_OPTIONS =
      Set.of("-c", "-e", "-E", "-r", "-p", "--eval", "--print");

  private InlineCode() {}

  /** {@code INTERPRETER_INLINE_CODE} for each {@code OPAQUE_INLINE_CODE} marker. */
  static void markers(RuleContext context, Findings findings) {
    for (AnalysisMarker m : context.analysis().markers()) {
      if (m.kind() == AnalysisMarker.Kind.OPAQUE_INLINE_CODE) {
        findings
            .report(FindingCode.INTERPRETER_INLINE_CODE, indexAt(context, m))
            .message(m.message())
            .at(m.span())
            .safer("put the code in a file in the workspace, where it can be reviewed")
            .add();
      }
    }
  }

  /** Reverse shells and downloaded-code runners written as interpreter code. */
  static void check(
      RuleContext context, Findings findings, int index, Invocation inv, Set<Integer> reported) {
    Optional<Arg> argument = codeArgument(inv).or(() -> scriptOperand(inv));
    argument.filter(Arg::dynamic).ifPresent(arg -> dynamicCode(findings, index, inv, arg));
    Optional<String> code = code(inv);
    if (code.isEmpty()) {
      return;
    }
    String text = code.get();
    if (SOCKET.matcher(text).find()
        && SPAWN.matcher(text).find()
        && SHELL.matcher(text).find()
        && reported.add(index)) {
      findings
          .report(FindingCode.REVERSE_SHELL, index)
          .message(
              inv.program() + " code connects a socket to a shell: a remote machine controls it")
          .add();
    }
    if (inv.stdin() instanceof Stdin.Pipe pipe && STDIN_EXEC.matcher(text).find()) {
      ScriptSource source = ScriptSource.ofPipe(context, pipe.producer(), 0);
      if (source.kind() == ScriptSource.Kind.NETWORK) {
        findings
            .report(FindingCode.PIPE_TO_SHELL, index)
            .message(inv.program() + " executes what it reads, downloaded by " + source.detail())
            .safer(DOWNLOAD_FIRST)
            .add();
      }
    }
  }

  /** {@code node -e "$(curl …)"}, {@code python3 -c "$CODE"}: code that is not in the command. */
  private static void dynamicCode(Findings findings, int index, Invocation inv, Arg arg) {
    ScriptSource source = ScriptSource.ofText(arg);
    String who = inv.program();
    boolean processSubstitution = arg.value().startsWith("<(");
    switch (source.kind()) {
      case NETWORK, SOCKET, DECODED ->
          findings
              .report(FindingCode.PIPE_TO_SHELL, index)
              .message(who + " runs code fetched or decoded by " + source.detail() + ", unseen")
              .at(arg)
              .safer(DOWNLOAD_FIRST)
              .add();
      case LOCAL, PROGRAM, DYNAMIC -> {
        if (processSubstitution && source.kind() != ScriptSource.Kind.DYNAMIC) {
          findings
              .report(FindingCode.UNKNOWN_COMMAND, index)
              .message(who + " runs code printed by " + source.detail() + ", not analysed")
              .at(arg)
              .add();
        } else if (arg.knownPrefix().isBlank()) {
          findings
              .report(FindingCode.DYNAMIC_COMMAND, index)
              .message(who + " runs code only known at run time: " + arg.value())
              .at(arg)
              .safer("write the code out so that it can be checked")
              .add();
        }
      }
      case SETUP, KNOWN -> {}
    }
  }

  /** {@code python3 <(curl …)}: a script file that is a process substitution. */
  private static Optional<Arg> scriptOperand(Invocation inv) {
    for (Arg a : inv.args()) {
      if (a.value().startsWith("<(")) {
        return Optional.of(a);
      }
      if (!a.value().startsWith("-")) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static Optional<Arg> codeArgument(Invocation inv) {
    List<Arg> args = inv.args();
    for (int i = 0; i + 1 < args.size(); i++) {
      if (CODE_OPTIONS.contains(args.get(i).value())) {
        return Optional.of(args.get(i + 1));
      }
    }
    return Optional.empty();
  }

  /** The inline code: the operand of -c/-e/-E/-r/-p, or a here-document or here-string. */
  static Optional<String> code(Invocation inv) {
    if (!Tools.interpreter(inv.program())) {
      return Optional.empty();
    }
    Optional<Arg> arg = codeArgument(inv);
    if (arg.isPresent()) {
      return Optional.of(arg.get().value());
    }
    return inv.stdin().text();
  }

  /** The interpreter invocation a marker is about, or -1 for the whole command. */
  private static int indexAt(RuleContext context, AnalysisMarker marker) {
    List<Invocation> all = context.invocations();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).span().equals(marker.span()) && Tools.interpreter(all.get(i).program())) {
        return i;
      }
    }
    return -1;
  }
}
