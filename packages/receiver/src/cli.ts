// ctkit-receiver serve | export | access-needs | erase | purge | outbox | stats — see packages/receiver/README.md.
import { closeSync, fchmodSync, openSync, writeSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from './config.js';
import { type Store, openStore } from './db.js';
import { serve } from './main.js';

const USAGE = `Usage: ctkit-receiver <command> [options]

  serve [--port 8080] [--database file] …      start the sign-up service (flags: see README)
  export --list <list> [--format csv|json] [--out file] [--suspected-spam]
                                               the list's sign-ups, one row per email; suspected spam is left
                                               out (and counted), or only it with --suspected-spam
                                               (events: one row per person per event)
  access-needs --event <id> [--format csv|json] [--out file]
                                               the access needs of the event's registrations
  erase <email>                                delete a person from every table, outbox included
  purge                                        delete access needs whose retention has run out
  outbox retry-failed                          queue the sign-ups the provider refused (marked failed) again
  stats                                        counts by list and region, spam, outbox, access needs

  --database <file>   the SQLite file (default: DATABASE, else packages/receiver/data/receiver.sqlite)
  --database-url <u>  a PostgreSQL database instead (default: DATABASE_URL), e.g. postgres://user:pass@host:5432/db`;

/** A CSV cell: quoted, and defused so a spreadsheet does not run it as a formula. */
function csvCell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

/** How many sign-ups on the list are flagged as suspected spam (export leaves them out, so it says so). */
export function suspectedSpamCount(store: Store, list: string): Promise<number> {
  return store.suspectedSpamCount(list);
}

/** CSV with a header row; arrays are joined with spaces. */
function toCsv(columns: readonly string[], records: readonly Record<string, unknown>[]): string {
  const cell = (v: unknown) =>
    csvCell(
      Array.isArray(v)
        ? v.join(' ')
        : typeof v === 'boolean'
          ? v
            ? 'yes'
            : 'no'
          : (v as string | number | null | undefined),
    );
  const lines = [columns.join(','), ...records.map((r) => columns.map((c) => cell(r[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}

/** Writes personal data readable by the owner only — also when the file already existed with a wider mode. */
function writePrivate(file: string, text: string): void {
  const fd = openSync(file, 'w', 0o600);
  try {
    fchmodSync(fd, 0o600); // before the data goes in: `mode` only applies to a file this call creates
    writeSync(fd, text);
  } finally {
    closeSync(fd);
  }
}

export async function exportList(
  store: Store,
  list: string,
  format: 'csv' | 'json',
  { suspectedSpam = false } = {},
): Promise<string> {
  const rows = await store.exportRows(list, suspectedSpam);
  const records = rows.map((r) => ({ ...r, interests: r.interests ? (JSON.parse(r.interests) as string[]) : [] }));
  if (format === 'json') return `${JSON.stringify(records, null, 2)}\n`;
  const header = [
    'email',
    'name',
    'organisation',
    'member_type',
    'community_type',
    'region',
    'experience',
    'interests',
    'locale',
    'event_id',
    'consent_text',
    'consent_version',
    'consent_privacy_url',
    'consent_at',
    'received_at',
    'page_url',
    ...(suspectedSpam ? ['spam'] : []),
  ];
  return toCsv(header, records);
}

/**
 * The access needs of an event's registrations, for the organisers' arrangements: every sign-up that has some,
 * suspected spam included (marked) — a false positive still needs its arrangements.
 */
export async function accessNeedsList(store: Store, eventId: string, format: 'csv' | 'json'): Promise<string> {
  const rows = await store.accessNeedsRows(eventId);
  const records = rows.map((r) => ({
    ...r,
    needs: JSON.parse(r.needs) as string[],
    contact: r.contact === null ? null : r.contact === 1,
  }));
  if (format === 'json') return `${JSON.stringify(records, null, 2)}\n`;
  return toCsv(['email', 'name', 'event_id', 'needs', 'other', 'contact', 'received_at', 'spam'], records);
}

export function stats(store: Store) {
  return store.stats();
}

/** Puts failed outbox items back in the queue, with their attempts reset. Returns how many. */
export function retryFailed(store: Store, now = Date.now()): Promise<number> {
  return store.retryFailed(now);
}

export async function cli(argv: string[]): Promise<number> {
  const [command = 'serve', ...rest] = argv;
  if (command === 'serve') {
    await serve(rest);
    return -1;
  }
  if (command === 'help' || command === '--help' || command === '-h') {
    console.log(USAGE);
    return 0;
  }
  if (!['export', 'access-needs', 'erase', 'purge', 'stats', 'outbox'].includes(command)) {
    console.error(`Unknown command “${command}”.\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      database: { type: 'string' },
      'database-url': { type: 'string' },
      list: { type: 'string' },
      event: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      'suspected-spam': { type: 'boolean' },
    },
  });
  const config = loadConfig([
    ...(values.database ? ['--database', values.database] : []),
    ...(values['database-url'] ? ['--database-url', values['database-url']] : []),
  ]);
  const store = await openStore(config);
  try {
    switch (command) {
      case 'export': {
        if (!values.list) throw new Error('export needs --list <list>, for example --list newsletter');
        const format = values.format ?? 'csv';
        if (format !== 'csv' && format !== 'json') throw new Error('--format must be csv or json');
        const suspectedSpam = values['suspected-spam'] ?? false;
        const text = await exportList(store, values.list, format, { suspectedSpam });
        if (values.out) writePrivate(values.out, text);
        else process.stdout.write(text);
        // On stderr, so the export itself stays clean: nobody flagged is dropped without a word.
        const flagged = suspectedSpam ? 0 : await suspectedSpamCount(store, values.list);
        if (flagged) {
          console.error(
            `${flagged} suspected-spam sign-up${flagged === 1 ? '' : 's'} (honeypot or too fast) left out; ` +
              `review them with: ctkit-receiver export --list ${values.list} --suspected-spam`,
          );
        }
        return 0;
      }
      case 'access-needs': {
        if (!values.event) throw new Error('access-needs needs --event <id>, for example --event launch-2026');
        const format = values.format ?? 'csv';
        if (format !== 'csv' && format !== 'json') throw new Error('--format must be csv or json');
        const text = await accessNeedsList(store, values.event, format);
        if (values.out) writePrivate(values.out, text);
        else process.stdout.write(text);
        return 0;
      }
      case 'erase': {
        const email = positionals[0];
        if (!email) throw new Error('erase needs an email address: ctkit-receiver erase name@example.com');
        const r = await store.erase(email);
        console.log(
          `Erased ${email}: ${r.signUps} sign-ups, ${r.accessNeeds} access needs, ${r.outbox} outbox items. ` +
            'Also remove them from the mailing provider if they were forwarded. Equality answers are kept only as counts ' +
            '(how many people gave each answer each month), which cannot be traced back to anyone: nothing of theirs is left there.',
        );
        if (!r.wiped) {
          console.error(
            'The receiver was busy reading, so the old copies in the database’s -wal file were not cleared yet: ' +
              'run erase again, or stop the receiver (a clean stop clears them).',
          );
          return 1;
        }
        return 0;
      }
      case 'purge': {
        console.log(`Purged ${await store.purge()} access-needs records past their retention date.`);
        return 0;
      }
      case 'outbox': {
        if (positionals[0] !== 'retry-failed')
          throw new Error('outbox needs a subcommand: ctkit-receiver outbox retry-failed');
        const n = await retryFailed(store);
        console.log(
          `Re-queued ${n} failed outbox item${n === 1 ? '' : 's'}; the running receiver sends them on its next round.`,
        );
        return 0;
      }
      case 'stats':
        console.log(JSON.stringify(await stats(store), null, 2));
        return 0;
      default:
        return 2;
    }
  } finally {
    await store.close();
  }
}
