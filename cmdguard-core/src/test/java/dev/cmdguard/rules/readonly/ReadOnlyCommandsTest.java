package dev.cmdguard.rules.readonly;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cmdguard.Risk;
import dev.cmdguard.rules.ReadOnlyCommands;
import dev.cmdguard.rules.RuleTable;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The read-only registry as a table: {@code command | read-only?}, judged by the command's risk in
 * the corpus context ({@code low} when read-only, else {@code medium}; no rule family fires on
 * these). Every escape hatch of a read-only tool has a row that must not be low, and there are at
 * least as many of those as rows that must be low.
 */
class ReadOnlyCommandsTest {

  /** Read-only and local: risk low. */
  static final List<String> LOW =
      List.of(
          // SPEC section 3, and the brief's examples
          "ls -la",
          "git status",
          "cat README.md",
          "grep -rn TODO src",
          "echo 'rm -rf /'",
          "ls | wc -l",
          "git log --oneline | head",
          "find . -name '*.rs'",
          "bash -lc 'ls -1'",
          "echo hi > /dev/null",
          "cat x 2>&1",
          // SPEC section 4 (disk): fdisk -l is low
          "fdisk -l",
          "fdisk -l /dev/sda",
          // git
          "git branch",
          "git branch -a -v",
          "git branch --show-current",
          "git -C . branch --show-current",
          "git branch --contains abc123",
          "git branch --list 'feat*'",
          "git tag",
          "git tag -l 'v1*'",
          "git tag -n5",
          "git remote",
          "git remote -v",
          "git remote get-url origin",
          "git config --get user.name",
          "git config user.name",
          "git config --list",
          "git config get user.email",
          "git stash list",
          "git stash show -p",
          "git worktree list",
          "git reflog",
          "git reflog show main",
          "git diff --stat",
          "git diff HEAD~1 -- src",
          "git show HEAD:README.md",
          "git log -p --no-ext-diff",
          "git --no-pager log -n 5",
          "git -P diff",
          "git rev-parse --show-toplevel",
          "git ls-files",
          "git cat-file -p HEAD",
          "git blame README.md",
          "git grep -n TODO",
          "git shortlog -sn",
          "git describe --tags",
          "git symbolic-ref HEAD",
          "git --version",
          // sed and awk scripts that only print
          "sed -n 1,5p file.txt",
          "sed -n '/foo/{p;q}' x",
          "sed 's/a/b/g' x",
          "sed -e 's/a/b/' -e '/c/d' x",
          "sed -E 's/(a|b)/c/' x",
          "sed 's/x/y/w /dev/stdout' x",
          "sed --sandbox 's/a/b/e' x",
          "awk '{print $1}' x",
          "awk -F: '$3 > 100 {print $1}' /etc/passwd",
          "awk '/a|b/ {n++} END {print n}' x",
          "awk '{print $1 > \"/dev/stderr\"}' x",
          "awk -v n=3 'NR<=n' x",
          "awk '{ printf(\"%s\\n\", ($1 > 2) ? \"big\" : \"small\") }' x",
          // utilities with writing options, used without them
          "sort -u x",
          "sort -k2 -t, x",
          "rg -n foo -g'*.py'",
          "rg --context 1 --heading foo",
          "fd -e rs",
          "tree -L 2",
          "date +%s",
          "date -u -Iseconds",
          "uniq -c x",
          "xxd x",
          "base64 -d x",
          "yq .a x.yaml",
          "tee /dev/null",
          "history",
          "history 20",
          "alias",
          "hostname -f",
          "printf '%s\\n' a b",
          "less +G README.md",
          "top -b -n 1",
          "man ls",
          // utilities that only read
          "head -n 10 x",
          "tail -f log.txt",
          "nl -nrz Cargo.toml",
          "numfmt 1000",
          "tac Cargo.toml",
          "diff a b",
          "jq .name package.json",
          "file x",
          "stat x",
          "du -sh .",
          "ps aux",
          "pstree -p",
          "mount",
          "shopt -p",
          "jobs",
          "uname -a",
          "which git",
          "command -v git",
          "cd src && ls",
          "test -f x && cat x",
          "yes | head -3",
          "sha256sum -c sums",
          // wrappers around read-only commands
          "ls | xargs wc -l",
          "find . -name '*.java' -exec grep -l foo {} +",
          "find . -type f -print0 | xargs -0 grep -n foo",
          "find */2011 -name '*.jpg'",
          "timeout 5 ls",
          "nice -n 10 grep -r x .",
          "env LC_ALL=C sort x",
          "env -i ls",
          "watch -n 1 ls",
          "eval 'ls -la'",
          "bash -c 'ls && git status'",
          "zsh -lc ls",
          "bash -lc 'grep -R \"Cargo.toml\" -n || true'",
          "echo ls | sh",
          "sh <<'EOF'\nls\nEOF",
          "bash <<< 'git status'",
          // assignments that steer nothing
          "LC_ALL=C sort x",
          "GIT_PAGER=cat git log",
          "TODAY=$(date +%F)",
          "x=1; echo $x",
          "for f in *.txt; do head -1 \"$f\"; done",
          "while IFS= read -r line; do echo \"$line\"; done < x",
          // version queries and local listings of toolchains
          "node --version",
          "python3 --version",
          "java -version",
          "go version",
          "npm ls",
          "docker ps",
          "kubectl version --client",
          // PowerShell with read-only cmdlets
          "pwsh -NoProfile -Command 'Get-ChildItem -Path .'",
          "powershell.exe Get-Content Cargo.toml",
          "pwsh -Command 'Get-Content foo.rs | Select-Object -Skip 200'",
          "pwsh -NoProfile -Command 'pwd && ls'",
          "'C:\\Program Files\\Git\\cmd\\git.exe' status",
          "/usr/bin/git status",
          "/bin/ls -la",
          // shell structure around read-only commands
          "cat <<'EOF'\nhi\nEOF",
          "< x",
          "ls 2>/dev/null",
          "ls &>/dev/null",
          "echo $(pwd)",
          "cat <(echo hi)",
          "(ls)",
          "if [ -f x ]; then cat x; fi");

