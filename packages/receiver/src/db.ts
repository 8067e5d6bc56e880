import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { chmodSync, closeSync, existsSync, fchmodSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SignUpPayload } from '../../core/src/schemas/sign-up.js';
import { EQUALITY } from '../../core/src/schemas/vocabulary.js';

export type Db = Database.Database;
export type AnswerStatus = 'subscribed' | 'pending-confirmation';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS sign_ups (
  id                  INTEGER PRIMARY KEY,
  submission_key      TEXT NOT NULL UNIQUE,   -- Idempotency-Key or submissionId: a repeat is answered, not stored
  list                TEXT NOT NULL,
  event_id            TEXT,
  email               TEXT NOT NULL,
  email_norm          TEXT NOT NULL,          -- normaliseEmail(email): NFC, lower case — for erase and export
  name                TEXT,
  organisation        TEXT,
  member_type         TEXT,
  community_type      TEXT,
  region              TEXT,
  experience          TEXT,
  interests           TEXT,                   -- JSON array of vocabulary ids
  locale              TEXT NOT NULL,
  consent_text        TEXT NOT NULL,          -- the consent record: what the person agreed to …
  consent_version     TEXT NOT NULL,
  consent_privacy_url TEXT NOT NULL,
  consent_at          TEXT NOT NULL,          -- … when (their clock) …
  received_at         TEXT NOT NULL,          -- … when it reached us (our clock) …
  page_url            TEXT,                   -- … and on which page (origin and path only)
  spam                TEXT,                   -- NULL, or why it is suspected: 'honeypot', 'too-fast'
  status              TEXT NOT NULL,          -- the answer given: subscribed | pending-confirmation
  body_hash           TEXT                    -- bodyHash(payload): the same key with another body is refused
);
CREATE INDEX IF NOT EXISTS sign_ups_email ON sign_ups (email_norm);
CREATE INDEX IF NOT EXISTS sign_ups_list ON sign_ups (list, spam);

