package dev.cmdguard.unwrap.inline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The effects found so far, and the signals that together make a reverse shell: a raw socket, a
 * shell started, the standard streams duplicated onto a descriptor.
 */
final class Effects {
  /** Most effects kept; more are dropped (the code is then flagged by the first ones anyway). */
  static final int MAX_EFFECTS = 10_000;

  private static final Set<String> SHELLS =
      Set.of(
          "sh",
          "bash",
          "dash",
          "zsh",
          "ksh",
          "mksh",
          "csh",
          "tcsh",
          "fish",
          "ash",
          "busybox",
          "cmd",
          "cmd.exe",
          "powershell",
          "powershell.exe",
          "pwsh");

  private final List<Effect> list = new ArrayList<>();
  private Effect.Network socket;
  private boolean duplicated;
  private boolean shellStarted;
  private boolean command;

  void add(Effect e) {
    if (list.size() < MAX_EFFECTS) {
      list.add(e);
    }
  }

  void shell(Val script, String api, int offset) {
    Val.Str s = Val.asStr(script);
    add(new Effect.ShellCommand(s.text(), s.dynamic(), api, offset));
    command = true;
    shellStarted |= isShell(firstWord(s.text()));
  }

  void argv(List<Val> argv, String api, int offset) {
    List<String> words = new ArrayList<>();
    boolean dynamic = argv.isEmpty();
    for (Val v : argv) {
      words.add(Val.text(v));
      dynamic |= Val.dynamic(v);
    }
    if (words.isEmpty()) {
      words.add(Val.hole("program"));
    }
    add(new Effect.ArgvCommand(words, dynamic, api, offset));
    command = true;
    shellStarted |= isShell(words.get(0));
  }

  void network(Effect.Network network, boolean raw) {
    add(network);
    if (raw && socket == null) {
      socket = network;
    }
  }

  void duplicate() {
    duplicated = true;
  }

  /** The effects, with a {@link Effect.ReverseShellPattern} last when the signals add up. */
  List<Effect> finish() {
    if (socket != null && (shellStarted || duplicated && command)) {
      add(new Effect.ReverseShellPattern(socket.api(), socket.offset()));
    }
    return List.copyOf(list);
  }

  /** The program a shell script starts with, {@code exec} skipped. */
  static String firstWord(String script) {
    String head = script.length() > 256 ? script.substring(0, 256) : script;
    String[] words = head.strip().split("[\\s;|&<>()]+");
    int k = 0;
    while (k < words.length - 1 && (words[k].equals("exec") || words[k].isEmpty())) {
      k++;
    }
    return words.length == 0 ? "" : words[k];
  }

  static boolean isShell(String program) {
    String base =
        program.substring(program.lastIndexOf('/') + 1).replace("\"", "").replace("'", "");
    return SHELLS.contains(base);
  }
}
