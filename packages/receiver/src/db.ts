// The receiver's data-access layer: every query the receiver runs, for both engines, is here (and the schema in
// migrations.ts). Kysely builds the SQL for SQLite (better-sqlite3) or PostgreSQL (pg) from one typed query, so
// a column renamed or mistyped fails the typecheck, and the engines differ only where this file says so.
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { chmodSync, closeSync, existsSync, fchmodSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CompiledQuery, Kysely, PostgresDialect, SqliteDialect, sql, type Generated, type Transaction } from 'kysely';
import pg from 'pg';
import type { SignUpPayload } from '@ctkit/core/schemas';
import {
  LATEST_VERSION,
  MIGRATIONS,
  equalityRows,
  type EngineName,
  type EqualityCountRow,
  type MigrationContext,
} from './migrations.js';
import { normaliseEmail } from './normalise.js';

export { normaliseEmail };
export type { EngineName };
export type AnswerStatus = 'subscribed' | 'pending-confirmation';

interface SignUpsTable {
  id: Generated<number>;
  submission_key: string;
  list: string;
  event_id: string | null;
  email: string;
  email_norm: string;
  name: string | null;
  organisation: string | null;
  member_type: string | null;
  community_type: string | null;
  region: string | null;
  experience: string | null;
  interests: string | null;
  locale: string;
  consent_text: string;
  consent_version: string;
  consent_privacy_url: string;
  consent_at: string;
  received_at: string;
  page_url: string | null;
  spam: string | null;
  status: AnswerStatus;
  /** bodyHash(payload): the same key with another body is refused. Null for rows stored before it existed. */
  body_hash: string | null;
}

interface AccessNeedsTable {
  sign_up_id: number;
  event_id: string | null;
  needs: string;
  other: string | null;
  contact: number | null;
  purge_after: string;
}

interface OutboxTable {
  id: Generated<number>;
  sign_up_id: number;
  adapter: string;
  attempts: Generated<number>;
  next_attempt_at: number;
  delivered_at: string | null;
  failed_at: string | null;
  last_error: string | null;
}

interface RateLimitsTable {
  key: string;
  window_start: number;
  hits: number;
}

interface MetaTable {
  name: string;
  value: string;
}

export interface Tables {
  sign_ups: SignUpsTable;
  access_needs: AccessNeedsTable;
  equality_counts: EqualityCountRow;
  outbox: OutboxTable;
  rate_limits: RateLimitsTable;
  ctkit_meta: MetaTable;
}

/** The profile columns of a stored sign-up (what export and forwarding read). */
/** A sign-up as the mailing provider and the export see it: the person's answers, not the bookkeeping. */
export type SignUpProfileRow = Pick<
  SignUpsTable,
  | 'email'
  | 'event_id'
  | 'name'
  | 'organisation'
  | 'member_type'
  | 'community_type'
  | 'region'
  | 'experience'
  | 'interests'
  | 'locale'
  | 'page_url'
>;

export interface StoreOptions {
  /** Idempotency key (header, else submissionId). */
  key: string;
  status: AnswerStatus;
  spam: 'honeypot' | 'too-fast' | null;
  /** Enqueue for the mailing provider (adapter name), or null for none. */
  forwardTo: string | null;
  retentionDays: number;
  /** ISO date of the event, when known, to date the access-needs purge. */
  eventDate: string | null;
  now?: Date;
}

export interface StoreResult {
  status: AnswerStatus;
  /** false when the key was seen before: nothing new was stored. */
  created: boolean;
  /** The key was seen before with a different body: nothing stored, and this is not a repeat. */
  conflict?: true;
}

/**
 * What identifies a sign-up's content, for idempotency: SHA-256 of the payload with its keys sorted, without the
 * consent time (the no-JavaScript form's is the receiver's clock, different on every post).
 */
export function bodyHash(payload: SignUpPayload): string {
  const canonical = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(canonical);
    if (!v || typeof v !== 'object') return v;
    return Object.fromEntries(
      Object.keys(v)
        .sort()
        .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
    );
  };
  const consent: Record<string, unknown> = { ...payload.consent };
  delete consent.at;
  return createHash('sha256')
    .update(JSON.stringify(canonical({ ...payload, consent })))
    .digest('hex');
}

/**
 * Only the service's user may read the database: its folder is created 0700, the file is created (or
 * tightened) 0600 before SQLite opens it, and SQLite gives the -wal and -shm files the database file's mode.
 * Ones left by an older receiver are tightened too.
 */
