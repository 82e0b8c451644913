package dev.cmdguard.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cmdguard.Decision;
import dev.cmdguard.Finding;
import dev.cmdguard.FindingCode;
import dev.cmdguard.Profile;
import dev.cmdguard.Risk;
import dev.cmdguard.Sandbox;
import dev.cmdguard.Verdict;
import dev.cmdguard.shell.Span;
import dev.cmdguard.unwrap.Arg;
import dev.cmdguard.unwrap.Invocation;
import dev.cmdguard.unwrap.Stdin;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Secrets never reach the log; ordinary commands pass byte for byte. */
class MaskingTest {
  private static final Masking MASKING = Masking.defaults();

  static Stream<Arguments> masked() {
    return Stream.of(
        row(
            "AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG aws s3 ls",
            "AWS_SECRET_ACCESS_KEY=*** aws s3 ls"),
        row("TOKEN=abc123 ./deploy.sh", "TOKEN=*** ./deploy.sh"),
        row("PASSWORD='hunter 2' psql", "PASSWORD=*** psql"),
        row("export GITHUB_TOKEN=s3cr3tvalue", "export GITHUB_TOKEN=***"),
        row("export PGPASSWORD=\"p@ss word\"; psql -h db", "export PGPASSWORD=***; psql -h db"),
        row("DB_PASS=x npm test", "DB_PASS=*** npm test"),
        row("OPENAI_API_KEY=abc python app.py", "OPENAI_API_KEY=*** python app.py"),
        row("env apiKey=abc node x.js", "env apiKey=*** node x.js"),
        row("mysql -u root -pS3cret shop", "mysql -u root -p*** shop"),
        row("mysqldump --password=S3cret shop", "mysqldump --password=*** shop"),
        row("vault login --token s.abcdef", "vault login --token ***"),
        row("tool --api-key=k-123 run", "tool --api-key=*** run"),
        row(
            "curl -H 'Authorization: Bearer abc.def' https://x.example",
            "curl -H 'Authorization: Bearer ***' https://x.example"),
        row(
            "curl -H \"Authorization: Basic dXNlcjpwYXNz\" x",
            "curl -H \"Authorization: Basic ***\" x"),
        row("curl -H 'X-Api-Key: 12345' x", "curl -H 'X-Api-Key: ***' x"),
        row(
            "git clone https://user:hunter2@github.com/o/r.git",
            "git clone https://user:***@github.com/o/r.git"),
        row(
            "psql postgres://app:pw@db.internal:5432/app",
            "psql postgres://app:***@db.internal:5432/app"),
        row("curl -u admin:letmein https://x.example", "curl -u admin:*** https://x.example"),
        row("sshpass -p hunter2 ssh host", "sshpass -p *** ssh host"),
        row("echo ghp_abcdefghijklmnopqrstuvwxyz0123456789", "echo ***"),
        row(
            "gh auth login --with-token <<< github_pat_11ABCDEFG0123456789_abcdefghij",
            "gh auth login --with-token <<< ***"),
        row("echo sk-proj-abcdefghijklmnopqrstuvwx | llm", "echo *** | llm"),
        row("slack-notify xoxb-123456789012-abcdefghij", "slack-notify ***"),
        row(
            "aws configure set aws_access_key_id AKIAIOSFODNN7EXAMPLE",
            "aws configure set aws_access_key_id ***"),
        row(
            "git push https://oauth2:glpat-abcdefghijklmnopqrst@gitlab.com/x",
            "git push https://oauth2:***@gitlab.com/x"),
        row("echo glpat-abcdefghijklmnopqrst", "echo ***"),
        row(
            "curl -d token=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U x",
            "curl -d token=*** x"),
        row("echo eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc_DEF-123 > t", "echo *** > t"),
        row(
            "cat > k.pem <<EOF\n-----BEGIN RSA PRIVATE KEY-----\nMIIEow\nIBAAK\n-----END RSA PRIVATE KEY-----\nEOF",
            "cat > k.pem <<EOF\n***\nEOF"),
        row(
            "printf '%s' '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC' > k",
            "printf '%s' '***"),
        row(
            "cat <<EOF > c.json\n{\"password\": \"hunter2\"}\nEOF",
            "cat <<EOF > c.json\n{\"password\": \"***\"}\nEOF"),
        row("echo 'db:\n  password: hunter2' > c.yml", "echo 'db:\n  password: ***' > c.yml"),
        row("NPM_TOKEN=a GH_TOKEN=b make", "NPM_TOKEN=*** GH_TOKEN=*** make"));
  }

