package dev.cmdguard.cli;

import dev.cmdguard.EvaluationRequest;
import dev.cmdguard.unwrap.ShellContext;
import java.util.List;
import java.util.Optional;

/**
 * One command as the user gave it: bash source text, or an argv run directly without a shell.
 * Exactly one is present.
 *
 * @param script the script text
 * @param argv the program and its arguments
 */
record GivenCommand(Optional<String> script, Optional<List<String>> argv) {
  GivenCommand {
    argv = argv.map(List::copyOf);
    if (script.isPresent() == argv.isPresent()) {
      throw new IllegalArgumentException("give exactly one of script and argv");
    }
  }

  static GivenCommand script(String text) {
    return new GivenCommand(Optional.of(text), Optional.empty());
  }

  static GivenCommand argv(List<String> words) {
    return new GivenCommand(Optional.empty(), Optional.of(words));
  }

  /**
   * The text that spans in findings and invocations point into: the script, or the argv joined by
   * single spaces (as the core reads an argv).
   */
  String source() {
    return script.orElseGet(() -> String.join(" ", argv.orElseThrow()));
  }

  /** The command as one would type it: the script, or the argv quoted for bash. */
  String shown() {
    return script.orElseGet(() -> ShellQuote.join(argv.orElseThrow()));
  }

  /** A request to judge this command in {@code context}. */
  EvaluationRequest request(ShellContext context) {
    return script.isPresent()
        ? EvaluationRequest.script(script.get(), context.cwd(), context.home(), context.user())
        : EvaluationRequest.argv(argv.get(), context.cwd(), context.home(), context.user());
  }
}
