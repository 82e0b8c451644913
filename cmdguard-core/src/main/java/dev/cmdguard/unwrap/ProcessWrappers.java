package dev.cmdguard.unwrap;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Programs that run their operand command with changed scheduling, limits, tracing, locking or
 * namespaces, and nothing else: {@code nice}, {@code ionice}, {@code timeout}, {@code stdbuf},
 * {@code setsid}, {@code chroot}, {@code watch}, {@code strace}, {@code ltrace}, {@code flock},
 * {@code taskset}, {@code chrt}, {@code unbuffer}, {@code xvfb-run}, {@code torsocks}, {@code
 * proxychains}, {@code systemd-run}, {@code unshare}, {@code nsenter}, {@code fakeroot}, {@code
 * caffeinate}, {@code script -c}. Each entry names the options that take a value (from the man
 * pages) and how many fixed operands come before the command.
 */
final class ProcessWrappers implements Unwrapper {

  /**
   * @param options the option syntax
   * @param fixed operands before the command (timeout's DURATION, chroot's NEWROOT …)
   * @param script option whose value is a shell command ({@code flock -c}, {@code script -c}), or
   *     empty
   */
  private record Spec(OptionScan options, int fixed, String script) {}

  private static final Map<String, Spec> SPECS =
      Map.ofEntries(
          Map.entry("nice", new Spec(new OptionScan("n", Set.of("--adjustment"), true), 0, "")),
          Map.entry(
              "ionice", new Spec(OptionScan.of("cnp", "--class", "--classdata", "--pid"), 0, "")),
          Map.entry("timeout", new Spec(OptionScan.of("sk", "--signal", "--kill-after"), 1, "")),
          Map.entry(
              "stdbuf", new Spec(OptionScan.of("ioe", "--input", "--output", "--error"), 0, "")),
          Map.entry("setsid", new Spec(OptionScan.of(""), 0, "")),
          Map.entry("chroot", new Spec(OptionScan.of("", "--userspec", "--groups"), 1, "")),
          Map.entry("strace", new Spec(OptionScan.of("opesuEaIOPSbX"), 0, "")),
          Map.entry("ltrace", new Spec(OptionScan.of("opesuaAnDlLwxFTe"), 0, "")),
          Map.entry(
              "flock",
              new Spec(
                  OptionScan.of("Ewc", "--conflict-exit-code", "--timeout", "--command"), 1, "-c")),
          Map.entry("taskset", new Spec(OptionScan.of(""), 1, "")),
          Map.entry("chrt", new Spec(OptionScan.of("TPD"), 1, "")),
          Map.entry("unbuffer", new Spec(OptionScan.of(""), 0, "")),
          Map.entry(
              "xvfb-run",
              new Spec(
                  OptionScan.of(
                      "nsefwp",
                      "--server-num",
                      "--server-args",
                      "--error-file",
                      "--auth-file",
                      "--wait",
                      "--xauth-protocol"),
                  0,
                  "")),
          Map.entry("torsocks", new Spec(OptionScan.of("upaP"), 0, "")),
          Map.entry("proxychains", new Spec(OptionScan.of("f"), 0, "")),
          Map.entry("proxychains4", new Spec(OptionScan.of("f"), 0, "")),
          Map.entry(
              "systemd-run",
              new Spec(
                  OptionScan.of(
                      "pEHM",
                      "--unit",
                      "--description",
                      "--slice",
                      "--uid",
                      "--gid",
                      "--nice",
                      "--working-directory",
                      "--setenv",
                      "--property",
                      "--machine",
                      "--host",
                      "--service-type"),
                  0,
                  "")),
          Map.entry(
              "unshare",
              new Spec(
                  OptionScan.of(
                      "RwSGl",
                      "--root",
                      "--wd",
                      "--setuid",
                      "--setgid",
                      "--propagation",
                      "--setgroups"),
                  0,
                  "")),
          Map.entry(
              "nsenter", new Spec(OptionScan.of("tSG", "--target", "--setuid", "--setgid"), 0, "")),
          Map.entry("fakeroot", new Spec(OptionScan.of("lsib", "--lib", "--faked"), 0, "")),
          Map.entry("caffeinate", new Spec(OptionScan.of("tw"), 0, "")),
          Map.entry(
              "script",
              new Spec(
                  OptionScan.of(
                      "cTEIOBtm",
                      "--command",
                      "--log-io",
                      "--log-in",
                      "--log-out",
                      "--log-timing",
                      "--timing",
                      "--echo",
                      "--logging-format"),
                  99,
                  "-c")),
          Map.entry("watch", new Spec(OptionScan.of("nd", "--interval", "--differences"), 0, "")));

  private static String script(Spec spec, OptionScan.Result r) {
    return spec.script().isEmpty()
        ? null
        : r.values().getOrDefault(spec.script(), r.values().get("--command"));
  }

  @Override
  public Set<String> programs() {
    return SPECS.keySet();
  }

  @Override
  public Unwrapped unwrap(Call call) {
    Spec spec = SPECS.get(call.program());
    List<Arg> args = call.args();
    OptionScan.Result r = spec.options().scan(args);
    String code = script(spec, r);
    if (code == null && !spec.script().isEmpty() && spec.fixed() < args.size()) {
      int after = Math.min(args.size(), r.operand() + spec.fixed());
      code = script(spec, spec.options().scan(args.subList(after, args.size())));
    }
    if (code != null) {
      Arg text = OptionScan.argument(args, code);
      return Unwrapped.of(
          new Inner.Script(text, call.program() + " -c", Set.of(), Optional.empty(), false));
    }
    int start = Math.min(args.size(), r.operand() + spec.fixed());
    List<Arg> rest = args.subList(start, args.size());
    if (rest.isEmpty() || (call.program().equals("ionice") && r.has("-p"))) {
      return Unwrapped.NONE;
    }
    if (call.program().equals("watch") && !(r.has("-x") || r.has("--exec"))) {
      Arg text = Expander.join(rest, rest.get(0).span().union(rest.get(rest.size() - 1).span()));
      return Unwrapped.of(new Inner.Script(text, "watch", Set.of(), Optional.empty(), false));
    }
    Set<Invocation.Trait> traits =
        call.program().equals("watch") ? Set.of(Invocation.Trait.PER_ITEM) : Set.of();
    return Unwrapped.of(new Inner.Argv(rest, call.program(), traits, Optional.empty(), false));
  }
}