function privateFiles(file: string): void {
  const folder = dirname(file);
  if (!existsSync(folder)) {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    chmodSync(folder, 0o700);
  }
  const fd = openSync(file, 'a', 0o600);
  try {
    fchmodSync(fd, 0o600);
  } finally {
    closeSync(fd);
  }
  for (const suffix of ['-wal', '-shm', '-journal']) if (existsSync(file + suffix)) chmodSync(file + suffix, 0o600);
}

/** Origin and path only: query strings and fragments can carry tracking ids or personal data. */
export function trimPageUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return `${u.origin}${u.pathname}`;
  } catch {
    return null;
  }
}

/** A PostgreSQL URL as it may be shown (logs, `serve`'s banner): without the password. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    u.password = '';
    return u.toString();
  } catch {
    return 'postgresql://(unparsable URL)';
  }
}

const DAY = 24 * 60 * 60 * 1000;
/** Arbitrary, fixed: the key of the advisory lock every instance takes to migrate. */
const MIGRATION_LOCK = 0x63746b69; // "ctki"

export interface OpenOptions {
  /** SQLite file (or ':memory:'), used when there is no databaseUrl. */
  database: string;
  /** postgres://user:pass@host:port/db — selects PostgreSQL. */
  databaseUrl?: string;
  /** PostgreSQL connections per instance (pool size). */
  poolSize?: number;
}

const int8AsNumber = new pg.TypeOverrides();
int8AsNumber.setTypeParser(pg.types.builtins.INT8, Number);

/** `?` placeholders → `$1, $2 …` for PostgreSQL (migration statements hold no `?` in literals). */
const numbered = (text: string) => {
  let n = 0;
  return text.replace(/\?/g, () => `$${String(++n)}`);
};

async function migrateSqlite(file: Database.Database): Promise<number> {
  const version = () => file.pragma('user_version', { simple: true }) as number;
  if (version() >= LATEST_VERSION) return version();
  // The write lock first, then the version read again: another process may have migrated meanwhile.
  file.exec('BEGIN IMMEDIATE');
  try {
    const context: MigrationContext = {
      engine: 'sqlite',
      exec: (text) => Promise.resolve(void file.exec(text)),
      all: <T>(text: string, params: unknown[] = []) => Promise.resolve(file.prepare(text).all(...params) as T[]),
      run: (text, params = []) => Promise.resolve(void file.prepare(text).run(...params)),
    };
    let rebuild = false;
    for (const migration of MIGRATIONS) {
      if (migration.version <= version()) continue;
      if (await migration.up(context)) rebuild = true;
      file.pragma(`user_version = ${String(migration.version)}`);
    }
    file.exec('COMMIT');
    if (rebuild) {
      file.exec('VACUUM');
      file.pragma('wal_checkpoint(TRUNCATE)');
    }
  } catch (error) {
    if (file.inTransaction) file.exec('ROLLBACK');
    throw error;
  }
  return version();
}

