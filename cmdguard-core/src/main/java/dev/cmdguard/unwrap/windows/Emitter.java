package dev.cmdguard.unwrap.windows;

import dev.cmdguard.paths.PosixPaths;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import dev.cmdguard.unwrap.ResolvedRedirect;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Collects the steps of one Windows command line in order, with the labels and traits of the
 * constructs they sit in, and the current location: {@code cd}, {@code Set-Location}, {@code pushd}
 * and {@code popd} change where later commands run. When the location is an absolute Windows
 * directory ({@code cd /d C:\}), relative paths given to a cmdlet's path parameters are written out
 * against it ({@code Remove-Item -Recurse *} there is {@code C:\*}), the way the provider resolves
 * them.
 */
final class Emitter {
  /** Bound on the steps of one command line, so hostile input cannot exhaust memory. */
  static final int MAX_STEPS = 2_000;

  /** Bound on nesting (script blocks, sub-expressions, {@code iex} of text …). */
  static final int MAX_DEPTH = 48;

  private static final Set<String> PATH_PARAMETERS =
      Set.of("Path", "LiteralPath", "Destination", "FilePath");

  final WindowsContext context;
  final Dialect dialect;
  private final List<Step> steps = new ArrayList<>();
  private final List<String> problems = new ArrayList<>();
  private final Deque<String> labels = new ArrayDeque<>();
  private final EnumSet<Invocation.Trait> traits = EnumSet.noneOf(Invocation.Trait.class);
  private final Deque<Location> stack = new ArrayDeque<>();
  private Location location = new Location(Optional.of("."), Optional.empty());
  private int depth;

  /**
   * Where commands run.
   *
   * @param relative relative to the start ({@code "."}, {@code "build"}), when known that way
   * @param absolute the absolute Windows directory, when known that way
   */
  record Location(Optional<String> relative, Optional<String> absolute) {}

  Emitter(WindowsContext context, Dialect dialect) {
    this.context = context;
    this.dialect = dialect;
  }

  /**
   * Adds a step.
   *
   * @return its index, for {@code pipeFrom} of the next pipeline stage; -1 when the step limit was
   *     reached
   */
  int add(List<Arg> argv, int pipeFrom, Optional<String> stdin, List<ResolvedRedirect> redirects) {
    return add(argv, pipeFrom, stdin, redirects, Set.of());
  }

  int add(
      List<Arg> argv,
      int pipeFrom,
      Optional<String> stdin,
      List<ResolvedRedirect> redirects,
      Set<Invocation.Trait> extra) {
    if (argv.isEmpty()) {
      return -1;
    }
    if (steps.size() >= MAX_STEPS) {
      if (steps.size() == MAX_STEPS) {
        problem("the command line runs more than " + MAX_STEPS + " commands");
      }
      return -1;
    }
    EnumSet<Invocation.Trait> all = EnumSet.noneOf(Invocation.Trait.class);
    all.addAll(traits);
    all.addAll(extra);
    List<String> chain = new ArrayList<>(labels);
    java.util.Collections.reverse(chain);
    steps.add(
        new Step(absolutePaths(argv), chain, all, pipeFrom, stdin, redirects, location.relative()));
    return steps.size() - 1;
  }

  /** Adds {@code trait} to the steps from {@code from} (inclusive) to {@code to} (exclusive). */
  void mark(int from, int to, Invocation.Trait trait) {
    for (int i = from; i < to && i < steps.size(); i++) {
      Step s = steps.get(i);
      EnumSet<Invocation.Trait> t = EnumSet.noneOf(Invocation.Trait.class);
      t.addAll(s.traits());
      t.add(trait);
      steps.set(
          i,
          new Step(
              s.argv(), s.labels(), t, s.pipeFrom(), s.stdinText(), s.redirects(), s.directory()));
    }
  }

