package dev.cmdguard.unwrap.inline;

import dev.cmdguard.unwrap.inline.Token.Kind;

/**
 * ES module import declarations: {@code import x from 'm'}, {@code import * as x from 'm'}, {@code
 * import {a as b, c} from 'm'}, {@code import 'm'} (ECMA-262, "Imports").
 */
final class JsImports {
  private JsImports() {}

  /** Reads the declaration after {@code import} and binds its names. */
  static void declaration(Parser p, Semantics sem) {
    String defaultName = null;
    String namespace = null;
    java.util.Map<String, String> named = new java.util.LinkedHashMap<>();
    if (p.peek() != null && p.peek().kind() == Kind.IDENT && !p.atWord("from")) {
      defaultName = p.next().text();
      if (p.at(",")) {
        p.next();
      }
    }
    if (p.at("*")) {
      p.next();
      if (p.atWord("as")) {
        p.next();
        namespace = p.peek() == null ? null : p.next().text();
      }
    } else if (p.at("{")) {
      p.next();
      specifiers(p, named);
    }
    if (p.atWord("from")) {
      p.next();
    }
    Token source = p.peek();
    if (source == null || source.kind() != Kind.STRING) {
      return;
    }
    p.next();
    String module = JsApis.module(Literals.text(source.parts()));
    if (defaultName != null) {
      sem.bind(defaultName, new Val.Ref(module));
    }
    if (namespace != null) {
      sem.bind(namespace, new Val.Ref(module));
    }
    named.forEach((alias, name) -> sem.bind(alias, new Val.Ref(module + "." + name)));
  }

  private static void specifiers(Parser p, java.util.Map<String, String> named) {
    while (p.peek() != null && !p.at("}")) {
      Token name = p.next();
      String alias = name.text();
      if (p.atWord("as")) {
        p.next();
        alias = p.peek() == null ? alias : p.next().text();
      }
      if (name.kind() == Kind.IDENT) {
        named.put(alias, name.text());
      }
      if (p.at(",")) {
        p.next();
      } else if (!p.at("}")) {
        break;
      }
    }
    if (p.at("}")) {
      p.next();
    }
  }
}
