package dev.cmdguard.unwrap;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Knows what one family of wrapper programs runs inside: {@code sudo} runs its operand command,
 * {@code bash -c} runs a script, {@code find -exec} runs a command per file. Each family is one
 * small class registered in {@link Unwrappers}; the engine applies them repeatedly (a fixpoint
 * bounded by the depth limit), so {@code sudo env nice bash -c "eval 'rm -rf /'"} unwraps fully.
 */
interface Unwrapper {

  /**
   * The program names (last path segment) this family handles, such as {@code sudo}, {@code doas}.
   */
  Set<String> programs();

  /**
   * Says what {@code call} runs inside.
   *
   * @return the inner work and any traits of the wrapper itself; {@link Unwrapped#NONE} when the
   *     call runs nothing else (for example {@code sudo -l})
   */
  Unwrapped unwrap(Call call);

  /**
   * One invocation being unwrapped.
   *
   * @param program its resolved program name
   * @param argv its arguments, {@code argv.get(0)} the name as written
   * @param input what is known of its standard input
   * @param cwd its working directory, when known
   */
  record Call(String program, List<Arg> argv, Input input, Optional<String> cwd) {
    /** The arguments after the program name. */
    List<Arg> args() {
      return argv.subList(1, argv.size());
    }
  }

  /**
   * What a wrapper runs.
   *
   * @param traits traits of the wrapper invocation itself (for example {@code
   *     READS_SCRIPT_FROM_STDIN} for {@code sh} reading a pipe)
   * @param inner the work it starts, in order
   */
  record Unwrapped(Set<Invocation.Trait> traits, List<Inner> inner) {
    static final Unwrapped NONE = new Unwrapped(Set.of(), List.of());

    static Unwrapped of(Inner... inner) {
      return new Unwrapped(Set.of(), List.of(inner));
    }
  }

  /** One piece of work a wrapper starts. */
  sealed interface Inner {
    /**
     * A command run directly with this argv ({@code sudo rm -rf /} runs {@code rm -rf /}).
     *
     * @param label how the step reads in an origin chain, such as {@code "sudo"}
     * @param chdir a directory the wrapper changes into first ({@code env -C DIR}), if any
     * @param sameShell true for builtins that run the command in the current shell ({@code
     *     command}, {@code builtin}, {@code exec}, {@code time}), so that {@code command cd /}
     *     changes the directory
     */
    record Argv(
        List<Arg> argv,
        String label,
        Set<Invocation.Trait> traits,
        Optional<String> chdir,
        boolean sameShell)
        implements Inner {
      /** A wrapper that runs {@code argv} in a child process with no other change. */
      static Argv of(List<Arg> argv, String label, Invocation.Trait... traits) {
        return new Argv(argv, label, Set.of(traits), Optional.empty(), false);
      }
    }

    /**
     * Shell code run by a shell ({@code bash -c SCRIPT}, {@code eval}, {@code ssh HOST CMD}).
     *
     * @param text the code; dynamic when not statically known
     * @param positional values of {@code $0 $1 …} for the script, when given ({@code bash -c 'rm
     *     $1' _ /}); the first is {@code $0}
     * @param sameShell true when it runs in the current shell ({@code eval}, {@code source}), so
     *     its assignments and {@code cd} persist
     */
    record Script(
        Arg text,
        String label,
        Set<Invocation.Trait> traits,
        Optional<List<String>> positional,
        boolean sameShell)
        implements Inner {}

    /**
     * A shell or interpreter reading its code from standard input.
     *
     * @param language the interpreter's language, or empty for a shell
     */
    record StdinScript(
        String label,
        Set<Invocation.Trait> traits,
        Optional<dev.cmdguard.unwrap.inline.Language> language)
        implements Inner {}

    /**
     * Inline code of an interpreter ({@code python3 -c CODE}).
     *
     * @param language the interpreter's language
     * @param code the code text
     */
    record Code(dev.cmdguard.unwrap.inline.Language language, Arg code, String label)
        implements Inner {}

    /**
     * A Windows command line: cmd.exe or PowerShell text ({@code cmd /c TEXT}, {@code pwsh -Command
     * TEXT}), parsed by {@link dev.cmdguard.unwrap.windows.WindowsScripts}.
     *
     * @param dialect how to read it
     * @param text the code, dynamic when not statically known; empty when it is read from standard
     *     input ({@code echo … | cmd}, {@code pwsh -Command -})
     * @param label how the step reads in an origin chain ({@code cmd /c}, {@code powershell
     *     -Command})
     */
    record Windows(
        dev.cmdguard.unwrap.windows.Dialect dialect,
        Optional<Arg> text,
        String label,
        Set<Invocation.Trait> traits)
        implements Inner {}

    /** Code the guard cannot see ({@code sh script.sh}, {@code source ./env.sh}). */
    record Unseen(String message) implements Inner {}
  }
}
