package dev.cmdguard.rules.data;

import dev.cmdguard.FindingCode;
import dev.cmdguard.Risk;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.unwrap.Arg;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code PACKAGE_REMOVAL} (medium): uninstalling system or user-wide packages — apt/apt-get/
 * aptitude {@code remove|purge|autoremove} (and {@code install pkg-}), dpkg {@code -r|-P}, rpm
 * {@code -e}, yum/dnf/zypper {@code remove|erase}, pacman/yay/paru {@code -R…}, apk {@code del},
 * brew/port {@code uninstall}, snap/flatpak {@code remove}, pip/pipx/gem/cargo {@code uninstall},
 * conda {@code remove}, {@code npm uninstall -g}. Removing a package the system needs to boot, log
 * in or manage packages (libc, the kernel, systemd, sudo, ssh server, the package manager) is high.
 * Project-local removals ({@code npm uninstall lodash}) are ordinary work.
 */
final class PackageChecks {
  private static final Set<String> ESSENTIAL =
      Set.of(
          "libc6",
          "libc-bin",
          "glibc",
          "linux",
          "linux-lts",
          "kernel",
          "kernel-core",
          "linux-generic",
          "systemd",
          "systemd-sysv",
          "init",
          "openssh-server",
          "sudo",
          "bash",
          "coreutils",
          "util-linux",
          "login",
          "passwd",
          "dpkg",
          "apt",
          "rpm",
          "yum",
          "dnf",
          "pacman",
          "base",
          "grub",
          "grub2",
          "grub-pc",
          "grub-efi",
          "shim",
          "python3",
          "base-files",
          "busybox",
          "apk-tools",
          "musl");
  private static final Set<String> VALUED =
      Set.of("-o", "-c", "-t", "--target-release", "--root", "-r", "--prefix");

  private static final Set<String> PROGRAMS =
      Set.of(
          "apt",
          "apt-get",
          "aptitude",
          "dpkg",
          "rpm",
          "yum",
          "dnf",
          "microdnf",
          "tdnf",
          "zypper",
          "pacman",
          "yay",
          "paru",
          "apk",
          "brew",
          "port",
          "snap",
          "flatpak",
          "pip",
          "pip3",
          "pipx",
          "gem",
          "cargo",
          "conda",
          "mamba",
          "npm",
          "pnpm",
          "yarn");

  private PackageChecks() {}

  static boolean handles(String program) {
    return PROGRAMS.contains(program);
  }

  static void check(Cmd c, Findings findings) {
    List<Arg> ops = c.positionals(VALUED);
    Optional<Arg> verb = verb(c, ops);
    if (verb.isEmpty()) {
      return;
    }
    List<Arg> pkgs =
        c.args().subList(c.args().indexOf(verb.get()) + 1, c.args().size()).stream()
            .filter(a -> !a.value().startsWith("-"))
            .toList();
    Optional<Arg> essential = pkgs.stream().filter(PackageChecks::essential).findFirst();
    String names = String.join(" ", pkgs.stream().map(Arg::value).toList());
    findings
        .report(FindingCode.PACKAGE_REMOVAL, c.index())
        .severity(essential.isPresent() ? Risk.HIGH : Risk.MEDIUM)
        .message(
            c.program()
                + " uninstalls "
                + (names.isEmpty() ? "packages" : names)
                + (essential.isPresent()
                    ? " — "
                        + essential.get().value()
                        + " is needed to boot, log in or manage packages"
                    : ""))
        .at(essential.orElse(verb.get()))
        .safer("simulate first (apt-get -s remove, dnf remove --assumeno) and read what else goes")
        .add();
  }

  private static boolean essential(Arg a) {
    String v = a.value().replaceAll("[:=].*$", "");
    return ESSENTIAL.contains(v) || v.startsWith("linux-image") || v.startsWith("kernel-");
  }

  private static Optional<Arg> verb(Cmd c, List<Arg> ops) {
    String first = ops.isEmpty() ? "" : ops.get(0).value();
    Optional<Arg> head = ops.isEmpty() ? Optional.empty() : Optional.of(ops.get(0));
    return switch (c.program()) {
      case "apt", "apt-get", "aptitude" ->
          first.matches("remove|purge|autoremove|autopurge")
                  || (first.equals("install")
                      && ops.stream().skip(1).anyMatch(a -> a.value().matches("[a-z0-9][^=]*-")))
              ? head
              : Optional.empty();
      case "dpkg" -> c.option("-r", "--remove", "-P", "--purge");
      case "rpm" -> c.option("-e", "--erase");
      case "yum", "dnf", "microdnf", "tdnf", "zypper" ->
          first.matches("remove|erase|autoremove|rm") ? head : Optional.empty();
      case "pacman", "yay", "paru" ->
          c.args().stream().filter(a -> a.value().matches("-R[a-zA-Z]*|--remove")).findFirst();
      case "apk" -> first.equals("del") ? head : Optional.empty();
      case "snap", "flatpak" -> first.matches("remove|uninstall") ? head : Optional.empty();
      case "npm", "pnpm" ->
          first.matches("uninstall|remove|rm|r|un|unlink") && c.has("-g", "--global")
              ? head
              : Optional.empty();
      case "yarn" ->
          first.equals("global") && ops.size() > 1 && ops.get(1).value().equals("remove")
              ? Optional.of(ops.get(1))
              : Optional.empty();
      case "conda", "mamba" -> first.matches("remove|uninstall") ? head : Optional.empty();
      case "pipx" -> first.matches("uninstall|uninstall-all") ? head : Optional.empty();
      default -> first.matches("uninstall|remove|rm|autoremove") ? head : Optional.empty();
    };
  }
}
