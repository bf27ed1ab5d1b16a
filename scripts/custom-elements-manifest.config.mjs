// Custom Elements Manifest (dist/lib/custom-elements.json), generated from the
// elements' JSDoc by @custom-elements-manifest/analyzer:
//   cem analyze --litelement --config scripts/custom-elements-manifest.config.mjs
// (scripts/build-lib.mjs runs it and checks the result).
//
// The plugins below teach the analyzer three patterns of this code base that it
// misreads, each found in the source, never listed by hand:
// - src/index.ts registers the tags through a guarded define('edu-x', EduX)
//   helper, so the tag names come from those calls (and the helper's own
//   customElements.define(name, element) is no definition);
// - `static properties = { x: { state: true } }` is internal reactive state:
//   no attribute (the lit plugin only knows `attribute: false`);
// - `this.dispatchEvent(new CustomEvent(name, …))` with a variable name and
//   `this.internals.role = …` in a constructor are not an event called "name"
//   nor a field called "role".
import { posix } from 'node:path';

/** Tag names from `define('edu-x', EduX)` calls, linked to the imported classes. */
function defineHelperCalls() {
  return {
    name: 'edu-progress:define-helper-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isSourceFile(node)) return;
      const imports = new Map();
      for (const statement of node.statements) {
        if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
        const bindings = statement.importClause?.namedBindings;
        if (!bindings || !ts.isNamedImports(bindings)) continue;
        const specifier = statement.moduleSpecifier.text;
        if (!specifier.startsWith('.')) continue;
        const module = posix.join(posix.dirname(moduleDoc.path), specifier).replace(/\.js$/, '.ts');
        for (const element of bindings.elements) imports.set(element.name.text, module);
      }
      const visit = (child) => {
        if (
          ts.isCallExpression(child) &&
          ts.isIdentifier(child.expression) &&
          child.expression.text === 'define' &&
          child.arguments.length === 2 &&
          ts.isStringLiteral(child.arguments[0]) &&
          ts.isIdentifier(child.arguments[1])
        ) {
          const className = child.arguments[1].text;
          moduleDoc.exports ??= [];
          moduleDoc.exports.push({
            kind: 'custom-element-definition',
            name: child.arguments[0].text,
            declaration: { name: className, module: imports.get(className) ?? moduleDoc.path },
          });
        }
        ts.forEachChild(child, visit);
      };
      visit(node);
    },
    moduleLinkPhase({ moduleDoc }) {
      // A custom element name always has a hyphen; `customElements.define(name, …)` gave "name".
      moduleDoc.exports = moduleDoc.exports?.filter((e) => e.kind !== 'custom-element-definition' || e.name.includes('-'));
    },
  };
}

/** Lit state properties, events with computed names, and fields of other objects assigned in constructors. */
function litCleanup() {
  return {
    name: 'edu-progress:lit-cleanup',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const klass = moduleDoc.declarations?.find((d) => d.kind === 'class' && d.name === node.name.text);
      if (!klass) return;

      const isTrue = (object, key) =>
        object.properties.some(
          (p) => ts.isPropertyAssignment(p) && p.name.getText() === key && p.initializer.kind === ts.SyntaxKind.TrueKeyword,
        );
      const states = new Set();
      const declared = new Set();
      for (const member of node.members) {
        if (member.name) declared.add(member.name.getText());
        const isStatic = member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword);
        if (!isStatic || !ts.isPropertyDeclaration(member) || member.name.getText() !== 'properties') continue;
        if (!member.initializer || !ts.isObjectLiteralExpression(member.initializer)) continue;
        for (const property of member.initializer.properties) {
          if (ts.isPropertyAssignment(property) && ts.isObjectLiteralExpression(property.initializer) && isTrue(property.initializer, 'state')) {
            states.add(property.name.getText());
          }
        }
      }

      const computedEvents = new Set();
      const foreignFields = new Set();
      const visit = (child) => {
        if (
          ts.isCallExpression(child) &&
          ts.isPropertyAccessExpression(child.expression) &&
          child.expression.name.text === 'dispatchEvent'
        ) {
          const event = child.arguments[0];
          const name = event && ts.isNewExpression(event) ? event.arguments?.[0] : undefined;
          if (name && ts.isIdentifier(name)) computedEvents.add(name.text);
        }
        if (ts.isConstructorDeclaration(child)) {
          for (const statement of child.body?.statements ?? []) {
            const expression = ts.isExpressionStatement(statement) ? statement.expression : undefined;
            if (
              expression &&
              ts.isBinaryExpression(expression) &&
              expression.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
              ts.isPropertyAccessExpression(expression.left) &&
              expression.left.expression.kind !== ts.SyntaxKind.ThisKeyword
            ) {
              foreignFields.add(expression.left.name.text);
            }
          }
        }
        ts.forEachChild(child, visit);
      };
      visit(node);

      klass.attributes = klass.attributes?.filter((a) => !states.has(a.fieldName ?? a.name));
      for (const member of klass.members ?? []) {
        if (states.has(member.name)) {
          delete member.attribute;
          delete member.reflects;
        }
      }
      klass.events = klass.events?.filter((e) => !(computedEvents.has(e.name) && !e.description));
      klass.members = klass.members?.filter((m) => !(foreignFields.has(m.name) && !declared.has(m.name)));
    },
  };
}

export default {
  globs: ['src/index.ts', 'src/elements/edu-*/*.ts', 'src/elements/shared/edu-chart-element.ts'],
  exclude: ['**/*.test.ts'],
  outdir: 'dist/lib',
  litelement: true,
  // package.json already names the manifest; the analyzer must not rewrite it.
  packagejson: false,
  plugins: [defineHelperCalls(), litCleanup()],
};
