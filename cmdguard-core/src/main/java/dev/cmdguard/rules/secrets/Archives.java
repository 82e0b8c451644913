package dev.cmdguard.rules.secrets;

import dev.cmdguard.paths.PosixPaths;
import dev.cmdguard.rules.RuleContext;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Secret files packed into an archive: GNU tar in create, append or update mode (both the bundled
 * {@code tar czf out.tgz FILES} and the dashed forms, {@code -C DIR} honoured), Info-ZIP {@code zip
 * ARCHIVE FILES} and {@code 7z a ARCHIVE FILES}. The archive is a copy under a name that does not
 * look secret; {@code -f -} or {@code zip -} writes it to standard output, which is followed.
 */
final class Archives {
  private static final String TAR_SHORT_VALUED = "fCbTXgKLNV";
  private static final Set<String> TAR_LONG_VALUED =
      Set.of("--file", "--directory", "--files-from", "--exclude-from", "--blocking-factor");

  private Archives() {}

  static void tar(Reporter reporter, int index) {
    Invocation inv = reporter.context().invocation(index);
    List<Arg> args = inv.args();
    String bundle = "";
    List<Arg> rest = args;
    List<Arg> bundled = new ArrayList<>();
    if (!args.isEmpty() && args.get(0).value().matches("[A-Za-z]+")) {
      bundle = args.get(0).value();
      rest = args.subList(1, args.size());
      int taken = (int) bundle.chars().filter(c -> "fbTX".indexOf(c) >= 0).count();
      bundled.addAll(rest.subList(0, Math.min(taken, rest.size())));
      rest = rest.subList(Math.min(taken, rest.size()), rest.size());
    }
    Options o = Options.parse(rest, TAR_SHORT_VALUED, TAR_LONG_VALUED);
    boolean creates =
        bundle.matches(".*[cru].*") || o.has("-c", "-r", "-u", "--create", "--append", "--update");
    if (!creates) {
      return;
    }
    Optional<Arg> archive = archiveOf(bundle, bundled, o);
    List<Arg> directory = o.all("-C", "--directory");
    List<Arg> members = new ArrayList<>();
    for (Arg member : o.operands()) {
      members.add(
          directory.isEmpty() ? member : inside(directory.get(directory.size() - 1), member));
    }
    pack(reporter, index, members, archive);
  }

  private static Optional<Arg> archiveOf(String bundle, List<Arg> bundled, Options o) {
    int f = bundle.replaceAll("[^fbTX]", "").indexOf('f');
    if (f >= 0 && f < bundled.size()) {
      return Optional.of(bundled.get(f));
    }
    List<Arg> files = o.all("-f", "--file");
    return files.isEmpty() ? Optional.empty() : Optional.of(files.get(files.size() - 1));
  }

  private static Arg inside(Arg directory, Arg member) {
    if (member.dynamic() || directory.dynamic() || PosixPaths.isAbsolute(member.value())) {
      return member;
    }
    return Arg.globbed(directory.value() + "/" + member.value(), member.glob(), member.span());
  }

  static void zip(Reporter reporter, int index) {
    Invocation inv = reporter.context().invocation(index);
    List<Arg> args = new ArrayList<>(inv.args());
    for (int i = 0; i < args.size(); i++) {
      String v = args.get(i).value();
      if (v.equals("-x")
          || v.equals("-i")
          || v.startsWith("--exclude")
          || v.startsWith("--include")) {
        args = args.subList(0, i);
        break;
      }
    }
    List<Arg> operands = Options.parse(args, "bnOPtsZ", Set.of()).operands();
    if (!inv.program().equals("zip")) {
      if (operands.isEmpty() || !Set.of("a", "u").contains(operands.get(0).value())) {
        return;
      }
      operands = operands.subList(1, operands.size());
    }
    if (operands.size() >= 2) {
      pack(reporter, index, operands.subList(1, operands.size()), Optional.of(operands.get(0)));
    }
  }

  private static void pack(Reporter reporter, int index, List<Arg> members, Optional<Arg> archive) {
    RuleContext context = reporter.context();
    Invocation inv = context.invocation(index);
    for (Arg member : members) {
      FileReads.secret(context, index, member)
          .ifPresent(
              s -> {
                Sink sink =
                    archive.isEmpty() || archive.get().value().equals("-")
                        ? FileReads.flow(context, s).output(index)
                        : Flow.file(context, inv, archive.get());
                reporter.report(index, s, sink, "archives");
              });
    }
  }
}
