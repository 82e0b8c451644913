package dev.cmdguard.rules.git;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cmdguard.Decision;
import dev.cmdguard.Finding;
import dev.cmdguard.FindingCode;
import dev.cmdguard.Risk;
import dev.cmdguard.rules.RuleTable;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The git family (docs/rules/git.md) as a table: command → the git codes it gives ({@code ""} for
 * none). Context: cwd {@code /home/dev/project}, home {@code /home/dev}, user {@code dev}.
 */
class GitRuleTest {
  private static final String PUSH = "GIT_FORCE_PUSH";
  private static final String DISCARD = "GIT_DISCARD_CHANGES";
  private static final String REWRITE = "GIT_HISTORY_REWRITE";
  private static final String REMOTE = "GIT_REMOTE_DELETE";
  private static final String BRANCH = "GIT_BRANCH_DELETE";

  record Row(String command, String codes) {
    @Override
    public String toString() {
      return command.replace("\n", "\\n") + " → " + (codes.isEmpty() ? "nothing" : codes);
    }
  }

  static final List<Row> ROWS =
      List.of(
          // GIT_FORCE_PUSH
          new Row("git push --force origin main", PUSH),
          new Row("git push -f", PUSH),
          new Row("git push -f origin main", PUSH),
          new Row("git push origin main --force", PUSH),
          new Row("git push -uf origin feature", PUSH),
          new Row("git push --force=true origin main", PUSH),
          new Row("git push origin +main", PUSH),
          new Row("git push origin +HEAD:refs/heads/feature", PUSH),
          new Row("git push --mirror backup", PUSH),
          new Row("git push --force-with-lease", PUSH),
          new Row("git push --force-with-lease-if-includes origin main", PUSH),
          new Row("sudo git push --force origin main", PUSH),
          new Row("git -C repo -c push.default=current push --force", PUSH),
          new Row("bash -c 'git push --force'", PUSH),
          new Row("git-push --force origin main", PUSH),
          new Row("GIT PUSH --FORCE origin feature", PUSH),
          new Row("git push --forc origin feature", PUSH),
          new Row("git -c alias.p='push --force' p origin feature", PUSH),
          // GIT_DISCARD_CHANGES
          new Row("git reset --hard", DISCARD),
          new Row("git reset --hard HEAD~5", DISCARD),
          new Row("git reset -q --hard origin/main", DISCARD),
          new Row("git reset --merge", DISCARD),
          new Row("git reset --ha", DISCARD),
          new Row("git clean --forc -d", DISCARD),
          new Row("git reset ‐‐hard", DISCARD),
          new Row("git --git-dir=repo/.git --work-tree=repo reset --hard", DISCARD),
          new Row("git --git-dir repo/.git reset --hard", DISCARD),
          new Row("git -Crepo reset --hard", DISCARD),
          new Row("git --no-pager -P reset --hard", DISCARD),
          new Row("git -- reset --hard", DISCARD),
          new Row("git >/dev/null reset --hard", DISCARD),
          new Row("echo ok | xargs git reset --hard", DISCARD),
          new Row("sh <<<'git reset --hard'", DISCARD),
          new Row("git checkout -- .", DISCARD),
          new Row("git checkout -- file.txt", DISCARD),
          new Row("git checkout HEAD -- file.txt", DISCARD),
          new Row("git checkout .", DISCARD),
          new Row("git checkout HEAD file.txt", DISCARD),
          new Row("git checkout main a.txt b.txt", DISCARD),
          new Row("git checkout --track main file.txt", DISCARD),
          new Row("git checkout -- -f", DISCARD),
          new Row("git checkout HEAD --pathspec-from-file=paths.txt", DISCARD),
          new Row("git checkout -f main", DISCARD),
          new Row("git checkout -qf main", DISCARD),
          new Row("git checkout -f -b new-branch", DISCARD),
          new Row("git checkout 2>/dev/null -- foo", DISCARD),
          new Row("git restore file.txt", DISCARD),
          new Row("git restore .", DISCARD),
          new Row("git restore -W file.txt", DISCARD),
          new Row("git restore --staged --worktree .", DISCARD),
          new Row("git restore --source=HEAD~2 src/", DISCARD),
          new Row("git clean -f", DISCARD),
          new Row("git clean -fd", DISCARD),
          new Row("git clean -d -f", DISCARD),
          new Row("git clean -fdx", DISCARD),
          new Row("git clean --force", DISCARD),
          new Row("git -c clean.requireForce=false clean -d", DISCARD),
          new Row("git stash clear", DISCARD),
          new Row("git stash drop", DISCARD),
          new Row("git stash drop stash@{2}", DISCARD),
          new Row("git switch --discard-changes main", DISCARD),
          new Row("git switch -f main", DISCARD),
          new Row("git -C repo switch --force main", DISCARD),
          new Row("git worktree remove --force ../wt", DISCARD),
          new Row("git rm -rf src", DISCARD),
          new Row("git submodule deinit -f --all", DISCARD),
          // GIT_HISTORY_REWRITE
          new Row("git filter-branch --tree-filter 'rm -f secrets.txt' HEAD", REWRITE),
          new Row("git filter-repo --path secrets.txt --invert-paths", REWRITE),
          new Row("git-filter-repo --path x --invert-paths", REWRITE),
          new Row("git reflog expire --expire=now --all", REWRITE),
          new Row(
              "git reflog expire --expire-unreachable=now --all && git gc --prune=now", REWRITE),
          new Row("git reflog delete HEAD@{1}", REWRITE),
          new Row("git update-ref -d refs/heads/feature", REWRITE),
          new Row("bfg --delete-files id_rsa", REWRITE),
          new Row("java -jar bfg-1.14.0.jar --strip-blobs-bigger-than 50M", REWRITE),
          // GIT_REMOTE_DELETE
          new Row("git push origin --delete feature", REMOTE),
          new Row("git push --delete origin feature", REMOTE),
          new Row("git push -d origin v1.0", REMOTE),
          new Row("git push origin :feature", REMOTE),
          new Row("git push origin :refs/tags/v1.0", REMOTE),
          new Row("git push --prune origin 'refs/heads/*:refs/heads/*'", REMOTE),
          new Row("git push origin --delete tag v1.0", REMOTE),
          // GIT_BRANCH_DELETE
          new Row("git branch -D feature-branch", BRANCH),
          new Row("git branch -Dv feature", BRANCH),
          new Row("git branch --delete --force feature", BRANCH),
          new Row("git branch -d -f feature", BRANCH),
          new Row("git branch -d merged-branch", BRANCH),
          new Row("git branch --delete feature", BRANCH),
          new Row("git branch -f feature", BRANCH),
          new Row("git branch --force feature origin/feature", BRANCH),
          new Row("git branch -dr origin/old", BRANCH),
          new Row("git branch --del --forc feature", BRANCH),
          // several at once
          new Row("git reset --hard && git push --force", DISCARD + "," + PUSH),
          new Row("git branch -D old && git push origin --delete old", BRANCH + "," + REMOTE),
          // ---- must not fire ----
          new Row("git status", ""),
          new Row("git log --oneline -10", ""),
          new Row("git diff HEAD~1", ""),
          new Row("git push", ""),
          new Row("git push origin main", ""),
          new Row("git push -u origin feature", ""),
          new Row("git push origin main:main", ""),
          new Row("git push --tags", ""),
          new Row("git push --force-if-includes origin feature", ""),
          new Row("git push -n --force origin main", ""),
          new Row("git push --dry-run --delete origin feature", ""),
          new Row("git push -o ci.skip origin feature", ""),
          new Row("git push origin feature-master", ""),
          new Row("git push origin :", ""),
          new Row("git pull --force origin main", ""),
          new Row("git fetch --prune", ""),
          new Row("git reset", ""),
          new Row("git reset HEAD~1", ""),
          new Row("git reset --soft HEAD~3", ""),
          new Row("git reset --mixed HEAD", ""),
          new Row("git reset HEAD file.txt", ""),
          new Row("git reset --keep HEAD~1", ""),
          new Row("git checkout main", ""),
          new Row("git checkout -", ""),
          new Row("git checkout -b feature/one", ""),
          new Row("git checkout -bnew-branch", ""),
          new Row("git checkout -qbfeature", ""),
          new Row("git checkout -Bnew-branch", ""),
          new Row("git checkout --orphan gh-pages", ""),
          new Row("git checkout -b fix origin/main", ""),
          new Row("git checkout -b test git reset git checkout -b test2", ""),
          new Row("git checkout --detach main", ""),
          new Row("git checkout -U3 main", ""),
          new Row("git checkout --track direct main", ""),
          new Row("git checkout --recurse-submodules checkout main", ""),
          new Row("git checkout --conflict merge main", ""),
          new Row("git checkout --unknown -q main", ""),
          new Row("git checkout -p -- file.txt", ""),
          new Row("git checkout src/main.rs", ""),
          new Row("git restore --staged file.txt", ""),
          new Row("git restore -S .", ""),
          new Row("git restore --help", ""),
          new Row("git clean -n", ""),
          new Row("git clean -dn", ""),
          new Row("git clean --dry-run", ""),
          new Row("git clean -nf", ""),
          new Row("git clean -fi", ""),
          new Row("git clean -d", ""),
          new Row("git stash", ""),
          new Row("git stash pop", ""),
          new Row("git stash list", ""),
          new Row("git stash push -m drop", ""),
          new Row("git switch main", ""),
          new Row("git switch -c feature", ""),
          new Row("git switch -Cfixup", ""),
          new Row("git switch -- -f", ""),
          new Row("git worktree remove ../wt", ""),
          new Row("git rm --cached -rf .", ""),
          new Row("git rm -r old/", ""),
          new Row("git rebase main", ""),
          new Row("git rebase -i HEAD~3", ""),
          new Row("git commit --amend --no-edit", ""),
          new Row("git reflog", ""),
          new Row("git reflog expire --expire=90.days.ago --all", ""),
          new Row("git gc --prune=now", ""),
          new Row("git update-ref refs/heads/feature HEAD", ""),
          new Row("git branch", ""),
          new Row("git branch -a", ""),
          new Row("git branch feature-new", ""),
          new Row("git branch -d", ""),
          new Row("git branch -M main", ""),
          new Row("git branch -m old new", ""),
          new Row("git branch --contains -d", ""),
          new Row("git tag -d v1.0", ""),
          new Row("git filter-branch --help", ""),
          new Row("git commit -m 'fix: git reset --hard and git push --force'", ""),
          new Row("git add reset --hard", ""),
          new Row("echo 'git reset --hard'", ""),
          new Row("grep 'git push --force' notes.txt", ""),
          new Row("cat <<EOF\ngit reset --hard\nEOF", ""),
          new Row("git-lfs pull", ""),
          new Row("my-git reset --hard", ""),
          new Row("digit reset --hard", ""),
          new Row("command -v git", ""),
          new Row("git help reset", ""),
          new Row("git $SUBCOMMAND --hard", ""),
          new Row("hub status", ""),
          new Row("git config alias.nuke 'reset --hard'", ""),
          new Row("git -c alias.st=status st", ""),
          new Row("git reset --m HEAD~1", ""),
          new Row("git push --f origin feature", ""),
          new Row("git clone https://github.com/x/y && cd y && git log", ""),
          new Row("git cherry-pick abc123", ""),
          new Row("git merge --no-ff feature", ""));