  /** Writes, executes, sends, or cannot be judged: at least medium. */
  static final List<String> NOT_LOW =
      List.of(
          // sed: in place, w/W/e commands and s flags, script files, unreadable or dynamic scripts
          "sed -i s/a/b/ x",
          "sed --in-place=.bak s/a/b/ x",
          "sed --in s/a/b/ x",
          "sed -Ei s/a/b/ x",
          "sed -I '' s/a/b/ x",
          "sed 'w out' x",
          "sed -n '/a/w out' x",
          "sed -n 's/a/b/w out' x",
          "sed 's/a/b/e' x",
          "sed '1e ls' x",
          "sed -e 1p -e 'W out' x",
          "sed -f script.sed x",
          "sed -n -fmal.sed -e 1p x",
          "sed \"s/a/$B/\" x",
          "sed -n xp x",
          "sed -n 1p $f",
          // sort, rg, fd, tree, date, base64 and other writing or executing options
          "sort -o x y",
          "sort --output=x y",
          "sort --out=x y",
          "sort -uo x y",
          "sort --compress-program=gzip y",
          "rg --pre cat foo",
          "rg --pre-glob '*.pdf' foo",
          "rg -z foo",
          "rg --search-zip foo",
          "rg --hostname-bin x foo",
          "fd -x rm",
          "fd --exec rm",
          "fd -X rm",
          "fd --exec-batch rm",
          "tree -o x",
          "tree -R -H .",
          "date -s now",
          "date --set=2020-01-01",
          "date 010100002020",
          "base64 -o x y",
          "base64 --output=x y",
          "yq -i '.a=1' x",
          "shuf -o x y",
          "iconv -o x y",
          "file -C -m x",
          "man -P 'sh -c x' ls",
          "man -C evil.conf ls",
          "ss -K dst 1.2.3.4",
          // find actions that delete or write, and start points that could be actions
          "find . -delete",
          "find . -name '*.tmp' -delete",
          "find . -fprint x",
          "find . -fprintf x '%p'",
          "find . -fls x",
          "find * -name x",
          "find $DIR -name x",
          "find . -exec rm {} \\;",
          // git: options that write or run a program, and the writing forms of listing commands
          "git diff --output=x",
          "git diff --out=x",
          "git log -p --ext-diff",
          "git diff --textconv",
          "git -c core.pager=sh log",
          "git -c core.pager=cat show HEAD",
          "git --config-env=core.pager=X log",
          "git --exec-path=/tmp log",
          "git --git-dir=.evil-git diff",
          "git --work-tree . status",
          "git grep -O foo",
          "git grep --open-files-in-pager foo",
          "git branch -D x",
          "git branch -d x",
          "git branch newbranch",
          "git branch -m a b",
          "git tag v1",
          "git tag -d v1",
          "git remote add x y",
          "git remote show origin",
          "git config user.name foo",
          "git config --unset user.name",
          "git config set user.name x",
          "git stash",
          "git stash drop",
          "git worktree add ../x",
          "git reflog expire --all",
          "git commit -m x",
          "git lg",
          "git cat-file --textconv HEAD:x",
          "git symbolic-ref HEAD refs/heads/x",
          // awk: system(), pipes, output redirection, program files and extensions
          "awk '{system(\"rm x\")}' x",
          "awk '{print > \"out\"}' x",
          "awk '{print $1 >> \"log\"}' x",
          "awk '{print | \"sh\"}' x",
          "awk '{\"date\" | getline d}' x",
          "awk '{printf(\"%s\", $1) > \"f\"}' x",
          "awk '{ i++ / 2; system(\"x\") }' x",
          "awk '@load \"filefuncs\"' x",
          "awk -f prog.awk x",
          "awk --file=prog.awk x",
          "awk -i inplace '{print}' x",
          "gawk -o out '{print}' x",
          "awk \"$PROG\" x",
          // operands that are outputs or new values
          "uniq a b",
          "xxd a b",
          "hostname foo",
          "history -c",
          "history -d 5",
          "alias ls='rm -rf'",
          "hash -r",
          "printf -v x hi",
          "tee out.txt",
          "echo hi | tee -a log",
          "less '+!rm x' y",
          "less -o log y",
          "less -k keys y",
          "jobs -x rm",
          "fdisk /dev/sda",
          "mount -a",
          "mount /dev/shm",
          "shopt -s dotglob",
          "file -z x.gz",
          "top",
          // redirections to files
          "ls > out.txt",
          "cat x >> log",
          "echo hi > $F",
          "ls 2> err.txt",
          "cat < /dev/tcp/example.com/80",
          "cat <<'EOF' > x\nhi\nEOF",
          // environment that steers programs
          "env",
          "printenv",
          "env FOO=bar ls",
          "env -S 'ls'",
          "FOO=bar ls",
          "LD_PRELOAD=x.so ls",
          "PATH=.:$PATH; ls",
          "HOME=/tmp git status",
          "GIT_PAGER=sh git log",
          "for PATH in .; do ls; done",
          "read PATH",
          "bash -c 'PATH=. ls'",
          "BASH_ENV=x bash -c ls",
          "(( PATH = 0 )); ls",
          "bash -c 'for PATH in .; do ls; done'",
          "watch -n 1 'PATH=. ls'",
          // shells and code the guard cannot see
          "bash",
          "cat x | sh",
          "sh script.sh",
          "bash -c \"$X\"",
          "eval \"$X\"",
          "source x.sh",
          "sh -c 'rm x'",
          "fish -C 'rm x' -c ls",
          "bash --rcfile x -i -c ls",
          "'' arg1",
          // a path outside the system directories runs a file of the workspace
          "./ls -la",
          "bin/cat x",
          "~/bin/git status",
          "'D:\\tools\\git.exe' status",
          // elevated, remote, writing wrappers
          "sudo ls",
          "doas ls",
          "nohup ls",
          "ssh host ls",
          "ionice -c3 -p 123",
          "time -o t.txt ls",
          "ls | xargs rm",
          // toolchains beyond version queries, clusters, registries
          "kubectl get pods",
          "docker run x",
          "docker -H tcp://x ps",
          "npm view x",
          "npm install",
          "python -v",
          "node app.js",
          "node -v app.js",
          "./run.sh",
          "mvn test",
          // version queries that can run code the project chose
          "cargo --version",
          "mvn -v",
          "yarn --version",
          // PowerShell beyond plain read-only cmdlets
          "pwsh -File x.ps1",
          "pwsh x.ps1",
          "pwsh -EncodedCommand abc",
          "pwsh -Command 'Remove-Item x'",
          "pwsh -Command 'Get-Content x > y'",
          "pwsh -Command '$env:PATH = \".\"; git status'",
          "pwsh -Command 'Get-ChildItem | ForEach-Object { rm $_ }'",
          "powershell.exe -Command 'ls && pwd'",
          "pwsh -Command 'curl x'");

