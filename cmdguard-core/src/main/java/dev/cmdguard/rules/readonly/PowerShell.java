package dev.cmdguard.rules.readonly;

import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.shell.Span;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import dev.cmdguard.unwrap.Stdin;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@code pwsh}/{@code powershell -Command TEXT} (about_Pwsh, about_PowerShell_exe) where TEXT is
 * plain read-only cmdlets in pipelines and lists: {@code Get-ChildItem}, {@code Get-Content foo |
 * Select-Object -Skip 200}, {@code git status}. Anything with variables, script blocks, sub
 * expressions, redirection, the call or dot-source operator, type literals or escapes ({@code $ @ {
 * } > < [ ` &} and a leading {@code .}) is not judged; nor are {@code -File}, {@code
 * -EncodedCommand} or a command read from standard input. Native programs inside are judged by the
 * registry ({@code git}, {@code rg}); PowerShell aliases that shadow Unix names ({@code curl},
 * {@code tee}, {@code rm}) are not routed there.
 */
final class PowerShell {
  static final Set<String> PROGRAMS = Set.of("pwsh", "powershell");

  /** Cmdlets (lower case) that only read or format, with their built-in aliases. */
  private static final Set<String> CMDLETS =
      Set.of(
          "get-childitem",
          "gci",
          "ls",
          "dir",
          "get-content",
          "gc",
          "cat",
          "type",
          "get-location",
          "gl",
          "pwd",
          "get-item",
          "gi",
          "get-itemproperty",
          "gp",
          "select-object",
          "select",
          "measure-object",
          "measure",
          "select-string",
          "sls",
          "sort-object",
          "format-table",
          "ft",
          "format-list",
          "fl",
          "out-string",
          "get-date",
          "get-command",
          "gcm",
          "test-path",
          "resolve-path",
          "split-path",
          "join-path",
          "get-filehash",
          "get-process",
          "gps",
          "write-output",
          "echo",
          "write",
          "write-host",
          "get-unique",
          "compare-object",
          "convertto-json",
          "convertfrom-json",
          "group-object",
          "get-member",
          "gm");

  /** Native programs judged by the registry. */
  private static final Set<String> NATIVE = Set.of("git", "rg", "whoami", "hostname");

  private static final Set<String> VALUED =
      Set.of(
          "-executionpolicy",
          "-ex",
          "-ep",
          "-windowstyle",
          "-w",
          "-inputformat",
          "-outputformat",
          "-workingdirectory",
          "-wd",
          "-version");

  private PowerShell() {}

  static boolean allows(Invocation inv, RuleContext context) {
    List<Arg> args = inv.args();
    boolean pwsh = ReadOnlyRegistry.name(inv.program()).equals("pwsh");
    for (int i = 0; i < args.size(); i++) {
      Arg a = args.get(i);
      if (!a.isLiteral()) {
        return false;
      }
      String v = a.value().toLowerCase(Locale.ROOT);
      if (v.equals("-command") || v.equals("-c") || v.equals("-com")) {
        return script(join(args.subList(i + 1, args.size())), pwsh, context);
      }
      if (!v.startsWith("-")) {
        return !pwsh && script(join(args.subList(i, args.size())), false, context);
      }
      if (VALUED.contains(v)) {
        i++;
      } else if (!Set.of(
              "-nologo", "-noprofile", "-nop", "-noninteractive", "-noni", "-sta", "-mta")
          .contains(v)) {
        return false;
      }
    }
    return false;
  }

  private static String join(List<Arg> args) {
    return String.join(" ", args.stream().map(Arg::value).toList());
  }

  /**
   * Statements separated by {@code ;} (and by {@code &&}, {@code ||} in PowerShell 7, {@code pwsh};
   * Windows PowerShell 5 rejects them), each a pipeline of commands.
   */
  private static boolean script(String text, boolean pwsh, RuleContext context) {
    if (text.isBlank()
        || text.strip().equals("-")
        || text.chars().anyMatch(c -> "$@{}<>[`#".indexOf(c) >= 0)) {
      return false;
    }
    String unified = pwsh ? text.replace("&&", ";").replace("||", ";") : text;
    if (unified.indexOf('&') >= 0 || unified.contains("||")) {
      return false;
    }
    for (String statement : unified.split("[;\n]")) {
      for (String element : statement.split("\\|")) {
        if (!element.isBlank() && !element(element.strip(), pwsh, context)) {
          return false;
        }
      }
    }
    return true;
  }

  private static boolean element(String element, boolean pwsh, RuleContext context) {
    if (element.startsWith("(") && element.endsWith(")")) {
      return script(element.substring(1, element.length() - 1), pwsh, context);
    }
    Optional<List<String>> words = words(element);
    if (words.isEmpty() || words.get().isEmpty()) {
      return false;
    }
    List<String> w = words.get();
    String name = w.get(0).toLowerCase(Locale.ROOT);
    if (w.stream().anyMatch(x -> x.startsWith("\\\\"))) {
      return false;
    }
    if (CMDLETS.contains(name)) {
      return true;
    }
    return NATIVE.contains(name) && ReadOnlyRegistry.allows(invocation(w), context);
  }

  /** Splits on blanks, honouring {@code '…'} (with {@code ''}) and {@code "…"}; no parentheses. */
  private static Optional<List<String>> words(String text) {
    List<String> out = new ArrayList<>();
    StringBuilder sb = new StringBuilder();
    boolean any = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == ')') {
        return Optional.empty();
      }
      if (c == '\'' || c == '"') {
        int end = text.indexOf(c, i + 1);
        if (end < 0) {
          return Optional.empty();
        }
        sb.append(text, i + 1, end);
        i = end;
        any = true;
      } else if (Character.isWhitespace(c)) {
        if (any) {
          out.add(sb.toString());
        }
        sb.setLength(0);
        any = false;
      } else {
        sb.append(c);
        any = true;
      }
    }
    if (any) {
      out.add(sb.toString());
    }
    return Optional.of(out);
  }

  private static Invocation invocation(List<String> words) {
    List<Arg> argv = words.stream().map(x -> Arg.of(x, Span.NONE)).toList();
    return new Invocation(
        words.get(0).toLowerCase(Locale.ROOT),
        argv,
        Optional.empty(),
        List.of("powershell"),
        Span.NONE,
        new Stdin.Inherited(),
        List.of(),
        Set.of());
  }
}
