package dev.cmdguard.unwrap.windows;

import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import dev.cmdguard.unwrap.ResolvedRedirect;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One command a Windows command line would run, in the order it would start. Spans (of the
 * arguments and redirections) are offsets into the text that was parsed.
 *
 * @param argv the command: {@code argv.get(0)} is the lower-case cmdlet name with aliases resolved
 *     ({@code remove-item}) or the native program's name without {@code .exe} ({@code git}, {@code
 *     reg}); parameters of known cmdlets are written in full ({@code -Recurse}); the elements of a
 *     PowerShell array argument ({@code a,b}) are separated by an argument {@code ","}
 * @param labels what led here inside the text, outermost first ({@code ["iex"]} for code run by
 *     {@code Invoke-Expression}); empty for a command written directly
 * @param traits facts about how it runs ({@link Invocation.Trait#SYNTHESIZED} for a .NET call read
 *     as the equivalent cmdlet, {@link Invocation.Trait#READS_SCRIPT_FROM_STDIN} for {@code iex}
 *     reading the pipeline, {@link Invocation.Trait#SUBSTITUTION}, {@link
 *     Invocation.Trait#FUNCTION_BODY}, {@link Invocation.Trait#REMOTE}, {@link
 *     Invocation.Trait#BACKGROUND})
 * @param pipeFrom the index in the step list of the command writing into this one's standard input,
 *     or -1
 * @param stdinText the data on its standard input when statically known ({@code 'clean' |
 *     diskpart})
 * @param redirects its redirections, targets as written ({@code > out.txt}, {@code 2> err.log});
 *     redirections to {@code $null} and {@code nul} are left out
 * @param directory where it runs, relative to where the command line started ({@code "."}, {@code
 *     "build"}); empty after a change to a directory that is not relative ({@code cd /d D:\x})
 */
public record Step(
    List<Arg> argv,
    List<String> labels,
    Set<Invocation.Trait> traits,
    int pipeFrom,
    Optional<String> stdinText,
    List<ResolvedRedirect> redirects,
    Optional<String> directory) {
  public Step {
    argv = List.copyOf(argv);
    labels = List.copyOf(labels);
    traits = Set.copyOf(traits);
    redirects = List.copyOf(redirects);
    if (argv.isEmpty()) {
      throw new IllegalArgumentException("a step needs a program");
    }
  }

  /** The program name, {@code argv.get(0)}'s value. */
  public String program() {
    return argv.get(0).value();
  }
}
