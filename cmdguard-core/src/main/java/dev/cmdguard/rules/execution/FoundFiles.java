package dev.cmdguard.rules.execution;

import dev.cmdguard.paths.PathClass;
import dev.cmdguard.paths.PathClassification;
import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.shell.Span;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Code run once per file found by find(1) in the workspace ({@code find . -exec sh -c 'rm {}' \;},
 * {@code find . -name x | parallel rm -rf}): its only run-time values are the found paths, all
 * under a start directory the guard can judge, which makes it ordinary work on workspace files
 * rather than a command nobody can see.
 */
final class FoundFiles {
  /** The placeholders of find -exec, xargs -I and GNU parallel ({@code {}}, {@code {.}} …). */
  private static final Pattern ITEMS = Pattern.compile("\\{(?:items from stdin|[./#%]*)\\}");

  private FoundFiles() {}

  /**
   * The find start directory when {@code code}'s only run-time parts are found paths under the
   * workspace or a temporary directory; empty otherwise.
   */
  static Optional<String> workspaceRoot(RuleContext context, int index, Arg code) {
    if (!code.producers().equals(List.of("find"))) {
      return Optional.empty();
    }
    String rest = ITEMS.matcher(code.value()).replaceAll("");
    if (rest.contains("$") || rest.contains("`")) {
      return Optional.empty();
    }
    for (int i = index - 1; i >= 0; i--) {
      Invocation find = context.invocation(i);
      if (find.program().equals("find")) {
        Arg root = root(find);
        PathClassification c = context.classify(find, root);
        boolean local =
            !root.dynamic()
                && (c.has(PathClass.WORKSPACE)
                    || c.has(PathClass.WORKSPACE_ROOT)
                    || c.has(PathClass.TEMP));
        return local ? Optional.of(root.value()) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** find's first start directory; {@code .} when none is given (GNU find). */
  private static Arg root(Invocation find) {
    for (Arg a : find.args()) {
      String v = a.value();
      if (v.startsWith("-") || v.equals("(") || v.equals("!")) {
        break;
      }
      return a;
    }
    return Arg.of(".", Span.NONE);
  }
}
