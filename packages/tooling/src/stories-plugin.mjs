// Serves a virtual module listing every `stories/**/*.stories.ts`, so the accessibility sweep picks
// up a new story file the moment it exists — no list to keep by hand.
import { readFileSync, readdirSync } from 'node:fs';

export const STORIES_INDEX = '/__ctkit__/stories-index.js';
/** The specifier tests import it by. */
export const STORIES_MODULE = 'virtual:ctkit-stories';

export function listStoryFiles(rootDir) {
  return readdirSync(`${rootDir}/stories`, { recursive: true })
    .filter((f) => f.endsWith('.stories.ts'))
    .map((f) => `stories/${f}`)
    .sort();
}

export function storiesIndexPlugin({ rootDir }) {
  return {
    name: 'ctkit-stories-index',
    resolveImport({ source }) {
      if (source === STORIES_MODULE) return STORIES_INDEX;
      return undefined;
    },
    serve(context) {
      // Vite's `?raw` import, for tests: an embed snippet imported as text by the Embed stories,
      // custom-elements.json by the widgets' Playground stories, the partner theme by the story sweep.
      if (context.URL.searchParams.has('raw') && /\.(html|json|css)$/.test(context.path)) {
        const text = readFileSync(`${rootDir}${context.path.slice(1)}`, 'utf8');
        return { body: `export default ${JSON.stringify(text)};\n`, type: 'js' };
      }
      if (context.path !== STORIES_INDEX) return undefined;
      // CTKIT_STORIES=event-card,sign-up: only the story files whose names contain one of these (to sweep
      // one widget's stories while working on it; CONTRIBUTING.md).
      const only = process.env.CTKIT_STORIES?.split(',').filter(Boolean);
      const files = listStoryFiles(rootDir).filter((f) => !only?.length || only.some((o) => f.includes(o)));
      const entries = files.map((f) => `  ${JSON.stringify(f)}: () => import(${JSON.stringify(`/${f}`)}),`);
      return { body: `export default {\n${entries.join('\n')}\n};\n`, type: 'js' };
    },
  };
}
