package dev.cmdguard.rules.execution;

import dev.cmdguard.FindingCode;
import dev.cmdguard.Risk;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.shell.Span;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Code the unwrap stage could not read, judged by where it comes from ({@link ScriptSource}) and,
 * when it is partly written out, by its command words ({@link CodeText}):
 *
 * <ul>
 *   <li>a shell or interpreter reading its script from standard input ({@code curl … | sh}, {@code
 *       base64 -d x | bash}, {@code sh < install.sh}, {@code echo "$x" | sh});
 *   <li>an invocation whose program or code is only known at run time ({@code $CMD -rf /}, {@code
 *       eval "$x"}, {@code sh -c "$(curl …)"}, {@code bash <(curl …)}, {@code source "$F"}, {@code
 *       bash -c "rm -rf $DIR"}).
 * </ul>
 *
 * Downloaded or decoded code is {@code PIPE_TO_SHELL} (high); a run-time command word, eval text,
 * or a dangerous program with run-time arguments is {@code DYNAMIC_COMMAND} (high; medium for the
 * {@code eval "$(ssh-agent -s)"} family of shell set-up generators); a local file, another
 * program's output or an ordinary program with run-time arguments is {@code UNKNOWN_COMMAND}
 * (medium). Raw network connections are left to {@link ReverseShell}.
 */
final class UnseenCode {
  private static final String DOWNLOAD_FIRST =
      "download it to a file, read it, then run it: curl -fsSLo install.sh <url> && less install.sh";
  private static final String WRITE_IT_OUT = "write the command out so that it can be checked";

  /** A file name with no expansion left in it. */
  private static final Pattern STATIC_NAME = Pattern.compile("[A-Za-z0-9._+-]+");

  private UnseenCode() {}

  /** A shell or interpreter whose script comes from its standard input. */
  static void stdinScript(RuleContext context, Findings findings, int index, Invocation inv) {
    if (context.stage(index).size() > 1) {
      return; // the script was known and its commands are invocations of their own
    }
    ScriptSource source = ScriptSource.ofStdin(context, inv);
    String who = inv.program() + where(inv);
    report(findings, index, who, source, Span.NONE);
  }

  /** An invocation whose program name or code is only known at run time. */
  static void dynamicProgram(RuleContext context, Findings findings, int index, Invocation inv) {
    if (inv.argv().isEmpty()) {
      return;
    }
    Arg name = inv.argv().get(0);
    List<String> origin = inv.origin();
    String label = origin.isEmpty() ? "" : origin.get(origin.size() - 1);
    boolean processSubstitution = name.value().startsWith("<(");
    if (!processSubstitution && label.endsWith(" " + name.value())) {
      unknown(findings, index, label + " runs a script whose path is only known at run time", name);
      return;
    }
    String runner = (label.isEmpty() ? "the shell" : label) + where(inv);
    if (!name.dynamic()) {
      unknown(
          findings,
          index,
          "the command name " + name.value() + " depends on which files exist",
          name);
      return;
    }
    boolean substitution = name.knownPrefix().isBlank() && !name.producers().isEmpty();
    if (!processSubstitution && !isCode(label, name.value())) {
      commandName(findings, index, name, substitution);
    } else if (substitution) {
      substitution(findings, index, runner, processSubstitution, name);
    } else {
      partlyKnown(context, findings, index, runner, name);
    }
  }

  /** True when the wrapper runs its argument as shell code rather than as a program name. */
  private static boolean isCode(String label, String value) {
    return label.equals("eval")
        || label.endsWith(" -c")
        || label.endsWith("--command")
        || label.startsWith("ssh ")
        || label.equals("watch")
        || label.equals("parallel")
        || (!label.isEmpty() && value.contains(" ") && !value.matches("(?s)(\\$\\(|`).*"));
  }

  /** {@code $CMD -rf /}, {@code $(curl …)}; but {@code $JAVA_HOME/bin/java} names its program. */
  private static void commandName(Findings findings, int index, Arg name, boolean substitution) {
    if (substitution) {
      ScriptSource source = ScriptSource.ofProducers(name.producers(), name.value());
      if (source.kind().compareTo(ScriptSource.Kind.DECODED) <= 0) {
        report(findings, index, "the shell", network(source), name.span());
        return;
      }
    }
    String v = name.value();
    String base = v.substring(v.lastIndexOf('/') + 1);
    if (v.contains("/") && STATIC_NAME.matcher(base).matches()) {
      unknown(findings, index, "runs " + base + " from a directory only known at run time", name);
    } else {
      dynamic(findings, index, "the command name " + v + " is only known at run time", name);
    }
  }

