package dev.cmdguard.rules.filesystem;

import static dev.cmdguard.FindingCode.Family.FILESYSTEM;
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
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The filesystem family (docs/rules/filesystem.md): command → its filesystem codes, in the corpus
 * context (cwd {@code /home/dev/project}, home {@code /home/dev}). Rows with {@code ""} must not
 * fire; there are at least as many of them as rows that must.
 */
class FilesystemRuleTest {
  private static final String ROOT = "DANGEROUS_DELETE_ROOT";
  private static final String HOME = "DANGEROUS_DELETE_HOME";
  private static final String OUTSIDE = "DELETE_OUTSIDE_WORKSPACE";
  private static final String WIPE = "WORKSPACE_WIPE";
  private static final String INSIDE = "DELETE_IN_WORKSPACE";
  private static final String PERMS = "DANGEROUS_PERMISSIONS";
  private static final String SYSTEM = "SYSTEM_FILE_WRITE";
  private static final String SHELL = "SHELL_CONFIG_WRITE";

  static final List<Arguments> ROWS =
      List.of(
          // SPEC section 3: the same target however it is spelt
          row("rm -rf /", ROOT),
          row("rm -rf /.", ROOT),
          row("rm -rf //", ROOT),
          row("rm -rf /*", ROOT),
          row("rm -rf /usr/..", ROOT),
          row("rm -rf ../../..", ROOT),
          row("rm -rf -- /", ROOT),
          row("rm -r -f /", ROOT),
          row("rm --recursive --force /", ROOT),
          row("rm /tmp/x -rf /", ROOT),
          row("sudo rm -rf /", ROOT),
          row("/bin/rm -rf /", ROOT),
          row("\\rm -rf /", ROOT),
          row("r''m -rf /", ROOT),
          row("sudo bash -c \"rm -rf /\"", ROOT),
          row("bash -c 'cd / && rm -rf *'", ROOT),
          row("X=/; rm -rf $X", ROOT),
          row("echo / | xargs rm -rf", ROOT),
          row("parallel rm -rf ::: /", ROOT),
          row("busybox rm -rf /", ROOT),
          row("rm -rf /etc", ROOT),
          row("rm -rf /usr/bin/*", ROOT),
          row("rm -f /usr/bin/*", ROOT),
          row("rm -rf /u*", ROOT),
          row("rm -rf /home", ROOT),
          row("rm -rf /tmp/../etc", ROOT),
          row("rm -rf \"$TMPDIR/../etc\"", ROOT + "," + OUTSIDE),
          row("rm -rf /usr/$X", ROOT),
          row("find / -type f -delete", ROOT),
          row("find / -delete", ROOT),
          row("mv /etc /tmp/x", ROOT),
          row("mv /usr", ROOT),
          row("chmod -R 777 /", ROOT),
          row("chmod -R 000 /", ROOT),
          row("chown -R root:root /etc", ROOT),
          row("chown -R dev /usr/local", ROOT),
          row("chgrp -R /usr", ROOT),
          row("rsync -a --delete empty/ /usr/", ROOT),
          row("ssh db1 'rm -rf /'", ROOT),
          row("rm -rf C:/Windows", ROOT),
          row("rm -rf C:\\Windows", ROOT),
          row("rm -rf \"C:/Program Files\"", ROOT),
          row("rm -f C:/Windows/System32/*", ROOT),
          row("rm -rf C:/", ROOT),
          // the home
          row("rm -rf ~", HOME),
          row("rm -rf ~/", HOME),
          row("rm -rf $HOME", HOME),
          row("rm -rf \"$HOME\"", HOME),
          row("rm -rf ${HOME}/", HOME),
          row("rm -rf ~/*", HOME),
          row("rm -rf ..", HOME),
          row("rm -rf $(pwd)/..", HOME),
          row("rm -rf ~/$DIR", HOME),
          row("find ~ -type f -delete", HOME),
          row("mv ~ /dev/null", HOME),
          row("rsync -a --delete empty/ ~/", HOME),
          row("ssh host 'rm -rf ~'", HOME),
          row("ssh host 'rm -rf *'", HOME),
          // outside the workspace
          row("rm -rf ~/Documents", OUTSIDE),
          row("rm -rf ../other-project", OUTSIDE),
          row("rm -rf /data/backups", OUTSIDE),
          row("rm -f /etc/hosts", OUTSIDE),
          row("rm /bin/bash", OUTSIDE),
          row("rm -f /", OUTSIDE),
          row("rm -rf ~someone/escape", OUTSIDE),
          row("rm -rf $DIR", OUTSIDE),
          row("rm -rf \"$X\"/", OUTSIDE),
          row("rm -rf \"$STEAMROOT/\"*", OUTSIDE),
          row("rm -rf ~/${DIR:?}", OUTSIDE),
          row("rm -rf $TMPDIR/*", OUTSIDE),
          row("TMPDIR=/non-temp rm -rf $TMPDIR/foo", OUTSIDE),
          row("env TMPDIR=/bad rm -rf $TMPDIR/foo", OUTSIDE),
          row("cd $X && rm -rf build", OUTSIDE),
          row("cat list.txt | xargs rm", OUTSIDE),
          row("unlink ~/notes.txt", OUTSIDE),
          row("shred -u ~/.ssh/id_rsa", OUTSIDE),
          row("truncate -s 0 ~/notes.txt", OUTSIDE),
          row(": > ~/notes.txt", OUTSIDE),
          row("find / -name '*.pyc' -delete", OUTSIDE),
          row("find ~/Downloads -name '*.tmp' -exec rm {} \\;", OUTSIDE),
          row("rsync --del /src/ /dest/", OUTSIDE),
          row("rsync -a --remove-source-files /src/ user@host:/dest/", OUTSIDE),
          row("rsync -a --delete build/ host:site", OUTSIDE),
          row("ssh host 'rm -rf build'", OUTSIDE),
          row("rm -rf ~/.m2", OUTSIDE),
          row("rm -rf D:/data/old", OUTSIDE),
          // the whole workspace
          row("rm -rf .", WIPE),
          row("rm -rf *", WIPE),
          row("rm -rf ./*", WIPE),
          row("rm -rf .*", WIPE),
          row("rm -rf \"$(pwd -P)\"/*", WIPE),
          row("find . -delete", WIPE),
          row("find . -type f -delete", WIPE),
          row("find . -delete -name x", WIPE),
          row("find . -exec rm -rf {} \\;", WIPE),
          row("find . -print0 | xargs -0 rm -rf", WIPE),
          row("find . -type f | while read f; do rm \"$f\"; done", WIPE),
          row("ls | xargs rm -rf", WIPE),
          row("rsync -a --delete ../empty/ ./", WIPE),
          // inside the workspace
          row("rm -rf node_modules", INSIDE),
          row("rm -rf ./build", INSIDE),
          row("rm -r -f ./build", INSIDE),
          row("rm file.txt", INSIDE),
          row("rm *.o", INSIDE),
          row("rm -f *", INSIDE),
          row("rm -rf ./$BUILD_DIR", INSIDE),
          row("rm -rf build$SUFFIX", INSIDE),
          row("rm -rf `pwd`/dist", INSIDE),
          row("rm -rf .git", INSIDE),
          row("rm -- -rf /tmp/test", INSIDE),
          row("find . -name '*.pyc' -delete", INSIDE),
          row("find . -name '*.tmp' -exec rm {} \\;", INSIDE),
          row("find . -name '*.tmp' | xargs rm", INSIDE),
          row("rm -rf `find . -type d -name .svn`", INSIDE),
          row("xargs rm -f <<< $(find . -name '*.txt')", INSIDE),
          row("find . -type f -name '*.m4a' -exec bash -c 'rm \"$0\"' '{}' \\;", INSIDE),
          row("find . -type f -exec sed -i.bak s/a/b/ {} \\; -exec rm {}.bak \\;", INSIDE),
          row("ls -t | tail -n +6 | xargs rm", INSIDE),
          row("rsync -a --delete build/ ./out/", INSIDE),
          row("find . -type d -empty -delete", INSIDE),
          row("cd /home/dev/project/sub && rm -rf build", INSIDE),
          // permissions
          row("chmod 777 /etc", PERMS),
          row("chmod 666 /etc/shadow", PERMS),
          row("chmod u+s /bin/bash", PERMS),
          row("chmod 4755 ./mybin", PERMS),
          row("chmod 777 script.sh", PERMS),
          row("chmod -R 777 .", PERMS),
          row("chmod o+w notes.txt", PERMS),
          row("chmod a+rwx notes.txt", PERMS),
          row("chmod -R go=rwx ~", PERMS),
          row("chmod g+s /usr/bin/python3", PERMS),
          row("find . -type d -exec chmod 777 {} \\;", PERMS),
          row("chmod -R 777 /var/www", PERMS),
          // system files
          row("> /etc/passwd", SYSTEM),
          row("echo 'x' > /etc/hosts", SYSTEM),
          row("echo 'x' >> /etc/hosts", SYSTEM),
          row("echo x | sudo tee /etc/apt/sources.list.d/x.list", SYSTEM),
          row("echo 'dev ALL=(ALL) NOPASSWD:ALL' | sudo tee -a /etc/sudoers", SYSTEM),
          row("cp x /usr/local/bin/", SYSTEM),
          row("sudo install -m 755 x /usr/local/bin", SYSTEM),
          row("ln -sf /tmp/x /etc/resolv.conf", SYSTEM),
          row("dd if=x of=/etc/passwd", SYSTEM),
          row("sed -i 's/a/b/' /etc/hosts", SYSTEM),
          row("truncate -s 0 /etc/passwd", SYSTEM),
          row("rm -f /etc/passwd", SYSTEM),
          row("mv /etc/passwd /tmp", SYSTEM),
          row("sudo curl -L https://x -o /usr/local/bin/tool", SYSTEM),
          row("touch /etc/nologin", SYSTEM),
          row("{ echo a; echo b; } > /etc/motd", SYSTEM),
          row("chown -R www-data:www-data /var/www", SYSTEM),
          row("chown dev /etc/sudoers", SYSTEM),
          row("rsync -a build/ /var/www/html/", SYSTEM),
          row("truncate -s 0 /var/log/*", SYSTEM),
          // shell configuration, ssh, git hooks
          row("echo 'alias ll=ls' >> ~/.bashrc", SHELL),
          row(": > ~/.bashrc", SHELL),
          row("echo x | tee -a ~/.zshrc", SHELL),
          row("cat key.pub >> ~/.ssh/authorized_keys", SHELL),
          row("cp evil ~/.ssh/config", SHELL),
          row("cp hook .git/hooks/pre-commit", SHELL),
          row("cp pre-push .git/hooks/", SHELL),
          row("mv .bashrc.new ~/.bashrc", SHELL),
          row("sed -i 's/x/y/' ~/.profile", SHELL),
          row("ssh host 'echo ssh-ed25519 AAA >> ~/.ssh/authorized_keys'", SHELL),
          // must not fire: data, not commands
          row("echo 'rm -rf /'", ""),
          row("echo rm -rf /", ""),
          row("printf 'rm -rf ~'", ""),
          row("grep -rn 'rm -rf' src", ""),
          row("git commit -m 'fix rm -rf / handling'", ""),
          row("cat <<EOF > notes.md\nrm -rf /\nEOF", ""),
          row("cat <<EOF\nrm -rf ~\nEOF", ""),
          row("tee /tmp/docs.txt <<EOF\nrm -rf /home/user\nEOF", ""),
          row("ls -la # rm -rf /", ""),
          row("man rm", ""),
          row("rm --help", ""),
          row("rm --version", ""),
          row("which rm", ""),
          row("rm", ""),
          // must not fire: temp directories and caches
          row("rm -rf /tmp/build", ""),
          row("rm -rf /tmp/foo/", ""),
          row("rm -rf /tmp", ""),
          row("rm -rf /var/tmp/*", ""),
          row("rm -rf /tmp/a /tmp/b", ""),
          row("rm -rf $TMPDIR/build", ""),
          row("rm -rf \"$TMPDIR/build\"", ""),
          row("rm -rf ${TMPDIR}/build", ""),
          row("rm -rf ${TMPDIR:-/tmp}/build", ""),
          row("rm -rf ${TMPDIR:-/tmp}/*", ""),
          row("rm -rf $TMPDIR", ""),
          row("rm -rf /dev/shm/x", ""),
          row("rm -rf /tmp/$X", ""),
          row("find /tmp -mtime +7 -delete", ""),
          row("find /tmp -execdir rm -rf {} +", ""),
          row("rm -rf ~/.cache/pip", ""),
          row("rm -rf ~/.m2/repository/com/example", ""),
          row("rm -rf ~/.gradle/caches", ""),
          row("rm -rf ~/Library/Caches/foo", ""),
          row("ssh host 'rm -rf /tmp/x'", ""),
          row("rsync -a --delete /tmp/x/ /tmp/y/", ""),
          row("rm -rf /tmp/foo 2>/dev/null", ""),
          // must not fire: other look-alikes
          row("rmdir empty_folder", ""),
          row("rmdir /mnt/usb", ""),
          row("trash-put ~/Documents/x", ""),
          row("gio trash ~/Documents/x", ""),
          row("git clean -fdx", ""),
          row("docker rm container", ""),
          row("aws s3 rm s3://bucket/key", ""),
          row("cp file.txt backup.txt", ""),
          row("mv old.txt new.txt", ""),
          row("mv ~/Downloads/x.zip .", ""),
          row("mv * /tmp/", ""),
          row("cp -r src dest", ""),
          row("cp .bashrc.example .bashrc.local", ""),
          row("find . -name '*.rs'", ""),
          row("find . -type f -name '*.tmp' -print", ""),
          row("truncate -s 10M disk.img", ""),
          row("truncate -s 0 app.log", ""),
          row("> app.log", ""),
          row(": > build.log", ""),
          row("echo hello > file.txt", ""),
          row("ls > out.txt", ""),
          row("echo x >> ~/notes.txt", ""),
          row("echo x > /dev/null", ""),
          row("echo x > /dev/stderr", ""),
          row("echo x > /dev/ttyUSB0", ""),
          row("echo x | tee /tmp/log.txt", ""),
          row("cat x | tee -a build.log", ""),
          row("sed -i 's/a/b/' file.txt", ""),
          row("sed -n 's/a/b/p' /etc/hosts", ""),
          row("cat /etc/passwd", ""),
          row("cp /etc/hosts ./hosts.copy", ""),
          row("dd if=/dev/zero of=disk.img bs=1M count=10", ""),
          row("ln -s /usr/bin/python3 ./python", ""),
          row("curl -o out.json https://example.com", ""),
          row("wget -O - https://example.com", ""),
          row("touch README.md", ""),
          row("cp -r /mnt/usb/photos /media/backup/", ""),
          row("echo x > /home/alice/shared/note.txt", ""),
          row("rsync -a /src/ /dest/", ""),
          row("rsync --delete --dry-run src/ dest/", ""),
          row("rsync -avn --delete src/ /dest/", ""),
          row("rsync -a --list-only user@host:/dest/", ""),
          // must not fire: everyday development work
          row("git rm --cached file.txt", ""),
          row("git mv a.txt b.txt", ""),
          row("npm install", ""),
          row("npm run clean", ""),
          row("mvn clean", ""),
          row("make clean", ""),
          row("cargo clean", ""),
          row("go clean -cache", ""),
          row("mkdir -p build/out", ""),
          row("mkdir /tmp/work", ""),
          row("touch src/new.rs", ""),
          row("tar -xzf archive.tgz", ""),
          row("unzip pkg.zip -d vendor", ""),
          row("cp -r assets/ dist/", ""),
          row("cp ~/.bashrc ./bashrc.backup", ""),
          row("cat ~/.bashrc", ""),
          row("grep alias ~/.bashrc", ""),
          row("ln -s ../shared/config.yml config.yml", ""),
          row("ls /etc", ""),
          row("stat /etc/passwd", ""),
          row("diff /etc/hosts hosts", ""),
          row("tail -f /var/log/app.log", ""),
          row("sudo systemctl restart nginx", ""),
          row("sudo apt-get install -y jq", ""),
          row("export PATH=$PATH:~/bin", ""),
          row("source ~/.bashrc", ""),
          row("find /etc -name '*.conf'", ""),
          row("find ~ -name '*.pdf'", ""),
          row("ls -la ~/.ssh", ""),
          row("scp build.tar host:/tmp/", ""),
          row("rsync -avz dist/ host:/srv/www/", ""),
          row("git clone https://example.com/x.git repo", ""),
          row("python3 -m venv .venv", ""),
          row("echo 'rm -rf ~' > cleanup.sh", ""),
          row("printf '%s\\n' 'sudo rm -rf /' >> notes.txt", ""),
          row("echo 'chmod -R 777 /' | tee notes.md", ""),
          row("chmod 640 config.yml", ""),
          row("chown $USER file.txt", ""),
          row("chmod -R u+rwX,go+rX ./site", ""),
          row("chmod 2775 shared", ""),
          row("sudo chmod 644 /etc/nginx/sites-available/site", ""),
          row("mv build/out dist/", ""),
          row("mv /tmp/x.txt ./", ""),
          row("cp /tmp/x.txt ./", ""),
          row("cp x /tmp/", ""),
          row("mv x /tmp/", ""),
          row("install -m 644 x ./dist/", ""),
          row("install -d ./build/bin", ""),
          row("ln -sf ../lib/libfoo.so lib/libfoo.so.1", ""),
          row("truncate -s 0 /tmp/log", ""),
          row(": > /tmp/cache.txt", ""),
          row("> /dev/null", ""),
          row("dd if=/dev/urandom of=/tmp/random.bin bs=1k count=1", ""),
          row("sed -i '' 's/a/b/' src/main.c", ""),
          row("sed -i.bak 's/a/b/' config.ini", ""),
          row("curl -fsSL https://example.com/install.sh -o /tmp/install.sh", ""),
          row("wget -P ./downloads https://example.com/x", ""),
          row("touch /tmp/marker", ""),
          row("rm -rf /var/tmp/build-cache", ""),
          row("find . -name node_modules -prune -o -name '*.js' -print", ""),
          row("du -sh ~/.cache", ""),
          row("shred --help", ""),
          row("mv -- -weird-name normal-name", ""),
          row("cp -a /etc/nginx ./nginx-copy", ""),
          row("tar -czf /tmp/backup.tgz ~/project", ""),
          row("echo '* * * * * job' > crontab.txt", ""),
          row("ls C:/Windows", ""),
          row("cat C:/Windows/win.ini", ""),
          row("cp C:/Users/dev/notes.txt ./notes.txt", ""),
          row("echo C:/Windows", ""),
          row("grep -r error C:/logs", ""),
          row("mkdir -p ./out/C_drive", ""),
          row("echo x | tee ./C:/odd.txt", ""),
          // must not fire: permissions that are fine
          row("chmod +x ./script.sh", ""),
          row("chmod 644 file", ""),
          row("chmod 755 bin/run", ""),
          row("chmod -R 755 ./public", ""),
          row("chmod u+x,go-w file", ""),
          row("chmod +w file", ""),
          row("chmod -x file", ""),
          row("chmod g+s shared-dir", ""),
          row("chmod 1777 /tmp", ""),
          row("chmod 600 ~/.ssh/id_rsa", ""),
          row("chmod 700 ~/.ssh", ""),
          row("chown -R dev:dev ./build", ""),
          row("chown dev file.txt", ""),
          row("chmod --reference=a.txt b.txt", ""),
          row("chmod 755 /usr/local/bin/tool", ""),
          row("chmod -R 755 /var/www/html", ""));

