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
    return switch (command) {
      case Command.Simple s -> simple(s);
      case Command.Pipeline p -> p.commands().stream().allMatch(Assignments::harmless);
      case Command.AndOr a -> harmless(a.left()) && harmless(a.right());
      case Command.Background b -> harmless(b.command());
      case Command.Negation n -> harmless(n.command());
      case Command.Subshell s -> harmless(s.body());
      case Command.Group g -> harmless(g.body());
      case Command.If i ->
          i.branches().stream().allMatch(b -> harmless(b.condition()) && harmless(b.body()))
              && i.elseBody().map(Assignments::harmless).orElse(true);
      case Command.Loop l -> harmless(l.condition()) && harmless(l.body());
      case Command.For f ->
          Environment.harmlessInShell(f.variable())
              && f.values().map(Assignments::words).orElse(true)
              && harmless(f.body());
      case Command.ArithmeticFor f ->
          Environment.harmlessArithmetic(f.header())
              && scripts(f.substitutions())
              && harmless(f.body());
      case Command.Case c ->
          word(c.subject())
              && c.items().stream().allMatch(i -> words(i.patterns()) && harmless(i.body()));
      case Command.FunctionDefinition f -> harmless(f.body());
      case Command.Arithmetic a ->
          Environment.harmlessArithmetic(a.expression()) && scripts(a.substitutions());
      case Command.Test t -> words(t.words());
      case Command.Redirected r -> harmless(r.body()) && redirections(r.redirections());
      case Command.Unparsed u -> true;
    };
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
    return list.stream()
        .allMatch(
            r ->
                switch (r) {
                  case Redirection.File f -> word(f.target());
                  case Redirection.HereString h -> word(h.word());
                  case Redirection.Heredoc h -> word(h.body());
                });
  }

  private static boolean words(List<Word> words) {
    return words.stream().allMatch(Assignments::word);
  }

  /** Substitutions inside a word run commands, which may assign too. */
  private static boolean word(Word word) {
    for (WordPart part : word.parts()) {
      boolean ok =
          switch (part) {
            case WordPart.CommandSubstitution c -> harmless(c.body());
            case WordPart.ProcessSubstitution p -> harmless(p.body());
            case WordPart.ArithmeticExpansion a ->
                Environment.harmlessArithmetic(a.expression()) && scripts(a.substitutions());
            case WordPart.Parameter p -> p.argument().map(Assignments::word).orElse(true);
            case WordPart.Literal l -> true;
          };
      if (!ok) {
        return false;
      }
    }
    return true;
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
