package dev.cmdguard.unwrap.windows;

import dev.cmdguard.shell.Span;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import dev.cmdguard.unwrap.ResolvedRedirect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Simple cmd.exe commands as steps. A builtin becomes the cmdlet that does the same ({@link
 * CmdBuiltins}); any other word names a program, whose arguments are split as the C runtime does; a
 * drive letter alone ({@code D:}) changes the current drive. A builtin name may be glued to its
 * first argument ({@code dir/s}, {@code cd..}, {@code echo.}).
 */
final class CmdCommands {
  private static final Pattern GLUED = Pattern.compile("([A-Za-z]+)([./\\\\:+\\[\\](].*)");

  private CmdCommands() {}

  static CmdParser.Ran run(
      CmdParser p,
      List<CmdParser.Word> words,
      List<ResolvedRedirect> redirects,
      int pipeFrom,
      Optional<String> stdin) {
    if (words.isEmpty()) {
      groupRedirects(p, redirects);
      return CmdParser.Ran.NOTHING;
    }
    List<CmdParser.Word> w = new ArrayList<>(words);
    CmdParser.Word first = w.get(0);
    Matcher glued = GLUED.matcher(first.raw());
    if (!first.raw().contains("\"")
        && glued.matches()
        && CmdBuiltins.isBuiltin(glued.group(1).toLowerCase(Locale.ROOT))) {
      int cut = first.from() + glued.group(1).length();
      w.set(0, new CmdParser.Word(glued.group(1), first.from(), cut));
      w.add(1, new CmdParser.Word(glued.group(2), cut, first.to()));
    }
    String name = CmdWords.unquote(w.get(0).raw());
    String lower = name.toLowerCase(Locale.ROOT);
    Arg nameArg = p.arg(w.get(0), name, false);
    if (nameArg.dynamic()) {
      List<Arg> argv = new ArrayList<>();
      argv.add(nameArg);
      w.stream().skip(1).forEach(word -> runtimeArgs(p, word, argv));
      return new CmdParser.Ran(p.out.add(argv, pipeFrom, stdin, redirects), Optional.empty());
    }
    if (CmdBuiltins.isBuiltin(lower)) {
      return CmdBuiltins.run(p, lower, w, redirects, pipeFrom, stdin);
    }
    if (name.matches("[A-Za-z]:") && w.size() == 1) {
      int index =
          p.out.add(
              List.of(Arg.of("set-location", nameArg.span()), nameArg),
              -1,
              Optional.empty(),
              redirects);
      p.out.changeDirectory(Optional.of(Arg.dynamic(name, "", List.of(), nameArg.span())));
      return new CmdParser.Ran(index, Optional.of(""));
    }
    List<Arg> argv = new ArrayList<>();
    argv.add(
        new Arg(
            Names.nativeName(name),
            false,
            Names.nativeName(name),
            false,
            List.of(),
            nameArg.span()));
    w.stream().skip(1).forEach(word -> runtimeArgs(p, word, argv));
    if (Names.base(name).equals("timeout")) {
      return timeout(p, argv, redirects);
    }
    return new CmdParser.Ran(p.out.add(argv, pipeFrom, stdin, redirects), Optional.empty());
  }

  /** The arguments a program sees for one word. */
  private static void runtimeArgs(CmdParser p, CmdParser.Word word, List<Arg> into) {
    for (String v : CmdWords.runtime(word.raw())) {
      into.add(p.arg(word, v, false));
    }
  }

  /**
   * {@code timeout /t N} waits (timeout /?); it is {@code Start-Sleep}, not the coreutils wrapper
   * of the same name that runs a command.
   */
  private static CmdParser.Ran timeout(
      CmdParser p, List<Arg> argv, List<ResolvedRedirect> redirects) {
    List<Arg> out = new ArrayList<>();
    out.add(Arg.of("start-sleep", argv.get(0).span()));
    for (Arg a : argv.subList(1, argv.size())) {
      if (!a.value().startsWith("/")) {
        out.add(a);
      }
    }
    return new CmdParser.Ran(p.out.add(out, -1, Optional.empty(), redirects), Optional.of(""));
  }

  /**
   * Redirections of a group ({@code (echo a & echo b) > out.txt}) or of a command that is only a
   * redirection ({@code > out.txt}): each file written is a step {@code out-file -FilePath TARGET}.
   */
  static void groupRedirects(CmdParser p, List<ResolvedRedirect> redirects) {
    for (ResolvedRedirect r : redirects) {
      if (r.writesFile()) {
        List<Arg> argv = new ArrayList<>();
        argv.add(Arg.of("out-file", r.span()));
        argv.add(Arg.of("-FilePath", Span.NONE));
        argv.add(r.target());
        if (r.operator().equals(">>")) {
          argv.add(Arg.of("-Append", Span.NONE));
        }
        p.out.add(argv, -1, Optional.empty(), List.of(), Set.of(Invocation.Trait.SYNTHESIZED));
      }
    }
  }
}
