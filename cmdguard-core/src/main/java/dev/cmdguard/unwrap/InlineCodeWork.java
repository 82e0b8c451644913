package dev.cmdguard.unwrap;

import dev.cmdguard.shell.Span;
import dev.cmdguard.unwrap.inline.Effect;
import dev.cmdguard.unwrap.inline.InlineAnalysis;
import dev.cmdguard.unwrap.inline.InlineCode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns what interpreter code does into invocations (SPEC section 2): shell-outs ({@code
 * os.system}, {@code child_process.execSync}, backticks) are followed as shell code or argv,
 * deletion APIs ({@code shutil.rmtree}, {@code fs.rmSync}, {@code FileUtils.rm_rf}) become the
 * equivalent {@code rm}, file writes become {@code tee FILE}, code evaluated from run-time data
 * becomes a dynamic command, reverse-shell patterns a marked invocation; what could not be followed
 * is an {@code OPAQUE_INLINE_CODE} marker. Each step's label in the origin chain is the API name.
 */
final class InlineCodeWork {
  private InlineCodeWork() {}

  static void run(Unwrapper.Inner.Code code, InnerWork work) {
    InlineAnalysis analysis = InlineCode.analyze(code.language(), code.code().value());
    Span span =
        code.code().span().equals(Span.NONE) ? work.frame().map(work.span()) : code.code().span();
    Frame inner = work.frame().wrapped(code.label(), Set.of());
    Walker walker = work.walker().with(inner, work.walker().scope.copy());
    InnerWork nested = new InnerWork(walker, work.span(), work.redirects(), Input.INHERITED);
    boolean network = analysis.effects().stream().anyMatch(e -> e instanceof Effect.Network);
    for (Effect effect : analysis.effects()) {
      effect(effect, nested, span, network);
    }
    if (analysis.opaque()) {
      work.walker()
          .engine
          .mark(
              AnalysisMarker.Kind.OPAQUE_INLINE_CODE,
              code.label()
                  + " runs "
                  + code.language().name().toLowerCase(java.util.Locale.ROOT)
                  + " code that is not fully understood: "
                  + analysis.opaqueReason(),
              span);
    }
  }

  private static void effect(Effect effect, InnerWork work, Span span, boolean network) {
    // instanceof, not a pattern switch: see docs/agents.md, "Start-up"
    if (effect instanceof Effect.ShellCommand c) {
      work.run(
          new Unwrapper.Inner.Script(
              text(c.script(), c.dynamic(), span), c.api(), Set.of(), Optional.empty(), false));
    } else if (effect instanceof Effect.ArgvCommand c) {
      work.run(
          new Unwrapper.Inner.Argv(
              args(c.argv(), c.dynamic(), span), c.api(), Set.of(), Optional.empty(), false));
    } else if (effect instanceof Effect.Delete d) {
      work.run(
          synthesized(
              List.of(
                  Arg.of("rm", Span.NONE),
                  Arg.of(d.recursive() ? "-rf" : "-f", Span.NONE),
                  path(d.path(), d.dynamic(), span)),
              d.api()));
    } else if (effect instanceof Effect.Write w) {
      work.run(
          synthesized(
              List.of(Arg.of("tee", Span.NONE), path(w.path(), w.dynamic(), span)), w.api()));
    } else if (effect instanceof Effect.Eval e) {
      if (e.dynamic()) {
        Set<Invocation.Trait> traits = network ? Set.of(Invocation.Trait.FROM_NETWORK) : Set.of();
        work.dynamicCode(Arg.dynamic("${" + e.api() + "}", "", List.of(), span), e.api(), traits);
      }
    } else if (effect instanceof Effect.ReverseShellPattern r) {
      work.run(
          new Unwrapper.Inner.Argv(
              List.of(Arg.of(r.api(), span)),
              r.api(),
              EnumSet.of(Invocation.Trait.SYNTHESIZED, Invocation.Trait.REVERSE_SHELL),
              Optional.empty(),
              false));
    } else if (effect instanceof Effect.Network) {
      // nothing to run
    } else {
      throw new IllegalStateException("unexpected effect: " + effect);
    }
  }

  private static Unwrapper.Inner synthesized(List<Arg> argv, String api) {
    return Unwrapper.Inner.Argv.of(argv, api, Invocation.Trait.SYNTHESIZED);
  }

  /** Shell code from interpreter code; unknown parts are written {@code ${name}}. */
  private static Arg text(String script, boolean dynamic, Span span) {
    if (!dynamic) {
      return Arg.of(script, span);
    }
    int unknown = script.indexOf("${");
    return Arg.dynamic(script, unknown < 0 ? "" : script.substring(0, unknown), List.of(), span);
  }

  private static Arg path(String path, boolean dynamic, Span span) {
    return dynamic || path.contains("${") ? text(path, true, span) : Arg.of(path, span);
  }

  private static List<Arg> args(List<String> argv, boolean dynamic, Span span) {
    List<Arg> out = new ArrayList<>();
    for (String a : argv) {
      out.add(a.contains("${") ? text(a, true, span) : Arg.of(a, span));
    }
    return out;
  }
}
