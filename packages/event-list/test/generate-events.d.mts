import type { EventInput } from '@ctkit/core';
/** `count` plausible events from `from` (ISO), about 8 hours apart. Deterministic. */
export function generateEvents(count?: number, from?: string): EventInput[];
