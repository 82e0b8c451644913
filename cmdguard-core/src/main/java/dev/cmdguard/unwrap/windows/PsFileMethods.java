package dev.cmdguard.unwrap.windows;

import dev.cmdguard.shell.Span;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * .NET calls that change files, the registry or the environment, read as the cmdlet that does the
 * same ({@code [IO.File]::WriteAllText(p, s)} is {@code set-content -Path p}), and the string
 * methods whose result on static text is static ({@code 'METI-EVOMER'.ToLower()}).
 */
final class PsFileMethods {
  private PsFileMethods() {}

  static Optional<PsValue> call(
      PsParser p,
      PsValue receiver,
      String type,
      String m,
      List<PsValue> args,
      Span at,
      String shown) {
    List<Arg> argv = new ArrayList<>();
    Optional<PsValue> path = receiver.item().map(i -> PsValue.text(i, receiver.span()));
    if (path.isEmpty()
        && !args.isEmpty()
        && (type.equals("type:io.file") || type.equals("type:io.directory"))) {
      path = Optional.of(args.get(0));
    }
    String cmdlet = null;
    boolean itemCall = receiver.item().isPresent();
    switch (type.equals("type:io.file") || type.equals("type:io.directory") || itemCall ? m : "") {
      case "delete" -> {
        cmdlet = "remove-item";
        int flag = itemCall ? 0 : 1;
        boolean recursive =
            args.size() > flag
                && !args.get(flag).known().map(k -> k.equalsIgnoreCase("$false")).orElse(false);
        if (recursive || (type.equals("type:io.directory") && args.size() > 1)) {
          argv.add(Arg.of("-Recurse", Span.NONE));
        }
      }
      case "writealltext", "writealllines", "writeallbytes" -> cmdlet = "set-content";
      case "appendalltext", "appendalllines" -> cmdlet = "add-content";
      case "copy", "copyto" -> cmdlet = "copy-item";
      case "move", "moveto", "replace" -> cmdlet = "move-item";
      case "createdirectory", "create" ->
          cmdlet = type.equals("type:io.directory") || itemCall ? "new-item" : null;
      default -> cmdlet = null;
    }
    if (cmdlet != null && path.isPresent()) {
      argv.add(0, Arg.of("-Path", Span.NONE));
      argv.add(1, path.get().arg(false));
      if (cmdlet.equals("copy-item") || cmdlet.equals("move-item")) {
        int dest = itemCall ? 0 : 1;
        if (args.size() > dest) {
          argv.add(Arg.of("-Destination", Span.NONE));
          argv.add(args.get(dest).arg(false));
        }
      }
      argv.add(0, Arg.of(cmdlet, at));
      emit(p, argv, "." + m);
      return Optional.of(PsValue.unknown(shown, List.of(), at));
    }
    if (m.equals("delete") && receiver.type().filter("wmi:win32_shadowcopy"::equals).isPresent()) {
      emit(
          p,
          List.of(
              Arg.of("remove-ciminstance", at),
              Arg.of("-InputObject", Span.NONE),
              Arg.of("Win32_ShadowCopy", receiver.span())),
          ".Delete");
      return Optional.of(PsValue.unknown(shown, List.of(), at));
    }
    if (Set.of("deletesubkeytree", "deletesubkey", "deletevalue", "setvalue", "createsubkey")
        .contains(m)) {
      String c = m.startsWith("delete") ? "remove-item" : "set-itemproperty";
      emit(
          p,
          List.of(
              Arg.of(c, at),
              Arg.of("-Path", Span.NONE),
              Arg.dynamic(
                  "Registry::" + receiver.shown(), "Registry::", List.of(), receiver.span())),
          "." + m);
      return Optional.of(PsValue.unknown(shown, List.of(), at));
    }
    if (type.equals("type:environment") && m.equals("setenvironmentvariable") && !args.isEmpty()) {
      PsValue name = args.get(0);
      String n = name.known().orElse("?");
      emit(
          p,
          List.of(
              Arg.of("set-item", at),
              Arg.of("-Path", Span.NONE),
              new Arg(
                  "env:" + n,
                  !name.isKnown(),
                  name.isKnown() ? "env:" + n : "env:",
                  false,
                  List.of(),
                  name.span())),
          ".SetEnvironmentVariable");
      return Optional.of(PsValue.unknown(shown, List.of(), at));
    }
    if (m.equals("kill") || m.equals("terminate")) {
      emit(p, List.of(Arg.of("stop-process", at)), "." + m);
      return Optional.of(PsValue.unknown(shown, List.of(), at));
    }
    return Optional.empty();
  }

  private static void emit(PsParser p, List<Arg> argv, String label) {
    p.out.within(
        label,
        Set.of(),
        () ->
            p.out.add(argv, -1, Optional.empty(), List.of(), Set.of(Invocation.Trait.SYNTHESIZED)));
  }

  /** String methods computed on static text. */
  static Optional<PsValue> text(
      PsValue receiver, String m, List<PsValue> args, Span at, String shown) {
    if (!receiver.isKnown() || args.stream().anyMatch(a -> !a.isKnown())) {
      return Optional.empty();
    }
    String s = receiver.known().get();
    List<String> a = args.stream().map(x -> x.known().get()).toList();
    String r;
    try {
      r =
          switch (m) {
            case "tolower", "tolowerinvariant" -> s.toLowerCase(Locale.ROOT);
            case "toupper", "toupperinvariant" -> s.toUpperCase(Locale.ROOT);
            case "trim" -> a.isEmpty() ? s.strip() : null;
            case "tostring" -> s;
            case "replace" -> a.size() == 2 ? s.replace(a.get(0), a.get(1)) : null;
            case "substring" ->
                a.size() == 1
                    ? s.substring(Integer.parseInt(a.get(0)))
                    : a.size() == 2
                        ? s.substring(
                            Integer.parseInt(a.get(0)),
                            Integer.parseInt(a.get(0)) + Integer.parseInt(a.get(1)))
                        : null;
            default -> null;
          };
    } catch (RuntimeException e) {
      r = null;
    }
    return Optional.ofNullable(r).map(v -> PsValue.text(v, at).withShown(shown, at));
  }
}
