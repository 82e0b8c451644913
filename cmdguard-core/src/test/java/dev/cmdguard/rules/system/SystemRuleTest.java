package dev.cmdguard.rules.system;

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
 * The system family (docs/rules/system.md): command → the family's codes, in the corpus context
 * (cwd {@code /home/dev/project}, home {@code /home/dev}, user {@code dev}). Rows with {@code ""}
 * must not fire; there are at least as many of them as rows that fire.
 */
class SystemRuleTest {
  private static final FindingCode.Family FAMILY = FindingCode.Family.SYSTEM;

  private static final List<String[]> ROWS =
      List.of(
          // FORK_BOMB: from the call structure, any name and spacing
          row(":(){ :|:& };:", "FORK_BOMB"),
          row(":(){ :|: & }; :", "FORK_BOMB"),
          row("bomb(){ bomb|bomb & }; bomb", "FORK_BOMB"),
          row("f(){ f & f; }; f", "FORK_BOMB"),
          row("f(){ f|f; }; f", "FORK_BOMB"),
          row("function f { f | f & }; f", "FORK_BOMB"),
          row("f(){ g; }; g(){ f & f; }; f", "FORK_BOMB"),
          row(".() { .|.& } && .", "FORK_BOMB"),
          row("bash -c ':(){ :|:& };:'", "FORK_BOMB"),
          row(":(){ :|:& }", "FORK_BOMB"),
          row("f(){ while :; do f & done; }; f", "FORK_BOMB"),
          row("perl -e 'fork while fork'", "FORK_BOMB"),
          row("python3 -c 'import os\nwhile True: os.fork()'", "FORK_BOMB"),
          row("ruby -e 'loop { fork }'", "FORK_BOMB"),
          row("echo ':(){ :|:& };:'", ""),
          row("git commit -m 'guard against :(){ :|:& };:'", ""),
          row("walk(){ for d in *; do (cd \"$d\" && walk) | sed 's/^/  /'; done; }; walk", ""),
          row("ls(){ command ls --color \"$@\" | less; }; ls", ""),
          row("retry(){ make || retry; }; retry", ""),
          row("tick(){ date >> t.log; sleep 5; tick & }; tick", ""),
          row("python3 -c 'import os; pid = os.fork()'", ""),
          row("cat <<'EOF' > bomb.txt\n:(){ :|:& };:\nEOF", ""),
          // KERNEL_CRASH
          row("echo c > /proc/sysrq-trigger", "KERNEL_CRASH"),
          row("echo b | sudo tee /proc/sysrq-trigger", "KERNEL_CRASH,PRIVILEGE_ESCALATION"),
          row("sudo sh -c 'echo o > /proc/sysrq-trigger'", "KERNEL_CRASH,PRIVILEGE_ESCALATION"),
          row("cd /proc && echo c > sysrq-trigger", "KERNEL_CRASH"),
          row("dd if=/dev/zero of=/dev/mem", "KERNEL_CRASH"),
          row("cat blob > /dev/kmem", "KERNEL_CRASH"),
          row("kill -9 -1", "KERNEL_CRASH"),
          row("kill -KILL -1", "KERNEL_CRASH"),
          row("kill -s KILL -1", "KERNEL_CRASH"),
          row("kill -- -1", "KERNEL_CRASH"),
          row("kill 1", "KERNEL_CRASH"),
          row("kill -9 1", "KERNEL_CRASH"),
          row("killall5 -9", "KERNEL_CRASH"),
          row("pkill -9 -u root", "KERNEL_CRASH"),
          row("killall -9 init", "KERNEL_CRASH"),
          row("kill -$SIG -1", "KERNEL_CRASH"),
          row("kill -9 1234", ""),
          row("kill -l", ""),
          row("kill -0 1", ""),
          row("kill -HUP 1", ""),
          row("kill %1", ""),
          row("kill -9 $PID", ""),
          row("pkill -u dev node", ""),
          row("killall node", ""),
          row("cat /proc/sysrq-trigger", ""),
          row("echo 1 > /proc/sys/kernel/sysrq", ""),
          row("grep -rn sysrq-trigger docs/", ""),
          // SYSTEM_POWER
          row("shutdown -h now", "SYSTEM_POWER"),
          row("sudo reboot", "PRIVILEGE_ESCALATION,SYSTEM_POWER"),
          row("poweroff", "SYSTEM_POWER"),
          row("halt", "SYSTEM_POWER"),
          row("init 0", "SYSTEM_POWER"),
          row("telinit 6", "SYSTEM_POWER"),
          row("systemctl poweroff", "SYSTEM_POWER"),
          row("systemctl --force reboot", "SYSTEM_POWER"),
          row("systemctl suspend", "SYSTEM_POWER"),
          row("systemctl isolate rescue.target", "SYSTEM_POWER"),
          row("loginctl reboot", "SYSTEM_POWER"),
          row("echo mem > /sys/power/state", "SYSTEM_POWER"),
          row("ssh prod-db reboot", "SYSTEM_POWER"),
          row("kexec -e", "SYSTEM_POWER"),
          row("shutdown -c", ""),
          row("reboot --help", ""),
          row("systemctl restart nginx", ""),
          row("systemctl status", ""),
          row("systemctl start docker", ""),
          row("echo 'reboot'", ""),
          row("docker restart web", ""),
          row("init", ""),
          // SECURITY_DISABLE
          row("iptables -F", "SECURITY_DISABLE"),
          row("sudo iptables -P INPUT ACCEPT", "PRIVILEGE_ESCALATION,SECURITY_DISABLE"),
          row("ip6tables --flush", "SECURITY_DISABLE"),
          row("iptables -X", "SECURITY_DISABLE"),
          row("nft flush ruleset", "SECURITY_DISABLE"),
          row("ufw disable", "SECURITY_DISABLE"),
          row("systemctl stop firewalld", "SECURITY_DISABLE"),
          row("systemctl disable --now apparmor", "SECURITY_DISABLE"),
          row("service auditd stop", "SECURITY_DISABLE"),
          row("/etc/init.d/apparmor stop", "SECURITY_DISABLE"),
          row("setenforce 0", "SECURITY_DISABLE"),
          row("setenforce Permissive", "SECURITY_DISABLE"),
          row("aa-teardown", "SECURITY_DISABLE"),
          row("auditctl -e 0", "SECURITY_DISABLE"),
          row("spctl --master-disable", "SECURITY_DISABLE"),
          row("csrutil disable", "SECURITY_DISABLE"),
          row("pfctl -d", "SECURITY_DISABLE"),
          row("netsh advfirewall set allprofiles state off", "SECURITY_DISABLE"),
          row("sc stop WinDefend", "SECURITY_DISABLE"),
          row("mdatp config real-time-protection --value disabled", "SECURITY_DISABLE"),
          row("sysctl -w kernel.randomize_va_space=0", "SECURITY_DISABLE"),
          row("echo 0 > /proc/sys/kernel/randomize_va_space", "SECURITY_DISABLE"),
          row("iptables -L -n", ""),
          row("iptables -A INPUT -p tcp --dport 22 -j ACCEPT", ""),
          row("ufw allow 22/tcp", ""),
          row("ufw enable", ""),
          row("ufw status verbose", ""),
          row("setenforce 1", ""),
          row("getenforce", ""),
          row("systemctl start firewalld", ""),
          row("systemctl restart auditd", ""),
          row("nft list ruleset", ""),
          row("sysctl -w net.ipv4.ip_forward=1", ""),
          row("firewall-cmd --add-port=8080/tcp", ""),
          row("service nginx stop", ""),
          // CRONTAB_REMOVE
          row("crontab -r", "CRONTAB_REMOVE"),
          row("crontab -r -u bob", "CRONTAB_REMOVE"),
          row("crontab -u bob -r", "CRONTAB_REMOVE"),
          row("crontab -ri", "CRONTAB_REMOVE"),
          row("crontab /dev/null", "CRONTAB_REMOVE"),
          row("crontab -l", ""),
          row("crontab -e", ""),
          row("crontab mycron.txt", ""),
          row("crontab -l > crontab.bak", ""),
          row("echo 'crontab -r'", ""),
          // PRIVILEGE_ESCALATION
          row("sudo apt-get install -y jq", "PRIVILEGE_ESCALATION"),
          row("sudo -u postgres psql", "PRIVILEGE_ESCALATION"),
          row("doas make install", "PRIVILEGE_ESCALATION"),
          row("pkexec apt update", "PRIVILEGE_ESCALATION"),
          row("runuser -u app -- id", "PRIVILEGE_ESCALATION"),
          row("sudo -i", "PRIVILEGE_ESCALATION"),
          row("sudo -s", "PRIVILEGE_ESCALATION"),
          row("sudo su", "PRIVILEGE_ESCALATION"),
          row("sudo su -", "PRIVILEGE_ESCALATION"),
          row("su -", "PRIVILEGE_ESCALATION"),
          row("su - postgres", "PRIVILEGE_ESCALATION"),
          row("sudo bash", "PRIVILEGE_ESCALATION"),
          row("doas sh", "PRIVILEGE_ESCALATION"),
          row("su -c 'systemctl restart nginx'", "PRIVILEGE_ESCALATION"),
          row("echo 127.0.0.1 dev | sudo tee -a /etc/hosts", "PRIVILEGE_ESCALATION"),
          row("sudoedit /etc/hosts", "PRIVILEGE_ESCALATION"),
          row("sudo -v", ""),
          row("sudo -l", ""),
          row("sudo -k", ""),
          row("echo 'sudo rm -rf /'", ""),
          row("grep sudo /var/log/auth.log", ""),
          row("man sudo", ""),
          row("which sudo", ""),
          // HISTORY_TAMPERING
          row("history -c", "HISTORY_TAMPERING"),
          row("history -cw", "HISTORY_TAMPERING"),
          row("history -d 42", "HISTORY_TAMPERING"),
          row("history -w /dev/null", "HISTORY_TAMPERING"),
          row("unset HISTFILE", "HISTORY_TAMPERING"),
          row("export HISTFILE=/dev/null", "HISTORY_TAMPERING"),
          row("HISTFILE=/dev/null", "HISTORY_TAMPERING"),
          row("HISTSIZE=0", "HISTORY_TAMPERING"),
          row("export HISTFILESIZE=0", "HISTORY_TAMPERING"),
          row("set +o history", "HISTORY_TAMPERING"),
          row("rm ~/.bash_history", "HISTORY_TAMPERING"),
          row("rm -f $HOME/.zsh_history", "HISTORY_TAMPERING"),
          row("> ~/.bash_history", "HISTORY_TAMPERING"),
          row("cat /dev/null > ~/.bash_history", "HISTORY_TAMPERING"),
          row("shred -u ~/.bash_history", "HISTORY_TAMPERING"),
          row("ln -sf /dev/null ~/.bash_history", "HISTORY_TAMPERING"),
          row("truncate -s 0 ~/.bash_history", "HISTORY_TAMPERING"),
          row("history", ""),
          row("history | tail -20", ""),
          row("history | grep docker", ""),
          row("cat ~/.bash_history", ""),
          row("grep ssh ~/.bash_history", ""),
          row("export HISTSIZE=10000", ""),
          row("export HISTCONTROL=ignoredups", ""),
          row("rm -rf .history", ""),
          row("set -o history", ""),
          row("echo 'history -c'", ""),
          row("cp ~/.bash_history backup.txt", ""),
          // ordinary work
          row("ls -la", ""),
          row("npm install", ""),
          row("git status", ""),
          row("mvn -q test", ""),
          row("docker ps", ""),
          row("make build", ""),
          row("rm -rf node_modules", ""),
          row("cargo build --release", ""),
          row("python3 -m pytest -q", ""),
          row("kubectl get pods", ""),
          row("ps aux | grep java", ""),
          row("tail -f /var/log/syslog", ""),
          row("df -h", ""),
          row("uptime", ""),
          row("journalctl -u nginx --since today", ""),
          row("chmod +x ./gradlew", ""),
          row("env | grep PATH", ""),
          // look-alikes
          row("worker(){ sleep 1; }; worker & worker & wait", ""),
          row("f(){ echo hi; }; f & f", ""),
          row("seq 3 | xargs -P3 -I{} echo {}", ""),
          row("make -j8", ""),
          row("ls -l /dev/mem", ""),
          row("pkill -f 'node server.js'", ""),
          row("kill $(pgrep -f vite)", ""),
          row("killall -u dev", ""),
          row("systemctl list-units --type=service", ""),
          row("systemctl daemon-reload", ""),
          row("last reboot", ""),
          row("who -b", ""),
          row("echo shutdown >> notes.txt", ""),
          row("iptables-save > rules.v4", ""),
          row("ufw allow from 10.0.0.0/8", ""),
          row("aa-status", ""),
          row("sestatus", ""),
          row("systemctl status firewalld", ""),
          row("auditctl -l", ""),
          row("csrutil status", ""),
          row("spctl --status", ""),
          row("crontab -l | grep backup", ""),
          row("(crontab -l; echo '0 * * * * /usr/bin/job') | crontab -", ""),
          row("sudo --version", ""),
          row("id -u", ""),
          row("fc -l", ""),
          row("history 10", ""),
          row("echo $HISTFILE", ""),
          row("export HISTTIMEFORMAT='%F %T '", ""),
          row("git log --oneline -5", ""),
          row("npm test", ""),
          row("go test ./...", ""),
          row("terraform plan", ""),
          row("docker compose up -d", ""),
          row("pip install -r requirements.txt", ""),
          row("visudo -c", ""),
          row("getent passwd dev", ""));

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
  void specExamplesAndLockedCodesAreCritical() {
    for (String c :
        List.of(
            ":(){ :|:& };:",
            "bomb(){ bomb|bomb & }; bomb",
            "echo c > /proc/sysrq-trigger",
            "kill -9 -1",
            "kill 1")) {
      assertThat(RuleTable.evaluate(c).risk()).as(c).isEqualTo(Risk.CRITICAL);
    }
  }

