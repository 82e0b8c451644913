package dev.cmdguard.unwrap.windows;

import dev.cmdguard.shell.Span;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * .NET and COM calls that start programs or use the network, as steps: the command line given to
 * {@code WScript.Shell}'s {@code Run}/{@code Exec}, {@code Win32_Process}'s {@code Create}, {@code
 * ExecuteShellCommand}, {@code [Diagnostics.Process]::Start} and {@code Shell.Application}'s {@code
 * ShellExecute} is a step of its own (labelled with the API); {@code Net.WebClient} and {@code
 * HttpClient} downloads and uploads are {@code invoke-webrequest}.
 */
final class PsLaunchers {
  static final Set<String> DOWNLOADS =
      Set.of(
          "downloadstring",
          "downloaddata",
          "openread",
          "downloadstringtaskasync",
          "downloaddatataskasync",
          "getstringasync",
          "getasync",
          "getbytearrayasync",
          "getstreamasync",
          "downloadfile",
          "downloadfiletaskasync");

  static final Set<String> UPLOADS =
      Set.of("uploadstring", "uploadfile", "uploaddata", "uploadvalues", "postasync", "putasync");

  private PsLaunchers() {}

  static Optional<PsValue> launcher(
      PsParser p,
      PsValue receiver,
      String type,
      String m,
      List<PsValue> args,
      String shown,
      Span at) {
    boolean shell = type.equals("com:wscript.shell") && (m.equals("run") || m.equals("exec"));
    boolean wmi =
        m.equals("create")
            && receiver.known().map(k -> k.equalsIgnoreCase("win32_process")).orElse(false);
    if (shell || wmi || m.equals("executeshellcommand") && !args.isEmpty()) {
      launch(
          p,
          args.isEmpty() ? PsValue.unknown(shown, List.of(), at) : args.get(0),
          Optional.empty(),
          shell ? "WScript.Shell." + m : m);
      return Optional.of(PsValue.unknown(shown, List.of(), at));
    }
    boolean start = type.equals("type:diagnostics.process") && m.equals("start");
    boolean execute = type.equals("com:shell.application") && m.equals("shellexecute");
    if ((start || execute) && !args.isEmpty()) {
      launchFile(
          p,
          args.get(0),
          args.size() > 1 ? Optional.of(args.get(1)) : Optional.empty(),
          start ? "Process.Start" : "Shell.Application.ShellExecute");
      return Optional.of(PsValue.unknown(shown, List.of(), at));
    }
    return Optional.empty();
  }

  /** A command line run by a launcher: split as the C runtime does, one step. */
  static void launch(PsParser p, PsValue commandLine, Optional<PsValue> ignored, String label) {
    if (!commandLine.isKnown()) {
      p.out.within(
          label,
          Set.of(),
          () -> p.out.add(List.of(commandLine.arg(false)), -1, Optional.empty(), List.of()));
      return;
    }
    List<String> words = CmdWords.runtime(commandLine.known().get());
    if (words.isEmpty()) {
      return;
    }
    List<Arg> args = new ArrayList<>();
    for (String w : words.subList(1, words.size())) {
      args.add(Arg.of(w, commandLine.span()));
    }
    p.out.within(
        label,
        Set.of(),
        () -> {
          CmdStart.launch(p.out, Arg.of(words.get(0), commandLine.span()), args);
          return null;
        });
  }

  /** A file started with arguments given apart ({@code Start-Process}, {@code ShellExecute}). */
  static void launchFile(PsParser p, PsValue file, Optional<PsValue> arguments, String label) {
    List<Arg> args = new ArrayList<>();
    if (arguments.isPresent()) {
      PsValue a = arguments.get();
      if (a.isKnown()) {
        for (String item : a.items()) {
          CmdWords.runtime(item).forEach(w -> args.add(Arg.of(w, a.span())));
        }
      } else {
        args.add(a.arg(false));
      }
    }
    p.out.within(
        label,
        Set.of(),
        () -> {
          CmdStart.launch(p.out, file.arg(false), args);
          return null;
        });
  }

  static PsValue network(PsParser p, String m, List<PsValue> args, Span at, String shown) {
    List<Arg> argv = new ArrayList<>();
    argv.add(Arg.of("invoke-webrequest", at));
    if (!args.isEmpty()) {
      argv.add(args.get(0).arg(false));
    }
    if ((m.startsWith("downloadfile")) && args.size() > 1) {
      argv.add(Arg.of("-OutFile", Span.NONE));
      argv.add(args.get(1).arg(false));
    }
    if (UPLOADS.contains(m)) {
      argv.add(Arg.of("-Method", Span.NONE));
      argv.add(Arg.of("Post", Span.NONE));
      if (args.size() > 1) {
        argv.add(Arg.of(m.equals("uploadfile") ? "-InFile" : "-Body", Span.NONE));
        argv.add(args.get(args.size() - 1).arg(false));
      }
    }
    p.out.within(
        "Net.WebClient." + m,
        Set.of(),
        () ->
            p.out.add(argv, -1, Optional.empty(), List.of(), Set.of(Invocation.Trait.SYNTHESIZED)));
    return PsValue.unknown(shown, List.of("invoke-webrequest"), at);
  }
}
