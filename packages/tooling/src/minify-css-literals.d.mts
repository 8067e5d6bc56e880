import type { Plugin } from 'vite';

export function minifyCssTemplate(source: string): string;
export function minifyCssLiterals(code: string): string | undefined;
export function minifyCssLiteralsPlugin(): Plugin;
