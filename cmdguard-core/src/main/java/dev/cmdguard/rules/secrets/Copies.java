package dev.cmdguard.rules.secrets;

import dev.cmdguard.paths.PathClass;
import dev.cmdguard.paths.PathClassification;
import dev.cmdguard.paths.PosixPaths;
import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Secret files copied, moved or linked to a name that no longer looks secret ({@code cp .env
 * notes.txt}, {@code ln -s ~/.ssh/id_rsa key.txt}), packed into an archive ({@code tar czf x.tgz
 * ~/.ssh}) or copied by {@code dd}. A copy that keeps a secret's name ({@code cp .env .env.bak},
 * {@code cp key.pem ~/.ssh/}) stays protected, and is not reported. Option tables from GNU
 * coreutils, GNU tar, Info-ZIP zip and dd(1).
 */
final class Copies {
  private static final Set<String> COPIERS = Set.of("cp", "mv", "ln", "install");
  private static final Set<String> COMPRESSORS = Set.of("gzip", "bzip2", "xz", "zstd", "lz4");

  private Copies() {}

  static void check(Reporter reporter, int index) {
    Invocation inv = reporter.context().invocation(index);
    String program = inv.program();
    if (COPIERS.contains(program)) {
      Options o = Options.parse(inv.args(), "tSmogb", Set.of("--target-directory", "--suffix"));
      copy(reporter, index, o.operands(), target(o));
    } else if (program.equals("tar")) {
      Archives.tar(reporter, index);
    } else if (program.equals("zip") || program.equals("7z") || program.equals("7za")) {
      Archives.zip(reporter, index);
    } else if (COMPRESSORS.contains(program) && Programs.hasFlag(inv, "c", Set.of("--stdout"))) {
      readAll(reporter, index, Options.parse(inv.args(), "S", Set.of()).operands(), "compresses");
    } else if (program.equals("dd")) {
      dd(reporter, index);
    }
  }

  private static Optional<Arg> target(Options o) {
    List<Arg> t = o.all("-t", "--target-directory");
    return t.isEmpty() ? Optional.empty() : Optional.of(t.get(t.size() - 1));
  }

  /**
   * Reports each secret among {@code operands} (sources, then the destination unless {@code target}
   * is given) whose copy does not keep a secret's name.
   */
  static void copy(Reporter reporter, int index, List<Arg> operands, Optional<Arg> target) {
    RuleContext context = reporter.context();
    Invocation inv = context.invocation(index);
    List<Arg> sources = operands;
    Arg destination;
    if (target.isPresent()) {
      destination = target.get();
    } else if (operands.size() >= 2) {
      sources = operands.subList(0, operands.size() - 1);
      destination = operands.get(operands.size() - 1);
    } else if (inv.program().equals("ln") && operands.size() == 1) {
      String name = PosixPaths.fileName(operands.get(0).value());
      destination = Arg.of(name, operands.get(0).span());
    } else {
      return;
    }
    boolean intoDirectory = target.isPresent() || sources.size() > 1;
    for (Arg source : sources) {
      Optional<Secret> secret = FileReads.secret(context, index, source);
      if (secret.isPresent()
          && !keepsSecretName(context, inv, source, destination, intoDirectory)) {
        reporter.report(
            index, secret.get(), Sink.of(Sink.Destination.SAVED, destination.value()), verb(inv));
      }
    }
  }

  /** True when the copy at {@code destination} (or in it, as a directory) still looks secret. */
  private static boolean keepsSecretName(
      RuleContext context, Invocation inv, Arg source, Arg destination, boolean intoDirectory) {
    if (destination.dynamic()) {
      return false;
    }
    if (context.classify(inv, destination).isSecret()) {
      return true;
    }
    if (!intoDirectory && !isDirectory(context, inv, destination)) {
      return false;
    }
    String inside = destination.value() + "/" + PosixPaths.fileName(source.value());
    return context.classify(inv, Arg.of(inside, destination.span())).isSecret();
  }

  /** True when {@code arg} surely names a directory: a trailing slash, or a well-known one. */
  private static boolean isDirectory(RuleContext context, Invocation inv, Arg arg) {
    String v = arg.value();
    if (v.endsWith("/") || v.equals(".") || v.equals("..") || v.endsWith("/.")) {
      return true;
    }
    PathClassification c = context.classify(inv, arg);
    String absolute = context.resolve(inv, arg).absolute().orElse("");
    return c.has(PathClass.ROOT)
        || c.has(PathClass.SYSTEM_DIRECTORY)
        || c.has(PathClass.HOME)
        || c.has(PathClass.WORKSPACE_ROOT)
        || Set.of("/tmp", "/var/tmp", "/dev/shm").contains(absolute);
  }

  private static String verb(Invocation inv) {
    return switch (inv.program()) {
      case "mv" -> "moves";
      case "ln" -> "links";
      default -> "copies";
    };
  }

  /** Reports each secret in {@code files}, whose content goes where the output goes. */
  static void readAll(Reporter reporter, int index, List<Arg> files, String verb) {
    RuleContext context = reporter.context();
    for (Arg file : files) {
      FileReads.secret(context, index, file)
          .ifPresent(
              s -> reporter.report(index, s, FileReads.flow(context, s).output(index), verb));
    }
  }

  /** dd(1): {@code if=FILE} read, written to {@code of=FILE} or standard output. */
  private static void dd(Reporter reporter, int index) {
    RuleContext context = reporter.context();
    Invocation inv = context.invocation(index);
    Optional<Arg> in = operand(inv, "if=");
    Optional<Arg> out = operand(inv, "of=");
    if (in.isEmpty()) {
      return;
    }
    FileReads.secret(context, index, in.get())
        .ifPresent(
            s -> {
              Sink sink =
                  out.isPresent()
                      ? Flow.file(context, inv, out.get())
                      : FileReads.flow(context, s).output(index);
              reporter.report(index, s, sink, "copies");
            });
  }

  private static Optional<Arg> operand(Invocation inv, String prefix) {
    return inv.args().stream()
        .filter(a -> a.value().startsWith(prefix))
        .reduce((a, b) -> b)
        .map(a -> Options.suffix(a, prefix.length()));
  }
}
