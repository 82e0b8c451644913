package dev.cmdguard.unwrap.windows;

import dev.cmdguard.shell.Span;
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
    Optional<PsValue> launched = PsLaunchers.launcher(p, receiver, type, m, args, shown, at);
    if (launched.isPresent()) {
      return launched.get();
    }
    if (PsLaunchers.DOWNLOADS.contains(m) || PsLaunchers.UPLOADS.contains(m)) {
      return PsLaunchers.network(p, m, args, at, shown);
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
    if (!PsPureMethods.contains(m)) {
      p.out.problem("powershell: the .NET method " + name + " is not analysed");
    }
    return unknown;
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