async function migratePostgres(pool: pg.Pool): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    // Held until COMMIT: a second instance starting now waits here, then finds the version already current.
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS ctkit_schema (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    const current = async () =>
      (await client.query<{ v: number | null }>('SELECT max(version) AS v FROM ctkit_schema')).rows[0]?.v ?? 0;
    const context: MigrationContext = {
      engine: 'postgresql',
      exec: async (text) => {
        await client.query(text);
      },
      all: async <T>(text: string, params: unknown[] = []) => (await client.query(numbered(text), params)).rows as T[],
      run: async (text, params = []) => {
        await client.query(numbered(text), params);
      },
    };
    let rebuild = false;
    for (const migration of MIGRATIONS) {
      if (migration.version <= (await current())) continue;
      if (await migration.up(context)) rebuild = true;
      await client.query('INSERT INTO ctkit_schema (version, name, applied_at) VALUES ($1, $2, $3)', [
        migration.version,
        migration.name,
        new Date().toISOString(),
      ]);
    }
    const version = await current();
    await client.query('COMMIT');
    if (rebuild) await client.query('VACUUM sign_ups, equality_counts');
    return version;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Opens the database and brings its schema up to date. SQLite (the default): the file and its folder are
 * created, WAL mode, foreign keys on. PostgreSQL (`databaseUrl`): a connection pool; the database must exist.
 */
export async function openStore(options: OpenOptions): Promise<Store> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({
      connectionString: options.databaseUrl,
      max: options.poolSize ?? 10,
      // count(*) and BIGINT columns (timestamps in ms) as numbers: every value here fits in 2^53.
      types: int8AsNumber,
    });
    // An idle client losing its server (a restart, a failover) must not crash the process: the pool replaces it.
    pool.on('error', () => undefined);
    try {
      const version = await migratePostgres(pool);
      return new Store(
        new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) }),
        'postgresql',
        describeUrl(options.databaseUrl),
        version,
        undefined,
        pool,
      );
    } catch (error) {
      await pool.end();
      throw error;
    }
  }
  const file = options.database;
  if (file !== ':memory:') privateFiles(file);
  const sqlite = new Database(file);
  // Deleted rows (erase, purge) are overwritten with zeros, in tables and indexes alike; wipe() then clears the
  // WAL. Temporary tables and indexes stay in memory, never in a file.
  sqlite.pragma('secure_delete = ON');
  sqlite.pragma('temp_store = MEMORY');
  sqlite.pragma('journal_mode = WAL');
  // NORMAL in WAL mode: a committed sign-up survives a process crash (kill -9); only a power cut can lose
  // the last transactions. The answer is sent after the commit.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  try {
    const version = await migrateSqlite(sqlite);
    return new Store(
      new Kysely<Tables>({ dialect: new SqliteDialect({ database: sqlite }) }),
      'sqlite',
      file,
      version,
      sqlite,
    );
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

/** An outbox item taken by this instance, with what the provider receives. */
export interface ClaimedItem extends SignUpProfileRow {
  id: number;
  /** When it was due before this claim (release puts it back there: its place in the line). */
  dueAt: number;
  attempts: number;
  list: string;
}

export interface ExportRow extends SignUpProfileRow {
  spam?: string | null;
  consent_text: string;
  consent_version: string;
  consent_privacy_url: string;
  consent_at: string;
  received_at: string;
}

export interface AccessNeedsRow {
  email: string;
  name: string | null;
  event_id: string | null;
  needs: string;
  other: string | null;
  contact: number | null;
  received_at: string;
  spam: string | null;
}

/** The receiver's storage, on either engine. Every method is one transaction (or one statement). */
export class Store {
  constructor(
    /** The query builder. Tests read through it; the receiver itself only through the methods below. */
    readonly db: Kysely<Tables>,
    readonly engine: EngineName,
    /** The file, or the URL without its password. */
    readonly where: string,
    /** The schema version after the migrations ran. */
    readonly schemaVersion: number,
    /** SQLite only: the better-sqlite3 handle (file maintenance). */
    readonly sqlite?: Database.Database,
    private readonly pool?: pg.Pool,
  ) {}

  private closed = false;

