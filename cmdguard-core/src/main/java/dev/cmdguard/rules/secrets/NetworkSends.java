package dev.cmdguard.rules.secrets;

import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Secret files named in the arguments of a program that uploads them: curl ({@code -d @FILE},
 * {@code -F name=@FILE}, {@code -T FILE}), wget ({@code --post-file}), httpie ({@code field@FILE}),
 * scp and rsync to a remote ({@code host:path}), {@code aws s3 cp}, {@code gsutil cp}, {@code
 * rclone copy}, {@code s3cmd put}, {@code gh gist create}, mail attachments, socat {@code FILE:…}
 * to a socket, croc and magic-wormhole. A local scp or rsync is a copy ({@link Copies}).
 */
final class NetworkSends {
  private static final Set<String> FILE_SENDERS =
      Set.of(
          "scp",
          "rsync",
          "aws",
          "gsutil",
          "gcloud",
          "rclone",
          "s3cmd",
          "gh",
          "croc",
          "wormhole",
          "az");

  private NetworkSends() {}

  /** True when the program sends data over the network, from its arguments or its input. */
  static boolean isSender(Invocation inv) {
    return Network.sendsInput(inv) || FILE_SENDERS.contains(inv.program());
  }

  static void check(Reporter reporter, int index) {
    Invocation inv = reporter.context().invocation(index);
    List<Arg> files =
        switch (inv.program()) {
          case "curl" -> Uploads.curl(inv);
          case "wget" -> Uploads.wget(inv);
          case "http", "https", "xh", "xhs" -> Uploads.httpie(inv);
          case "mail", "mailx", "mutt", "s-nail" ->
              Options.parse(inv.args(), "aAsbcrS", Set.of()).all("-a", "-A");
          case "socat" -> Uploads.socat(inv);
          case "scp", "rsync" -> remoteCopy(reporter, index);
          case "aws", "gsutil", "gcloud", "rclone", "s3cmd" -> cloudCopy(inv);
          case "gh" -> gist(inv);
          case "croc", "wormhole" -> sendCommand(inv);
          default -> List.of();
        };
    for (Arg file : files) {
      FileReads.secret(reporter.context(), index, file)
          .ifPresent(
              s ->
                  reporter.exfiltration(
                      index, s, inv.program() + " uploads " + s.describe() + " to " + where(inv)));
    }
  }

  private static String where(Invocation inv) {
    return Network.target(inv).orElse("another machine");
  }

  /** scp and rsync: the sources when the destination is remote; else a local copy. */
  private static List<Arg> remoteCopy(Reporter reporter, int index) {
    Invocation inv = reporter.context().invocation(index);
    boolean scp = inv.program().equals("scp");
    Options o =
        scp
            ? Options.parse(inv.args(), "iPoFcJlSD", Set.of())
            : Options.parse(inv.args(), "efTBM", Rsync.LONG_VALUED);
    List<Arg> operands = o.operands();
    if (operands.size() < 2) {
      return List.of();
    }
    List<Arg> sources = operands.subList(0, operands.size() - 1);
    if (isRemote(operands.get(operands.size() - 1))) {
      return sources.stream().filter(a -> !isRemote(a)).toList();
    }
    if (sources.stream().noneMatch(NetworkSends::isRemote)) {
      Copies.copy(reporter, index, operands, Optional.empty());
    }
    return List.of();
  }

  /** {@code host:path}, {@code user@host:path}, {@code host::module}, {@code rsync://…}. */
  static boolean isRemote(Arg arg) {
    String v = arg.dynamic() ? arg.knownPrefix() : arg.value();
    int colon = v.indexOf(':');
    int slash = v.indexOf('/');
    return v.contains("://") || (colon > 0 && (slash < 0 || colon < slash));
  }

  /** {@code aws s3 cp|mv|sync SRC s3://…}, {@code gsutil cp SRC gs://…}, rclone, s3cmd put. */
  private static List<Arg> cloudCopy(Invocation inv) {
    List<Arg> operands = Options.parse(inv.args(), "", Set.of("--profile", "--region")).operands();
    if (operands.size() < 3) {
      return List.of();
    }
    Arg destination = operands.get(operands.size() - 1);
    String d = destination.dynamic() ? destination.knownPrefix() : destination.value();
    boolean remote = d.contains("://") || (inv.program().equals("rclone") && isRemote(destination));
    List<String> verbs = List.of("cp", "mv", "sync", "copy", "copyto", "move", "moveto", "put");
    List<Arg> sources = new ArrayList<>();
    for (Arg a : operands.subList(0, operands.size() - 1)) {
      if (!verbs.contains(a.value()) && !Set.of("s3", "storage").contains(a.value())) {
        sources.add(a);
      }
    }
    return remote ? sources.stream().filter(a -> !isRemote(a)).toList() : List.of();
  }

  /** {@code gh gist create FILES}, {@code gh release upload TAG FILES}. */
  private static List<Arg> gist(Invocation inv) {
    List<Arg> operands =
        Options.parse(inv.args(), "dfR", Set.of("--desc", "--filename", "--repo")).operands();
    if (operands.size() >= 3
        && operands.get(0).value().equals("gist")
        && operands.get(1).value().equals("create")) {
      return operands.subList(2, operands.size());
    }
    if (operands.size() >= 4
        && operands.get(0).value().equals("release")
        && operands.get(1).value().equals("upload")) {
      return operands.subList(3, operands.size());
    }
    return List.of();
  }

  /** {@code croc send FILES}, {@code wormhole send FILE}. */
  private static List<Arg> sendCommand(Invocation inv) {
    List<Arg> operands = Options.parse(inv.args(), "", Set.of("--code", "--text")).operands();
    return operands.size() >= 2 && operands.get(0).value().equals("send")
        ? operands.subList(1, operands.size())
        : List.of();
  }

  /** Options of rsync(1) that take a separate value. */
  private static final class Rsync {
    static final Set<String> LONG_VALUED =
        Set.of(
            "--rsh",
            "--filter",
            "--exclude",
            "--include",
            "--exclude-from",
            "--include-from",
            "--files-from",
            "--temp-dir",
            "--block-size",
            "--port",
            "--password-file",
            "--log-file",
            "--partial-dir",
            "--backup-dir",
            "--suffix",
            "--chmod",
            "--chown",
            "--compare-dest",
            "--copy-dest",
            "--link-dest",
            "--timeout",
            "--bwlimit",
            "--max-size",
            "--min-size",
            "--rsync-path");
  }
}