  static Stream<Row> rows() {
    return ROWS.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void table(Row row) {
    assertThat(RuleTable.codes(row.command(), FindingCode.Family.GIT)).isEqualTo(row.codes());
  }

  @Test
  void atLeastAsManyRowsThatMustNotFire() {
    long quiet = ROWS.stream().filter(r -> r.codes().isEmpty()).count();
    assertThat(quiet).isGreaterThanOrEqualTo(ROWS.size() - quiet);
  }

  @Test
  void forceWithLeaseIsMedium() {
    assertThat(only("git push --force-with-lease origin feature").severity())
        .isEqualTo(Risk.MEDIUM);
    assertThat(only("git push --force --force-with-lease origin feature").severity())
        .isEqualTo(Risk.MEDIUM);
    assertThat(only("git push --force origin feature").severity()).isEqualTo(Risk.HIGH);
  }

  @Test
  void branchDeleteSeverity() {
    assertThat(only("git branch -D feature").severity()).isEqualTo(Risk.HIGH);
    assertThat(only("git branch -d feature").severity()).isEqualTo(Risk.MEDIUM);
  }

  @Test
  void forcePushNamesTargetAndPointsAtFlag() {
    String command = "git push origin feature --force";
    Finding f = only(command);
    assertThat(f.message()).contains("feature").contains("origin");
    assertThat(f.span().of(command)).isEqualTo("--force");
    assertThat(f.saferAlternative()).contains("git push --force-with-lease --force-if-includes");
  }

  @Test
  void checkoutPointsAtThePath() {
    String command = "git checkout HEAD -- src/App.java";
    Finding f = only(command);
    assertThat(f.message()).contains("src/App.java");
    assertThat(f.span().of(command)).isEqualTo("src/App.java");
    assertThat(f.saferAlternative()).isPresent();
  }

  @Test
  void cleanMentionsIgnoredFiles() {
    Finding f = only("git clean -fdx");
    assertThat(f.message()).contains("ignored");
    assertThat(f.saferAlternative())
        .contains("git clean -nd to preview, or git stash -u to keep them");
  }

  /** SPEC sections 3 and 4: the git examples and their risk. */
  @Test
  void specExamples() {
    for (String c :
        List.of(
            "git push --force",
            "git reset --hard",
            "git checkout -- .",
            "git restore .",
            "git clean -f",
            "git stash clear",
            "git stash drop",
            "git switch --discard-changes main",
            "git filter-branch --tree-filter 'rm -f x' HEAD",
            "git push origin --delete feature",
            "git branch -D feature")) {
      assertThat(RuleTable.evaluate(c).risk()).as(c).isEqualTo(Risk.HIGH);
    }
    for (String c :
        List.of(
            "git push --force-with-lease",
            "git branch -d feature",
            "git commit -m \"fix rm -rf /\"",
            "git commit -am wip")) {
      assertThat(RuleTable.evaluate(c).risk()).as(c).isEqualTo(Risk.MEDIUM);
    }
  }

  private static Finding only(String command) {
    Decision d = RuleTable.evaluate(command);
    List<Finding> git =
        d.findings().stream().filter(f -> f.code().family() == FindingCode.Family.GIT).toList();
    assertThat(git).as(command).hasSize(1);
    return git.get(0);
  }
}
