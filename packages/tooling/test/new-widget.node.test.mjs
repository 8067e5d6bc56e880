// CONTRIBUTING.md's "Adding a widget", followed to the letter: its code blocks marked `file=`, `append=` or
// `merge=` are applied to a copy of the repository, which must then typecheck, build a widget chunk into the
// embed bundle and pass the accessibility sweep over the new story (Chromium, English and Welsh). So the
// checklist cannot go stale without `npm test` saying so, and a newcomer needs no other widget's code.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
  appendFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../../../', import.meta.url));

/** The code blocks of CONTRIBUTING.md's "Adding a widget" section that say what to do with them. */
export function checklistSteps(markdown) {
  const start = markdown.indexOf('\n## Adding a widget');
  assert.ok(start >= 0, 'CONTRIBUTING.md has an "Adding a widget" section');
  const end = markdown.indexOf('\n## ', start + 1);
  const section = markdown.slice(start, end < 0 ? undefined : end);
  const steps = [];
  const fence = /^([ \t]*)```\w+ (file|append|merge)=(\S+)\n([\s\S]*?)^\1```$/gm;
  for (const [, indent, action, path, body] of section.matchAll(fence)) {
    const text = body
      .split('\n')
      .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
      .join('\n');
    steps.push({ action, path, text });
  }
  return steps;
}

function deepMerge(target, source) {
  for (const [key, value] of Object.entries(source)) {
    if (value && typeof value === 'object' && !Array.isArray(value) && target[key] && typeof target[key] === 'object')
      deepMerge(target[key], value);
    else target[key] = value;
  }
  return target;
}

/** A copy of the working tree (tracked and new files) with node_modules linked, @ctkit/* to the copy's packages. */
function copyRepo() {
  const dir = mkdtempSync(join(tmpdir(), 'ctkit-new-widget-'));
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard', '-z'], { cwd: repo, encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
  for (const f of files) {
    if (!existsSync(join(repo, f))) continue; // deleted in the working tree
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    cpSync(join(repo, f), join(dir, f));
  }
  mkdirSync(join(dir, 'node_modules/@ctkit'), { recursive: true });
  for (const entry of readdirSync(join(repo, 'node_modules'))) {
    if (entry !== '@ctkit') symlinkSync(join(repo, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
  return dir;
}

function linkWorkspaces(dir) {
  for (const pkg of readdirSync(join(dir, 'packages'))) {
    const manifest = join(dir, 'packages', pkg, 'package.json');
    if (!existsSync(manifest)) continue;
    const { name } = JSON.parse(readFileSync(manifest, 'utf8'));
    if (name?.startsWith('@ctkit/')) symlinkSync(join(dir, 'packages', pkg), join(dir, 'node_modules', name));
  }
}

function run(dir, command, args, env = {}) {
  const r = spawnSync(command, args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { ok: r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

test(
  'CONTRIBUTING.md: a sixth widget made from the checklist builds, has a story and passes the sweep',
  { timeout: 900_000 },
  () => {
    const steps = checklistSteps(readFileSync(join(repo, 'CONTRIBUTING.md'), 'utf8'));
    assert.ok(
      steps.some((s) => s.path === 'stories/my-widget.stories.ts'),
      'the checklist writes a story',
    );
    assert.ok(
      steps.some((s) => s.path === 'packages/embed/src/ctkit.ts'),
      'the checklist registers the widget in the embed bundle',
    );

    const dir = copyRepo();
    try {
      for (const { action, path, text } of steps) {
        const file = join(dir, path);
        if (action === 'file') {
          assert.ok(!existsSync(file), `${path} is new`);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, text);
        } else if (action === 'append') {
          appendFileSync(file, text);
        } else {
          writeFileSync(
            file,
            `${JSON.stringify(deepMerge(JSON.parse(readFileSync(file, 'utf8')), JSON.parse(text)), null, 2)}\n`,
          );
        }
      }
      linkWorkspaces(dir); // what `npm install` does for a new workspace package

      // Typecheck the new widget, its story and the embed entry that now imports it.
      writeFileSync(
        join(dir, 'tsconfig.new-widget.json'),
        JSON.stringify({
          extends: './tsconfig.json',
          include: [
            'packages/my-widget/src/**/*.ts',
            'stories/my-widget.stories.ts',
            'packages/embed/src/**/*.ts',
            'tests/types.d.ts',
          ],
        }),
      );
      const tsc = run(dir, join(dir, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.new-widget.json', '--noEmit']);
      assert.ok(tsc.ok, `typecheck:\n${tsc.output}`);

      const build = run(dir, join(dir, 'node_modules/.bin/vite'), [
        'build',
        '--config',
        'vite.config.ts',
        '--logLevel',
        'warn',
      ]);
      assert.ok(build.ok, `embed build:\n${build.output}`);
      const chunks = readdirSync(join(dir, 'packages/embed/dist/chunks'));
      assert.ok(
        chunks.some((c) => /^my-widget-[\w-]+\.js$/.test(c)),
        `a chunk of its own in the embed bundle (${chunks.join(', ')})`,
      );

      const results = join(dir, 'sweep-results.json');
      // The sweep may be one test file or dealt out over several (tests/stories.a11y*.test.ts).
      const sweepFiles = readdirSync(join(dir, 'tests')).filter((f) => /^stories\.a11y.*\.test\.ts$/.test(f));
      assert.ok(sweepFiles.length > 0, 'the story sweep exists');
      const sweep = run(dir, join(dir, 'node_modules/.bin/web-test-runner'), ['tests/stories.a11y*.test.ts'], {
        CTKIT_STORIES: 'my-widget',
        CTKIT_BROWSERS: 'chromium',
        CTKIT_SKIP_FIREFOX: '1',
        CTKIT_RESULTS: results,
      });
      assert.ok(sweep.ok, `accessibility sweep:\n${sweep.output.slice(-4000)}`);
      const counts = Object.values(JSON.parse(readFileSync(results, 'utf8')));
      const passed = counts.reduce((n, c) => n + c.passed, 0);
      const failed = counts.reduce((n, c) => n + c.failed, 0);
      // Only the new story file is in the sweep (CTKIT_STORIES): each sweep file has one test that finds the
      // story files; the others are the Default story in English and in Welsh.
      assert.equal(failed, 0);
      assert.ok(
        passed - sweepFiles.length >= 2,
        `the sweep ran the new story in both languages (${String(passed)} passed in ${String(sweepFiles.length)} files)`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
);
