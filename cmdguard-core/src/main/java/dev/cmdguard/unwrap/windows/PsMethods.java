package dev.cmdguard.unwrap.windows;

import dev.cmdguard.shell.Span;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * .NET and COM calls from PowerShell that run, download, delete or write, read as the command that
 * does the same (SPEC section 2 reads interpreter APIs the same way): {@code (New-Object
 * Net.WebClient).DownloadString(u)} is {@code invoke-webrequest u}, {@code [IO.File]::Delete(p)}
 * and {@code (Get-Item p).Delete()} are {@code remove-item p}, {@code [IO.Directory]::Delete(p,
 * $true)} is {@code remove-item -Recurse p}; the command line given to {@code WScript.Shell}'s
 * {@code Run}/{@code Exec}, {@code Shell.Application}'s {@code ShellExecute}, {@code
 * [Diagnostics.Process]::Start} or {@code Win32_Process}'s {@code Create} is a step of its own; the
 * text given to {@code [ScriptBlock]::Create} and {@code
 * $ExecutionContext.InvokeCommand.InvokeScript} is analysed as PowerShell; {@code
 * [Convert]::FromBase64String} with {@code [Text.Encoding]::…GetString} is decoded when static.
 * Methods known to only compute or read give a run-time value; any other is reported as a problem.
 */
final class PsMethods {
  private static final Set<String> PURE =
      Set.of(
          "tostring",
          "equals",
          "gettype",
          "gethashcode",
          "compareto",
          "contains",
          "startswith",
          "endswith",
          "indexof",
          "lastindexof",
          "indexofany",
          "split",
          "trim",
          "trimstart",
          "trimend",
          "tolower",
          "toupper",
          "tolowerinvariant",
          "toupperinvariant",
          "substring",
          "replace",
          "padleft",
          "padright",
          "insert",
          "remove",
          "normalize",
          "tochararray",
          "format",
          "join",
          "concat",
          "isnullorempty",
          "isnullorwhitespace",
          "getenumerator",
          "movenext",
          "add",
          "addrange",
          "clear",
          "containskey",
          "containsvalue",
          "where",
          "foreach",
          "adddays",
          "addhours",
          "addminutes",
          "addseconds",
          "addmilliseconds",
          "addmonths",
          "addyears",
          "addticks",
          "subtract",
          "tofiletime",
          "touniversaltime",
          "tolocaltime",
          "parse",
          "tryparse",
          "parseexact",
          "round",
          "floor",
          "ceiling",
          "abs",
          "max",
          "min",
          "pow",
          "sqrt",
          "log",
          "newguid",
          "getfilename",
          "getfilenamewithoutextension",
          "getextension",
          "getdirectoryname",
          "getfullpath",
          "getpathroot",
          "combine",
          "gettemppath",
          "exists",
          "readalltext",
          "readalllines",
          "readallbytes",
          "readlines",
          "getfiles",
          "getdirectories",
          "getfilesystementries",
          "enumeratefiles",
          "enumeratedirectories",
          "getcurrentdirectory",
          "getlastwritetime",
          "getcreationtime",
          "getattributes",
          "getvalue",
          "getvaluenames",
          "getsubkeynames",
          "opensubkey",
          "getenvironmentvariable",
          "getenvironmentvariables",
          "getfolderpath",
          "getlogicaldrives",
          "expandenvironmentvariables",
          "matches",
          "match",
          "ismatch",
          "escape",
          "unescape",
          "getbytes",
          "tobase64string",
          "readline",
          "readtoend",
          "read",
          "close",
          "dispose",
          "wait",
          "waitforexit",
          "getresult",
          "getawaiter",
          "getmethod",
          "getproperty",
          "getfield",
          "getmember",
          "getcurrentprocess",
          "getprocesses",
          "getprocessbyid",
          "getprocessesbyname",
          "gethostaddresses",
          "gethostentry",
          "gethostname",
          "toarray",
          "sort",
          "reverse",
          "invoke",
          "invokereturnasis",
          "getnewclosure",
          "exit",
          "createinstance",
          "new",
          "getstring",
          "frombase64string",
          "tryformat",
          "ticks",
          "now");

  private static final Set<String> DOWNLOADS =
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

  private static final Set<String> UPLOADS =
      Set.of("uploadstring", "uploadfile", "uploaddata", "uploadvalues", "postasync", "putasync");

  private PsMethods() {}

  /** The lower-case name of a type literal without {@code System.}: {@code io.file}. */
  static String typeName(String type) {
    String t = type.toLowerCase(Locale.ROOT).replace(" ", "");
    if (t.startsWith("system.")) {
      t = t.substring(7);
    }
    if (t.endsWith("management.automation.scriptblock")) {
      return "scriptblock";
    }
    return t;
  }

