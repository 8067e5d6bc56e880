// Assertions on what a screen reader said: meaning (key words and their order), not punctuation.
import assert from 'node:assert/strict';

/**
 * While a flow runs, failed checks are collected rather than thrown, so the flow goes on to the end and
 * its transcript is whole; the flow then fails with every check that did not hold.
 */
let collected;
export async function collecting(run) {
  collected = [];
  let failures;
  try {
    await run();
  } finally {
    failures = collected;
    collected = undefined;
  }
  if (failures.length)
    throw new assert.AssertionError({
      message: `${failures.length} check(s) failed:\n\n${failures.map((f) => f.message).join('\n\n')}`,
    });
}

function ok(value, message) {
  if (value) return;
  const error = new assert.AssertionError({ message, actual: value, expected: true, operator: '==' });
  if (collected) collected.push(error);
  else throw error;
}

/**
 * Lower case, curly quotes made straight, and punctuation at the ends of words dropped — but not inside
 * a word: "notice(opens" stays one word, so two words run together still fail.
 */
export function words(text) {
  return text
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
}

const norm = (text) => ` ${words(text).join(' ')} `;

/** Where `phrase` starts in `lines` (as one text), or -1. */
function indexIn(text, phrase, from = 0) {
  return norm(text).indexOf(norm(phrase), from);
}

const show = (lines) => `\n  heard:\n    ${lines.join('\n    ') || '(nothing)'}`;

/** Every phrase was said, in this order. */
export function heard(lines, ...phrases) {
  const text = norm(lines.join('\n'));
  let at = 0;
  for (const p of phrases) {
    const i = text.indexOf(norm(p), at);
    ok(
      i >= 0,
      `expected to hear "${p}"${phrases.length > 1 ? ` (in order: ${phrases.map((x) => `"${x}"`).join(' → ')})` : ''}${show(lines)}`,
    );
    at = i + norm(p).length - 1;
  }
}

/** The phrase was never said. */
export function notHeard(lines, phrase) {
  ok(indexIn(lines.join('\n'), phrase) < 0, `did not expect to hear "${phrase}"${show(lines)}`);
}

/** How many times the phrase was said. */
export function timesHeard(lines, phrase) {
  const text = norm(lines.join('\n'));
  const p = norm(phrase);
  let n = 0;
  for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) n += 1;
  return n;
}

export function heardOnce(lines, phrase) {
  ok(timesHeard(lines, phrase) === 1, `expected to hear "${phrase}" exactly once${show(lines)}`);
}

/** The raw utterances (for the few checks where punctuation between words is the point). */
export function rawMatches(lines, re, message) {
  ok(re.test(lines.join('\n')), `${message}${show(lines)}`);
}

/** A condition on the lines, reported with them. */
export function check(value, message, lines) {
  ok(value, `${message}${show(lines)}`);
}

export function rawDoesNotMatch(lines, re, message) {
  ok(!re.test(lines.join('\n')), `${message}${show(lines)}`);
}
