package dev.cmdguard.rules.secrets;

import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.List;
import java.util.Set;

/**
 * What programs do with data, as far as the secrets family cares: print files, pass their input
 * through, swallow it, load it into the shell, or send it away. The lists come from the programs'
 * man pages (POSIX utilities, GNU coreutils, grep, sed, gawk, jq) and the login commands' docs.
 */
final class Programs {

  /** Programs that print the files named as operands (or open them on the terminal). */
  static final Set<String> READERS =
      Set.of(
          "cat",
          "tac",
          "nl",
          "less",
          "more",
          "most",
          "pg",
          "head",
          "tail",
          "bat",
          "batcat",
          "strings",
          "xxd",
          "od",
          "hexdump",
          "hd",
          "base64",
          "base32",
          "basenc",
          "uuencode",
          "cut",
          "paste",
          "fold",
          "fmt",
          "column",
          "sort",
          "uniq",
          "rev",
          "expand",
          "unexpand",
          "pr",
          "iconv",
          "jq",
          "yq",
          "grep",
          "egrep",
          "fgrep",
          "zgrep",
          "rg",
          "ag",
          "ack",
          "awk",
          "gawk",
          "mawk",
          "nawk",
          "sed",
          "diff",
          "sdiff",
          "colordiff");

  /** Editors that draw the file on the terminal, so its content lands in the agent's output. */
  static final Set<String> TERMINAL_EDITORS =
      Set.of(
          "vi", "vim", "nvim", "view", "vimdiff", "nano", "pico", "micro", "emacs", "joe", "ed",
          "ex", "mcedit", "ne");

  /** Programs whose output is their input, whole or reversibly transformed. */
  static final Set<String> PASS_THROUGH =
      union(
          READERS,
          "tr tee gzip bzip2 xz zstd lz4 openssl gpg gpg2 dos2unix unix2dos envsubst sponge",
          "diff sdiff colordiff");

  /** Programs that consume their input and print none of it (digests, counters). */
  static final Set<String> ABSORBERS =
      Set.of(
          "wc",
          "md5sum",
          "sha1sum",
          "sha224sum",
          "sha256sum",
          "sha384sum",
          "sha512sum",
          "b2sum",
          "cksum",
          "sum",
          "md5",
          "shasum",
          "true",
          "false",
          ":",
          "test",
          "[",
          "ssh-add",
          "cmp");

  /** Programs that print their arguments. */
  static final Set<String> PRINTERS = Set.of("echo", "printf", "print");

  /** Commands whose arguments become shell variables or code. */
  static final Set<String> LOADERS =
      Set.of(
          "export",
          "eval",
          "env",
          "declare",
          "typeset",
          "local",
          "readonly",
          "set",
          "source",
          ".",
          "read",
          "mapfile",
          "readarray");

  /**
   * Commands that hand a secret read from their input to the service it belongs to: registry and
   * CLI logins ({@code --password-stdin}, {@code --with-token}) and uploads into a secret store.
   * Each entry is the program followed by its subcommand words.
   */
  private static final List<List<String>> SECRET_CONSUMERS =
      List.of(
          List.of("docker", "login"),
          List.of("podman", "login"),
          List.of("nerdctl", "login"),
          List.of("buildah", "login"),
          List.of("skopeo", "login"),
          List.of("helm", "registry", "login"),
          List.of("oras", "login"),
          List.of("crane", "auth", "login"),
          List.of("gh", "auth", "login"),
          List.of("gh", "secret", "set"),
          List.of("glab", "auth", "login"),
          List.of("vault", "login"),
          List.of("vault", "kv", "put"),
          List.of("npm", "login"),
          List.of("kubectl", "create", "secret"),
          List.of("kubectl", "apply"),
          List.of("fly", "secrets"),
          List.of("flyctl", "secrets"),
          List.of("wrangler", "secret"),
          List.of("vercel", "env", "add"),
          List.of("heroku", "config:set"),
          List.of("netlify", "env:set"),
          List.of("doppler", "secrets"),
          List.of("aws", "configure", "set"),
          List.of("ssh-keygen"),
          List.of("gpg", "--import"),
          List.of("gpg2", "--import"));

  private Programs() {}

  private static Set<String> union(Set<String> base, String more, String less) {
    Set<String> out = new java.util.HashSet<>(base);
    out.addAll(List.of(more.split(" ")));
    List.of(less.split(" ")).forEach(out::remove);
    return Set.copyOf(out);
  }

  /** True when the invocation hands what it reads to a login or a secret store (intended use). */
  static boolean consumesSecret(Invocation inv) {
    List<String> words = words(inv);
    for (List<String> entry : SECRET_CONSUMERS) {
      if (entry.get(0).equals(inv.program()) && words.containsAll(entry.subList(1, entry.size()))) {
        return true;
      }
    }
    return false;
  }

  /** The argument values after the program name. */
  static List<String> words(Invocation inv) {
    return inv.args().stream().map(Arg::value).toList();
  }

  /** True when a short-option cluster or long option of {@code inv} is one of {@code flags}. */
  static boolean hasFlag(Invocation inv, String shortFlags, Set<String> longFlags) {
    for (Arg arg : inv.args()) {
      String v = arg.value();
      if (v.equals("--")) {
        return false;
      }
      if (v.startsWith("--")) {
        if (longFlags.contains(v)) {
          return true;
        }
      } else if (v.startsWith("-")
          && v.length() > 1
          && v.chars().skip(1).allMatch(Character::isLetter)) {
        for (char c : v.substring(1).toCharArray()) {
          if (shortFlags.indexOf(c) >= 0) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
