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
 * PowerShell commands in argument mode (about_Parsing, about_Command_Precedence, about_Operators
 * "call operator", about_Redirection): the name (a cmdlet, an alias, a function of the same text, a
 * program or script path, or after {@code &} any value), then parameters ({@code -Name}, {@code
 * -Name:value}), arguments, arrays ({@code a,b}), redirections ({@code >}, {@code >>}, {@code 2>},
 * {@code *>}, {@code 2>&1}) and the stop-parsing token {@code --%}. The step's program is the
 * lower-case cmdlet ({@link Cmdlets#resolve}) or the program's name; parameters of known cmdlets
 * are written in full. Commands that run code are followed by {@link PsRunners}.
 */
final class PsCommands {
  /** Cmdlets whose script blocks see each pipeline item as {@code $_}. */
  private static final java.util.Set<String> ITEM_BLOCKS =
      java.util.Set.of("foreach-object", "where-object");

  private final PsParser p;
  private final PsCursor c;

  PsCommands(PsParser p) {
    this.p = p;
    this.c = p.c;
  }

  /** True when the element at the cursor is a command, not an expression. */
  boolean startsCommand() {
    char x = c.peek();
    char n = c.peek(1);
    if (x == '&') {
      return n != '&';
    }
    if (x == '.') {
      return n == ' '
          || n == '\t'
          || PsStrings.isQuote(n)
          || n == '$'
          || n == '{'
          || n == '('
          || n == '\\'
          || n == '/'
          || n == '.'
          || Character.isLetter(n);
    }
    if (x == '%' || x == '?') {
      return n == ' ' || n == '\t' || n == '{';
    }
    if (x == '-') {
      if (!Character.isLetter(n)) {
        return false;
      }
      String w = c.src.text.substring(c.pos + 1).split("[^A-Za-z]", 2)[0].toLowerCase(Locale.ROOT);
      return !Set.of("not", "bnot", "split", "join").contains(w);
    }
    if (Character.isDigit(x)) {
      int i = c.pos;
      while (i < c.src.length() && !PsCursor.ends(c.src.at(i))) {
        i++;
      }
      return !c.src
          .text
          .substring(c.pos, i)
          .matches(
              "(?i)(0x[0-9a-f]+|[0-9]*\\.?[0-9]+(e[+-]?[0-9]+)?)[lud]?(kb|mb|gb|tb|pb)?(\\.\\.?.*)?");
    }
    return Character.isLetter(x) || x == '_' || x == '\\' || x == '/' || x == '~';
  }

  PsParser.Ran command(int pipeFrom, Optional<PsValue> input) {
    int from = c.pos;
    int mark = p.out.size();
    boolean call = c.peek() == '&';
    boolean dot =
        !call
            && c.peek() == '.'
            && !(c.peek(1) == '\\'
                || c.peek(1) == '/'
                || c.peek(1) == '.'
                || Character.isLetter(c.peek(1)));
    PsValue name;
    String oldLabel = p.expressions.blockLabel;
    if (call || dot) {
      c.pos++;
      c.skip(false);
      p.expressions.blockLabel = call ? "&" : ".";
      name = p.arguments.commandArgument(false);
    } else {
      name = p.arguments.commandArgument(false); // r`m and r''m name rm
    }
    Target target = target(name, dot);
    p.expressions.blockLabel = target.program.map(x -> x + " {}").orElse("{}");
    List<Arg> args = new ArrayList<>(target.extra);
    List<ResolvedRedirect> redirects = new ArrayList<>();
    boolean item = input.isPresent() && target.program.filter(ITEM_BLOCKS::contains).isPresent();
    PsValue underscore = p.variables.get("_");
    if (item) {
      p.assign("_", input.get()); // $_ in the script blocks is the pipeline's item
    }
    arguments(target, args, redirects);
    if (item) {
      p.variables.remove("_");
      if (underscore != null) {
        p.assign("_", underscore);
      }
    }
    p.expressions.blockLabel = oldLabel;
    if (target.program.isEmpty()) {
      return new PsParser.Ran(-1, PsValue.unknown(c.text(from), List.of(), c.span(from)));
    }
    String program = target.program.get();
    List<Arg> argv = new ArrayList<>();
    argv.add(name.isKnown() ? Arg.of(program, name.span()) : name.arg(false));
    argv.addAll(args);
    Optional<String> stdin = input.flatMap(PsValue::lines);
    int index = p.out.add(argv, input.isPresent() ? pipeFrom : -1, stdin, redirects);
    index = index < 0 ? index : p.out.moveLastTo(mark);
    PsValue output =
        PsRunners.after(p, index, mark, program, argv, input, c.span(from), c.text(from));
    return new PsParser.Ran(index < 0 ? mark : index, output);
  }

  /**
   * What a command name stands for.
   *
   * @param program the step's program, or empty when nothing is a step (a script block run with
   *     {@code &}, a function defined in the text, a dot-sourced file)
   * @param cmdlet true for a cmdlet (its wildcards glob, its parameters are written in full)
   * @param extra arguments the name implies ({@code mkdir} is {@code New-Item -ItemType Directory})
   */
  private record Target(Optional<String> program, boolean cmdlet, List<Arg> extra) {}

  private Target target(PsValue name, boolean dot) {
    if (name.isScriptBlock()) {
      return new Target(Optional.empty(), false, List.of());
    }
    if (!name.isKnown()) {
      return new Target(Optional.of(name.shown()), false, List.of());
    }
    String n = name.known().get();
    if (dot) {
      p.out.problem("powershell: the dot-sourced script " + n + " is not analysed");
      return new Target(Optional.empty(), false, List.of());
    }
    String lower = n.toLowerCase(Locale.ROOT);
    if (p.aliases.containsKey(lower)) {
      lower = p.aliases.get(lower);
    }
    if (p.functions.contains(lower)) {
      return new Target(Optional.empty(), false, List.of());
    }
    if (lower.equals("mkdir") || lower.equals("md")) {
      return new Target(
          Optional.of("new-item"),
          true,
          List.of(Arg.of("-ItemType", Span.NONE), Arg.of("Directory", Span.NONE)));
    }
    if (lower.equals("cd..") || lower.equals("cd\\")) {
      return new Target(
          Optional.of("set-location"), true, List.of(Arg.of(lower.substring(2), name.span())));
    }
    Optional<String> cmdlet = Cmdlets.resolve(lower, p.out.dialect);
    if (cmdlet.isPresent()) {
      return new Target(cmdlet, true, List.of());
    }
    boolean verbNoun =
        lower.matches("[a-z]+-[a-z0-9]+") && !lower.contains("\\") && !lower.contains("/");
    return new Target(Optional.of(verbNoun ? lower : Names.nativeName(n)), verbNoun, List.of());
  }

  /** Reads parameters, arguments and redirections up to the end of the element. */
  private void arguments(Target target, List<Arg> args, List<ResolvedRedirect> redirects) {
    String cmdlet = target.program.orElse("");
    while (true) {
      c.skip(false);
      char x = c.peek();
      if (c.end() || x == '\n' || x == '\r' || x == ';' || x == ')' || x == '}' || x == '|'
          || x == '&') {
        return;
      }
      if (redirect(redirects)) {
        continue;
      }
      if (c.at("--%")) {
        c.pos += 3;
        int from = c.pos;
        while (!c.end() && c.peek() != '\n' && c.peek() != '\r') {
          c.pos++;
        }
        for (String w : CmdWords.runtime(c.text(from))) {
          args.add(Arg.of(w, c.span(from)));
        }
        continue;
      }
      if (x == '-' && (Character.isLetter(c.peek(1)) || c.peek(1) == '_' || c.peek(1) == '?')) {
        parameter(cmdlet, target.cmdlet, args);
        continue;
      }
      int before = c.pos;
      PsValue v = p.arguments.commandArgument(target.cmdlet);
      args.add(v.arg(target.cmdlet));
      array(target.cmdlet, args);
      if (c.pos == before) {
        c.pos++;
      }
    }
  }

  /** {@code , b , c} after an argument: the elements of one array argument. */
  private void array(boolean cmdlet, List<Arg> args) {
    while (true) {
      int save = c.pos;
      c.skip(false);
      if (c.peek() != ',') {
        c.pos = save;
        return;
      }
      c.pos++;
      c.skip(true);
      if (cmdlet) {
        args.add(Arg.of(",", Span.NONE));
      }
      args.add(p.arguments.commandArgument(cmdlet).arg(cmdlet));
    }
  }

  private void parameter(String cmdlet, boolean isCmdlet, List<Arg> args) {
    int from = c.pos;
    c.pos++;
    while (!c.end() && !PsCursor.ends(c.peek()) && c.peek() != ':') {
      c.pos++;
    }
    String written = c.src.text.substring(from + 1, c.pos);
    String full = isCmdlet ? Cmdlets.parameter(cmdlet, written).orElse(written) : written;
    Span at = c.span(from);
    if (c.peek() != ':') {
      args.add(new Arg("-" + full, false, "-" + full, false, List.of(), at));
      return;
    }
    c.pos++;
    PsValue value = p.arguments.commandArgument(isCmdlet);
    if (isCmdlet && Cmdlets.isSwitch(cmdlet, full)) {
      boolean off =
          value.known().map(k -> k.equalsIgnoreCase("$false") || k.equals("0")).orElse(false);
      String text = off ? "-" + full + ":$false" : "-" + full;
      args.add(new Arg(text, false, text, false, List.of(), at));
      return;
    }
    if (!isCmdlet) {
      String text = "-" + written + ":" + value.known().orElse(value.shown());
      args.add(
          value.isKnown()
              ? Arg.of(text, c.span(from))
              : Arg.dynamic(text, "-" + written + ":", value.producers(), c.span(from)));
      return;
    }
    args.add(new Arg("-" + full, false, "-" + full, false, List.of(), at));
    args.add(value.arg(true));
    array(true, args);
  }

  /** A redirection at the cursor; false when there is none. */
  private boolean redirect(List<ResolvedRedirect> redirects) {
    int from = c.pos;
    int fd = 1;
    char x = c.peek();
    if ((Character.isDigit(x) || x == '*') && c.peek(1) == '>') {
      fd = x == '*' ? 1 : x - '0';
      c.pos++;
    } else if (x != '>' && x != '<') {
      return false;
    }
    if (c.peek() == '<') {
      c.pos++;
      p.out.problem("powershell: the '<' operator is reserved and not valid");
      return true;
    }
    c.pos++;
    String op = ">";
    if (c.peek() == '>') {
      c.pos++;
      op = ">>";
    }
    if (c.peek() == '&' && Character.isDigit(c.peek(1))) {
      c.pos += 2;
      redirects.add(
          new ResolvedRedirect(
              fd,
              op + "&",
              Arg.of(c.src.text.substring(c.pos - 1, c.pos), c.span(c.pos - 1)),
              true,
              c.span(from)));
      return true;
    }
    c.skip(false);
    PsValue target = p.arguments.commandArgument(false);
    String shown = target.shown().toLowerCase(Locale.ROOT);
    if (!shown.equals("$null")
        && !target.known().map(k -> k.equalsIgnoreCase("nul")).orElse(false)) {
      redirects.add(new ResolvedRedirect(fd, op, target.arg(false), false, c.span(from)));
    }
    return true;
  }
}
