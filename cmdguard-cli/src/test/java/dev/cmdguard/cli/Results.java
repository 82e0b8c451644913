package dev.cmdguard.cli;

import dev.cmdguard.shell.ParseResult;
import dev.cmdguard.shell.Script;
import dev.cmdguard.shell.Span;
import dev.cmdguard.shell.SyntaxError;
import dev.cmdguard.unwrap.AnalysisMarker;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import dev.cmdguard.unwrap.Invocation.Trait;
import dev.cmdguard.unwrap.ResolvedRedirect;
import dev.cmdguard.unwrap.ShellContext;
import dev.cmdguard.unwrap.Stdin;
import dev.cmdguard.unwrap.UnwrapResult;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Hand-built unwrap results, as the unwrapper would give them, for the renderer tests. */
final class Results {
  static final ShellContext CONTEXT = ShellContext.of("/home/dev/project", "/home/dev", "dev");

  private Results() {}

  /** A static argument at {@code [start, end)}. */
  static Arg arg(String value, int start, int end) {
    return Arg.of(value, new Span(start, end));
  }

  /** An invocation builder; argv and span are required, the rest defaults to "nothing special". */
  static final class Inv {
    private final String program;
    private final List<Arg> argv;
    private final Span span;
    private List<String> origin = List.of();
    private Optional<String> cwd = Optional.of(CONTEXT.cwd());
    private Stdin stdin = new Stdin.Inherited();
    private final List<ResolvedRedirect> redirects = new ArrayList<>();
    private final Set<Trait> traits = EnumSet.noneOf(Trait.class);

    Inv(String program, Span span, Arg... argv) {
      this.program = program;
      this.span = span;
      this.argv = List.of(argv);
    }

    Inv origin(String... steps) {
      origin = List.of(steps);
      return this;
    }

    Inv cwd(Optional<String> dir) {
      cwd = dir;
      return this;
    }

    Inv stdin(Stdin in) {
      stdin = in;
      return this;
    }

    Inv redirect(ResolvedRedirect r) {
      redirects.add(r);
      return this;
    }

    Inv traits(Trait... t) {
      traits.addAll(List.of(t));
      return this;
    }

    Invocation build() {
      return new Invocation(program, argv, cwd, origin, span, stdin, redirects, traits);
    }
  }

  static Inv inv(String program, int start, int end, Arg... argv) {
    return new Inv(program, new Span(start, end), argv);
  }

  static Explanation explanation(
      String source,
      List<Invocation> invocations,
      List<AnalysisMarker> markers,
      List<SyntaxError> errors) {
    ParseResult parse = new ParseResult(source, Script.empty(new Span(0, source.length())), errors);
    UnwrapResult result = new UnwrapResult(parse, invocations, markers);
    return Explanation.ofScript(source, CONTEXT, result);
  }

  /** {@code sudo bash -c "rm -rf /"}: sudo, then bash (via sudo), then rm (via sudo, bash -c). */
  static Explanation sudoBashRm() {
    String source = "sudo bash -c \"rm -rf /\"";
    Invocation sudo =
        inv(
                "sudo",
                0,
                23,
                arg("sudo", 0, 4),
                arg("bash", 5, 9),
                arg("-c", 10, 12),
                arg("rm -rf /", 13, 23))
            .build();
    Invocation bash =
        inv("bash", 5, 23, arg("bash", 5, 9), arg("-c", 10, 12), arg("rm -rf /", 13, 23))
            .origin("sudo")
            .traits(Trait.ELEVATED)
            .build();
    Invocation rm =
        inv("rm", 13, 23, arg("rm", 14, 16), arg("-rf", 17, 20), arg("/", 21, 22))
            .origin("sudo", "bash -c")
            .traits(Trait.ELEVATED)
            .build();
    return explanation(source, List.of(sudo, bash, rm), List.of(), List.of());
  }
}