  /**
   * Moves the step last added to {@code at}, before the steps its arguments added (a command's
   * script blocks are read before the command is known), keeping pipe indexes right.
   *
   * @return {@code at}, its new index
   */
  int moveLastTo(int at) {
    int last = steps.size() - 1;
    if (last < 0 || at >= last) {
      return last;
    }
    Step moved = steps.remove(last);
    for (int i = at; i < steps.size(); i++) {
      Step s = steps.get(i);
      if (s.pipeFrom() >= at) {
        steps.set(
            i,
            new Step(
                s.argv(),
                s.labels(),
                s.traits(),
                s.pipeFrom() + 1,
                s.stdinText(),
                s.redirects(),
                s.directory()));
      }
    }
    steps.add(at, moved);
    return at;
  }

  void problem(String message) {
    if (!problems.contains(message)) {
      problems.add(message);
    }
  }

  /** Runs {@code body} inside a construct labelled {@code label} with extra {@code more} traits. */
  <T> T within(String label, Set<Invocation.Trait> more, Supplier<T> body) {
    EnumSet<Invocation.Trait> before = EnumSet.noneOf(Invocation.Trait.class);
    before.addAll(traits);
    if (label != null) {
      labels.push(label);
    }
    traits.addAll(more);
    try {
      return body.get();
    } finally {
      if (label != null) {
        labels.pop();
      }
      traits.clear();
      traits.addAll(before);
    }
  }

  /** True when one more nesting level is allowed; otherwise records the problem once. */
  boolean enter() {
    if (depth >= MAX_DEPTH) {
      problem("the command line nests deeper than " + MAX_DEPTH + " levels");
      return false;
    }
    depth++;
    return true;
  }

  void leave() {
    depth--;
  }

  int size() {
    return steps.size();
  }

  Step step(int index) {
    return steps.get(index);
  }

  WindowsScript build() {
    return new WindowsScript(steps, problems);
  }

  /** The current location. */
  Location location() {
    return location;
  }

  /** {@code cd DIR}, {@code Set-Location DIR}: later commands run there. */
  void changeDirectory(Optional<Arg> target) {
    location = moved(location, target);
  }

  void pushDirectory(Optional<Arg> target) {
    stack.push(location);
    changeDirectory(target);
  }

  void popDirectory() {
    location = stack.isEmpty() ? new Location(Optional.empty(), Optional.empty()) : stack.pop();
  }

  private Location moved(Location from, Optional<Arg> target) {
    if (target.isEmpty()) {
      return new Location(Optional.empty(), Optional.of(context.home()));
    }
    Arg t = target.get();
    String v = t.value();
    if (t.dynamic() || v.isEmpty() || v.equals("-") || v.equals("+")) {
      return new Location(Optional.empty(), Optional.empty());
    }
    if (WindowsPathText.isAbsolute(v)) {
      Optional<String> abs = WindowsPathText.absolute(v, from.absolute());
      return new Location(Optional.empty(), abs);
    }
    if (from.absolute().isPresent()) {
      return new Location(
          Optional.empty(), Optional.of(WindowsPathText.join(from.absolute().get(), v)));
    }
    if (from.relative().isEmpty()) {
      return from;
    }
    String rel = v.replace('\\', '/');
    if (rel.startsWith("~")) {
      return new Location(Optional.empty(), Optional.empty());
    }
    String joined = PosixPaths.normalize(from.relative().get() + "/" + rel);
    return new Location(Optional.of(joined.isEmpty() ? "." : joined), Optional.empty());
  }

  /**
   * Writes relative static values of a known cmdlet's path parameters against an absolute current
   * location.
   */
  private List<Arg> absolutePaths(List<Arg> argv) {
    if (location.absolute().isEmpty() || !Cmdlets.known(argv.get(0).value())) {
      return argv;
    }
    String base = location.absolute().get();
    Cmdlets.Binding b = Cmdlets.bind(argv.get(0).value(), argv.subList(1, argv.size()));
    Set<Arg> paths = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (String p : PATH_PARAMETERS) {
      paths.addAll(b.values(p));
    }
    List<Arg> out = new ArrayList<>();
    for (Arg a : argv) {
      if (paths.contains(a) && !a.dynamic() && !WindowsPathText.isAbsolute(a.value())) {
        String joined = WindowsPathText.join(base, a.value());
        out.add(new Arg(joined, false, joined, a.glob(), a.producers(), a.span()));
      } else {
        out.add(a);
      }
    }
    return out;
  }
}
