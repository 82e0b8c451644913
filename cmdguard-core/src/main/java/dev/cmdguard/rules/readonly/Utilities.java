package dev.cmdguard.rules.readonly;

import java.util.HashMap;
import java.util.Map;

/**
 * The utilities that only read: coreutils, the grep family, search and listing tools, system
 * information. Each is either read-only whatever its options, or listed with the options that
 * write, execute or send (from the man pages): {@code sort -o}, {@code rg --pre}, {@code fd -x},
 * {@code tree -o}, {@code base64 -o}, {@code yq -i}, {@code file -C}, {@code man -P}, {@code ss
 * -K}. Programs that need more than an option list are in {@link Operands}, {@link Git}, {@link
 * Sed}, {@link Awk}, {@link Find}, {@link Wrappers} and {@link VersionQueries}.
 */
final class Utilities {
  /**
   * Read-only whatever the arguments: they print, compare, search or describe, and none of their
   * options writes a file or runs a program (GNU coreutils, grep, diffutils, procps, util-linux).
   * Left out on purpose: {@code env} and {@code printenv} (they dump secrets), {@code ldd} (may run
   * the binary), {@code split}, {@code csplit} (write files), {@code nohup} (writes nohup.out).
   */
  private static final String PLAIN =
      """
      : true false echo pwd cd pushd popd dirs test [ type which whereis whatis apropos help
      exit return sleep yes seq
      cat head tail wc nl tac rev fold fmt column expand unexpand cut paste tr join comm cmp
      diff diff3 od hexdump strings numfmt pr look tsort jq zcat bzcat xzcat
      md5sum sha1sum sha224sum sha256sum sha384sum sha512sum b2sum cksum sum shasum md5
      grep egrep fgrep zgrep zegrep zfgrep ls dir vdir locate stat realpath readlink basename
      dirname du df
      whoami id groups uname arch nproc uptime cal ncal free ps pstree pgrep lsof who w tty
      locale getconf lscpu lsblk findmnt lsusb lspci netstat readelf nm objdump size factor expr
      """;

  private Utilities() {}

  /** Every utility with its judge. */
  static Map<String, Judge> all() {
    Map<String, Judge> m = new HashMap<>();
    for (String p : PLAIN.strip().split("\\s+")) {
      m.put(p, Judge.ALWAYS);
    }
    m.put(
        "sort",
        option(
            Options.forbidding("o", "--output", "--compress-program")
                .values(
                    "ktST",
                    "--key",
                    "--field-separator",
                    "--buffer-size",
                    "--temporary-directory",
                    "--parallel",
                    "--batch-size",
                    "--files0-from",
                    "--random-source",
                    "--sort")));
    // rg(1): --pre runs a preprocessor, -z/--search-zip runs decompressors, --hostname-bin runs a
    // program to find the host name.
    m.put(
        "rg",
        option(
            Options.forbidding("z", "--pre", "--pre-glob", "--search-zip", "--hostname-bin")
                .values(
                    "ABCEefgjMmrTtd",
                    "--after-context",
                    "--before-context",
                    "--context",
                    "--encoding",
                    "--regexp",
                    "--file",
                    "--glob",
                    "--iglob",
                    "--threads",
                    "--max-columns",
                    "--max-count",
                    "--replace",
                    "--type",
                    "--type-not",
                    "--type-add",
                    "--max-depth",
                    "--max-filesize",
                    "--colors",
                    "--color",
                    "--sort",
                    "--sortr",
                    "--ignore-file",
                    "--engine",
                    "--path-separator",
                    "--context-separator")));
    Judge fd =
        option(
            Options.forbidding("xX", "--exec", "--exec-batch")
                .values(
                    "edEtjSoc",
                    "--extension",
                    "--max-depth",
                    "--min-depth",
                    "--exact-depth",
                    "--exclude",
                    "--type",
                    "--threads",
                    "--size",
                    "--owner",
                    "--color",
                    "--changed-within",
                    "--changed-before",
                    "--base-directory",
                    "--search-path",
                    "--max-results",
                    "--ignore-file",
                    "--path-separator",
                    "--format"));
    m.put("fd", fd);
    m.put("fdfind", fd);
    m.put("tree", option(Options.forbidding("oR", "--output").values("LPIH", "--charset")));
    Judge base64 = option(Options.forbidding("o", "--output").values("w", "--wrap"));
    m.put("base64", base64);
    m.put("base32", base64);
    m.put("basenc", base64);
    // mikefarah yq: -i edits in place, -s splits the output into files; python yq: -i in place.
    m.put(
        "yq",
        option(
            Options.forbidding("is", "--inplace", "--in-place", "--split-exp")
                .values("opI", "--output-format", "--input-format", "--indent")));
    m.put(
        "shuf",
        option(Options.forbidding("o", "--output").values("in", "--input-range", "--head-count")));
    m.put("iconv", option(Options.forbidding("o", "--output").values("ft")));
    // file(1): -C compiles a magic file; -z/-Z may run external decompressors.
    m.put("file", option(Options.forbidding("CzZ", "--compile", "--uncompress").values("mfPeF")));
    // man(1): -P/--pager and -H/--html run a program of the caller's choosing, -C/--config-file
    // reads a man_db.conf that can DEFINE the pager.
    m.put(
        "man",
        option(
            Options.forbidding("PHXC", "--pager", "--html", "--gxditview", "--config-file")
                .values("MmSseLRrEIT", "--sections", "--manpath", "--locale")));
    m.put(
        "info",
        option(Options.forbidding("o", "--output", "--dribble", "--restore").values("dfn")));
    m.put("ss", option(Options.forbidding("K", "--kill")));
    // bash jobs -x COMMAND runs COMMAND.
    m.put("jobs", option(Options.forbidding("x")));
    m.put("ack", option(Options.forbidding("", "--pager", "--output")));
    m.put("ag", option(Options.forbidding("", "--pager")));
    m.putAll(Operands.all());
    return m;
  }

  /** A judge that only looks at options. */
  static Judge option(Options options) {
    return (invocation, context) -> options.allows(invocation.args());
  }
}
