package dev.cmdguard.unwrap.windows;

import dev.cmdguard.shell.Span;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.ResolvedRedirect;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code start ["title"] [/d DIR] [/b] [/wait] [/min] … PROGRAM [ARGS]} (start /?): a step {@code
 * start-process -FilePath PROGRAM -ArgumentList ARGS}, and the program itself as a step of its own
 * (labelled {@code start}), so that {@code start cmd /c rd /s /q C:\} is followed. A URL or a
 * document opens in its registered application, which is not a command.
 */
final class CmdStart {
  private static final Set<String> VALUED = Set.of("/d", "/node", "/affinity", "/machine");

  private CmdStart() {}

  static CmdParser.Ran run(
      CmdParser p, List<CmdParser.Word> words, Span at, List<ResolvedRedirect> redirects) {
    int i = 1;
    if (i < words.size() && words.get(i).raw().startsWith("\"")) {
      i++; // the window title
    }
    boolean wait = false;
    while (i < words.size()) {
      String v = words.get(i).raw().toLowerCase(Locale.ROOT);
      if (!v.startsWith("/")) {
        break;
      }
      wait |= v.equals("/wait");
      i += VALUED.contains(v) ? 2 : 1;
    }
    List<Arg> argv = new ArrayList<>();
    argv.add(Arg.of("start-process", at));
    if (i >= words.size()) {
      return new CmdParser.Ran(p.out.add(argv, -1, Optional.empty(), redirects), Optional.empty());
    }
    CmdParser.Word program = words.get(i);
    String name = CmdWords.unquote(program.raw());
    Arg file = p.arg(program, name, false);
    List<Arg> args = new ArrayList<>();
    for (CmdParser.Word w : words.subList(i + 1, words.size())) {
      for (String v : CmdWords.runtime(w.raw())) {
        args.add(p.arg(w, v, false));
      }
    }
    argv.add(Arg.of("-FilePath", Span.NONE));
    argv.add(file);
    if (!args.isEmpty()) {
      argv.add(Arg.of("-ArgumentList", Span.NONE));
      CmdBuiltins.list(argv, args);
    }
    CmdBuiltins.flag(argv, wait, "-Wait");
    int first = p.out.add(argv, -1, Optional.empty(), redirects);
    launch(p.out, file, args);
    return new CmdParser.Ran(first, Optional.empty());
  }

  /** Adds the program a launcher starts as a step labelled {@code start}, unless it is a URL. */
  static void launch(Emitter out, Arg file, List<Arg> args) {
    if (!file.dynamic() && isUrlOrDocument(file.value())) {
      return;
    }
    List<Arg> argv = new ArrayList<>();
    argv.add(
        file.dynamic()
            ? file
            : new Arg(
                Names.nativeName(file.value()),
                false,
                Names.nativeName(file.value()),
                false,
                List.of(),
                file.span()));
    argv.addAll(args);
    out.within("start", Set.of(), () -> out.add(argv, -1, Optional.empty(), List.of()));
  }

  /**
   * True for what {@code start} and {@code Start-Process} open through its registered application:
   * a URL ({@code https://…}, {@code mailto:…}) or a document by its extension.
   */
  static boolean isUrlOrDocument(String target) {
    String t = target.toLowerCase(Locale.ROOT);
    if (t.matches("[a-z][a-z0-9+.-]+:.*")) {
      return true;
    }
    return t.matches(".*\\.(txt|md|html?|pdf|png|jpe?g|gif|docx?|xlsx?|pptx?|csv|log|json|xml)");
  }
}
