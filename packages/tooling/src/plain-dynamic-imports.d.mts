import type { Plugin } from 'vite';

export function plainDynamicImportsPlugin(): Plugin;
