/**
 * Where JSON text first goes wrong, as a line and column. Engines word
 * JSON.parse errors differently and some give no position at all, so after a
 * failed parse we walk the text ourselves (only then: speed does not matter here).
 */
export function jsonErrorPlace(text: string): { line: number; column: number } | Record<string, never> {
  let offset: number;
  try {
    offset = firstJsonError(text);
  } catch {
    // Nesting too deep for our walker (RangeError): the message alone must do.
    return {};
  }
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

class Failure {
  constructor(readonly at: number) {}
}

function firstJsonError(text: string): number {
  let at = 0;
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at++;
  };
  const fail = (): never => {
    throw new Failure(at);
  };
  const match = (pattern: RegExp) => {
    pattern.lastIndex = at;
    if (!pattern.test(text)) fail();
    at = pattern.lastIndex;
  };
  const value = (): void => {
    space();
    const c = text[at];
    if (c === '{') return container('}', () => {
      space();
      match(STRING);
      space();
      if (text[at] !== ':') fail();
      at++;
      value();
    });
    if (c === '[') return container(']', value);
    if (c === '"') return match(STRING);
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, at)) {
        at += word.length;
        return;
      }
    }
    match(NUMBER);
  };
  const container = (close: string, member: () => void): void => {
    at++;
    space();
    if (text[at] === close) {
      at++;
      return;
    }
    for (;;) {
      member();
      space();
      if (text[at] === ',') at++;
      else if (text[at] === close) {
        at++;
        return;
      } else fail();
    }
  };
  try {
    value();
    space();
    return at < text.length ? at : text.length;
  } catch (error) {
    if (error instanceof Failure) return error.at;
    throw error;
  }
}