  static Stream<Arguments> table() {
    return ROWS.stream();
  }

  @ParameterizedTest(name = "{0} -> [{1}]")
  @MethodSource("table")
  void codes(String command, String expected) {
    assertThat(RuleTable.codes(command, FILESYSTEM)).isEqualTo(expected);
  }

  @Test
  void atLeastAsManyRowsMustNotFireAsMust() {
    long quiet = ROWS.stream().filter(r -> r.get()[1].equals("")).count();
    assertThat(quiet).isGreaterThanOrEqualTo(ROWS.size() - quiet);
  }

  /** SPEC section 3's examples of each risk level that this family decides. */
  @ParameterizedTest(name = "{0} is {1}")
  @MethodSource("risks")
  void specRisk(String command, Risk risk) {
    assertThat(RuleTable.evaluate(command).risk()).isEqualTo(risk);
  }

  static Stream<Arguments> risks() {
    return Stream.of(
        Arguments.of("echo 'rm -rf /'", Risk.LOW),
        Arguments.of("rm -rf node_modules", Risk.MEDIUM),
        Arguments.of("rm -rf /", Risk.CRITICAL),
        Arguments.of("rm -rf ~", Risk.CRITICAL),
        Arguments.of("chmod -R 777 /", Risk.CRITICAL),
        Arguments.of("rm -rf /.", Risk.CRITICAL),
        Arguments.of("rm -rf //", Risk.CRITICAL),
        Arguments.of("rm -rf /*", Risk.CRITICAL),
        Arguments.of("rm -rf /usr/..", Risk.CRITICAL),
        Arguments.of("rm -rf ../../..", Risk.CRITICAL),
        Arguments.of("rm -rf .", Risk.HIGH),
        Arguments.of("rm -rf *", Risk.HIGH),
        Arguments.of("rm -rf $DIR", Risk.HIGH),
        Arguments.of("rm -rf ./build", Risk.MEDIUM),
        Arguments.of("rm -rf /tmp/build", Risk.MEDIUM),
        Arguments.of("> /etc/passwd", Risk.CRITICAL),
        Arguments.of("echo x | sudo tee -a /etc/sudoers", Risk.CRITICAL),
        Arguments.of("echo x >> /etc/hosts", Risk.HIGH),
        Arguments.of("echo 'alias x=y' >> ~/.bashrc", Risk.HIGH),
        Arguments.of("chmod 777 script.sh", Risk.HIGH),
        Arguments.of("chmod 777 /etc", Risk.CRITICAL));
  }

