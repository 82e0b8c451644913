package dev.cmdguard.rules.readonly;

import dev.cmdguard.paths.PathClass;
import dev.cmdguard.unwrap.Arg;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Utilities whose operands, not only their options, decide whether they write: {@code uniq IN OUT}
 * and {@code xxd IN OUT} write OUT, {@code date MMDDhhmm} sets the clock, {@code hostname NAME}
 * renames the machine, {@code tee FILE} writes FILE, {@code alias x=y} and {@code history -c}
 * change the shell, {@code less +!cmd} runs a command. Each judge is the utility's man page read
 * for what writes.
 */
final class Operands {
  /** less(1) and more(1) initial commands that only move or search: {@code +G}, {@code +/re}. */
  private static final Pattern PAGER_COMMAND = Pattern.compile("\\+([0-9]*[GgF]?|/[^\\n\\r]*)");

  private static final Set<String> FDISK_FLAGS =
      Set.of("-l", "--list", "-x", "--list-details", "-u", "--units", "--bytes", "-L", "--color");

  private static final Set<String> FDISK_VALUED =
      Set.of(
          "-b",
          "--sector-size",
          "-o",
          "--output",
          "-C",
          "-H",
          "-S",
          "--cylinders",
          "--heads",
          "--sectors");

  private static final Set<String> MOUNT_LISTING = Set.of("-l", "--show-labels", "-t", "--types");

  private Operands() {}

  static Map<String, Judge> all() {
    Map<String, Judge> m = new HashMap<>();
    Options uniq =
        Options.forbidding("").values("fsw", "--skip-fields", "--skip-chars", "--check-chars");
    m.put("uniq", (inv, ctx) -> atMost(uniq, inv.args(), 1));
    Options xxd = Options.forbidding("").values("cglosn", "-cols", "-len", "-seek", "-name");
    m.put("xxd", (inv, ctx) -> atMost(xxd, inv.args(), 1));
    Options date =
        Options.forbidding("s", "--set").values("dfr", "--date", "--file", "--reference");
    m.put(
        "date",
        (inv, ctx) ->
            date.operands(inv.args().stream().filter(a -> !a.value().matches("-I[a-z]*")).toList())
                .map(ops -> ops.stream().allMatch(a -> a.value().startsWith("+")))
                .orElse(false));
    Options hostname = Options.forbidding("Fb", "--file", "--boot");
    m.put("hostname", (inv, ctx) -> atMost(hostname, inv.args(), 0));
    m.put("history", (inv, ctx) -> inv.args().stream().allMatch(a -> isNumber(a)));
    m.put(
        "alias",
        (inv, ctx) -> inv.args().stream().allMatch(a -> a.isLiteral() && !a.value().contains("=")));
    m.put(
        "hash",
        (inv, ctx) ->
            inv.args().stream()
                .allMatch(
                    a ->
                        Set.of("-l", "-t").contains(a.value())
                            || (a.isLiteral() && !a.value().startsWith("-"))));
    Options tee = Options.forbidding("").values("", "");
    m.put(
        "tee",
        (inv, ctx) ->
            tee.operands(inv.args())
                .map(
                    ops ->
                        ops.stream()
                            .allMatch(
                                a ->
                                    !a.dynamic()
                                        && ctx.classify(inv, a).has(PathClass.HARMLESS_DEVICE)))
                .orElse(false));
    m.put(
        "top",
        (inv, ctx) -> inv.args().stream().anyMatch(a -> a.value().matches("-[a-zA-Z]*b[a-zA-Z]*")));
    // less(1): -o/-O write a log file; a lesskey file (-k, --lesskey-src) can set LESSOPEN.
    Options pager =
        Options.forbidding(
            "oOk",
            "--log-file",
            "--LOG-FILE",
            "--lesskey-file",
            "--lesskey-src",
            "--lesskey-content");
    Judge pagers =
        (inv, ctx) ->
            pager.allows(inv.args())
                && inv.args().stream().allMatch(Operands::harmlessPagerCommand);
    m.put("less", pagers);
    m.put("more", pagers);
    m.put("most", pagers);
    m.put("printf", (inv, ctx) -> printf(inv.args()));
    m.put("read", (inv, ctx) -> read(inv.args()));
    m.put("fdisk", (inv, ctx) -> fdiskList(inv.args()));
    // mount(8) without a device or directory lists; with one it mounts, and -a mounts fstab.
    Options mount = Options.forbidding("").values("t", "--types");
    m.put(
        "mount",
        (inv, ctx) ->
            inv.args().stream()
                    .allMatch(a -> !a.value().startsWith("-") || MOUNT_LISTING.contains(a.value()))
                && mount.operands(inv.args()).map(List::isEmpty).orElse(false));
    // bash shopt: -s and -u change the shell; without them it prints.
    m.put(
        "shopt",
        (inv, ctx) ->
            inv.args().stream()
                .allMatch(a -> a.isLiteral() && !a.value().matches("-[a-z]*[su][a-z]*")));
    return m;
  }

  /** At most {@code max} operands (the next one would be an output file or a new value). */
  private static boolean atMost(Options options, List<Arg> args, int max) {
    return options.operands(args).map(ops -> ops.size() <= max || dashes(ops, max)).orElse(false);
  }

  /** {@code xxd in -}: the output operand is standard output. */
  private static boolean dashes(List<Arg> ops, int max) {
    return ops.size() == max + 1 && ops.get(max).value().equals("-");
  }

  private static boolean isNumber(Arg a) {
    return a.isLiteral() && a.value().matches("[0-9]+");
  }

  private static boolean harmlessPagerCommand(Arg a) {
    return !a.value().startsWith("+")
        || (a.isLiteral() && PAGER_COMMAND.matcher(a.value()).matches());
  }

  /** bash printf: only {@code -v VAR} is an option, and it assigns a variable. */
  private static boolean printf(List<Arg> args) {
    if (args.isEmpty()) {
      return true;
    }
    Arg first = args.get(0);
    return !Options.couldBeOption(first) && !first.value().startsWith("-v");
  }

  /** bash read: assigns the named variables, which must not be ones that steer other programs. */
  private static boolean read(List<Arg> args) {
    Options read = Options.forbidding("").values("adinNptu");
    return read.operands(args)
        .map(
            ops ->
                ops.stream().allMatch(a -> a.isLiteral() && Environment.harmlessInShell(a.value())))
        .orElse(false);
  }

  /**
   * fdisk(8) {@code -l} (SPEC section 4: "fdisk -l is low"): listing, with display options only;
   * without {@code -l} fdisk edits the partition table.
   */
  private static boolean fdiskList(List<Arg> args) {
    boolean list = false;
    for (int i = 0; i < args.size(); i++) {
      String v = args.get(i).value();
      if (!args.get(i).isLiteral()) {
        return false;
      }
      if (FDISK_VALUED.contains(v)) {
        i++;
      } else if (v.startsWith("-")) {
        String name = v.contains("=") ? v.substring(0, v.indexOf('=')) : v;
        if (!FDISK_FLAGS.contains(name) && !FDISK_VALUED.contains(name)) {
          return false;
        }
        list |=
            v.equals("-l") || v.equals("--list") || v.equals("-x") || v.equals("--list-details");
      }
    }
    return list;
  }
}