  @Test
  void highAndMediumCodes() {
    assertThat(RuleTable.evaluate("shutdown -h now").risk()).isEqualTo(Risk.HIGH);
    assertThat(RuleTable.evaluate("iptables -F").risk()).isEqualTo(Risk.HIGH);
    assertThat(RuleTable.evaluate("crontab -r").risk()).isEqualTo(Risk.HIGH);
    assertThat(RuleTable.evaluate("history -c").risk()).isEqualTo(Risk.MEDIUM);
    assertThat(RuleTable.evaluate("sudo apt-get install -y jq").risk()).isEqualTo(Risk.MEDIUM);
  }

  @Test
  void interactiveRootShellIsHighOtherElevationMedium() {
    for (String c : List.of("sudo -i", "sudo -s", "sudo su", "sudo su -", "su -", "sudo bash")) {
      Finding f = only(c, FindingCode.PRIVILEGE_ESCALATION);
      assertThat(f.severity()).as(c).isEqualTo(Risk.HIGH);
      assertThat(f.message()).as(c).contains("interactive shell");
    }
    Finding apt = only("sudo apt-get install -y jq", FindingCode.PRIVILEGE_ESCALATION);
    assertThat(apt.severity()).isEqualTo(Risk.MEDIUM);
    assertThat(apt.message()).isEqualTo("sudo runs 'apt-get install -y jq' as root");
    assertThat(apt.span().start()).isZero();
    assertThat(apt.span().end()).isEqualTo(4);
  }

