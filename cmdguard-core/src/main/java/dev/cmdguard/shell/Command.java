package dev.cmdguard.shell;

import java.util.List;
import java.util.Optional;

/**
 * A command in the sense of the bash manual, "Shell Commands": simple commands, pipelines, lists
 * and compound commands. The set is closed so that a {@code switch} over it breaks the build when a
 * case is added.
 */
public sealed interface Command extends Node {

  /**
   * A simple command (bash manual, "Simple Commands"): optional variable assignments, then words,
   * the first of which names the command, and redirections anywhere among them. Declaration
   * builtins ({@code export}, {@code declare}, {@code local}, {@code readonly}, {@code typeset})
   * and {@code unset} are simple commands too, their {@code NAME=value} operands kept as words.
   *
   * @param assignments the {@code NAME=value} prefixes, in order
   * @param words the command name and its arguments; empty for an assignment-only command
   * @param redirections every redirection of the command, in source order
   */
  record Simple(
      List<Assignment> assignments, List<Word> words, List<Redirection> redirections, Span span)
      implements Command {
    public Simple {
      assignments = List.copyOf(assignments);
      words = List.copyOf(words);
      redirections = List.copyOf(redirections);
    }
  }

  /**
   * A pipeline (bash manual, "Pipelines"): each command's standard output feeds the next one's
   * standard input.
   *
   * @param commands two or more commands, left to right
   * @param stderrToo for each of the {@code commands.size() - 1} pipes, whether it was {@code |&}
   *     (standard error piped too)
   */
  record Pipeline(List<Command> commands, List<Boolean> stderrToo, Span span) implements Command {
    public Pipeline {
      commands = List.copyOf(commands);
      stderrToo = List.copyOf(stderrToo);
    }
  }

  /**
   * An AND or OR list (bash manual, "Lists of Commands"): {@code left && right} or {@code left ||
   * right}. Longer lists nest to the left.
   *
   * @param operator {@code "&&"} or {@code "||"}
   */
  record AndOr(Command left, String operator, Command right, Span span) implements Command {}

  /** A command run asynchronously, ended by {@code &}. */
  record Background(Command command, Span span) implements Command {}

  /** {@code ! command}: the pipeline's exit status negated. */
  record Negation(Command command, Span span) implements Command {}

  /** {@code ( list )}: the list runs in a subshell, so {@code cd} inside does not leak out. */
  record Subshell(Script body, Span span) implements Command {}

  /** {@code { list; }}: the list runs in the current shell. */
  record Group(Script body, Span span) implements Command {}

  /**
   * {@code if} with its {@code elif} branches and optional {@code else}.
   *
   * @param branches the {@code if} and each {@code elif}, in order (at least one)
   */
  record If(List<Branch> branches, Optional<Script> elseBody, Span span) implements Command {
    public If {
      branches = List.copyOf(branches);
    }
  }

  /** One {@code if}/{@code elif} condition with the list it guards. */
  record Branch(Script condition, Script body) {}

  /**
   * {@code while} or {@code until} loop.
   *
   * @param until true for {@code until}
   */
  record Loop(boolean until, Script condition, Script body, Span span) implements Command {}

  /**
   * {@code for NAME in WORDS; do …; done} or {@code select NAME in WORDS; …}.
   *
   * @param select true for {@code select}
   * @param variable the loop variable's name
   * @param values the words after {@code in}; empty Optional when {@code in} is absent (iterates
   *     over the positional parameters)
   */
  record For(boolean select, String variable, Optional<List<Word>> values, Script body, Span span)
      implements Command {
    public For {
      values = values.map(List::copyOf);
    }
  }

  /**
   * The arithmetic {@code for (( init; test; step ))} loop.
   *
   * @param header the text between {@code ((} and {@code ))}
   * @param substitutions command substitutions found inside the header
   */
  record ArithmeticFor(String header, List<Script> substitutions, Script body, Span span)
      implements Command {
    public ArithmeticFor {
      substitutions = List.copyOf(substitutions);
    }
  }

  /** {@code case WORD in PATTERN) LIST ;; … esac}. */
  record Case(Word subject, List<CaseItem> items, Span span) implements Command {
    public Case {
      items = List.copyOf(items);
    }
  }

  /** One {@code case} clause: its patterns and the list run when one matches. */
  record CaseItem(List<Word> patterns, Script body) {
    public CaseItem {
      patterns = List.copyOf(patterns);
    }
  }

  /**
   * A function definition {@code name() compound} or {@code function name compound}: defines, does
   * not run.
   */
  record FunctionDefinition(String name, Command body, Span span) implements Command {}

  /**
   * {@code (( expression ))} arithmetic evaluation, or a {@code let}-like arithmetic command.
   *
   * @param expression the text between the parentheses, without surrounding blanks
   * @param substitutions command substitutions found inside it
   */
  record Arithmetic(String expression, List<Script> substitutions, Span span) implements Command {
    public Arithmetic {
      substitutions = List.copyOf(substitutions);
    }
  }

  /**
   * {@code [[ expression ]]} (bash manual, "Conditional Constructs"); the words keep any
   * substitutions they contain.
   */
  record Test(List<Word> words, Span span) implements Command {
    public Test {
      words = List.copyOf(words);
    }
  }

  /** A compound command with redirections after it, such as {@code { …; } > out}. */
  record Redirected(Command body, List<Redirection> redirections, Span span) implements Command {
    public Redirected {
      redirections = List.copyOf(redirections);
    }
  }

  /**
   * Text the parser could not turn into a command (inside a syntax error). Its words, where some
   * could be read, are kept so that later stages can still look at them.
   *
   * @param text the raw text
   */
  record Unparsed(String text, Span span) implements Command {}
}
