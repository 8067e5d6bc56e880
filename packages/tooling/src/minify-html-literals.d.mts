import type { Plugin } from 'vite';

export function collapseTemplateText(text: string): string;
export function minifyHtmlLiterals(code: string, fileName?: string): string | undefined;
export function minifyHtmlLiteralsPlugin(): Plugin;
