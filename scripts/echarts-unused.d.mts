// Types for echarts-unused.mjs, which its test imports.
import type { Plugin } from 'vite';

export const UNUSED: Readonly<Record<string, { readonly why: string; readonly code: string }>>;
export function exportedNames(code: string): string[];
export function echartsUnused(): Plugin;