  /** Stores a valid sign-up once per key; a repeat returns the first answer and stores nothing. */
  async store(p: SignUpPayload, o: StoreOptions): Promise<StoreResult> {
    const hash = bodyHash(p);
    return this.db.transaction().execute(async (trx) => {
      const now = o.now ?? new Date();
      const receivedAt = now.toISOString();
      // One statement decides, on any number of instances: the unique key lets exactly one INSERT through; a
      // concurrent one with the same key waits for it to commit and then inserts nothing.
      const inserted = await trx
        .insertInto('sign_ups')
        .values({
          submission_key: o.key,
          list: p.list,
          event_id: p.eventId ?? null,
          email: p.email,
          email_norm: normaliseEmail(p.email),
          name: p.name ?? null,
          organisation: p.organisation ?? null,
          member_type: p.memberType ?? null,
          community_type: p.communityType ?? null,
          region: p.region ?? null,
          experience: p.experience ?? null,
          interests: p.interests ? JSON.stringify(p.interests) : null,
          locale: p.locale,
          consent_text: p.consent.text,
          consent_version: p.consent.textVersion,
          consent_privacy_url: p.consent.privacyUrl,
          consent_at: p.consent.at,
          received_at: receivedAt,
          page_url: trimPageUrl(p.pageUrl),
          spam: o.spam,
          status: o.status,
          body_hash: hash,
        })
        .onConflict((oc) => oc.column('submission_key').doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!inserted) {
        const seen = await trx
          .selectFrom('sign_ups')
          .select(['status', 'body_hash'])
          .where('submission_key', '=', o.key)
          .executeTakeFirstOrThrow();
        // Rows stored before body_hash existed have none: a repeat of their key is taken as a repeat.
        if (seen.body_hash && seen.body_hash !== hash) return { status: seen.status, created: false, conflict: true };
        return { status: seen.status, created: false };
      }
      const id = inserted.id;
      if (p.accessNeeds && (p.accessNeeds.needs.length || p.accessNeeds.other)) {
        const from = o.eventDate ? new Date(o.eventDate) : now;
        const purgeAfter = new Date(
          (Number.isNaN(from.getTime()) ? now : from).getTime() + o.retentionDays * DAY,
        ).toISOString();
        await trx
          .insertInto('access_needs')
          .values({
            sign_up_id: id,
            event_id: p.eventId ?? null,
            needs: JSON.stringify(p.accessNeeds.needs),
            other: p.accessNeeds.other ?? null,
            contact: p.accessNeeds.contact === undefined ? null : Number(p.accessNeeds.contact),
            purge_after: purgeAfter,
          })
          .execute();
      }
      // Suspected spam is kept for review with its access needs (a false positive must not lose them), but
      // it is not forwarded and adds nothing to the anonymous equality statistics.
      if (o.spam) return { status: o.status, created: true };
      if (p.equality && Object.keys(p.equality).length)
        await this.countEquality(trx, p.list, p.eventId ?? null, receivedAt.slice(0, 7), p.equality);
      if (o.forwardTo)
        await trx
          .insertInto('outbox')
          .values({ sign_up_id: id, adapter: o.forwardTo, next_attempt_at: now.getTime() })
          .execute();
      return { status: o.status, created: true };
    });
  }

  /** Adds one person's equality answers to the counts (in the sign-up's transaction). */
  private async countEquality(
    trx: Transaction<Tables>,
    list: string,
    eventId: string | null,
    period: string,
    answers: Record<string, unknown>,
  ): Promise<void> {
    await trx
      .insertInto('equality_counts')
      .values(equalityRows(list, eventId, period, answers))
      .onConflict((oc) =>
        oc
          .columns(['list', 'event_id', 'period', 'question', 'answer'])
          .doUpdateSet((eb) => ({ count: eb('equality_counts.count', '+', eb.ref('excluded.count')) })),
      )
      .execute();
    if (this.engine === 'postgresql') {
      // Every row version carries the id of the transaction that wrote it (xmin), as does the sign-up's row. Rewriting
      // the whole group here leaves every row with this one transaction's id, so no row keeps the id of an earlier
      // person's sign-up — self-described answers, which no later response would touch, included.
      await trx
        .updateTable('equality_counts')
        .set((eb) => ({ count: eb.ref('count') }))
        .where('list', '=', list)
        .where('event_id', '=', eventId ?? '')
        .where('period', '=', period)
        .execute();
    }
  }

  /**
   * After deleting personal data. SQLite: the deleted rows' pages (zeroed, secure_delete) are copied into the
   * database file and the WAL is truncated to nothing, so no earlier copy of them is left in any file; waits for
   * readers, and resolves false if one still held the WAL. PostgreSQL keeps a deleted row's tuple (and its index
   * entries) in the table's pages until VACUUM: the tables are vacuumed, so the dead tuples are removed and their
   * space is free for reuse (what PostgreSQL's own files and backups still hold: README, "PostgreSQL").
   */
  private async wipe(tables: (keyof Tables)[]): Promise<boolean> {
    if (this.engine === 'postgresql') {
      await sql.raw(`VACUUM ${tables.join(', ')}`).execute(this.db);
      return true;
    }
    if (!this.sqlite || this.sqlite.memory) return true;
    for (let attempt = 0; attempt < 20; attempt++) {
      // On Kysely's one connection, so no transaction of this process is open meanwhile.
      const { rows } = await this.db.executeQuery<{ busy: number }>(
        CompiledQuery.raw('PRAGMA wal_checkpoint(TRUNCATE)'),
      );
      if (!rows[0]?.busy) return true;
      await new Promise((r) => setTimeout(r, 50));
    }
    return false;
  }

  /**
   * Deletes access needs whose retention has run out, bytes included (see wipe). Returns how many were deleted.
   * Safe from any number of instances at once: each row is deleted once.
   */
  async purge(now = new Date()): Promise<number> {
    const r = await this.db.deleteFrom('access_needs').where('purge_after', '<=', now.toISOString()).executeTakeFirst();
    const n = Number(r.numDeletedRows);
    if (n) await this.wipe(['access_needs']);
    return n;
  }

