// Types for trusted-types-patch.mjs, which vite.config.ts imports.
import type { TestRunnerPlugin } from '@web/test-runner';
import type { Plugin } from 'vite';

export function patchTrustedTypesSinks(code: string, id: string): string | undefined;
export function trustedTypesPatch(): Plugin;
export function trustedTypesPatchForDevServer(): TestRunnerPlugin;
