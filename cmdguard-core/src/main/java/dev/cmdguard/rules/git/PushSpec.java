package dev.cmdguard.rules.git;

import dev.cmdguard.unwrap.Arg;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a {@code git push} would do to the remote (git-push(1)): which refs it updates, which it
 * forces, which it deletes. A refspec is {@code [+]src[:dst]}; {@code +} forces that ref, an empty
 * {@code src} ({@code :dst}) deletes {@code dst}; {@code tag NAME} means {@code
 * refs/tags/NAME:refs/tags/NAME}.
 *
 * @param remote the repository operand ({@code origin}, a URL), when given
 * @param updates every ref the refspecs name on the remote side
 * @param force {@code -f}, {@code --force} (any {@code --force…} that is not a lease), or {@code
 *     --mirror}
 * @param forceArg the argument that forces, for the finding's span
 * @param lease {@code --force-with-lease}: remote.c checks the lease before the force flag, so a
 *     lease protects even when {@code --force} is given too
 * @param prune {@code --prune}: remote branches without a local counterpart are deleted
 * @param mirror {@code --mirror}: every ref is forced and stale ones deleted
 * @param dryRun {@code -n}, {@code --dry-run}: nothing is sent
 */
public record PushSpec(
    Optional<Arg> remote,
    List<Update> updates,
    boolean force,
    Optional<Arg> forceArg,
    boolean lease,
    boolean prune,
    boolean mirror,
    boolean dryRun) {
  private static final Set<String> VALUED =
      Set.of("--push-option", "--repo", "--receive-pack", "--exec", "--recurse-submodules");

  public PushSpec {
    updates = List.copyOf(updates);
  }

  /**
   * One ref on the remote that the push changes.
   *
   * @param ref the destination as written, without {@code +} and {@code refs/heads/} ({@code main},
   *     {@code refs/tags/v1}); {@code HEAD} when it is the current branch
   * @param forced forced by a {@code +} prefix (the push's own {@code --force} is in {@link
   *     PushSpec#force})
   * @param deleted {@code :ref} or {@code --delete ref}
   * @param arg the refspec argument
   */
  public record Update(String ref, boolean forced, boolean deleted, Arg arg) {}

  /** Reads a {@code git push}; empty when {@code git} is another subcommand. */
  public static Optional<PushSpec> of(GitCommand git) {
    if (!git.subcommand().equals("push")) {
      return Optional.empty();
    }
    List<String> w = git.words();
    List<Integer> operands = Flags.operands(w, VALUED, "o");
    Optional<Arg> remote =
        operands.isEmpty() ? Optional.empty() : Optional.of(git.args().get(operands.get(0)));
    boolean delete = Flags.hasDangerous(w, 'd', "o", "--delete");
    List<Update> updates = new ArrayList<>();
    for (int k = 1; k < operands.size(); k++) {
      Arg arg = git.args().get(operands.get(k));
      String spec = arg.value();
      if (spec.equals("tag") && k + 1 < operands.size()) {
        Arg tag = git.args().get(operands.get(++k));
        updates.add(new Update("refs/tags/" + tag.value(), false, delete, tag));
      } else {
        updates.add(update(spec, delete, arg));
      }
    }
    Optional<Arg> forceArg = forceArg(git);
    boolean mirror = Flags.hasDangerous(w, '\0', "", "--mirror");
    boolean lease = lease(w);
    return Optional.of(
        new PushSpec(
            remote,
            updates,
            forceArg.isPresent() || mirror,
            forceArg,
            lease,
            Flags.hasDangerous(w, '\0', "", "--prune"),
            mirror,
            Flags.has(w, 'n', "o", "--dry-run")));
  }

  private static Update update(String spec, boolean delete, Arg arg) {
    boolean plus = spec.startsWith("+");
    String s = plus ? spec.substring(1) : spec;
    int colon = s.indexOf(':');
    if (colon == 0 && s.length() > 1) {
      return new Update(branch(s.substring(1)), plus, true, arg);
    }
    String dst = colon < 0 ? s : s.substring(colon + 1);
    if (dst.isEmpty()) {
      dst = s.substring(0, colon);
    }
    return new Update(branch(dst), plus, delete, arg);
  }

  private static String branch(String ref) {
    return ref.startsWith("refs/heads/") ? ref.substring("refs/heads/".length()) : ref;
  }

  private static Optional<Arg> forceArg(GitCommand git) {
    List<String> w = git.words();
    int end = Flags.endOfOptions(w);
    for (int i = 0; i < end; i++) {
      String s = w.get(i);
      boolean longForce =
          (s.startsWith("--force") || Flags.abbreviates(s, "--force"))
              && !s.startsWith("--force-with-lease")
              && !s.equals("--force-if-includes");
      if (longForce || Flags.clusterHas(s, 'f', "o")) {
        return Optional.of(git.args().get(i));
      }
    }
    return Optional.empty();
  }

  private static boolean lease(List<String> w) {
    boolean lease = false;
    int end = Flags.endOfOptions(w);
    for (int i = 0; i < end; i++) {
      if (w.get(i).startsWith("--force-with-lease")) {
        lease = true;
      } else if (w.get(i).equals("--no-force-with-lease")) {
        lease = false;
      }
    }
    return lease;
  }

  /** The refs forced by a {@code +refspec}. */
  public List<Update> plusForced() {
    return updates.stream().filter(u -> u.forced() && !u.deleted()).toList();
  }

  /** The refs deleted on the remote. */
  public List<Update> deletions() {
    return updates.stream().filter(Update::deleted).toList();
  }
}