  @Test
  void deletingTheRootNamesItPointsAtItAndIsLocked() {
    Finding f = only("sudo rm -rf /", FindingCode.DANGEROUS_DELETE_ROOT);
    assertThat(f.severity()).isEqualTo(Risk.CRITICAL);
    assertThat(f.message()).contains("/").contains("root of the file system");
    assertThat(f.span().start()).isEqualTo(12);
    assertThat(f.span().end()).isEqualTo(13);
    assertThat(f.saferAlternative()).hasValueSatisfying(s -> assertThat(s).contains("./build"));
  }

  @Test
  void aRunTimeTargetSaysSoAndSuggestsALiteralPath() {
    Finding f = only("rm -rf $DIR", FindingCode.DELETE_OUTSIDE_WORKSPACE);
    assertThat(f.severity()).isEqualTo(Risk.HIGH);
    assertThat(f.message()).contains("$DIR").contains("run time");
    assertThat(f.span().start()).isEqualTo(7);
    assertThat(f.saferAlternative())
        .hasValueSatisfying(s -> assertThat(s).contains("rm -rf ./build").contains("${DIR:?}"));
  }

  @Test
  void anEmptyVariableInFrontOfTheHomeIsTheHome() {
    Finding f = only("rm -rf ~/$X", FindingCode.DANGEROUS_DELETE_HOME);
    assertThat(f.message()).contains("if $X is empty it is /home/dev itself");
  }

