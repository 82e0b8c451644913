package dev.cmdguard.unwrap.windows;

import dev.cmdguard.shell.Span;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.ResolvedRedirect;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * cmd.exe's builtins, each read as the cmdlet that does the same so that one set of rules judges
 * both shells (the builtins' {@code /?} help): {@code del}/{@code erase} and {@code rd}/{@code
 * rmdir} are {@code remove-item} ({@code /s} is {@code -Recurse}, {@code /f} and {@code /a} are
 * {@code -Force}), {@code dir} is {@code get-childitem}, {@code type} {@code get-content}, {@code
 * copy} {@code copy-item}, {@code move} {@code move-item}, {@code ren} {@code rename-item}, {@code
 * md} {@code new-item -ItemType Directory}, {@code mklink} {@code new-item -ItemType SymbolicLink},
 * {@code cd} {@code set-location}, {@code pushd}/{@code popd} {@code push-location}/{@code
 * pop-location}, {@code echo} {@code write-output}, {@code start} {@code start-process} (and the
 * program it starts), {@code date}/{@code time} with a value {@code set-date}. The rest keep their
 * names ({@code set}, {@code ver}, {@code assoc} …).
 */
final class CmdBuiltins {
  private static final Set<String> BUILTINS =
      Set.of(
          "del",
          "erase",
          "rd",
          "rmdir",
          "dir",
          "type",
          "copy",
          "move",
          "ren",
          "rename",
          "md",
          "mkdir",
          "cd",
          "chdir",
          "pushd",
          "popd",
          "echo",
          "set",
          "cls",
          "start",
          "mklink",
          "date",
          "time",
          "ver",
          "vol",
          "title",
          "color",
          "chcp",
          "verify",
          "prompt",
          "path",
          "setlocal",
          "endlocal",
          "pause",
          "shift",
          "goto",
          "break",
          "exit",
          "assoc",
          "ftype");

  private CmdBuiltins() {}

  static boolean isBuiltin(String name) {
    return BUILTINS.contains(name);
  }

  /** Reads a builtin's words into its cmdlet form. */
  static CmdParser.Ran run(
      CmdParser p,
      String name,
      List<CmdParser.Word> words,
      List<ResolvedRedirect> redirects,
      int pipeFrom,
      Optional<String> stdin) {
    Operands o = Operands.of(p, words);
    Span at = p.src.span(words.get(0).from(), words.get(0).to());
    List<Arg> argv = new ArrayList<>();
    Optional<String> output = Optional.empty();
    switch (name) {
      case "del", "erase", "rd", "rmdir" -> {
        argv.add(Arg.of("remove-item", at));
        flag(argv, o.has("/s"), "-Recurse");
        flag(argv, o.has("/f") || o.hasPrefix("/a"), "-Force");
        flag(argv, o.has("/p"), "-Confirm");
        list(argv, o.files);
      }
      case "dir" -> {
        argv.add(Arg.of("get-childitem", at));
        flag(argv, o.has("/s"), "-Recurse");
        flag(argv, o.hasPrefix("/a"), "-Force");
        list(argv, o.files);
      }
      case "type" -> {
        argv.add(Arg.of("get-content", at));
        list(argv, o.files);
      }
      case "copy", "move" -> transfer(argv, name, o, at);
      case "ren", "rename" -> {
        argv.add(Arg.of("rename-item", at));
        named(argv, "-Path", o.operand(0));
        named(argv, "-NewName", o.operand(1));
      }
      case "md", "mkdir" -> {
        argv.add(Arg.of("new-item", at));
        argv.add(Arg.of("-ItemType", Span.NONE));
        argv.add(Arg.of("Directory", Span.NONE));
        argv.add(Arg.of("-Path", Span.NONE));
        list(argv, o.files);
      }
      case "mklink" -> {
        argv.add(Arg.of("new-item", at));
        argv.add(Arg.of("-ItemType", Span.NONE));
        String type = o.has("/j") ? "Junction" : o.has("/h") ? "HardLink" : "SymbolicLink";
        argv.add(Arg.of(type, Span.NONE));
        named(argv, "-Path", o.operand(0));
        named(argv, "-Value", o.operand(1));
      }
      case "cd", "chdir", "pushd" -> {
        Optional<Arg> target = o.joined();
        argv.add(Arg.of(name.equals("pushd") ? "push-location" : "set-location", at));
        named(argv, "-Path", target);
        int index = p.out.add(argv, pipeFrom, stdin, redirects);
        if (name.equals("pushd")) {
          p.out.pushDirectory(target);
        } else if (target.isPresent()) {
          p.out.changeDirectory(target);
        }
        return new CmdParser.Ran(index, Optional.of(""));
      }
      case "popd" -> {
        argv.add(Arg.of("pop-location", at));
        int index = p.out.add(argv, pipeFrom, stdin, redirects);
        p.out.popDirectory();
        return new CmdParser.Ran(index, Optional.of(""));
      }
      case "echo" -> {
        argv.add(Arg.of("write-output", at));
        argv.addAll(o.plain);
        output = echo(p, words);
      }
      case "cls" -> argv.add(Arg.of("clear-host", at));
      case "start" -> {
        return CmdStart.run(p, words, at, redirects);
      }
      case "date", "time" -> {
        boolean show = o.plain.isEmpty() || o.has("/t");
        argv.add(Arg.of(show ? "get-date" : "set-date", at));
        argv.addAll(o.plain);
      }
      default -> {
        argv.add(Arg.of(name, at));
        for (CmdParser.Word w : words.subList(1, words.size())) {
          argv.add(p.arg(w, CmdWords.unquote(w.raw()), false));
        }
        if (name.equals("set") && !o.plain.isEmpty()) {
          output = Optional.of("");
        }
      }
    }
    return new CmdParser.Ran(p.out.add(argv, pipeFrom, stdin, redirects), output);
  }

