import Database from 'better-sqlite3';
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { SignUpPayload } from '../../core/src/schemas/sign-up.js';

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
  status              TEXT NOT NULL           -- the answer given: subscribed | pending-confirmation
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

-- Equality monitoring: no email, no link to the sign-up, only the month — anonymous by design.
CREATE TABLE IF NOT EXISTS equality_answers (
  id             INTEGER PRIMARY KEY,
  list           TEXT NOT NULL,
  event_id       TEXT,
  answers        TEXT NOT NULL,
  received_month TEXT NOT NULL
);

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

/** Opens (and creates) the database: WAL mode, foreign keys on, tables created if missing. */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
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

/** user_version 1: email_norm is NFC. Rows stored before were only lower-cased: recompute them, once. */
function migrate(db: Db): void {
  if ((db.pragma('user_version', { simple: true }) as number) >= 1) return;
  db.transaction(() => {
    // Checked again inside the write lock: another process may have migrated meanwhile.
    if ((db.pragma('user_version', { simple: true }) as number) >= 1) return;
    const update = db.prepare('UPDATE sign_ups SET email_norm = ? WHERE id = ?');
    for (const row of db.prepare<[], { id: number; email: string; email_norm: string }>('SELECT id, email, email_norm FROM sign_ups').all()) {
      const norm = normaliseEmail(row.email);
      if (norm !== row.email_norm) update.run(norm, row.id);
    }
    db.pragma('user_version = 1');
  }).immediate();
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
  private readonly insertEquality;
  private readonly insertOutbox;
  private readonly storeTx;

  constructor(db: Db) {
    this.db = db;
    this.byKey = db.prepare<[string], { status: AnswerStatus }>('SELECT status FROM sign_ups WHERE submission_key = ?');
    this.insertSignUp = db.prepare(`INSERT INTO sign_ups (submission_key, list, event_id, email, email_norm, name, organisation,
      member_type, community_type, region, experience, interests, locale, consent_text, consent_version, consent_privacy_url,
      consent_at, received_at, page_url, spam, status)
      VALUES (@key, @list, @eventId, @email, @emailNorm, @name, @organisation, @memberType, @communityType, @region, @experience,
      @interests, @locale, @consentText, @consentVersion, @privacyUrl, @consentAt, @receivedAt, @pageUrl, @spam, @status)`);
    this.insertNeeds = db.prepare('INSERT INTO access_needs (sign_up_id, event_id, needs, other, contact, purge_after) VALUES (?, ?, ?, ?, ?, ?)');
    this.insertEquality = db.prepare('INSERT INTO equality_answers (list, event_id, answers, received_month) VALUES (?, ?, ?, ?)');
    this.insertOutbox = db.prepare('INSERT INTO outbox (sign_up_id, adapter, next_attempt_at) VALUES (?, ?, ?)');
    this.storeTx = db.transaction((p: SignUpPayload, o: StoreOptions): StoreResult => {
      const seen = this.byKey.get(o.key);
      if (seen) return { status: seen.status, created: false };
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
        this.insertEquality.run(p.list, p.eventId ?? null, JSON.stringify(p.equality), receivedAt.slice(0, 7));
      }
      if (o.forwardTo) this.insertOutbox.run(lastInsertRowid, o.forwardTo, now.getTime());
      return { status: o.status, created: true };
    });
  }

  /** Stores a valid sign-up once per key; a repeat returns the first answer and stores nothing. */
  store(payload: SignUpPayload, options: StoreOptions): StoreResult {
    return this.storeTx.immediate(payload, options);
  }

  /** Deletes access needs whose retention has run out. Returns how many were deleted. */
  purge(now = new Date()): number {
    return this.db.prepare('DELETE FROM access_needs WHERE purge_after <= ?').run(now.toISOString()).changes;
  }

  /** Erases a person by email (any letter case or Unicode form) from every table that holds it. */
  erase(email: string): { signUps: number; accessNeeds: number; outbox: number } {
    const norm = normaliseEmail(email);
    return this.db.transaction(() => {
      const ids = 'SELECT id FROM sign_ups WHERE email_norm = ?';
      const accessNeeds = this.db.prepare(`DELETE FROM access_needs WHERE sign_up_id IN (${ids})`).run(norm).changes;
      const outbox = this.db.prepare(`DELETE FROM outbox WHERE sign_up_id IN (${ids})`).run(norm).changes;
      const signUps = this.db.prepare('DELETE FROM sign_ups WHERE email_norm = ?').run(norm).changes;
      return { signUps, accessNeeds, outbox };
    }).immediate();
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
