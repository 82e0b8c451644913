package dev.cmdguard.unwrap.inline;

import java.util.ArrayList;
import java.util.List;

/** Compact renderings of analysis results for table-driven tests. */
final class Rendered {
  private Rendered() {}

  /**
   * One string per effect ({@code shell:rm -rf /}, {@code argv:[rm, -rf, /]}, {@code delete-r:/},
   * {@code write:/etc/hosts}, {@code net:socket.connect}, {@code eval:exec}, {@code
   * revshell:socket.socket.connect}); a {@code ~} after the kind marks a dynamic effect; {@code
   * opaque} last when the code is opaque.
   */
  static List<String> of(InlineAnalysis analysis) {
    List<String> out = new ArrayList<>();
    for (Effect e : analysis.effects()) {
      out.add(of(e));
    }
    if (analysis.opaque()) {
      out.add("opaque");
    }
    return out;
  }

  static String of(Effect e) {
    return switch (e) {
      case Effect.ShellCommand s -> "shell" + mark(s.dynamic()) + ":" + s.script();
      case Effect.ArgvCommand a -> "argv" + mark(a.dynamic()) + ":" + a.argv();
      case Effect.Delete d ->
          "delete" + (d.recursive() ? "-r" : "") + mark(d.dynamic()) + ":" + d.path();
      case Effect.Write w -> "write" + mark(w.dynamic()) + ":" + w.path();
      case Effect.Network n -> "net:" + n.api();
      case Effect.Eval v -> "eval" + mark(v.dynamic()) + ":" + v.api();
      case Effect.ReverseShellPattern r -> "revshell:" + r.api();
    };
  }

  private static String mark(boolean dynamic) {
    return dynamic ? "~" : "";
  }
}