  /**
   * Erases a person by email (any letter case or Unicode form) from every table that holds it, bytes included
   * (see wipe). `wiped` is false when SQLite's WAL could not be cleared yet (a reader held it).
   */
  async erase(email: string): Promise<{ signUps: number; accessNeeds: number; outbox: number; wiped: boolean }> {
    const norm = normaliseEmail(email);
    const result = await this.db.transaction().execute(async (trx) => {
      const ids = trx.selectFrom('sign_ups').select('id').where('email_norm', '=', norm);
      const accessNeeds = await trx.deleteFrom('access_needs').where('sign_up_id', 'in', ids).executeTakeFirst();
      const outbox = await trx.deleteFrom('outbox').where('sign_up_id', 'in', ids).executeTakeFirst();
      const signUps = await trx.deleteFrom('sign_ups').where('email_norm', '=', norm).executeTakeFirst();
      return {
        signUps: Number(signUps.numDeletedRows),
        accessNeeds: Number(accessNeeds.numDeletedRows),
        outbox: Number(outbox.numDeletedRows),
      };
    });
    return { ...result, wiped: await this.wipe(['sign_ups', 'access_needs', 'outbox']) };
  }

  /** What `/api/health` says about the database: reached now (one round trip), which engine, which schema. */
  async health(): Promise<{ engine: EngineName; id: string; schemaVersion: number; outboxPending: number }> {
    const row = await this.db
      .selectFrom('ctkit_meta')
      .select((eb) => [
        'value',
        eb
          .selectFrom('outbox')
          .select((e) => e.fn.countAll<number>().as('n'))
          .where('delivered_at', 'is', null)
          .where('failed_at', 'is', null)
          .as('pending'),
      ])
      .where('name', '=', 'database_id')
      .executeTakeFirstOrThrow();
    return { engine: this.engine, id: row.value, schemaVersion: this.schemaVersion, outboxPending: row.pending ?? 0 };
  }

  // ── Admin (CLI) ────────────────────────────────────────────────────────────────────────────────────────

  /**
   * The latest sign-up per email address on this list — on the events list per person per event, as someone
   * can register for several — or, with suspectedSpam, only the flagged ones, and why.
   */
  async exportRows(list: string, suspectedSpam: boolean): Promise<ExportRow[]> {
    const latest = this.db
      .selectFrom('sign_ups')
      .select((eb) => eb.fn.max('id').as('id'))
      .where('list', '=', list)
      .where('spam', suspectedSpam ? 'is not' : 'is', null)
      .groupBy(list === 'events' ? ['email_norm', 'event_id'] : ['email_norm']);
    return this.db
      .selectFrom('sign_ups')
      .select([
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
      ])
      .$if(suspectedSpam, (q) => q.select('spam'))
      .where('id', 'in', latest)
      .orderBy('id')
      .execute();
  }

  /** How many sign-ups on the list are flagged as suspected spam. */
  async suspectedSpamCount(list: string): Promise<number> {
    const r = await this.db
      .selectFrom('sign_ups')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('list', '=', list)
      .where('spam', 'is not', null)
      .executeTakeFirstOrThrow();
    return r.n;
  }

  /** Every sign-up with access needs for the event, suspected spam included (marked). */
  async accessNeedsRows(eventId: string): Promise<AccessNeedsRow[]> {
    return this.db
      .selectFrom('access_needs as a')
      .innerJoin('sign_ups as s', 's.id', 'a.sign_up_id')
      .select(['s.email', 's.name', 'a.event_id', 'a.needs', 'a.other', 'a.contact', 's.received_at', 's.spam'])
      .where('a.event_id', '=', eventId)
      .orderBy('s.id')
      .execute();
  }

