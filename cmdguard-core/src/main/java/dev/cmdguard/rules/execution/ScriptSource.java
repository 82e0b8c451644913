package dev.cmdguard.rules.execution;

import dev.cmdguard.paths.PathClass;
import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import dev.cmdguard.unwrap.Stdin;
import java.util.List;

/**
 * Where the code a shell or interpreter runs comes from, when the unwrap stage could not read it:
 * followed back through pipes and pass-through filters ({@code tee}, {@code cat}, {@code gunzip},
 * {@code sed} …) to the network, a decoder, a file, a run-time value or a generating program.
 *
 * @param kind the kind of source
 * @param detail the program, file or text it comes from, for the message
 */
record ScriptSource(Kind kind, String detail) {
  private static final int MAX_HOPS = 8;

  /** Kinds of sources, from the most to the least alarming. */
  enum Kind {
    /** A raw network connection ({@code nc}, {@code /dev/tcp}): someone else types the code. */
    SOCKET,
    /** Downloaded ({@code curl}, {@code wget} …). */
    NETWORK,
    /** Decoded or decrypted data ({@code base64 -d}) whose plain text is not in the command. */
    DECODED,
    /** Text only known at run time ({@code echo "$x"}, a here-document with expansions). */
    DYNAMIC,
    /** A shell set-up generator meant for eval ({@code ssh-agent}, {@code direnv hook} …). */
    SETUP,
    /** A local file ({@code sh < install.sh}, {@code cat install.sh | sh}). */
    LOCAL,
    /** The output of some other program ({@code find … | sed … | sh}). */
    PROGRAM,
    /** Statically known text: the unwrap stage analysed it. */
    KNOWN
  }

  /** The source of what {@code inv} reads on standard input. */
  static ScriptSource ofStdin(RuleContext context, Invocation inv) {
    // instanceof, not a pattern switch: see docs/agents.md, "Start-up"
    Stdin stdin = inv.stdin();
    if (stdin instanceof Stdin.Pipe p) {
      return ofPipe(context, p.producer(), 0);
    } else if (stdin instanceof Stdin.File f) {
      return ofFile(context, inv, f.path());
    } else if (stdin instanceof Stdin.HereString h) {
      return ofText(h.word());
    } else if (stdin instanceof Stdin.Heredoc h) {
      return h.dynamic()
          ? new ScriptSource(Kind.DYNAMIC, "a here-document with run-time values")
          : new ScriptSource(Kind.KNOWN, "");
    } else if (stdin instanceof Stdin.Inherited) {
      return new ScriptSource(Kind.KNOWN, "");
    }
    throw new IllegalStateException("unexpected stdin: " + stdin);
  }

  /** The source of the output of the pipeline stage starting at {@code producer}. */
  static ScriptSource ofPipe(RuleContext context, int producer, int hops) {
    List<Invocation> stage = context.stage(producer);
    for (Invocation inv : stage) {
      if (Tools.socket(inv)) {
        return new ScriptSource(Kind.SOCKET, inv.program());
      }
    }
    String net = Tools.network(stage.stream().map(Invocation::program).toList());
    if (net != null) {
      return new ScriptSource(Kind.NETWORK, net);
    }
    Invocation last = stage.get(stage.size() - 1);
    if (stage.stream().anyMatch(Tools::decodes)) {
      ScriptSource upstream = upstream(context, last, hops);
      return upstream.kind().compareTo(Kind.NETWORK) <= 0
          ? upstream
          : new ScriptSource(Kind.DECODED, last.program());
    }
    if (last.program().equals("echo") || last.program().equals("printf")) {
      return ofEcho(last);
    }
    if (Tools.FILTERS.contains(last.program())) {
      return upstream(context, last, hops);
    }
    return program(last.program());
  }

  /** What a filter reads: its pipe, its input file, or the files it names. */
  private static ScriptSource upstream(RuleContext context, Invocation filter, int hops) {
    Stdin stdin = filter.stdin();
    if (stdin instanceof Stdin.Pipe p) {
      return hops < MAX_HOPS
          ? ofPipe(context, p.producer(), hops + 1)
          : new ScriptSource(Kind.PROGRAM, p.program());
    } else if (stdin instanceof Stdin.File f) {
      return ofFile(context, filter, f.path());
    } else if (stdin instanceof Stdin.HereString h) {
      return ofText(h.word());
    } else if (stdin instanceof Stdin.Heredoc || stdin instanceof Stdin.Inherited) {
      return new ScriptSource(Kind.LOCAL, files(filter));
    }
    throw new IllegalStateException("unexpected stdin: " + stdin);
  }

  /** The output of {@code echo}/{@code printf}: known, made of run-time values, or downloaded. */
  private static ScriptSource ofEcho(Invocation echo) {
    for (Arg arg : echo.args()) {
      ScriptSource s = ofText(arg);
      if (s.kind() != Kind.KNOWN) {
        return s;
      }
    }
    return new ScriptSource(Kind.KNOWN, "");
  }

  /** The source of a piece of text: known, or what its expansions come from. */
  static ScriptSource ofText(Arg text) {
    if (!text.dynamic()) {
      return new ScriptSource(Kind.KNOWN, "");
    }
    if (text.producers().isEmpty()) {
      return new ScriptSource(Kind.DYNAMIC, text.value());
    }
    return ofProducers(text.producers(), text.value());
  }

  /** The source of the output of the commands of a substitution. */
  static ScriptSource ofProducers(List<String> producers, String shown) {
    if (!producers.isEmpty() && Tools.SHELL_SETUP.containsAll(producers)) {
      return new ScriptSource(Kind.SETUP, producers.get(0));
    }
    String net = Tools.network(producers);
    if (net != null) {
      return new ScriptSource(Kind.NETWORK, net);
    }
    for (String p : producers) {
      if (Tools.DECODERS.contains(p) && !p.equals("tr") && !p.equals("rev")) {
        return new ScriptSource(Kind.DECODED, p);
      }
    }
    return producers.isEmpty()
        ? new ScriptSource(Kind.DYNAMIC, shown)
        : program(producers.get(producers.size() - 1));
  }

  private static ScriptSource ofFile(RuleContext context, Invocation inv, Arg path) {
    if (path.dynamic()) {
      return ofProducers(path.producers(), path.value());
    }
    if (path.value().contains("tcp/") || path.value().contains("udp/")) {
      if (context.classify(inv, path).has(PathClass.NETWORK_SOCKET)) {
        return new ScriptSource(Kind.SOCKET, path.value());
      }
    }
    return new ScriptSource(Kind.LOCAL, path.value());
  }

  private static ScriptSource program(String program) {
    return new ScriptSource(
        Tools.SHELL_SETUP.contains(program) ? Kind.SETUP : Kind.PROGRAM, program);
  }

  /** The operands of a filter reading files ({@code install.sh} of {@code cat install.sh}). */
  private static String files(Invocation inv) {
    List<String> names =
        inv.args().stream().map(Arg::value).filter(v -> !v.startsWith("-")).toList();
    return names.isEmpty() ? "read by " + inv.program() : String.join(" ", names);
  }
}
