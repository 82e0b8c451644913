package dev.cmdguard.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The hostile commands of issue 9, by name: the inputs of {@code HostileEvaluationTest} (in
 * cmdguard-core's tests, which records one cold evaluation of each) for {@link
 * HostileInputBenchmark}, which measures them warm.
 */
final class HostileInputs {
  /** Ordinary lines for the 1 MiB script: lists, pipes, quotes, a loop, a here-string. */
  private static final String[] LINES = {
    "ls -la /tmp && grep -rn TODO src | head -n 20",
    "git status --short; git diff --stat HEAD~1",
    "find . -name '*.java' -not -path './target/*' -exec wc -l {} +",
    "for f in *.log; do gzip -9 \"$f\"; done",
    "npm run build 2>&1 | tee build.log",
    "cat <<< \"$(date +%F) done\" >> notes.txt",
    "mvn -q -DskipTests package && java -jar target/app.jar --port 8080 &",
    "rm -rf node_modules/.cache; echo cleaned",
  };

  private static final Map<String, Supplier<String>> INPUTS = new LinkedHashMap<>();

  static {
    INPUTS.put("10MB", () -> "rm -rf /; " + "echo a; ".repeat(10 << 17));
    INPUTS.put("heredoc100MB", () -> "cat > f <<'EOF'\n" + "x".repeat(100_000_000) + "\nEOF\n");
    INPUTS.put(
        "heredoc1MiB",
        () -> "cat > f <<'EOF'\n" + "x".repeat(63).concat("\n").repeat(16_000) + "EOF\nrm -rf /");
    INPUTS.put(
        "heredocExpansions16k",
        () -> "cat > f <<EOF\n" + "${x} $(a) \"$y\"\n".repeat(16_000) + "EOF\nrm -rf /");
    INPUTS.put("substitutions100k", () -> "echo " + "$(".repeat(100_000));
    INPUTS.put("subshells100k", () -> "( ".repeat(100_000) + "rm -rf /" + " )".repeat(100_000));
    INPUTS.put("rmAfterDeepSubstitutions", () -> nested(50_000) + "; rm -rf /");
    INPUTS.put("deepSubstitutions1MiB", () -> nested(340_000));
    INPUTS.put("braces10k", () -> "{ ".repeat(10_000) + "ls; " + "}; ".repeat(10_000));
    INPUTS.put("if5k", () -> "if a; then ".repeat(5_000) + "ls" + "; fi".repeat(5_000));
    INPUTS.put("nul", () -> "rm -rf /\0; ls");
    INPUTS.put("crlf", () -> "cd /\r\nrm -rf *\r\n");
    INPUTS.put("lookalikes", () -> "ｒｍ -rf ／; rm\u00a0-rf /; r\u200bm -rf /\u200b");
    INPUTS.put("ordinary1MiB", HostileInputs::ordinaryScript);
    INPUTS.put("padding10k", () -> "echo a; ".repeat(10_000) + "rm -rf /");
    INPUTS.put("cd100k", () -> "cd a; ".repeat(100_000) + "rm -rf b");
    INPUTS.put("functions20k", HostileInputs::functions);
  }

  private HostileInputs() {}

  /**
   * The input called {@code name}.
   *
   * @throws IllegalArgumentException when there is none; the message lists the names
   */
  static String text(String name) {
    Supplier<String> input = INPUTS.get(name);
    if (input == null) {
      throw new IllegalArgumentException(
          "no hostile input '" + name + "'; one of " + INPUTS.keySet());
    }
    return input.get();
  }

  private static String nested(int depth) {
    return "echo " + "$(".repeat(depth) + ")".repeat(depth);
  }

  /** Ordinary lines, one after the other, up to just under 1 MiB (the size limit). */
  static String ordinaryScript() {
    StringBuilder script = new StringBuilder();
    for (int i = 0; ; i++) {
      String line = LINES[i % LINES.length] + "\n";
      if (script.length() + line.length() > 1 << 20) {
        return script.toString();
      }
      script.append(line);
    }
  }

  private static String functions() {
    StringBuilder script = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      script.append("f").append(i).append("() { echo ").append(i).append("; }\n");
    }
    return script.toString();
  }
}
