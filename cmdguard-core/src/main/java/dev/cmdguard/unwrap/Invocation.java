package dev.cmdguard.unwrap;

import dev.cmdguard.shell.Span;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A program that would run: the unit every rule judges. One simple command may give several
 * invocations ({@code sudo bash -c "rm -rf /"} gives {@code sudo}, {@code bash} and {@code rm}); a
 * shell-out found in interpreter code gives one too.
 *
 * @param program the resolved program name: the last path segment, quotes and escapes removed
 *     ({@code /bin/rm}, {@code \rm} and {@code r''m} all give {@code rm}); when the name is not
 *     statically known, the source-like text of it and {@link Trait#DYNAMIC_PROGRAM} is set
 * @param argv the arguments as the program would see them, {@code argv.get(0)} the name as written
 *     (after expansion); a statically known unquoted variable holding blanks is split into several
 *     arguments, as the shell does
 * @param cwd the absolute working directory at this point, after tracked {@code cd}/{@code pushd};
 *     empty when it is not known (after {@code cd $DIR})
 * @param origin the chain of what led to it, outermost first, each step as a short label ({@code
 *     ["sudo", "bash -c", "eval"]}); empty for a command typed directly
 * @param span the text in the original command that this came from (for nested scripts, the whole
 *     argument or heredoc that held it)
 * @param stdin where its standard input comes from
 * @param redirects its own redirections and those of enclosing compound commands, targets expanded
 * @param traits facts about how it runs
 */
public record Invocation(
    String program,
    List<Arg> argv,
    Optional<String> cwd,
    List<String> origin,
    Span span,
    Stdin stdin,
    List<ResolvedRedirect> redirects,
    Set<Trait> traits) {
  public Invocation {
    argv = List.copyOf(argv);
    origin = List.copyOf(origin);
    redirects = List.copyOf(redirects);
    traits = Set.copyOf(traits);
  }

  /** What is known about how an invocation runs. */
  public enum Trait {
    /** The program name itself is not statically known ({@code $CMD -rf /}, {@code eval "$x"}). */
    DYNAMIC_PROGRAM,
    /** It runs on another machine ({@code ssh HOST 'cmd'}). */
    REMOTE,
    /** It runs with root or another user's privileges ({@code sudo}, {@code doas}, {@code su}). */
    ELEVATED,
    /** Run asynchronously ({@code &}, coprocess) or as part of a pipeline stage's fan-out. */
    BACKGROUND,
    /**
     * Not written as a command but derived: an interpreter's deletion API taken as the equivalent
     * {@code rm}, or {@code find -delete}.
     */
    SYNTHESIZED,
    /** It runs once per input item ({@code xargs}, {@code parallel}, {@code find -exec}). */
    PER_ITEM,
    /** A shell or interpreter whose code comes from its standard input. */
    READS_SCRIPT_FROM_STDIN,
    /** Inside a command or process substitution. */
    SUBSTITUTION,
    /** Inside a function body (runs when the function is called). */
    FUNCTION_BODY,
    /**
     * Code that runs what it downloads: interpreter code that evaluates data read from the network
     * ({@code exec(urlopen(u).read())}).
     */
    FROM_NETWORK,
    /**
     * Interpreter code that connects a shell's standard streams to a network socket (a reverse
     * shell written in Python, Perl, Ruby, PHP or JavaScript).
     */
    REVERSE_SHELL
  }

  /** The argument values after {@code argv[0]}. */
  public List<Arg> args() {
    return argv.subList(Math.min(1, argv.size()), argv.size());
  }

  /** True when {@code trait} applies. */
  public boolean has(Trait trait) {
    return traits.contains(trait);
  }
}