  @Test
  void elevationIsReportedOncePerOutermostWrapper() {
    assertThat(findings("sudo sudo -u bob ls", FindingCode.PRIVILEGE_ESCALATION)).hasSize(1);
    assertThat(findings("sudo -E bash -c 'make && make install'", FindingCode.PRIVILEGE_ESCALATION))
        .hasSize(1);
    assertThat(findings("sudo apt update && sudo apt upgrade", FindingCode.PRIVILEGE_ESCALATION))
        .hasSize(2);
    assertThat(only("sudo -u postgres psql", FindingCode.PRIVILEGE_ESCALATION).message())
        .isEqualTo("sudo runs 'psql' as postgres");
  }

  @Test
  void forkBombFindingNamesTheFunction() {
    Finding f = only("bomb(){ bomb|bomb & }; bomb", FindingCode.FORK_BOMB);
    assertThat(f.message()).contains("function bomb").contains("fork bomb");
    assertThat(f.severity()).isEqualTo(Risk.CRITICAL);
  }

  @Test
  void killFindingPointsAtTheTargetAndSuggestsAPid() {
    String c = "kill -9 -1";
    Finding f = only(c, FindingCode.KERNEL_CRASH);
    assertThat(c.substring(f.span().start(), f.span().end())).isEqualTo("-1");
    assertThat(f.message()).isEqualTo("kill -9 -1 signals every process");
    assertThat(f.saferAlternative()).hasValue("kill only the process you started, by its pid");
  }

