package dev.cmdguard.unwrap.windows;

import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import dev.cmdguard.unwrap.ResolvedRedirect;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The cmd.exe statements that hold commands (if /?, for /?, call /?, rem /?): the command of an
 * {@code if} and of its {@code else} are analysed whatever the condition; a {@code for} loop's
 * command is analysed once per value of a short static list ({@code for %f in (a b) do del %f}),
 * else once with the variable unknown; {@code for /f … in ('command')} runs that command too.
 */
final class CmdStatements {
  private static final int MAX_LOOP_VALUES = 8;

  private CmdStatements() {}

  static CmdParser.Ran simple(CmdParser p, boolean inGroup, int pipeFrom, Optional<String> stdin) {
    String w = p.peekWord(inGroup);
    if (w.equals("rem") || w.startsWith("rem/") || w.startsWith(":")) {
      p.skipLine();
      return CmdParser.Ran.NOTHING;
    }
    if (w.equals("if")) {
      return ifStatement(p, inGroup);
    }
    if (w.equals("for")) {
      return forStatement(p, inGroup);
    }
    if (w.equals("call")) {
      p.word(inGroup, new ArrayList<>());
      if (p.peekWord(inGroup).startsWith(":")) {
        p.words(inGroup, new ArrayList<>());
        return CmdParser.Ran.NOTHING;
      }
      return p.command(inGroup, pipeFrom, stdin);
    }
    List<ResolvedRedirect> redirects = new ArrayList<>();
    List<CmdParser.Word> words = p.words(inGroup, redirects);
    return CmdCommands.run(p, words, redirects, pipeFrom, stdin);
  }

  private static CmdParser.Ran ifStatement(CmdParser p, boolean inGroup) {
    List<ResolvedRedirect> ignored = new ArrayList<>();
    p.word(inGroup, ignored);
    String w = p.peekWord(inGroup);
    if (w.equals("/i")) {
      p.word(inGroup, ignored);
      w = p.peekWord(inGroup);
    }
    if (w.equals("not")) {
      p.word(inGroup, ignored);
      w = p.peekWord(inGroup);
    }
    if (Set.of("exist", "defined", "errorlevel", "cmdextversion").contains(w)) {
      p.word(inGroup, ignored);
      p.word(inGroup, ignored);
    } else {
      String left = p.word(inGroup, ignored).map(CmdParser.Word::raw).orElse("");
      if (!left.contains("==") || left.endsWith("==")) {
        String op = p.word(inGroup, ignored).map(CmdParser.Word::raw).orElse("");
        if (!op.startsWith("==") || op.equals("==")) {
          p.word(inGroup, ignored);
        }
      }
    }
    CmdParser.Ran body = p.command(inGroup, -1, Optional.empty());
    if (p.peekWord(inGroup).equals("else")) {
      p.word(inGroup, ignored);
      p.command(inGroup, -1, Optional.empty());
    }
    return new CmdParser.Ran(body.first(), Optional.empty());
  }

  private static CmdParser.Ran forStatement(CmdParser p, boolean inGroup) {
    List<ResolvedRedirect> ignored = new ArrayList<>();
    p.word(inGroup, ignored);
    String variable = null;
    boolean files = true;
    boolean commandSet = false;
    while (true) {
      Optional<CmdParser.Word> next = p.word(inGroup, ignored);
      if (next.isEmpty()) {
        p.out.problem("cmd: a for loop without 'in (…) do' is not analysed");
        return CmdParser.Ran.NOTHING;
      }
      String raw = next.get().raw();
      String lower = raw.toLowerCase(java.util.Locale.ROOT);
      if (lower.equals("in")) {
        break;
      }
      if (lower.equals("/l") || lower.equals("/f")) {
        files = false;
        commandSet |= lower.equals("/f");
      } else if (raw.matches("%%?[A-Za-z]")) {
        variable = raw;
      }
    }
    p.blanks();
    if (p.end() || p.peek() != '(') {
      p.out.problem("cmd: a for loop without a (set) is not analysed");
      return CmdParser.Ran.NOTHING;
    }
    int open = p.pos() + 1;
    int close = closing(p, open);
    p.pos(Math.min(close + 1, p.src.length()));
    String set = p.src.text.substring(open, Math.min(close, p.src.length()));
    if (commandSet) {
      setCommand(p, set, open);
    }
    if (!p.peekWord(inGroup).equals("do")) {
      p.out.problem("cmd: a for loop without 'do' is not analysed");
      return CmdParser.Ran.NOTHING;
    }
    p.word(inGroup, ignored);
    List<String> values = files && !p.src.anyUnknown(open, close) ? values(set) : List.of();
    return body(p, inGroup, variable, values);
  }

  private static CmdParser.Ran body(
      CmdParser p, boolean inGroup, String variable, List<String> values) {
    String key = variable == null ? "%?" : variable;
    int start = p.pos();
    if (values.isEmpty() || values.size() > MAX_LOOP_VALUES) {
      p.loopVariables.put(key, Optional.empty());
      CmdParser.Ran r = p.command(inGroup, -1, Optional.empty());
      p.loopVariables.remove(key);
      return new CmdParser.Ran(r.first(), Optional.empty());
    }
    int first = -1;
    int end = start;
    for (String v : values) {
      p.pos(start);
      p.loopVariables.put(key, Optional.of(v));
      CmdParser.Ran r = p.command(inGroup, -1, Optional.empty());
      first = first < 0 ? r.first() : first;
      end = p.pos();
    }
    p.loopVariables.remove(key);
    p.pos(end);
    return new CmdParser.Ran(first, Optional.empty());
  }

  /** The items of a plain set, or none when one is a wildcard (files found at run time). */
  private static List<String> values(String set) {
    List<String> out = new ArrayList<>();
    for (String item : CmdWords.runtime(set.replace(',', ' ').replace(';', ' '))) {
      if (item.contains("*") || item.contains("?")) {
        return List.of();
      }
      out.add(item);
    }
    return out;
  }

  /** {@code for /f … in ('command')}: the command in the quotes runs. */
  private static void setCommand(CmdParser p, String set, int open) {
    String s = set.strip();
    int lead = set.indexOf(s.isEmpty() ? " " : s.substring(0, 1));
    if (s.length() >= 2 && (s.charAt(0) == '\'' || s.charAt(0) == '`')) {
      char q = s.charAt(0);
      int from = open + lead + 1;
      int to = open + lead + s.lastIndexOf(q);
      if (to > from) {
        Source inner = p.src.slice(from, to);
        p.out.within(
            "for /f",
            Set.<Invocation.Trait>of(Invocation.Trait.SUBSTITUTION),
            () -> {
              CmdParser.parse(inner, p.out);
              return null;
            });
      }
    }
  }

  /** The index of the parenthesis closing the one before {@code from}, quotes respected. */
  private static int closing(CmdParser p, int from) {
    int depth = 1;
    boolean quoted = false;
    for (int i = from; i < p.src.length(); i++) {
      char c = p.src.at(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')' && --depth == 0) {
        return i;
      }
    }
    p.out.problem("cmd: a parenthesis is not closed");
    return p.src.length();
  }

  /** An argument for text of the source. */
  static Arg text(CmdParser p, String value, int from, int to) {
    return p.src.arg(value, from, to, false);
  }
}
