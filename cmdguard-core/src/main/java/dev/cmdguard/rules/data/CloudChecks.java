package dev.cmdguard.rules.data;

import dev.cmdguard.FindingCode;
import dev.cmdguard.rules.Findings;
import dev.cmdguard.unwrap.Arg;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code DESTRUCTIVE_CLOUD_OP}: cloud CLIs deleting resources or stored objects, which no undo
 * brings back (each CLI's reference). AWS: {@code s3 rm}, {@code s3 rb}, {@code s3 sync --delete},
 * any {@code delete-*}, {@code terminate-*}, {@code purge-*} operation, {@code kms
 * schedule-key-deletion}; {@code --dryrun}/{@code --dry-run} change nothing. Google Cloud: a {@code
 * delete} command, {@code gcloud storage rm}, {@code gsutil rm|rb}, {@code gsutil rsync -d}. Azure:
 * {@code delete}, {@code delete-batch}, {@code purge}. rclone: {@code purge}, {@code delete},
 * {@code deletefile}, {@code sync} (deletes at the destination; {@code --dry-run} is fine). Other
 * provider CLIs: {@code doctl|hcloud|eksctl … delete}, {@code fly destroy}, {@code heroku
 * apps:destroy}, {@code vercel rm}, {@code firebase firestore:delete}.
 */
final class CloudChecks {
  private static final Set<String> AWS_VALUED =
      Set.of(
          "--profile",
          "--region",
          "--output",
          "--endpoint-url",
          "--query",
          "--color",
          "--ca-bundle",
          "--cli-read-timeout",
          "--cli-connect-timeout",
          "--cli-binary-format",
          "--cli-input-json",
          "--cli-input-yaml");
  private static final Set<String> GCLOUD_VALUED =
      Set.of(
          "--project",
          "--account",
          "--configuration",
          "--format",
          "--verbosity",
          "--zone",
          "--region",
          "--filter",
          "--impersonate-service-account",
          "-o",
          "-h",
          "-u",
          "-p",
          "--flatten");

  private static final Set<String> PROGRAMS =
      Set.of(
          "aws",
          "gcloud",
          "gsutil",
          "az",
          "rclone",
          "doctl",
          "hcloud",
          "eksctl",
          "fly",
          "flyctl",
          "heroku",
          "vercel",
          "firebase",
          "linode-cli",
          "oci");

  /** Verbs of the other provider CLIs that delete what they name. */
  private static final Set<String> DELETE_VERBS =
      Set.of(
          "delete",
          "delete-batch",
          "purge",
          "destroy",
          "rm",
          "remove",
          "apps:destroy",
          "firestore:delete",
          "database:remove");

  private CloudChecks() {}

  static boolean handles(String program) {
    return PROGRAMS.contains(program);
  }

  static void check(Cmd c, Findings findings) {
    if (c.has("--dryrun", "--dry-run", "--help")
        || (c.program().equals("rclone") && c.has("-n"))
        || (!c.program().equals("gsutil") && c.has("-h"))) {
      return;
    }
    List<Arg> ops = c.positionals(c.program().equals("aws") ? AWS_VALUED : GCLOUD_VALUED);
    verb(c, ops)
        .ifPresent(
            v ->
                findings
                    .report(FindingCode.DESTRUCTIVE_CLOUD_OP, c.index())
                    .message(message(c, ops, v))
                    .at(v)
                    .safer(safer(c.program()))
                    .add());
  }

  /** The operand that makes the command delete something, if it does. */
  private static Optional<Arg> verb(Cmd c, List<Arg> ops) {
    return switch (c.program()) {
      case "aws" -> aws(c, ops);
      case "gsutil" -> gsutil(c, ops);
      case "rclone" -> rclone(c, ops);
      case "gcloud" -> firstOf(ops, 6, Set.of("delete", "rm", "purge"));
      default -> firstOf(ops, 5, DELETE_VERBS);
    };
  }

  private static Optional<Arg> aws(Cmd c, List<Arg> ops) {
    if (ops.size() < 2) {
      return Optional.empty();
    }
    String service = ops.get(0).value();
    String op = ops.get(1).value();
    boolean s3 =
        service.equals("s3") && (op.matches("rm|rb") || (op.equals("sync") && c.has("--delete")));
    boolean deleting =
        op.matches("(batch-)?delete-.*|terminate-.*|purge-.*|schedule-key-deletion|deregister-.*");
    return s3 || deleting ? Optional.of(ops.get(1)) : Optional.empty();
  }

  private static Optional<Arg> gsutil(Cmd c, List<Arg> ops) {
    if (c.has("-n")) {
      return Optional.empty();
    }
    Optional<Arg> verb = firstOf(ops, 1, Set.of("rm", "rb"));
    if (verb.isEmpty() && !ops.isEmpty() && ops.get(0).value().equals("rsync") && c.has("-d")) {
      return Optional.of(ops.get(0));
    }
    return verb;
  }

  private static Optional<Arg> rclone(Cmd c, List<Arg> ops) {
    if (c.has("-i", "--interactive")) {
      return Optional.empty();
    }
    return firstOf(ops, 1, Set.of("purge", "delete", "deletefile", "sync", "bisync"));
  }

  /** The first of the first {@code within} operands that is one of {@code verbs}. */
  private static Optional<Arg> firstOf(List<Arg> ops, int within, Set<String> verbs) {
    return ops.stream().limit(within).filter(a -> verbs.contains(a.value())).findFirst();
  }

  private static String message(Cmd c, List<Arg> ops, Arg verb) {
    int at = ops.indexOf(verb);
    String target = at + 1 < ops.size() ? " " + ops.get(at + 1).value() : "";
    String command =
        c.program()
            + " "
            + String.join(" ", ops.subList(0, at + 1).stream().map(Arg::value).toList());
    if (verb.value().equals("sync")) {
      return command + target + " deletes files at the destination that are not in the source";
    }
    return command + target + " deletes cloud resources or stored data that no undo brings back";
  }

  private static String safer(String program) {
    return switch (program) {
      case "aws" -> "run it with --dryrun (s3) or --dry-run first, and keep versioning or a backup";
      case "rclone" -> "rclone " + "sync --dry-run first, or rclone copy, which deletes nothing";
      case "gsutil" ->
          "gsutil ls the target first; enable object versioning to keep deleted objects";
      default -> "list the resources first and check the project or account it runs against";
    };
  }
}