  @Test
  void unsetTmpdirCouldBeTheRoot() {
    Finding f = only("rm -rf $TMPDIR/*", FindingCode.DELETE_OUTSIDE_WORKSPACE);
    assertThat(f.message()).contains("if TMPDIR is unset it is /*");
  }

  @Test
  void insideTheWorkspaceIsMediumWithoutSaferAlternative() {
    Finding f = only("rm -rf node_modules", FindingCode.DELETE_IN_WORKSPACE);
    assertThat(f.severity()).isEqualTo(Risk.MEDIUM);
    assertThat(f.message()).contains("/home/dev/project/node_modules");
    assertThat(f.saferAlternative()).isEmpty();
  }

  @Test
  void deletingTheRepositoryHistoryIsTheHighVariant() {
    Finding f = only("rm -rf .git", FindingCode.DELETE_IN_WORKSPACE);
    assertThat(f.severity()).isEqualTo(Risk.HIGH);
    assertThat(f.saferAlternative()).hasValueSatisfying(s -> assertThat(s).contains("bundle"));
  }

  @Test
  void severalTargetsOfOneCodeAreOneFinding() {
    Decision d = RuleTable.evaluate("rm -rf a b c");
    assertThat(d.findings())
        .filteredOn(x -> x.code() == FindingCode.DELETE_IN_WORKSPACE)
        .hasSize(1);
  }