  async stats() {
    const db = this.db;
    const accessNeeds = await db
      .selectFrom('access_needs')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    // People who answered any equality question (the answers themselves are kept only as counts).
    const equality = await db
      .selectFrom('equality_counts')
      .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('count'), sql<number>`0`).as('n'))
      .where('question', '=', '*')
      .executeTakeFirstOrThrow();
    const signUps = await db
      .selectFrom('sign_ups')
      .select((eb) => [
        eb.fn.countAll<number>().filterWhere('spam', 'is', null).as('signUps'),
        eb.fn.count<number>('email_norm').distinct().filterWhere('spam', 'is', null).as('people'),
        eb.fn.countAll<number>().filterWhere('spam', 'is not', null).as('suspectedSpam'),
      ])
      .executeTakeFirstOrThrow();
    const byList = await db
      .selectFrom('sign_ups')
      .select((eb) => [
        'list',
        eb.fn.count<number>('email_norm').distinct().filterWhere('spam', 'is', null).as('people'),
        eb.fn.countAll<number>().filterWhere('spam', 'is', null).as('signUps'),
        eb.fn.countAll<number>().filterWhere('spam', 'is not', null).as('suspectedSpam'),
      ])
      .groupBy('list')
      .orderBy('list')
      .execute();
    const byRegion = await db
      .selectFrom('sign_ups')
      .select((eb) => [
        eb.fn.coalesce('region', sql<string>`'not given'`).as('region'),
        eb.fn.count<number>('email_norm').distinct().as('people'),
      ])
      .where('spam', 'is', null)
      .groupBy(sql`1`)
      .orderBy(sql`1`)
      .execute();
    const outbox = await db
      .selectFrom('outbox')
      .select((eb) => [
        eb.fn
          .countAll<number>()
          .filterWhere('delivered_at', 'is', null)
          .filterWhere('failed_at', 'is', null)
          .as('pending'),
        eb.fn.countAll<number>().filterWhere('delivered_at', 'is not', null).as('delivered'),
        eb.fn.countAll<number>().filterWhere('failed_at', 'is not', null).as('failed'),
      ])
      .executeTakeFirstOrThrow();
    return {
      ...signUps,
      byList,
      byRegion,
      accessNeedsHeld: accessNeeds.n,
      equalityAnswers: equality.n,
      outbox,
    };
  }

  /** Puts failed outbox items back in the queue, with their attempts reset. Returns how many. */
  async retryFailed(now = Date.now()): Promise<number> {
    const r = await this.db
      .updateTable('outbox')
      .set({ failed_at: null, attempts: 0, next_attempt_at: now })
      .where('failed_at', 'is not', null)
      .where('delivered_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  }

  // ── Outbox (outbox.ts decides what to do; these are its reads and writes) ───────────────────────────────

  /**
   * Takes up to `limit` due items for this adapter, oldest first, and leases them until `now + leaseMs`: no other
   * instance takes them meanwhile (PostgreSQL: `FOR UPDATE SKIP LOCKED`, so two instances never wait on or take
   * the same item; SQLite: one writer at a time). An instance that dies holding a lease loses it when it runs
   * out, and another instance delivers the item (at least once).
   */
  async claimDue(adapter: string, now: number, limit: number, leaseMs: number): Promise<ClaimedItem[]> {
    return this.db.transaction().execute(async (trx) => {
      const due = await trx
        .selectFrom('outbox')
        .select(['id', 'next_attempt_at'])
        .where('delivered_at', 'is', null)
        .where('failed_at', 'is', null)
        .where('next_attempt_at', '<=', now)
        .where('adapter', '=', adapter)
        .orderBy('next_attempt_at')
        .orderBy('id')
        .limit(limit)
        .$if(this.engine === 'postgresql', (q) => q.forUpdate().skipLocked())
        .execute();
      if (!due.length) return [];
      const ids = due.map((r) => r.id);
      await trx
        .updateTable('outbox')
        .set({ next_attempt_at: now + leaseMs })
        .where('id', 'in', ids)
        .execute();
      const byId = new Map((await claimedRows(trx, ids)).map((r) => [r.id, r]));
      return due.flatMap((d) => {
        const row = byId.get(d.id);
        return row ? [{ ...row, dueAt: d.next_attempt_at }] : [];
      });
    });
  }

  async markDelivered(id: number, at = new Date()): Promise<void> {
    await this.db
      .updateTable('outbox')
      .set((eb) => ({ delivered_at: at.toISOString(), attempts: eb('attempts', '+', 1), last_error: null }))
      .where('id', '=', id)
      .execute();
  }

  /** A refusal of this sign-up: count the attempt, retry at `nextAttemptAt`, or mark it failed. */
  async markRefused(
    id: number,
    attempts: number,
    nextAttemptAt: number,
    error: string,
    failedAt: string | null,
  ): Promise<void> {
    await this.db
      .updateTable('outbox')
      .set({ attempts, next_attempt_at: nextAttemptAt, last_error: error, failed_at: failedAt })
      .where('id', '=', id)
      .execute();
  }

  /** The provider's problem met on this item: note it, no attempt used, and send it to the back of the line. */
  async noteProviderFailure(id: number, error: string, nextAttemptAt: number): Promise<void> {
    await this.db
      .updateTable('outbox')
      .set({ last_error: error, next_attempt_at: nextAttemptAt })
      .where('id', '=', id)
      .execute();
  }

  /** Gives back leased items this instance will not deliver now (stopping, or the provider is down), in their place in the line. */
  async release(items: Pick<ClaimedItem, 'id' | 'dueAt'>[]): Promise<void> {
    if (!items.length) return;
    await this.db.transaction().execute(async (trx) => {
      for (const item of items) {
        await trx
          .updateTable('outbox')
          .set({ next_attempt_at: item.dueAt })
          .where('id', '=', item.id)
          .where('delivered_at', 'is', null)
          .where('failed_at', 'is', null)
          .execute();
      }
    });
  }

  // ── Rate limit shared by every instance (PostgreSQL) ────────────────────────────────────────────────────

  /**
   * Counts one hit for `client` in a fixed window, in one statement every instance shares. The key stored is a
   * SHA-256 of the address, deleted by `sweepRateLimits` once its window has passed.
   */
  async rateLimitHit(client: string, windowMs: number, now = Date.now()): Promise<{ hits: number; resetAt: number }> {
    const key = createHash('sha256').update(client).digest('base64url');
    const row = await this.db
      .insertInto('rate_limits')
      .values({ key, window_start: now, hits: 1 })
      .onConflict((oc) =>
        oc.column('key').doUpdateSet((eb) => ({
          hits: eb
            .case()
            .when('rate_limits.window_start', '<=', now - windowMs)
            .then(1)
            .else(eb('rate_limits.hits', '+', 1))
            .end(),
          window_start: eb
            .case()
            .when('rate_limits.window_start', '<=', now - windowMs)
            .then(now)
            .else(eb.ref('rate_limits.window_start'))
            .end(),
        })),
      )
      .returning(['hits', 'window_start'])
      .executeTakeFirstOrThrow();
    return { hits: row.hits, resetAt: row.window_start + windowMs };
  }

  async sweepRateLimits(windowMs: number, now = Date.now()): Promise<void> {
    await this.db
      .deleteFrom('rate_limits')
      .where('window_start', '<=', now - windowMs)
      .execute();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.db.destroy();
    // Kysely closes the connection only if it ever ran a query on it.
    if (this.sqlite?.open) this.sqlite.close();
    if (this.pool && !this.pool.ended) await this.pool.end();
  }
}

function claimedRows(trx: Transaction<Tables>, ids: number[]) {
  return trx
    .selectFrom('outbox as o')
    .innerJoin('sign_ups as s', 's.id', 'o.sign_up_id')
    .select([
      'o.id',
      'o.attempts',
      's.email',
      's.list',
      's.event_id',
      's.name',
      's.organisation',
      's.member_type',
      's.community_type',
      's.region',
      's.experience',
      's.interests',
      's.locale',
      's.page_url',
    ])
    .where('o.id', 'in', ids)
    .execute();
}

/** Runs one raw statement (tests and the bench inspect tables with it). `?` placeholders on both engines. */
export async function rawQuery<T = Record<string, unknown>>(
  store: Store,
  text: string,
  params: unknown[] = [],
): Promise<T[]> {
  const compiled = CompiledQuery.raw(store.engine === 'postgresql' ? numbered(text) : text, params);
  return (await store.db.executeQuery<T>(compiled)).rows;
}

export interface EventDates {
  get(eventId: string): string | null;
}

/** Event dates from an optional JSON file: `[{ "id": "…", "start": "2026-12-01T18:00:00Z", "end"?: "…" }]`. */
export function loadEventDates(file: string): EventDates {
  const dates = new Map<string, string>();
  if (file) {
    const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    const events = Array.isArray(data) ? data : ((data as { events?: unknown[] }).events ?? []);
    for (const e of events as { id?: unknown; start?: unknown; end?: unknown }[]) {
      const when = typeof e.end === 'string' ? e.end : e.start;
      if (typeof e.id === 'string' && typeof when === 'string') dates.set(e.id, when);
    }
  }
  return { get: (id) => dates.get(id) ?? null };
}
