// Types for minify-css-literals.mjs, which its test imports.
import type { Plugin } from 'vite';

export function minifyCss(text: string): string;
export function minifyCssLiterals(code: string, id?: string): string | undefined;
export function minifyCssLiteralsPlugin(srcDir: string): Plugin;
