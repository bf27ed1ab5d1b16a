// Emits the package's type declarations (src/ -> dist/lib/types) with the
// settings of scripts/tsconfig.types.json.
//
// Declaration emit keeps JSDoc but drops `// @ts-expect-error` lines, and the
// elements need one where their `dataset` (a Dataset) shadows HTMLElement's:
// without it a consumer compiling with skipLibCheck: false gets TS2416 from our
// .d.ts files. So each class member that carries such a directive in src/ gets
// `// @ts-ignore` right above it in its declaration (ts-ignore, not
// ts-expect-error: with skipLibCheck: true it must not count as unused).
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const DIRECTIVE = /^\/\/\s*@ts-expect-error\b(.*)$/;

function memberKey(className, member) {
  const kind = ts.isGetAccessorDeclaration(member) ? 'get' : ts.isSetAccessorDeclaration(member) ? 'set' : 'member';
  return `${className}#${member.name?.getText() ?? ''}#${kind}`;
}

/** Class members of a source file whose leading comments hold `// @ts-expect-error`, with the reason given. */
function directivesOf(sourceFile) {
  const found = new Map();
  const visit = (node) => {
    if (ts.isClassDeclaration(node) && node.name) {
      for (const member of node.members) {
        for (const range of ts.getLeadingCommentRanges(sourceFile.text, member.pos) ?? []) {
          const match = DIRECTIVE.exec(sourceFile.text.slice(range.pos, range.end));
          if (match) found.set(memberKey(node.name.text, member), match[1].trim());
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

/** Puts `// @ts-ignore` above each member of the declaration text that had the directive in its source. */
function restoreDirectives(fileName, text, directives) {
  const declarations = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const inserts = [];
  const visit = (node) => {
    if (ts.isClassDeclaration(node) && node.name) {
      for (const member of node.members) {
        const reason = directives.get(memberKey(node.name.text, member));
        if (reason === undefined) continue;
        const start = member.getStart(declarations);
        const lineStart = text.lastIndexOf('\n', start - 1) + 1;
        const indent = text.slice(lineStart, start);
        inserts.push({ at: start, text: `// @ts-ignore ${reason}\n${indent}` });
        directives.delete(memberKey(node.name.text, member));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(declarations);
  let result = text;
  for (const insert of inserts.sort((a, b) => b.at - a.at)) result = result.slice(0, insert.at) + insert.text + result.slice(insert.at);
  return result;
}

/** Emits the declarations; throws with the compiler's messages if there are any. */
export function emitTypes() {
  const configPath = `${root}scripts/tsconfig.types.json`;
  const { config, error } = ts.readConfigFile(configPath, ts.sys.readFile);
  if (error) throw new Error(ts.flattenDiagnosticMessageText(error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(config, ts.sys, dirname(configPath));
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  const missing = [];
  const writeFile = (fileName, text, writeByteOrderMark, onError, sourceFiles) => {
    let output = text;
    const source = sourceFiles?.length === 1 ? sourceFiles[0] : undefined;
    if (source && fileName.endsWith('.d.ts')) {
      const directives = directivesOf(source);
      if (directives.size > 0) {
        output = restoreDirectives(fileName, text, directives);
        for (const key of directives.keys()) missing.push(`${relative(root, source.fileName)}: ${key}`);
      }
    }
    ts.sys.writeFile(fileName, output, writeByteOrderMark);
  };
  const emitted = program.emit(undefined, writeFile, undefined, true);
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics];
  if (diagnostics.length > 0) {
    const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' };
    throw new Error(ts.formatDiagnostics(diagnostics, host));
  }
  if (missing.length > 0) throw new Error(`@ts-expect-error members not found in their declarations:\n${missing.join('\n')}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) emitTypes();
