package dev.cmdguard.rules.execution;

import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * What the execution rules know about programs: which download, which open raw network connections,
 * which decode, which pass their input through, which run code.
 */
final class Tools {
  /** Programs that fetch data over the network and can write it to standard output. */
  static final Set<String> DOWNLOADERS =
      Set.of(
          "curl",
          "wget",
          "wget2",
          "fetch",
          "aria2c",
          "http",
          "https",
          "httpie",
          "xh",
          "xhs",
          "curlie",
          "lwp-request",
          "GET",
          "lynx",
          "links",
          "w3m",
          "elinks",
          "ssh",
          "gsutil",
          "aws",
          "gcloud",
          "az",
          "gh",
          "glab",
          "iwr",
          "Invoke-WebRequest",
          "invoke-webrequest",
          "invoke-restmethod",
          "start-bitstransfer",
          "tftp",
          "ftp",
          "sftp",
          "scp");

  /** Programs that open a raw TCP/UDP connection and relay it to standard input/output. */
  static final Set<String> SOCKETS =
      Set.of(
          "nc",
          "ncat",
          "netcat",
          "nc.traditional",
          "nc.openbsd",
          "telnet",
          "socat",
          "cryptcat",
          "pwncat",
          "openssl",
          "rlwrap");

  /** Programs that decode or decrypt data ({@code base64 -d}, {@code xxd -r} …). */
  static final Set<String> DECODERS =
      Set.of("base64", "base32", "basenc", "xxd", "uudecode", "openssl", "gpg", "rev", "tr");

  /** Programs that pass their standard input on (perhaps transformed) when given no file. */
  static final Set<String> FILTERS =
      Set.of(
          "cat",
          "tee",
          "gunzip",
          "gzip",
          "zcat",
          "bzcat",
          "bunzip2",
          "bzip2",
          "xz",
          "unxz",
          "xzcat",
          "zstd",
          "zstdcat",
          "unzstd",
          "sed",
          "head",
          "tail",
          "grep",
          "egrep",
          "fgrep",
          "iconv",
          "dos2unix",
          "cut",
          "sort",
          "uniq",
          "tac",
          "pv",
          "awk",
          "gawk",
          "dd",
          "out-string");

  /** Shells (bash(1) and relatives), including Windows command interpreters. */
  static final Set<String> SHELLS =
      Set.of(
          "sh",
          "bash",
          "zsh",
          "dash",
          "ksh",
          "mksh",
          "ash",
          "fish",
          "csh",
          "tcsh",
          "rbash",
          "pdksh",
          "yash",
          "posh",
          "busybox",
          "cmd",
          "cmd.exe",
          "powershell",
          "powershell.exe",
          "pwsh");

  /** Generators of shell set-up code meant for {@code eval "$(tool …)"} (their documentation). */
  static final Set<String> SHELL_SETUP =
      Set.of(
          "ssh-agent",
          "direnv",
          "pyenv",
          "rbenv",
          "nodenv",
          "goenv",
          "jenv",
          "plenv",
          "phpenv",
          "brew",
          "starship",
          "zoxide",
          "conda",
          "mamba",
          "micromamba",
          "fnm",
          "mise",
          "rtx",
          "opam",
          "minikube",
          "docker-machine",
          "thefuck",
          "keychain",
          "gpg-agent",
          "dircolors",
          "lesspipe",
          "lesspipe.sh",
          "luarocks",
          "dbus-launch",
          "resize",
          "kubectl",
          "helm",
          "oh-my-posh",
          "atuin",
          "mcfly",
          "navi",
          "pixi",
          "rye",
          "volta",
          "nvm",
          "sdk",
          "asdf",
          "hub",
          "gh",
          "aws-vault",
          "pipenv",
          "poetry",
          "uv",
          "rustup",
          "cargo",
          "npm",
          "pnpm",
          "register-python-argcomplete",
          "_OPAM_ENV",
          "tabtab");

  private static final Set<String> INTERPRETERS =
      Set.of("perl", "ruby", "php", "node", "nodejs", "lua", "luajit", "tclsh", "expect");

  private Tools() {}

  /** True for a shell or an interpreter that runs code ({@code python3.12}, {@code node} …). */
  static boolean runsCode(String program) {
    return SHELLS.contains(program) || interpreter(program);
  }

  /** True for a scripting-language interpreter. */
  static boolean interpreter(String program) {
    return program.startsWith("python")
        || program.startsWith("pypy")
        || INTERPRETERS.contains(program);
  }

  /** True when the invocation decodes its input rather than just passing it on. */
  static boolean decodes(Invocation inv) {
    List<String> a = inv.args().stream().map(Arg::value).toList();
    return switch (inv.program()) {
      case "base64", "base32", "basenc" ->
          a.contains("-d") || a.contains("--decode") || a.contains("-D");
      case "xxd" -> a.stream().anyMatch(s -> s.matches("-[a-z]*r[a-z]*"));
      case "uudecode", "rev" -> true;
      case "openssl" -> a.contains("-d");
      case "gpg" -> a.contains("-d") || a.contains("--decrypt");
      case "tr" -> String.join(" ", a).matches(".*[A-Za-z]-[A-Za-z].*[N-Zn-z]-[A-Za-z].*");
      default -> false;
    };
  }

  /** True when the invocation opens a raw network connection (not {@code openssl enc}). */
  static boolean socket(Invocation inv) {
    if (!SOCKETS.contains(inv.program())) {
      return false;
    }
    return switch (inv.program()) {
      case "openssl" -> inv.args().stream().anyMatch(a -> a.value().startsWith("s_"));
      case "rlwrap" -> false;
      default -> true;
    };
  }

  /** The download or socket tool among {@code programs}, or null. */
  static String network(Collection<String> programs) {
    for (String p : programs) {
      if (DOWNLOADERS.contains(p) || (SOCKETS.contains(p) && !p.equals("openssl"))) {
        return p;
      }
    }
    return null;
  }

  /** The base name of a path: {@code /bin/sh} gives {@code sh}. */
  static String baseName(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }
}
