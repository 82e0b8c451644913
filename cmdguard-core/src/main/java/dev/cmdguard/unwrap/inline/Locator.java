package dev.cmdguard.unwrap.inline;

import dev.cmdguard.unwrap.inline.InlineCode.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads an interpreter's arguments to find where its program comes from. */
final class Locator {
  private static final Set<String> BUN_COMMANDS =
      Set.of(
          "install",
          "i",
          "add",
          "a",
          "remove",
          "rm",
          "update",
          "outdated",
          "link",
          "unlink",
          "pm",
          "build",
          "test",
          "x",
          "create",
          "init",
          "upgrade",
          "repl",
          "publish",
          "patch",
          "audit",
          "info",
          "why",
          "exec",
          "completions",
          "discord",
          "help");

  private Locator() {}

  static Source locate(Interpreter interpreter, List<String> args) {
    return switch (interpreter) {
      case PYTHON -> scan(ArgSpec.PYTHON, args, 0);
      case NODE -> scan(ArgSpec.NODE, args, 0);
      case BUN -> bun(args);
      case DENO -> deno(args);
      case PERL -> scan(ArgSpec.PERL, args, 0);
      case RUBY -> scan(ArgSpec.RUBY, args, 0);
      case IRB -> scan(ArgSpec.IRB, args, 0);
      case PHP -> scan(ArgSpec.PHP, args, 0);
      case LUA -> scan(ArgSpec.LUA, args, 0);
    };
  }

  /** {@code bun -e CODE}, {@code bun run FILE}, {@code bun FILE}; package-manager verbs. */
  private static Source bun(List<String> args) {
    int k = 0;
    while (k < args.size() && args.get(k).startsWith("-") && !isCodeOption(args.get(k))) {
      k++;
    }
    if (k < args.size() && args.get(k).equals("run")) {
      return scan(ArgSpec.NODE, args, k + 1);
    }
    if (k < args.size() && BUN_COMMANDS.contains(args.get(k))) {
      return new Source.Other("bun " + args.get(k));
    }
    return scan(ArgSpec.NODE, args, 0);
  }

  private static boolean isCodeOption(String arg) {
    return arg.equals("-e")
        || arg.equals("-p")
        || arg.startsWith("--eval")
        || arg.startsWith("--print");
  }

  /** {@code deno eval [-p] CODE}, {@code deno run [flags] FILE|-}, {@code deno FILE}. */
  private static Source deno(List<String> args) {
    if (args.isEmpty()) {
      return new Source.Other("deno repl");
    }
    String verb = args.get(0);
    if (verb.equals("eval")) {
      List<String> rest = args.subList(1, args.size());
      for (String arg : rest) {
        if (!arg.startsWith("-")) {
          return new Source.Inline(arg);
        }
      }
      return new Source.Other("deno eval without code");
    }
    if (verb.equals("run")) {
      return firstOperand(args.subList(1, args.size()));
    }
    if (verb.startsWith("-") || verb.contains(".") || verb.contains("/")) {
      return firstOperand(args);
    }
    return new Source.Other("deno " + verb);
  }

  /** The first argument that is not a flag: {@code -} for standard input, else a script. */
  private static Source firstOperand(List<String> args) {
    for (int k = 0; k < args.size(); k++) {
      String arg = args.get(k);
      if (arg.equals("-")) {
        return new Source.Stdin();
      }
      if (Set.of("-c", "--config", "--import-map", "--lock", "--cert", "--location", "--seed")
          .contains(arg)) {
        k++;
      } else if (!arg.startsWith("-")) {
        return new Source.ScriptFile(arg);
      }
    }
    return new Source.Other("no script");
  }

  /** Scans options from {@code from}; the first operand is the script. */
  private static Source scan(ArgSpec spec, List<String> args, int from) {
    Options options = new Options(spec, args, from);
    return options.run();
  }

  /** One pass over the arguments. */
  private static final class Options {
    private final ArgSpec spec;
    private final List<String> args;
    private final List<String> code = new ArrayList<>();
    private int k;

    Options(ArgSpec spec, List<String> args, int from) {
      this.spec = spec;
      this.args = args;
      this.k = from;
    }

    Source run() {
      for (; k < args.size(); k++) {
        String arg = args.get(k);
        Source found;
        if (arg.equals("--")) {
          return operand(k + 1 < args.size() ? args.get(k + 1) : null);
        } else if (arg.startsWith("--") || spec.longCode().contains(arg)) {
          found = longOption(arg);
        } else if (arg.startsWith("-") && arg.length() > 1) {
          found = cluster(arg);
        } else {
          return operand(arg);
        }
        if (found != null) {
          return found;
        }
      }
      return operand(null);
    }

    /** The end of the options: code given, else the script named by {@code arg}, else stdin. */
    private Source operand(String arg) {
      if (!code.isEmpty()) {
        return new Source.Inline(String.join("\n", code));
      }
      if (arg == null || arg.equals("-")) {
        return new Source.Stdin();
      }
      return new Source.ScriptFile(arg);
    }

    private Source longOption(String arg) {
      int eq = arg.indexOf('=');
      String name = eq < 0 ? arg : arg.substring(0, eq);
      if (spec.longStop().contains(name)) {
        return new Source.Other(name);
      }
      if (spec.longCode().contains(name)) {
        String value = eq >= 0 ? arg.substring(eq + 1) : next();
        return value == null ? new Source.Other(name + " without code") : addCode(value);
      }
      if (eq < 0 && spec.longValue().contains(name)) {
        k++;
      }
      return null;
    }

    private Source cluster(String arg) {
      for (int j = 1; j < arg.length(); j++) {
        char letter = arg.charAt(j);
        String attached = arg.substring(j + 1);
        if (has(spec.stop(), letter)) {
          return new Source.Other(arg);
        }
        if (has(spec.code(), letter) || has(spec.module(), letter) || has(spec.file(), letter)) {
          String value = attached.isEmpty() ? next() : attached;
          if (value == null) {
            return new Source.Other("-" + letter + " without a value");
          }
          return valued(letter, value);
        }
        if (has(spec.value(), letter)) {
          if (attached.isEmpty()) {
            k++;
          }
          return null;
        }
        if (has(spec.rest(), letter)) {
          return null;
        }
        if (has(spec.digits(), letter)) {
          j = skipNumber(arg, j + 1) - 1;
        }
      }
      return null;
    }

    private Source valued(char letter, String value) {
      if (has(spec.module(), letter)) {
        return new Source.Module(value);
      }
      if (has(spec.file(), letter)) {
        return new Source.ScriptFile(value);
      }
      return addCode(value);
    }

    private Source addCode(String value) {
      if (spec.codeEndsOptions()) {
        return new Source.Inline(value);
      }
      if (spec.lastCodeWins()) {
        code.clear();
      }
      code.add(value);
      return null;
    }

    private String next() {
      if (k + 1 >= args.size()) {
        return null;
      }
      k++;
      return args.get(k);
    }

    /** The index after an octal or {@code xHEX} number at {@code i} (perl {@code -0777}). */
    private static int skipNumber(String s, int i) {
      int j = i;
      if (s.startsWith("x", j)) {
        j++;
        while (j < s.length() && Character.digit(s.charAt(j), 16) >= 0) {
          j++;
        }
        return j;
      }
      while (j < s.length() && Character.isDigit(s.charAt(j))) {
        j++;
      }
      return j;
    }

    private static boolean has(String letters, char letter) {
      return letters.indexOf(letter) >= 0;
    }
  }
}