  static Stream<Arguments> table() {
    return Stream.concat(
        LOW.stream().map(c -> Arguments.of(c, true)),
        NOT_LOW.stream().map(c -> Arguments.of(c, false)));
  }

  @ParameterizedTest(name = "{0} | read-only: {1}")
  @MethodSource("table")
  void judgesReadOnly(String command, boolean readOnly) {
    Risk risk = RuleTable.evaluate(command).risk();
    if (readOnly) {
      assertThat(risk).as(command).isEqualTo(Risk.LOW);
    } else {
      assertThat(risk).as(command).isNotEqualTo(Risk.LOW);
    }
  }

  @Test
  void atLeastAsManyRowsMustNotBeLowAsMustBe() {
    assertThat(NOT_LOW.size()).isGreaterThanOrEqualTo(LOW.size());
    assertThat(LOW).doesNotHaveDuplicates();
    assertThat(NOT_LOW).doesNotHaveDuplicates();
  }

  /** SPEC section 3: the examples of each level. */
  @Test
  void specExamples() {
    for (String c :
        List.of("ls -la", "git status", "cat README.md", "grep -rn TODO src", "echo 'rm -rf /'")) {
      assertThat(RuleTable.evaluate(c).risk()).as(c).isEqualTo(Risk.LOW);
    }
    for (String c :
        List.of("npm install", "rm -rf node_modules", "git commit", "mvn test", "./run.sh")) {
      assertThat(RuleTable.evaluate(c).risk()).as(c).isNotEqualTo(Risk.LOW);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ls",
        "git",
        "sed",
        "awk",
        "find",
        "xargs",
        "bash",
        "node",
        "pwsh",
        "/usr/bin/git",
        "C:\\Program Files\\Git\\cmd\\git.exe",
        "Git.EXE",
        "get-childitem",
        "Get-ChildItem",
        "GET-CONTENT"
      })
  void knowsRegisteredPrograms(String program) {
    assertThat(ReadOnlyCommands.knows(program)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "rm",
        "curl",
        "sudo",
        "nohup",
        "env2",
        "printenv",
        "mvnw",
        "./run.sh",
        "",
        "make-it",
        "Make-It",
        "Remove-Item"
      })
  void doesNotKnowOthers(String program) {
    assertThat(ReadOnlyCommands.knows(program)).isFalse();
  }
}