  private static ScriptSource network(ScriptSource source) {
    return source.kind() == ScriptSource.Kind.SOCKET
        ? new ScriptSource(ScriptSource.Kind.NETWORK, source.detail())
        : source;
  }

  /** Code with some text written out: judged by its command words ({@link CodeText}). */
  private static void partlyKnown(
      RuleContext context, Findings findings, int index, String runner, Arg name) {
    CodeText.Judgement j = CodeText.judge(name.value());
    String runs = runner + " runs '" + name.value() + "'";
    switch (j.verdict()) {
      case DYNAMIC ->
          dynamic(findings, index, runs + ", whose command is only known at run time", name);
      case DANGEROUS -> {
        Optional<String> root = FoundFiles.workspaceRoot(context, index, name);
        if (root.isPresent()) {
          unknown(findings, index, runs + " on each file found under " + root.get(), name);
        } else {
          dynamic(findings, index, runs + ": " + j.word() + " with run-time values", name);
        }
      }
      case PLAIN -> unknown(findings, index, runs + ", with run-time values, not analysed", name);
    }
  }

  /** Code that is the output of a command substitution ({@code eval "$(…)"}, {@code <(…)}). */
  private static void substitution(
      Findings findings, int index, String runner, boolean processSubstitution, Arg name) {
    ScriptSource source = ScriptSource.ofProducers(name.producers(), name.value());
    switch (source.kind()) {
      case NETWORK, DECODED, SETUP, SOCKET ->
          report(findings, index, runner, network(source), name.span());
      case LOCAL, PROGRAM -> {
        if (processSubstitution) {
          report(findings, index, runner, source, name.span());
        } else {
          dynamic(
              findings,
              index,
              runner + " runs the text printed by " + source.detail() + ", only known at run time",
              name);
        }
      }
      case DYNAMIC, KNOWN ->
          dynamic(
              findings, index, runner + " runs code only known at run time: " + name.value(), name);
    }
  }

  private static void report(
      Findings findings, int index, String who, ScriptSource source, Span at) {
    String d = source.detail();
    switch (source.kind()) {
      case NETWORK ->
          findings
              .report(FindingCode.PIPE_TO_SHELL, index)
              .message(who + " runs code downloaded by " + d + ", unseen by the guard")
              .at(at)
              .safer(DOWNLOAD_FIRST)
              .add();
      case DECODED ->
          findings
              .report(FindingCode.PIPE_TO_SHELL, index)
              .message(who + " runs data decoded by " + d + ", unseen by the guard")
              .at(at)
              .safer("decode it to a file and read it before running it")
              .add();
      case DYNAMIC -> dynamic(findings, index, who + " runs code only known at run time: " + d, at);
      case SETUP ->
          findings
              .report(FindingCode.DYNAMIC_COMMAND, index)
              .severity(Risk.MEDIUM)
              .message(who + " runs the shell set-up code printed by " + d)
              .at(at)
              .add();
      case LOCAL ->
          unknown(
              findings, index, who + " runs the script " + d + ", whose code is not analysed", at);
      case PROGRAM ->
          unknown(findings, index, who + " runs commands printed by " + d + ", not analysed", at);
      case SOCKET, KNOWN -> {}
    }
  }

  private static void dynamic(Findings findings, int index, String message, Arg at) {
    dynamic(findings, index, message, at.span());
  }

  private static void dynamic(Findings findings, int index, String message, Span at) {
    findings
        .report(FindingCode.DYNAMIC_COMMAND, index)
        .message(message)
        .at(at)
        .safer(WRITE_IT_OUT)
        .add();
  }

  private static void unknown(Findings findings, int index, String message, Arg at) {
    unknown(findings, index, message, at.span());
  }

  private static void unknown(Findings findings, int index, String message, Span at) {
    findings.report(FindingCode.UNKNOWN_COMMAND, index).message(message).at(at).add();
  }

  static String where(Invocation inv) {
    return inv.has(Invocation.Trait.REMOTE) ? " on the remote host" : "";
  }
}