  /** {@code copy SRC[+SRC…] [DEST]}, {@code move SRC[,SRC…] DEST}. */
  private static void transfer(List<Arg> argv, String name, Operands o, Span at) {
    argv.add(Arg.of(name.equals("copy") ? "copy-item" : "move-item", at));
    flag(argv, o.has("/y"), "-Force");
    List<Arg> sources = new ArrayList<>();
    for (Arg a : o.files) {
      for (String part : name.equals("copy") ? a.value().split("\\+") : new String[] {a.value()}) {
        if (!part.isEmpty()) {
          sources.add(
              new Arg(
                  part,
                  a.dynamic(),
                  a.dynamic() ? a.knownPrefix() : part,
                  a.glob(),
                  a.producers(),
                  a.span()));
        }
      }
    }
    Optional<Arg> destination = Optional.empty();
    if (sources.size() >= 2) {
      destination = Optional.of(sources.remove(sources.size() - 1));
    }
    argv.add(Arg.of("-Path", Span.NONE));
    list(argv, sources);
    named(argv, "-Destination", destination);
  }

  /** What {@code echo TEXT} prints: the rest of the line as written (quotes kept). */
  private static Optional<String> echo(CmdParser p, List<CmdParser.Word> words) {
    if (words.size() == 1) {
      String w = words.get(0).raw();
      return w.length() > 4 ? Optional.of(w.substring(5) + "\n") : Optional.empty();
    }
    List<String> raw = words.stream().skip(1).map(CmdParser.Word::raw).toList();
    String text = String.join(" ", raw);
    if (raw.size() == 1 && (text.equalsIgnoreCase("on") || text.equalsIgnoreCase("off"))) {
      return Optional.of("");
    }
    boolean known = words.stream().skip(1).noneMatch(w -> p.src.anyUnknown(w.from(), w.to()));
    return known ? Optional.of(text + "\n") : Optional.empty();
  }

  static void flag(List<Arg> argv, boolean on, String parameter) {
    if (on) {
      argv.add(Arg.of(parameter, Span.NONE));
    }
  }

  static void named(List<Arg> argv, String parameter, Optional<Arg> value) {
    if (value.isPresent()) {
      argv.add(Arg.of(parameter, Span.NONE));
      argv.add(value.get());
    }
  }

  /** Adds values as one PowerShell array: {@code a , b , c}. */
  static void list(List<Arg> argv, List<Arg> values) {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        argv.add(Arg.of(",", Span.NONE));
      }
      argv.add(values.get(i));
    }
  }

  /**
   * A builtin's arguments: switches (lower case), file names (file lists split, wildcards globbed)
   * and plain words (quotes removed).
   */
  record Operands(
      Set<String> switches,
      List<Arg> files,
      List<Arg> plain,
      List<CmdParser.Word> raw,
      CmdParser p) {
    static Operands of(CmdParser p, List<CmdParser.Word> words) {
      Set<String> switches = new java.util.HashSet<>();
      List<Arg> files = new ArrayList<>();
      List<Arg> plain = new ArrayList<>();
      List<CmdParser.Word> raw = new ArrayList<>();
      for (CmdParser.Word w : words.subList(1, words.size())) {
        String v = CmdWords.unquote(w.raw());
        List<String> sw = w.raw().startsWith("\"") ? List.of() : CmdWords.switches(v);
        if (!sw.isEmpty()) {
          switches.addAll(sw);
          continue;
        }
        raw.add(w);
        plain.add(p.arg(w, v, false));
        for (String f : CmdWords.fileList(w.raw())) {
          files.add(p.arg(w, f, f.contains("*") || f.contains("?")));
        }
      }
      return new Operands(Set.copyOf(switches), files, plain, raw, p);
    }

    boolean has(String s) {
      return switches.contains(s);
    }

    boolean hasPrefix(String s) {
      return switches.stream().anyMatch(x -> x.startsWith(s));
    }

    Optional<Arg> operand(int i) {
      return i < files.size() ? Optional.of(files.get(i)) : Optional.empty();
    }

    /** The operands as one path ({@code cd Program Files} needs no quotes). */
    Optional<Arg> joined() {
      if (raw.isEmpty()) {
        return Optional.empty();
      }
      String v = String.join(" ", raw.stream().map(w -> CmdWords.unquote(w.raw())).toList());
      CmdParser.Word first = raw.get(0);
      CmdParser.Word last = raw.get(raw.size() - 1);
      return Optional.of(p.arg(new CmdParser.Word(v, first.from(), last.to()), v, false));
    }
  }
}