  static PsValue property(PsValue v, String name, boolean isStatic, Span at, String shown) {
    String n = name.toLowerCase(Locale.ROOT);
    String type = v.type().orElse("");
    if (type.equals("type:text.encoding")
        && Set.of(
                "utf8",
                "unicode",
                "ascii",
                "utf32",
                "bigendianunicode",
                "default",
                "latin1",
                "utf7")
            .contains(n)) {
      return PsValue.object(shown, "encoding:" + n, at);
    }
    if (type.equals("executioncontext") && n.equals("invokecommand")) {
      return PsValue.object(shown, "invokecommand", at);
    }
    if (n.equals("fullname") && v.item().isPresent()) {
      return PsValue.text(v.item().get(), at).withShown(shown, at);
    }
    return PsValue.unknown(shown, v.producers(), at);
  }

  static PsValue call(
      PsParser p, PsValue receiver, String name, List<PsValue> args, Span at, String shown) {
    String m = name.toLowerCase(Locale.ROOT);
    String type = receiver.type().orElse("");
    List<String> producers = new ArrayList<>(receiver.producers());
    args.forEach(a -> producers.addAll(a.producers()));
    PsValue unknown = PsValue.unknown(shown, producers, at);
    PsValue first = args.isEmpty() ? PsValue.unknown(shown, List.of(), at) : args.get(0);
    if (type.equals("type:scriptblock") && m.equals("create")) {
      return scriptBlock(p, first, "ScriptBlock.Create");
    }
    if (type.equals("invokecommand") && (m.equals("invokescript") || m.equals("newscriptblock"))) {
      return scriptBlock(p, first, "InvokeCommand." + name);
    }
    Optional<PsValue> launched = launcher(p, receiver, type, m, args, shown, at);
    if (launched.isPresent()) {
      return launched.get();
    }
    if (DOWNLOADS.contains(m) || UPLOADS.contains(m)) {
      return network(p, m, args, at, shown);
    }
    Optional<PsValue> file = PsFileMethods.call(p, receiver, type, m, args, at, shown);
    if (file.isPresent()) {
      return file.get();
    }
    Optional<PsValue> decoded = decoding(receiver, type, m, first, at, shown);
    if (decoded.isPresent()) {
      return decoded.get();
    }
    Optional<PsValue> text = PsFileMethods.text(receiver, m, args, at, shown);
    if (text.isPresent()) {
      return text.get();
    }
    if (!PURE.contains(m)) {
      p.out.problem("powershell: the .NET method " + name + " is not analysed");
    }
    return unknown;
  }

  private static Optional<PsValue> launcher(
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

  private static PsValue network(PsParser p, String m, List<PsValue> args, Span at, String shown) {
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

  private static Optional<PsValue> decoding(
      PsValue receiver, String type, String m, PsValue first, Span at, String shown) {
    if (type.equals("type:convert") && m.equals("frombase64string")) {
      if (first.isKnown()) {
        try {
          byte[] b = Base64.getMimeDecoder().decode(first.known().get().strip());
          return Optional.of(PsValue.unknown(shown, first.producers(), at).withBytes(b));
        } catch (IllegalArgumentException e) {
          return Optional.of(PsValue.unknown(shown, List.of("base64"), at));
        }
      }
      List<String> producers = new ArrayList<>(first.producers());
      producers.add("base64");
      return Optional.of(PsValue.unknown(shown, producers, at));
    }
    if (type.startsWith("encoding:") && m.equals("getstring")) {
      if (first.bytes().isPresent()) {
        java.nio.charset.Charset cs =
            switch (type.substring(9)) {
              case "unicode" -> java.nio.charset.StandardCharsets.UTF_16LE;
              case "bigendianunicode" -> java.nio.charset.StandardCharsets.UTF_16BE;
              case "ascii" -> java.nio.charset.StandardCharsets.US_ASCII;
              case "latin1" -> java.nio.charset.StandardCharsets.ISO_8859_1;
              case "utf32" -> java.nio.charset.Charset.forName("UTF-32LE");
              default -> java.nio.charset.StandardCharsets.UTF_8;
            };
        return Optional.of(
            PsValue.text(new String(first.bytes().get(), cs), at).withShown(shown, at));
      }
      return Optional.of(PsValue.unknown(shown, first.producers(), at));
    }
    return Optional.empty();
  }

  /**
   * Code given as text: analysed as PowerShell when static; otherwise a step whose program is that
   * run-time text (a dynamic command).
   */
  static PsValue scriptBlock(PsParser p, PsValue text, String label) {
    if (text.isKnown()) {
      p.out.within(
          label,
          Set.of(),
          () -> {
            p.nested(Source.fixed(text.known().get(), text.span(), false));
            return null;
          });
    } else {
      p.out.within(
          label,
          Set.of(),
          () -> p.out.add(List.of(text.arg(false)), -1, Optional.empty(), List.of()));
    }
    return PsValue.object(text.shown(), "scriptblock", text.span());
  }
}