  static Stream<Arguments> unchanged() {
    return Stream.of(
        row("ls -la"),
        row("git status"),
        row("rm -rf node_modules"),
        row("echo $GITHUB_TOKEN"),
        row("curl -H \"Authorization: Bearer $TOKEN\" https://api.example"),
        row("export GITHUB_TOKEN=\"${GH}\""),
        row("export PATH=/usr/local/bin:$PATH"),
        row("PWD=/tmp ls"),
        row("cd /tmp && OLDPWD=/x ls"),
        row("KEY=value ./run.sh"),
        row("GIT_AUTHOR_NAME=dev git commit -m 'fix login page'"),
        row("NODE_ENV=production npm run build"),
        row("TOKEN_FILE=/run/secrets/token ./serve"),
        row("X=/; rm -rf $X"),
        row("git commit -m \"update password docs\""),
        row("grep -rn password src/"),
        row("grep -r \"password:\" config/"),
        row("mysql -u root -P 3306 shop"),
        row("docker run -u 1000:1000 ubuntu id"),
        row("curl https://example.com:8443/path?q=1"),
        row("git clone git@github.com:org/repo.git"),
        row("ssh deploy@prod.example.com uptime"),
        row("pip install scikit-learn"),
        row("echo task-force-alpha-bravo-charlie-delta"),
        row("cat ~/.ssh/id_rsa"),
        row("kubectl get secrets -n prod"),
        row("openssl genrsa -out key.pem 2048"),
        row("npm run build -- --mode=production"),
        row("ps -p 1234"),
        row("tar -xzf archive.tar.gz -C /tmp"),
        row("find . -name '*.tmp' -delete"),
        row("java -jar app.jar --server.port=8080"),
        row("echo sk-short"),
        row("aws s3 cp s3://bucket/key ."),
        row("curl -u \"$USER:$PASS\" https://x.example"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("masked")
  void secretsAreMasked(String command, String expected) {
    assertThat(MASKING.text(command)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unchanged")
  void ordinaryCommandsStayByteIdentical(String command) {
    assertThat(MASKING.text(command)).isSameAs(command);
  }

  static Stream<Arguments> argvRows() {
    return Stream.of(
        Arguments.of(
            List.of("mysql", "-u", "root", "-pS3cret"), List.of("mysql", "-u", "root", "-p***")),
        Arguments.of(List.of("sudo", "mysql", "-pS3cret"), List.of("sudo", "mysql", "-p***")),
        Arguments.of(
            List.of("vault", "login", "--token", "s.abc"),
            List.of("vault", "login", "--token", "***")),
        Arguments.of(
            List.of("env", "PASSWORD=two words", "psql"), List.of("env", "PASSWORD=***", "psql")),
        Arguments.of(
            List.of("sshpass", "-p", "pw", "ssh", "h"),
            List.of("sshpass", "-p", "***", "ssh", "h")),
        Arguments.of(List.of("curl", "-u", "me:pw", "x"), List.of("curl", "-u", "me:***", "x")),
        Arguments.of(
            List.of("curl", "-H", "Authorization: Bearer abc def", "x"),
            List.of("curl", "-H", "Authorization: Bearer *** def", "x")),
        Arguments.of(List.of("ls", "-p", "dir"), List.of("ls", "-p", "dir")),
        Arguments.of(
            List.of("git", "log", "--pretty=oneline"), List.of("git", "log", "--pretty=oneline")),
        Arguments.of(List.of("tool", "--token", "$TOKEN"), List.of("tool", "--token", "$TOKEN")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("argvRows")
  void argvIsMaskedWordByWord(List<String> argv, List<String> expected) {
    assertThat(MASKING.argv(argv)).isEqualTo(expected);
  }

  /** Every pattern is anchored at word starts: a long word is scanned in linear time. */
  @Test
  void longWordsAreScannedOnce() {
    String word = "x".repeat(256 * 1024);
    assertThat(MASKING.text("echo " + word)).hasSize(word.length() + 5);
    assertThat(MASKING.text("curl https://u:" + word + " " + word)).startsWith("curl https://u:x");
  }

  @Test
  void extraPatternsMaskGroupOneOrTheWholeMatch() {
    Masking m = Masking.withExtra(List.of("corp-[0-9a-f]{8}", "ticket=(\\d+)"));
    assertThat(m.text("deploy corp-0badc0de ticket=42")).isEqualTo("deploy *** ticket=***");
    assertThat(m.text("ls")).isEqualTo("ls");
  }

  @Test
  void aBadExtraPatternIsNamed() {
    assertThatThrownBy(() -> Masking.withExtra(List.of("(unclosed")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'(unclosed'");
  }

  @Test
  void theDecisionIsMaskedEverywhereItHoldsTheCommand() {
    String secret = "ghp_abcdefghijklmnopqrstuvwxyz0123456789";
    Invocation inv =
        new Invocation(
            "curl",
            List.of(
                Arg.of("curl", Span.NONE),
                Arg.of("-H", Span.NONE),
                Arg.of("Authorization: token " + secret, Span.NONE)),
            Optional.of("/w"),
            List.of(),
            Span.NONE,
            new Stdin.Heredoc("TOKEN=" + secret + "\n", true, false),
            List.of(),
            Set.of());
    Finding f =
        new Finding(
            FindingCode.SECRET_EXFILTRATION,
            Risk.CRITICAL,
            "sends " + secret + " over the network",
            Span.NONE,
            List.of("curl", "-H", "Authorization: token " + secret),
            0,
            Optional.empty());
    Decision d =
        new Decision(
            Verdict.DENY,
            Risk.CRITICAL,
            Profile.MEDIUM,
            List.of(f),
            List.of(inv),
            "sends " + secret,
            List.of("also " + secret),
            List.of("built-in rules"),
            Sandbox.NONE,
            false,
            1);
    Decision masked = MASKING.decision(d);
    assertThat(masked.toString()).doesNotContain(secret);
    assertThat(masked.primaryReason()).isEqualTo("sends ***");
    assertThat(masked.invocations().get(0).argv().get(2).value())
        .isEqualTo("Authorization: token ***");
    assertThat(masked.findings().get(0).invocation())
        .containsExactly("curl", "-H", "Authorization: token ***");
  }

  private static Arguments row(String command, String expected) {
    return Arguments.of(command, expected);
  }

  private static Arguments row(String command) {
    return Arguments.of(command);
  }
}