  @Test
  void sysrqFindingPointsAtTheRedirectTarget() {
    String c = "echo c > /proc/sysrq-trigger";
    Finding f = only(c, FindingCode.KERNEL_CRASH);
    assertThat(c.substring(f.span().start(), f.span().end())).isEqualTo("/proc/sysrq-trigger");
  }

  @Test
  void saferAlternatives() {
    assertThat(only("crontab -r", FindingCode.CRONTAB_REMOVE).saferAlternative())
        .hasValue("crontab -l > crontab.bak, then edit with crontab -e");
    assertThat(only("systemctl reboot", FindingCode.SYSTEM_POWER).saferAlternative()).isPresent();
    assertThat(only("ufw disable", FindingCode.SECURITY_DISABLE).message())
        .isEqualTo("ufw turns the ufw firewall off");
  }

  @Test
  void remoteTargetsAreNamed() {
    assertThat(only("ssh prod-db sudo reboot", FindingCode.SYSTEM_POWER).message())
        .endsWith("on the remote host");
  }

  @Test
  void historyAssignmentSpan() {
    String c = "HISTSIZE=0 && make";
    Finding f = only(c, FindingCode.HISTORY_TAMPERING);
    assertThat(c.substring(f.span().start(), f.span().end())).isEqualTo("HISTSIZE=0");
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
