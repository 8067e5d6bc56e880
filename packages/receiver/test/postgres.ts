// A real PostgreSQL for the tests and the bench: its own cluster, `initdb` into a temporary folder, `pg_ctl` on a
// free loopback port, removed afterwards (also when the process fails or is interrupted). No mock, no stand-in.
// As root, the cluster belongs to the `postgres` system user (PostgreSQL refuses to run as root).
import { execFileSync, spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import pg from 'pg';

/** Where Debian (and most distributions) put the server programs: PG_BIN, else PATH, else /usr/lib/postgresql/<newest>/bin. */
export function findPostgresBin(): string | undefined {
  const has = (dir: string) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'));
  if (process.env.PG_BIN) return has(process.env.PG_BIN) ? process.env.PG_BIN : undefined;
  const onPath = (process.env.PATH ?? '').split(delimiter).find((d) => d && has(d));
  if (onPath) return onPath;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => /^\d+$/.test(v) && has(join(root, v, 'bin')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : undefined;
}

export interface PostgresCluster {
  /** postgres://ctkit@127.0.0.1:<port>/postgres — superuser, trust authentication on loopback only. */
  adminUrl: string;
  port: number;
  /** Creates an empty database and returns its URL. */
  createDatabase(name?: string): Promise<string>;
  /** Stops the server and deletes the folder. Safe to call twice. */
  stop(): void;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => {
        resolve(port);
      });
    });
  });
}

const clusters = new Set<() => void>();
let hooked = false;
/** Whatever happens to this process (an exception, Ctrl-C, the test runner's SIGTERM), no cluster is left behind. */
function hookExit(): void {
  if (hooked) return;
  hooked = true;
  process.on('exit', () => {
    for (const stop of [...clusters]) stop();
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      for (const stop of [...clusters]) stop();
      process.kill(process.pid, signal);
    });
  }
}

let counter = 0;

/**
 * Starts a fresh PostgreSQL cluster. Throws, saying what to install, if the server programs are missing. Tests run
 * with fsync off (nothing they check needs the disk); `durable` keeps PostgreSQL's defaults (the bench).
 */
export async function startPostgres({ durable = false }: { durable?: boolean } = {}): Promise<PostgresCluster> {
  const bin = findPostgresBin();
  if (!bin) {
    throw new Error(
      'PostgreSQL server programs (initdb, pg_ctl) not found. Install them (Debian: apt-get install postgresql) or set PG_BIN.',
    );
  }
  const root = mkdtempSync(join(tmpdir(), 'ctkit-pg-'));
  const data = join(root, 'data');
  const asUser: SpawnSyncOptions = {};
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(root, uid, gid);
    Object.assign(asUser, { uid, gid });
  }
  chmodSync(root, 0o700);
  let running = false;
  const stop = () => {
    clusters.delete(stop);
    if (running) {
      running = false;
      spawnSync(join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop'], { ...asUser, stdio: 'ignore' });
    }
    rmSync(root, { recursive: true, force: true });
  };
  clusters.add(stop);
  hookExit();
  try {
    const run = (program: string, args: string[]) => {
      const r = spawnSync(join(bin, program), args, {
        ...asUser,
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, LC_ALL: 'C', TZ: 'UTC' },
      });
      if (r.status !== 0)
        throw new Error(`${program} failed (${String(r.status ?? r.signal)}): ${r.stderr}${r.stdout}`);
    };
    // initdb takes seconds on a busy machine: it runs once per machine into a template, which is copied per cluster.
    const template = join(
      tmpdir(),
      `ctkit-pg-template-${String(process.getuid?.() ?? 'u')}-${bin.replace(/\W+/g, '_')}`,
    );
    if (!existsSync(join(template, 'PG_VERSION'))) {
      const building = `${template}.${String(process.pid)}`;
      rmSync(building, { recursive: true, force: true });
      run('initdb', ['-D', building, '-U', 'ctkit', '--auth=trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
      try {
        renameSync(building, template);
      } catch {
        rmSync(building, { recursive: true, force: true }); // another process made it meanwhile
      }
    }
    const copy = spawnSync('cp', ['-a', template, data], { ...asUser, encoding: 'utf8' });
    if (copy.status !== 0) throw new Error(`could not copy the cluster template: ${copy.stderr}`);
    // A port can be taken between finding it and binding it: try a few.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const options = `-p ${String(port)} -c listen_addresses=127.0.0.1 -k ${root}${durable ? '' : ' -c fsync=off'} -c max_connections=200`;
      const r = spawnSync(
        join(bin, 'pg_ctl'),
        ['-D', data, '-l', join(root, 'server.log'), '-o', options, '-w', '-t', '60', 'start'],
        { ...asUser, cwd: root, encoding: 'utf8' },
      );
      if (r.status === 0) {
        running = true;
        const adminUrl = `postgres://ctkit@127.0.0.1:${String(port)}/postgres`;
        return {
          adminUrl,
          port,
          async createDatabase(name = `ctkit_test_${String(process.pid)}_${String(++counter)}`) {
            const client = new pg.Client({ connectionString: adminUrl });
            await client.connect();
            try {
              await client.query(`CREATE DATABASE ${pg.escapeIdentifier(name)}`);
            } finally {
              await client.end();
            }
            return `postgres://ctkit@127.0.0.1:${String(port)}/${name}`;
          },
          stop,
        };
      }
      const log = existsSync(join(root, 'server.log')) ? readFileSync(join(root, 'server.log'), 'utf8') : '';
      if (attempt >= 3) throw new Error(`pg_ctl start failed: ${r.stderr}${log.slice(-2000)}`);
    }
  } catch (error) {
    stop();
    throw error;
  }
}
