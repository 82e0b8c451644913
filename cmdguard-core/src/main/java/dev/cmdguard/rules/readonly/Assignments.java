package dev.cmdguard.rules.readonly;

import dev.cmdguard.shell.Assignment;
import dev.cmdguard.shell.Command;
import dev.cmdguard.shell.Redirection;
import dev.cmdguard.shell.Script;
import dev.cmdguard.shell.Word;
import dev.cmdguard.shell.WordPart;
import java.util.List;

/**
 * Walks a parsed script for variable assignments and judges each by {@link Environment}: a prefix
 * of a command ({@code NAME=value cmd}) is exported to it, a bare one ({@code NAME=value}), a loop
 * variable or an arithmetic assignment sets a shell variable. Substitutions, loops, branches and
 * function bodies are walked too.
 */
final class Assignments {
  private Assignments() {}

  static boolean harmless(Script script) {
    for (Command c : script.commands()) {
      if (!harmless(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean harmless(Command command) {
    // instanceof, not a pattern switch: see docs/agents.md, "Start-up"
    if (command instanceof Command.Simple s) {
      return simple(s);
    } else if (command instanceof Command.Pipeline p) {
      return p.commands().stream().allMatch(Assignments::harmless);
    } else if (command instanceof Command.AndOr a) {
      return harmless(a.left()) && harmless(a.right());
    } else if (command instanceof Command.Background b) {
      return harmless(b.command());
    } else if (command instanceof Command.Negation n) {
      return harmless(n.command());
    } else if (command instanceof Command.Subshell s) {
      return harmless(s.body());
    } else if (command instanceof Command.Group g) {
      return harmless(g.body());
    } else if (command instanceof Command.If i) {
      return i.branches().stream().allMatch(b -> harmless(b.condition()) && harmless(b.body()))
          && i.elseBody().map(Assignments::harmless).orElse(true);
    } else if (command instanceof Command.Loop l) {
      return harmless(l.condition()) && harmless(l.body());
    } else if (command instanceof Command.For f) {
      return Environment.harmlessInShell(f.variable())
          && f.values().map(Assignments::words).orElse(true)
          && harmless(f.body());
    } else if (command instanceof Command.ArithmeticFor f) {
      return Environment.harmlessArithmetic(f.header())
          && scripts(f.substitutions())
          && harmless(f.body());
    } else if (command instanceof Command.Case c) {
      return word(c.subject())
          && c.items().stream().allMatch(i -> words(i.patterns()) && harmless(i.body()));
    } else if (command instanceof Command.FunctionDefinition f) {
      return harmless(f.body());
    } else if (command instanceof Command.Arithmetic a) {
      return Environment.harmlessArithmetic(a.expression()) && scripts(a.substitutions());
    } else if (command instanceof Command.Test t) {
      return words(t.words());
    } else if (command instanceof Command.Redirected r) {
      return harmless(r.body()) && redirections(r.redirections());
    } else if (command instanceof Command.Unparsed) {
      return true;
    }
    throw new IllegalStateException("unexpected command: " + command);
  }

  private static boolean simple(Command.Simple s) {
    boolean exported = !s.words().isEmpty();
    for (Assignment a : s.assignments()) {
      boolean ok =
          exported
              ? Environment.harmlessExported(a.name(), literal(a.value()))
              : Environment.harmlessInShell(a.name());
      if (!ok || !word(a.value())) {
        return false;
      }
    }
    return words(s.words()) && redirections(s.redirections());
  }

  private static boolean scripts(List<Script> scripts) {
    return scripts.stream().allMatch(Assignments::harmless);
  }

  private static boolean redirections(List<Redirection> list) {
    return list.stream().allMatch(Assignments::redirection);
  }

  private static boolean redirection(Redirection r) {
    if (r instanceof Redirection.File f) {
      return word(f.target());
    } else if (r instanceof Redirection.HereString h) {
      return word(h.word());
    } else if (r instanceof Redirection.Heredoc h) {
      return word(h.body());
    }
    throw new IllegalStateException("unexpected redirection: " + r);
  }

  private static boolean words(List<Word> words) {
    return words.stream().allMatch(Assignments::word);
  }

  /** Substitutions inside a word run commands, which may assign too. */
  private static boolean word(Word word) {
    for (WordPart part : word.parts()) {
      if (!part(part)) {
        return false;
      }
    }
    return true;
  }

  private static boolean part(WordPart part) {
    if (part instanceof WordPart.CommandSubstitution c) {
      return harmless(c.body());
    } else if (part instanceof WordPart.ProcessSubstitution p) {
      return harmless(p.body());
    } else if (part instanceof WordPart.ArithmeticExpansion a) {
      return Environment.harmlessArithmetic(a.expression()) && scripts(a.substitutions());
    } else if (part instanceof WordPart.Parameter p) {
      return p.argument().map(Assignments::word).orElse(true);
    } else if (part instanceof WordPart.Literal) {
      return true;
    }
    throw new IllegalStateException("unexpected word part: " + part);
  }

  /** The word's text when it is all literal, else null. */
  private static String literal(Word word) {
    StringBuilder sb = new StringBuilder();
    for (WordPart part : word.parts()) {
      if (!(part instanceof WordPart.Literal l)) {
        return null;
      }
      sb.append(l.value());
    }
    return sb.toString();
  }
}
