// `npm start`: install what is needed, build the widgets, then start the sign-up receiver
// (packages/receiver) on http://localhost:8080 (port from PORT). It serves the demo partner pages
// (packages/embed/demo) and the embed bundle (packages/embed/dist) too, so sign-ups made on the demo
// land in SQLite; the start-up output says where the database is.
import { spawn } from 'node:child_process';
import { ensureDependencies, repoRoot } from './ensure.mjs';
import { build } from './build.mjs';

ensureDependencies();
build();

const port = process.env.PORT ?? '8080';
const child = spawn(
  process.execPath,
  [
    `${repoRoot}packages/receiver/bin/ctkit-receiver.mjs`,
    'serve',
    '--port',
    port,
    '--host',
    process.env.HOST ?? 'localhost',
    '--static',
    `${repoRoot}packages/embed/demo,${repoRoot}packages/embed/dist`,
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);
child.on('spawn', () => {
  console.log(
    `\nctkit demo partner pages: http://localhost:${port}/ (sign-up form: http://localhost:${port}/sign-up.html)\nStorybook: npm run storybook (http://localhost:6006)\n`,
  );
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
