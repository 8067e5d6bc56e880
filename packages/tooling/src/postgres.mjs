// The receiver's tests run against a real PostgreSQL that they start themselves (packages/receiver/test/postgres.ts):
// they need the server programs (initdb, pg_ctl), not a running server. Found like the test harness finds them:
// PG_BIN, else PATH, else /usr/lib/postgresql/<newest>/bin; on Debian as root, installed with apt-get.
import { existsSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { aptInstall, canAptInstall } from './browsers.mjs';

export function findPostgresBin() {
  const has = (dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'));
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

/** Returns the folder of initdb and pg_ctl, installing Debian's postgresql when it can; throws saying how otherwise. */
export function ensurePostgres({ log = console.log } = {}) {
  let bin = findPostgresBin();
  if (!bin && canAptInstall()) {
    log('ctkit: installing PostgreSQL from Debian (apt-get install postgresql) for the receiver tests…');
    aptInstall('postgresql');
    bin = findPostgresBin();
  }
  if (!bin) {
    throw new Error(
      'ctkit: the receiver tests need PostgreSQL’s server programs (initdb, pg_ctl); they start their own server.\n' +
        '  Debian/Ubuntu: sudo apt-get install postgresql\n' +
        '  or set PG_BIN to the folder that holds initdb and pg_ctl.',
    );
  }
  return bin;
}
