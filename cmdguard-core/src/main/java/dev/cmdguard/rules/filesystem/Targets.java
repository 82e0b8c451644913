package dev.cmdguard.rules.filesystem;

import dev.cmdguard.paths.FileKind;
import dev.cmdguard.paths.PathClass;
import dev.cmdguard.paths.PathClassification;
import dev.cmdguard.paths.PosixPaths;
import dev.cmdguard.paths.ResolvedPath;
import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.rules.windows.WindowsPaths;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * Turns path operands into {@link Target}s (SPEC section 3: paths are judged after resolution).
 * Beyond what the paths package resolves, it knows: {@code $TMPDIR} is a temp directory and {@code
 * $PWD}, {@code $(pwd)} the working directory; a partly known operand ({@code /usr/$X}) can be
 * anything its known directories lead to, the directory itself included when the value may be empty
 * (the Steam installer's {@code rm -rf "$STEAMROOT/"*}); the files of a {@code find} lie below its
 * starting points; and on a remote host ({@code ssh HOST 'rm -rf build'}) relative paths start in
 * that host's home and the local workspace means nothing.
 */
final class Targets {
  private final RuleContext context;
  private final Places places;

  /**
   * True when the command assigns {@code TMPDIR} ({@code TMPDIR=/x rm -rf $TMPDIR/y}, {@code env
   * TMPDIR=/x …}): then it is not taken for a temp directory. (bash expands the arguments before a
   * prefix assignment applies, but SPEC section 2 reads {@code X=/ rm -rf $X} as the author meant
   * it, and so does this.)
   */
  private final boolean tmpdirAssigned;

  Targets(RuleContext context) {
    this.context = context;
    this.places = new Places(context);
    this.tmpdirAssigned = context.command().contains("TMPDIR=");
  }

  /** The targets of operand {@code arg} of the invocation at {@code index}. */
  List<Target> of(int index, Invocation inv, Arg arg) {
    List<Target> out = new ArrayList<>();
    if (fromListing(inv, arg)) {
      Optional<FindSource> find = FindSource.of(context, index, inv, arg);
      if (find.isPresent()) {
        found(inv, arg, find.get(), out);
        return out;
      }
    }
    operand(inv, arg, out);
    return out;
  }

  private void operand(Invocation inv, Arg arg, List<Target> out) {
    if (!arg.dynamic()) {
      out.add(exact(inv, arg, arg.value(), arg.glob(), ""));
      return;
    }
    Expansions parts = Expansions.of(arg.value());
    if (parts.isStatic() || !parts.prefix().equals(arg.knownPrefix())) {
      out.add(partial(inv, arg, Expansions.unknownAfter(arg.knownPrefix())));
      return;
    }
    Substitution known =
        Substitution.of(arg.value(), places.cwd(inv), context.environment(), tmpdirAssigned);
    Expansions rest = Expansions.of(known.text());
    if (rest.isStatic()) {
      out.add(exact(inv, arg, known.text(), arg.glob(), ""));
    } else {
      out.add(partial(inv, arg, rest));
    }
    known.ifUnset().ifPresent(text -> out.add(ifUnset(inv, arg, text)));
  }

  /**
   * True when a dynamic operand may be names listed by a find or ls: it comes from one ({@code find
   * -exec}, {@code xargs}, a command substitution), or it starts with a value read at run time
   * ({@code … | while read f; do rm "$f"; done}, {@code -exec sh -c 'rm "$0"' {} ;}).
   */
  private static boolean fromListing(Invocation inv, Arg arg) {
    return arg.dynamic() && (arg.knownPrefix().isEmpty() || arg.producers().contains("find"));
  }

  /** A target for a path written in the command (or derived from one), possibly a glob. */
  Target exact(Invocation inv, Arg arg, String text, boolean glob, String caveat) {
    Optional<PathClassification> windows = WindowsPaths.classify(text, glob);
    if (windows.isPresent()) {
      boolean whole = WindowsPaths.coversAll(text, glob);
      return new Target(
          arg, text, windows.get(), whole, Target.Reach.STATIC, Places.host(inv), caveat);
    }
    ResolvedPath path = places.resolve(inv, text, glob);
    return new Target(
        arg,
        places.shown(inv, path, text),
        places.where(inv, path),
        path.coversAll(),
        Target.Reach.STATIC,
        Places.host(inv),
        caveat);
  }

  /** A target nothing is known of, such as an rsync daemon's module, on {@code host}. */
  Target unknown(Arg arg, String host) {
    PathClassification unknown =
        new PathClassification(EnumSet.of(PathClass.UNKNOWN), EnumSet.noneOf(FileKind.class));
    return new Target(arg, arg.value(), unknown, false, Target.Reach.UNKNOWN, host, "");
  }

  /** The workspace: where the agent works. */
  String workspace() {
    return places.workspace();
  }

  private Target partial(Invocation inv, Arg arg, Expansions rest) {
    if (rest.prefix().isEmpty()) {
      return unknown(arg, Places.host(inv));
    }
    ResolvedPath pattern = places.resolve(inv, rest.replace(part -> "*"), true);
    String empty = rest.replace(part -> "");
    boolean dotItself = !PosixPaths.isAbsolute(empty) && PosixPaths.normalize(empty).equals(".");
    String caveat = "";
    if (pattern.coversAll() && (rest.firstIsGuarded() || dotItself)) {
      pattern = withoutDirectory(pattern);
    } else if (pattern.coversAll()) {
      String part = rest.part(0).startsWith("$") ? rest.part(0) : "the run-time part";
      caveat =
          "if " + part + " is empty it is " + pattern.staticDirectory().orElse(empty) + " itself";
    }
    return new Target(
        arg,
        arg.value(),
        places.where(inv, pattern),
        false,
        Target.Reach.DYNAMIC,
        Places.host(inv),
        caveat);
  }

  private Target ifUnset(Invocation inv, Arg arg, String text) {
    Target alone = exact(inv, arg, text, arg.glob(), "");
    return new Target(
        arg,
        arg.value(),
        alone.where(),
        alone.whole(),
        Target.Reach.IF_UNSET,
        alone.host(),
        "if TMPDIR is unset it is " + alone.shown());
  }

  private void found(Invocation inv, Arg arg, FindSource find, List<Target> out) {
    boolean everything = find.everything() && !derived(arg.value());
    for (Arg start : find.starts()) {
      if (start.dynamic()) {
        List<Target> known = new ArrayList<>();
        operand(inv, start, known);
        known.forEach(t -> out.add(retarget(t, arg)));
        continue;
      }
      if (everything) {
        Target all = exact(inv, arg, start.value(), start.glob(), "");
        out.add(
            new Target(arg, all.shown(), all.where(), true, Target.Reach.FOUND, all.host(), ""));
      } else {
        Target below = exact(inv, arg, PosixPaths.child(start.value(), "x"), start.glob(), "");
        String shown = PosixPaths.parent(below.shown());
        out.add(new Target(arg, shown, below.where(), false, Target.Reach.FOUND, below.host(), ""));
      }
    }
  }

  /**
   * True when the operand adds text after the listed name ({@code {}.bak}, {@code "$f.md5"}), so
   * that it names files derived from the listed ones, not those.
   */
  private static boolean derived(String value) {
    return !(value.endsWith("}")
        || value.endsWith(")")
        || value.endsWith("`")
        || value.matches(".*\\$[A-Za-z_][A-Za-z0-9_]*"));
  }

  private static Target retarget(Target t, Arg arg) {
    return new Target(arg, t.shown(), t.where(), t.whole(), t.reach(), t.host(), t.caveat());
  }

  /** A glob's judgment without the directory it covers: the names below it, not itself. */
  private static ResolvedPath withoutDirectory(ResolvedPath p) {
    return new ResolvedPath(
        p.text(), p.absolute(), p.normalized(), true, p.staticDirectory(), false);
  }
}