-- Special category data, apart: linked by id, purged after the event date plus the retention period.
CREATE TABLE IF NOT EXISTS access_needs (
  sign_up_id  INTEGER PRIMARY KEY REFERENCES sign_ups (id) ON DELETE CASCADE,
  event_id    TEXT,
  needs       TEXT NOT NULL,                  -- JSON array
  other       TEXT,
  contact     INTEGER,
  purge_after TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS access_needs_purge ON access_needs (purge_after);

-- Equality monitoring, kept only as counts: how many people gave each answer, per list, event and month. No
-- row per person, so nothing to join with a sign-up; no rowid, so rows are stored in the order of their key, not
-- of arrival; and every answer of a question gets its row (count 0) with the month's first response, so not even
-- the order in which rows first appeared says who came when. Self-described answers are rows of their own.
CREATE TABLE IF NOT EXISTS equality_counts (
  list     TEXT NOT NULL,
  event_id TEXT NOT NULL,                     -- '' when the sign-up names no event
  period   TEXT NOT NULL,                     -- the month, YYYY-MM
  question TEXT NOT NULL,                     -- e.g. 'disability'; '*' counts the responses
  answer   TEXT NOT NULL,                     -- e.g. 'yes'; the words, for a self-described answer
  count    INTEGER NOT NULL,
  PRIMARY KEY (list, event_id, period, question, answer)
) WITHOUT ROWID;

-- What still has to reach the mailing provider. Deleted with the sign-up (erase).
CREATE TABLE IF NOT EXISTS outbox (
  id              INTEGER PRIMARY KEY,
  sign_up_id      INTEGER NOT NULL UNIQUE REFERENCES sign_ups (id) ON DELETE CASCADE,
  adapter         TEXT NOT NULL,
  attempts        INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  delivered_at    TEXT,
  failed_at       TEXT,
  last_error      TEXT
);
CREATE INDEX IF NOT EXISTS outbox_due ON outbox (delivered_at, failed_at, next_attempt_at);
`;

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

/** Opens (and creates) the database: WAL mode, foreign keys on, deleted data overwritten, tables created if missing. */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') privateFiles(file);
  const db = new Database(file);
  // Deleted rows (erase, purge) are overwritten with zeros, in tables and indexes alike; wipe() then clears the
  // WAL. Temporary tables and indexes stay in memory, never in a file.
  db.pragma('secure_delete = ON');
  db.pragma('temp_store = MEMORY');
  db.pragma('journal_mode = WAL');
  // NORMAL in WAL mode: a committed sign-up survives a process crash (kill -9); only a power cut can lose
  // the last transactions. The answer is sent after the commit.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  migrate(db);
  return db;
}

/**
 * The form of an address used to find a person: NFC (so "é" typed as e + combining accent on one device
 * and as one character on another is the same address) and lower case.
 */
export function normaliseEmail(email: string): string {
  return email.trim().normalize('NFC').toLowerCase().normalize('NFC');
}

const SCHEMA_VERSION = 2;

/**
 * user_version 1: email_norm is NFC. Rows stored before were only lower-cased: recompute them, once.
 * user_version 2: sign_ups.body_hash; equality answers become counts (the old one-row-per-person table, stored in
 * arrival order, is counted into equality_counts and dropped); the file is rebuilt (VACUUM) so that nothing
 * deleted before secure_delete was on is left in free space.
 */
function migrate(db: Db): void {
  const version = () => db.pragma('user_version', { simple: true }) as number;
  if (version() >= SCHEMA_VERSION) return;
  const rebuild = db.transaction((): boolean => {
    // Checked again inside the write lock: another process may have migrated meanwhile.
    const from = version();
    if (from >= SCHEMA_VERSION) return false;
    if (from < 1) {
      const update = db.prepare('UPDATE sign_ups SET email_norm = ? WHERE id = ?');
      for (const row of db.prepare<[], { id: number; email: string; email_norm: string }>('SELECT id, email, email_norm FROM sign_ups').all()) {
        const norm = normaliseEmail(row.email);
        if (norm !== row.email_norm) update.run(norm, row.id);
      }
    }
    const columns = db.prepare<[], string>("SELECT name FROM pragma_table_info('sign_ups')").pluck().all();
    if (!columns.includes('body_hash')) db.exec('ALTER TABLE sign_ups ADD COLUMN body_hash TEXT');
    let hadData = (db.prepare('SELECT count(*) FROM sign_ups').pluck().get() as number) > 0;
    if (db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'equality_answers'").get()) {
      const count = equalityCounter(db);
      for (const row of db.prepare<[], { list: string; event_id: string | null; answers: string; received_month: string }>('SELECT list, event_id, answers, received_month FROM equality_answers').all()) {
        count(row.list, row.event_id, row.received_month, JSON.parse(row.answers) as Record<string, unknown>);
        hadData = true;
      }
      db.exec('DROP TABLE equality_answers');
    }
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
    return hadData;
  });
  if (rebuild.immediate()) {
    db.exec('VACUUM');
    wipe(db);
  }
}

/** Equality questions with a fixed set of answers (each gets a row per period, count 0 until someone gives it). */
const EQUALITY_QUESTIONS = Object.entries(EQUALITY) as [string, readonly string[]][];

/** Adds one person's equality answers to the counts. */
function equalityCounter(db: Db): (list: string, eventId: string | null, period: string, answers: Record<string, unknown>) => void {
  const add = db.prepare(`INSERT INTO equality_counts (list, event_id, period, question, answer, count) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (list, event_id, period, question, answer) DO UPDATE SET count = count + excluded.count`);
  return (list, eventId, period, answers) => {
    const event = eventId ?? '';
    add.run(list, event, period, '*', '*', 1);
    for (const [question, values] of EQUALITY_QUESTIONS) {
      for (const value of values) add.run(list, event, period, question, value, answers[question] === value ? 1 : 0);
    }
    for (const [question, value] of Object.entries(answers)) {
      if (EQUALITY_QUESTIONS.some(([q]) => q === question)) continue;
      const words = typeof value === 'string' ? value.trim() : '';
      if (words) add.run(list, event, period, question, words, 1);
    }
  };
}

/**
 * After deleting personal data: the deleted rows' pages (zeroed, secure_delete) are copied into the database
 * file and the WAL is truncated to nothing, so no earlier copy of them is left in it. Waits for readers (busy
 * timeout); returns false if one still held the WAL.
 */
export function wipe(db: Db): boolean {
  if (db.memory) return true;
  for (let attempt = 0; attempt < 20; attempt++) {
    const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
    if (!result?.busy) return true;
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
  }
  return false;
}

/**
 * What identifies a sign-up's content, for idempotency: SHA-256 of the payload with its keys sorted, without the
 * consent time (the no-JavaScript form's is the receiver's clock, different on every post).
 */
export function bodyHash(payload: SignUpPayload): string {
  const canonical = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(canonical);
    if (!v || typeof v !== 'object') return v;
    return Object.fromEntries(Object.keys(v).sort().map((k) => [k, canonical((v as Record<string, unknown>)[k])]));
  };
  const consent: Record<string, unknown> = { ...payload.consent };
  delete consent.at;
  return createHash('sha256').update(JSON.stringify(canonical({ ...payload, consent }))).digest('hex');
}

/** The profile columns of a stored sign-up, as SQLite returns them (what export and forwarding read). */
export interface SignUpProfileRow {
  email: string;
  event_id: string | null;
  name: string | null;
  organisation: string | null;
  member_type: string | null;
  community_type: string | null;
  region: string | null;
  experience: string | null;
  interests: string | null;
  locale: string;
  page_url: string | null;
}

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

const DAY = 24 * 60 * 60 * 1000;

/** The receiver's storage: prepared statements, one transaction per sign-up. */
export class Store {
  readonly db: Db;
  private readonly byKey;
  private readonly insertSignUp;
  private readonly insertNeeds;
  private readonly countEquality;
  private readonly insertOutbox;
  private readonly storeTx;

  constructor(db: Db) {
    this.db = db;
    this.byKey = db.prepare<[string], { status: AnswerStatus; body_hash: string | null }>('SELECT status, body_hash FROM sign_ups WHERE submission_key = ?');
    this.insertSignUp = db.prepare(`INSERT INTO sign_ups (submission_key, list, event_id, email, email_norm, name, organisation,
      member_type, community_type, region, experience, interests, locale, consent_text, consent_version, consent_privacy_url,
      consent_at, received_at, page_url, spam, status, body_hash)
      VALUES (@key, @list, @eventId, @email, @emailNorm, @name, @organisation, @memberType, @communityType, @region, @experience,
      @interests, @locale, @consentText, @consentVersion, @privacyUrl, @consentAt, @receivedAt, @pageUrl, @spam, @status, @bodyHash)`);
    this.insertNeeds = db.prepare('INSERT INTO access_needs (sign_up_id, event_id, needs, other, contact, purge_after) VALUES (?, ?, ?, ?, ?, ?)');
    this.countEquality = equalityCounter(db);
    this.insertOutbox = db.prepare('INSERT INTO outbox (sign_up_id, adapter, next_attempt_at) VALUES (?, ?, ?)');
    this.storeTx = db.transaction((p: SignUpPayload, o: StoreOptions): StoreResult => {
      const hash = bodyHash(p);
      const seen = this.byKey.get(o.key);
      // Rows stored before body_hash existed have none: a repeat of their key is taken as a repeat.
      if (seen) return seen.body_hash && seen.body_hash !== hash ? { status: seen.status, created: false, conflict: true } : { status: seen.status, created: false };
      const now = o.now ?? new Date();
      const receivedAt = now.toISOString();
      const { lastInsertRowid } = this.insertSignUp.run({
        key: o.key,
        list: p.list,
        eventId: p.eventId ?? null,
        email: p.email,
        emailNorm: normaliseEmail(p.email),
        name: p.name ?? null,
        organisation: p.organisation ?? null,
        memberType: p.memberType ?? null,
        communityType: p.communityType ?? null,
        region: p.region ?? null,
        experience: p.experience ?? null,
        interests: p.interests ? JSON.stringify(p.interests) : null,
        locale: p.locale,
        consentText: p.consent.text,
        consentVersion: p.consent.textVersion,
        privacyUrl: p.consent.privacyUrl,
        consentAt: p.consent.at,
        receivedAt,
        pageUrl: trimPageUrl(p.pageUrl),
        spam: o.spam,
        status: o.status,
        bodyHash: hash,
      });
      if (p.accessNeeds && (p.accessNeeds.needs.length || p.accessNeeds.other)) {
        const from = o.eventDate ? new Date(o.eventDate) : now;
        const purgeAfter = new Date((Number.isNaN(from.getTime()) ? now : from).getTime() + o.retentionDays * DAY).toISOString();
        const contact = p.accessNeeds.contact === undefined ? null : Number(p.accessNeeds.contact);
        this.insertNeeds.run(lastInsertRowid, p.eventId ?? null, JSON.stringify(p.accessNeeds.needs), p.accessNeeds.other ?? null, contact, purgeAfter);
      }
      // Suspected spam is kept for review with its access needs (a false positive must not lose them), but
      // it is not forwarded and adds nothing to the anonymous equality statistics.
      if (o.spam) return { status: o.status, created: true };
      if (p.equality && Object.keys(p.equality).length) {
        this.countEquality(p.list, p.eventId ?? null, receivedAt.slice(0, 7), p.equality);
      }
      if (o.forwardTo) this.insertOutbox.run(lastInsertRowid, o.forwardTo, now.getTime());
      return { status: o.status, created: true };
    });
  }

  /** Stores a valid sign-up once per key; a repeat returns the first answer and stores nothing. */
  store(payload: SignUpPayload, options: StoreOptions): StoreResult {
    return this.storeTx.immediate(payload, options);
  }

  /**
   * Deletes access needs whose retention has run out, bytes included (zeroed, WAL truncated). Returns how many
   * were deleted.
   */
  purge(now = new Date()): number {
    const purged = this.db.prepare('DELETE FROM access_needs WHERE purge_after <= ?').run(now.toISOString()).changes;
    if (purged) wipe(this.db);
    return purged;
  }

  /**
   * Erases a person by email (any letter case or Unicode form) from every table that holds it, bytes included:
   * the rows and their index entries are zeroed in the database file and the WAL is truncated.
   */
  erase(email: string): { signUps: number; accessNeeds: number; outbox: number; wiped: boolean } {
    const norm = normaliseEmail(email);
    const counts = this.db.transaction(() => {
      const ids = 'SELECT id FROM sign_ups WHERE email_norm = ?';
      const accessNeeds = this.db.prepare(`DELETE FROM access_needs WHERE sign_up_id IN (${ids})`).run(norm).changes;
      const outbox = this.db.prepare(`DELETE FROM outbox WHERE sign_up_id IN (${ids})`).run(norm).changes;
      const signUps = this.db.prepare('DELETE FROM sign_ups WHERE email_norm = ?').run(norm).changes;
      return { signUps, accessNeeds, outbox };
    }).immediate();
    return { ...counts, wiped: wipe(this.db) };
  }
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
