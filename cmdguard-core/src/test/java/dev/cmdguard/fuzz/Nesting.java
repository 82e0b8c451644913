package dev.cmdguard.fuzz;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Transformations of a whole script into another script that runs it (SPEC section 2): a shell's
 * {@code -c} with its flags, {@code eval}, a here-document, a here-string or a pipe into a shell,
 * {@code source} of a process substitution, {@code su -c}, a function, a subshell, a group, a
 * condition, a command substitution. Some need a simple command (a wrapper prefix); {@code simple}
 * says whether the result is one.
 *
 * @param name how the transformation is named in reports
 * @param needsSimple true when the input must be one simple command
 * @param simple true when the result is one simple command
 * @param apply the transformation
 */
record Nesting(String name, boolean needsSimple, boolean simple, UnaryOperator<String> apply) {

  static final List<Nesting> ALL =
      List.of(
          nest("sh -c '…'", s -> "sh -c " + Spelling.single(s)),
          nest("bash -lc '…'", s -> "bash -lc " + Spelling.single(s)),
          nest("bash -e -c '…'", s -> "bash -e -c " + Spelling.single(s)),
          nest("/bin/bash -c \"…\"", s -> "/bin/bash -c " + Spelling.doubleQuoted(s)),
          nest("bash -o pipefail -c '…'", s -> "bash -o pipefail -c " + Spelling.single(s)),
          nest("zsh -c '…'", s -> "zsh -c " + Spelling.single(s)),
          nest("dash -c '…'", s -> "dash -c " + Spelling.single(s)),
          nest("ksh -c '…'", s -> "ksh -c " + Spelling.single(s)),
          nest("bash -c '…' with $0 set", s -> "bash -c " + Spelling.single(s) + " guard"),
          nest("su -c '…'", s -> "su -c " + Spelling.single(s)),
          nest("su - root -c '…'", s -> "su - root -c " + Spelling.single(s)),
          nest("eval '…'", s -> "eval " + Spelling.single(s)),
          nest("eval \"…\"", s -> "eval " + Spelling.doubleQuoted(s)),
          nest(
              "bash <<'EOF' heredoc",
              s -> "bash <<'E" + s.length() + "'\n" + s + "\nE" + s.length()),
          nest(
              "sh <<-EOF heredoc, unquoted",
              s ->
                  "sh <<-E"
                      + s.length()
                      + "\n\t"
                      + s.replaceAll("([\\\\$`])", "\\\\$1")
                      + "\n\tE"
                      + s.length()),
          nest("bash <<< '…' here-string", s -> "bash <<< " + Spelling.single(s)),
          nest("bash -c \"$(echo '…')\"", s -> "bash -c \"$(echo " + Spelling.single(s) + ")\""),
          pipe("echo '…' | sh", s -> "echo " + Spelling.single(s) + " | sh"),
          pipe(
              "printf '%s\\n' '…' | bash", s -> "printf '%s\\n' " + Spelling.single(s) + " | bash"),
          pipe("echo '…' | sudo bash -s", s -> "echo " + Spelling.single(s) + " | sudo bash -s"),
          pipe("bash < <(echo '…')", s -> "bash < <(echo " + Spelling.single(s) + ")"),
          pipe("source <(echo '…')", s -> "source <(echo " + Spelling.single(s) + ")"),
          pipe(". <(echo '…')", s -> ". <(echo " + Spelling.single(s) + ")"),
          pipe("function f() { …; }; f", s -> "f() {\n" + s + "\n}; f"),
          pipe("( … )", s -> "(\n" + s + "\n)"),
          pipe("{ …; }", s -> "{\n" + s + "\n}"),
          pipe("if true; then …; fi", s -> "if true; then\n" + s + "\nfi"),
          pipe("true && …", s -> "true && " + s),
          pipe("false || …", s -> "false || " + s),
          pipe("for i in 1; do …; done", s -> "for i in 1; do\n" + s + "\ndone"),
          pipe("x=$(…)", s -> "x=$(\n" + s + "\n)"),
          pipe("echo `…`", s -> "echo `" + s.replace("\\", "\\\\").replace("`", "\\`") + "`"),
          pipe("… &", s -> "{\n" + s + "\n} &"),
          new Nesting("nohup … &", true, false, s -> "nohup " + s + " &"));

  private static Nesting nest(String name, UnaryOperator<String> apply) {
    return new Nesting(name, false, true, apply);
  }

  private static Nesting pipe(String name, UnaryOperator<String> apply) {
    return new Nesting(name, false, false, apply);
  }

  /** The script run this way, or empty when it needs a simple command and {@code s} is not one. */
  Optional<String> on(String script, boolean isSimple) {
    return needsSimple && !isSimple ? Optional.empty() : Optional.of(apply.apply(script));
  }

  /** A wrapper prefix as a transformation of a simple command. */
  static Nesting wrapper(String prefix) {
    return new Nesting("wrapper " + prefix, true, true, s -> prefix + " " + s);
  }
}