  @Test
  void theUserDatabasesAreCritical() {
    assertThat(only("echo x >> /etc/passwd", FindingCode.SYSTEM_FILE_WRITE).severity())
        .isEqualTo(Risk.CRITICAL);
    assertThat(only("echo x >> /etc/hosts", FindingCode.SYSTEM_FILE_WRITE).severity())
        .isEqualTo(Risk.HIGH);
  }

  @Test
  void worldWritableIsCriticalOnlyInSystemDirectories() {
    assertThat(only("chmod 777 /usr/bin/wget", FindingCode.DANGEROUS_PERMISSIONS).severity())
        .isEqualTo(Risk.CRITICAL);
    Finding f = only("chmod 777 run.sh", FindingCode.DANGEROUS_PERMISSIONS);
    assertThat(f.severity()).isEqualTo(Risk.HIGH);
    assertThat(f.message()).contains("every user can write");
    assertThat(f.span().start()).isEqualTo(10);
  }

  @Test
  void aRemoteTargetNamesTheHost() {
    Finding f = only("ssh db1 'rm -rf ~/data'", FindingCode.DELETE_OUTSIDE_WORKSPACE);
    assertThat(f.message()).contains("~/data on db1");
  }

  @Test
  void aShellConfigWriteSuggestsShowingTheLine() {
    Finding f = only("echo 'export X=1' >> ~/.bashrc", FindingCode.SHELL_CONFIG_WRITE);
    assertThat(f.severity()).isEqualTo(Risk.HIGH);
    assertThat(f.message()).contains("/home/dev/.bashrc");
    assertThat(f.span().start()).isEqualTo(21);
    assertThat(f.saferAlternative()).isPresent();
  }

  private static Finding only(String command, FindingCode code) {
    List<Finding> found =
        RuleTable.evaluate(command).findings().stream().filter(f -> f.code() == code).toList();
    assertThat(found).as(command).hasSize(1);
    return found.get(0);
  }

  private static Arguments row(String command, String codes) {
    return Arguments.of(command, codes);
  }
}
