// What a blind person using Orca with Chromium hears, flow by flow, over the built Storybook: real key
// presses (xdotool), real speech (speech-dispatcher's output captured to a file). Run with
// `npm run test:sr`; every flow's transcript is written to .ctkit/sr-transcripts/<flow>.txt.
// Assertions are on meaning — key words and their order — not on punctuation (see speech.mjs).
/* global document -- in page.waitForFunction callbacks, which run in the browser */
import { after, before, describe, it } from 'node:test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { ScreenReaderStack } from '../../packages/tooling/src/screen-reader/stack.mjs';
import { findChromium } from '../../packages/tooling/src/browsers.mjs';
import { repoRoot } from '../../packages/tooling/src/ensure.mjs';
import { serveStatic } from './serve.mjs';
import { check, collecting, heard, heardOnce, notHeard, rawDoesNotMatch, timesHeard } from './speech.mjs';

const outDir = process.env.CTKIT_SR_TRANSCRIPTS ?? `${repoRoot}.ctkit/sr-transcripts`;
mkdirSync(outDir, { recursive: true });

/** @type {ScreenReaderStack} */
let sr;
let server;

before(
  async () => {
    server = await serveStatic(`${repoRoot}storybook-static`);
    sr = new ScreenReaderStack({ chromium: /** @type {string} */ (findChromium()) });
    await sr.start();
  },
  { timeout: 600_000 },
);

after(async () => {
  await sr?.stop();
  await server?.close();
});

/**
 * One flow: opens a story as a person would and gives `run` a `say(label, keys, until?)` that presses keys
 * and returns what was said; the transcript is written as it goes (so a failing flow still leaves one).
 */
function flow(name, story, run, { locale } = {}) {
  it(name, { timeout: 900_000 }, async () => {
    const file = `${outDir}/${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.txt`;
    const log = [`# ${name}`, `# story: ${story}${locale ? ` (${locale})` : ''}`];
    const save = () => writeFileSync(file, `${log.join('\n')}\n`);
    const url = `${server.url}/iframe.html?id=${story}&viewMode=story${locale ? `&globals=locale:${locale}` : ''}`;
    await sr.open(url, { ready: () => document.querySelector('#storybook-root')?.children.length });
    /** @param {string} label @param {string[]} keys @param {RegExp} [until] */
    const say = async (label, keys, until) => {
      if (keys.length) sr.key(...keys);
      const lines = await sr.spoken(until ? { until } : {});
      log.push(`## ${label}`, ...lines.map((l) => `   ${l}`));
      save();
      return lines;
    };
    save();
    await collecting(() => run(say, sr));
  });
}

/** Presses `key` until what is said matches `re` (at most `max` times); returns what the last press said. */
async function pressUntil(say, label, key, re, max = 12) {
  let lines = [];
  for (let i = 0; i < max && !lines.some((l) => re.test(l)); i++) lines = await say(label, [key], /./);
  return lines;
}

describe('screen reader (Orca + Chromium)', () => {
  flow('sign-up: fields, submit empty, follow an error link', 'widgets-sign-up-form--empty', async (say) => {
    const email = await say('Tab to the email field', ['Tab'], /entry/i);
    heard(email, 'email address', 'only use this to send you what you sign up for');

    const link = await say('Tab to the privacy link', ['Tab'], /link/i);
    // Defect 8: "…notice(opens in a new tab)" — name and note ran together.
    heard(link, 'privacy notice opens in a new tab', 'link');

    const consent = await say('Tab to the consent box', ['Tab'], /check box/i);
    // Defect 7: the group's legend and its "Read how we use your information…" line were not heard.
    heard(consent, 'i agree to', 'check box not checked');
    heard(consent, 'permission to email you', 'read how we use your information');

    await say('Tab to Sign up', ['Tab'], /button/i);
    const summary = await say('Enter: submit the empty form', ['Return'], /select the box/i);
    // Defect 1: the summary is heard title first, then its items in page order, once.
    heard(summary, 'there is a problem', 'enter an email address', 'select the box to agree');
    const title = summary.findIndex((l) => /there is a problem/i.test(l));
    const firstItem = summary.findIndex((l) => /enter an email address|select the box/i.test(l));
    check(title >= 0 && title <= firstItem, 'the title comes before the items', summary);
    check(timesHeard(summary, 'enter an email address') === 1, 'each error is said once', summary);
    check(timesHeard(summary, 'there is a problem') === 1, 'the title is said once', summary);

    const first = await say('Tab to the first error link', ['Tab'], /link/i);
    heard(first, 'enter an email address', 'link');
    const field = await say('Enter: follow it to the field', ['Return'], /entry/i);
    heard(
      field,
      'email address',
      'entry',
      'only use this to send you what you sign up for',
      'error',
      'enter an email address',
    );
    // Defect 8: the hint and the error ran together ("…sign up for Error: Enter…").
    rawDoesNotMatch(field, /sign up for\s+error/i, 'the hint ends before the error starts');
  });

  const accessNeeds = (locale) => async (say) => {
    const cy = locale === 'cy';
    const t = (en, welsh) => (cy ? welsh : en);
    await say('Tab to "Why we ask"', ['Tab'], /button/i);
    const first = await say('Tab to the first box', ['Tab'], /check box/i);
    heard(
      first,
      t('communication', 'cyfathrebu'),
      t('british sign language', 'iaith arwyddion prydain'),
      'check box not checked',
    );
    // Defect 7: the question's hint is heard when tabbing in.
    heard(
      first,
      t('select all that apply', 'dewiswch bob un'),
      t('you do not need to tell us why', 'does dim angen i chi ddweud pam'),
    );
    // Defect 6: the group's name is said once.
    heardOnce(first, t('communication', 'cyfathrebu'));

    heard(await say('Space: tick BSL', ['space'], /checked/i), 'checked');
    await say('Tab to ISL', ['Tab'], /check box/i);
    heard(await say('Space: tick ISL', ['space'], /checked/i), 'checked');
    const something = await pressUntil(say, 'Tab', 'Tab', new RegExp(t('something else', 'rhywbeth arall'), 'i'), 30);
    heard(something, t('something else', 'rhywbeth arall'), 'check box not checked');
    // Defect 6: a box that reveals a text box is a check box like the others, not a switch to focus mode.
    notHeard(something, 'focus mode');
    const none = await say('Tab to None of these', ['Tab'], new RegExp(t('none of these', 'dim un o'), 'i'));
    heard(none, t('none of these', 'dim un o’r rhain'), 'check box not checked');
    notHeard(none, 'browse mode');
    const ticked = await say('Space: tick None of these', ['space'], new RegExp(t('unselected', 'dad-ddewis'), 'i'));
    // Defect 2: what it unticked is said, politely, once, after the state of the box itself.
    heard(ticked, 'checked');
    heard(ticked, t('none of these: selected', 'dim un o’r rhain: wedi’i ddewis'), t('unselected', 'wedi dad-ddewis'));
    heard(
      ticked,
      t('unselected', 'wedi dad-ddewis'),
      t('british sign language', 'iaith arwyddion prydain'),
      t('irish sign language', 'iaith arwyddion iwerddon'),
    );
    heardOnce(ticked, t('unselected', 'wedi dad-ddewis'));

    // "Something else", with text typed in the box it reveals, then "None of these" again.
    const other = await pressUntil(
      say,
      'Shift+Tab',
      'shift+Tab',
      new RegExp(t('something else', 'rhywbeth arall'), 'i'),
      5,
    );
    heard(other, t('something else', 'rhywbeth arall'), 'check box');
    const reveal = await say('Space: tick Something else', ['space'], new RegExp(t('text box', 'blwch testun'), 'i'));
    // Defect 6: ticking it says that a text box appeared, and which.
    heard(reveal, 'checked');
    heard(
      reveal,
      t('a text box appeared', 'mae blwch testun wedi ymddangos'),
      t('what other support would help', 'pa gymorth arall'),
    );
    heardOnce(reveal, t('text box', 'blwch testun'));
    const box = await say('Tab to the revealed text box', ['Tab'], /entry|text/i);
    heard(box, t('what other support would help', 'pa gymorth arall'));
    sr.type('a ramp');
    await say('(typed "a ramp")', [], undefined);
    heard(
      await say('Tab to None of these', ['Tab'], new RegExp(t('none of these', 'dim un o'), 'i')),
      t('none of these', 'dim un o’r rhain'),
    );
    const removed = await say('Space: tick None of these', ['space'], new RegExp(t('unselected', 'dad-ddewis'), 'i'));
    // Defect 2: that "Something else" and its text were removed is said, once. Removing the text box moves
    // Orca's context, so Orca does not say "checked" here: the announcement carries the state.
    heard(removed, t('none of these: selected', 'dim un o’r rhain: wedi’i ddewis'));
    heard(removed, t('unselected', 'wedi dad-ddewis'), t('something else', 'rhywbeth arall'), 'a ramp');
    heardOnce(removed, 'a ramp');
  };
  flow(
    'access needs: group, each box, None of these, Something else',
    'widgets-access-needs--in-person',
    accessNeeds('en'),
  );
  flow('access needs in Welsh: None of these', 'widgets-access-needs--welsh', accessNeeds('cy'));

  flow('access needs: browse mode', 'widgets-access-needs--in-person', async (say) => {
    const lines = [];
    for (let i = 0; i < 24 && !lines.some((l) => /irish sign language/i.test(l)); i++)
      lines.push(...(await say('Down', ['Down'], /./)));
    heard(lines, 'communication', 'british sign language', 'check box not checked', 'irish sign language');
    // Defect 6: each box, and each group's name, is read once in browse mode.
    heardOnce(lines, 'british sign language (bsl) interpreter');
    heardOnce(lines, 'communication');
    // The question's hint is read once: with the first box (which it describes), not also as a line before.
    heard(lines, 'british sign language', 'select all that apply', 'irish sign language');
    heardOnce(lines, 'select all that apply');
  });

  flow('event card: browse mode, then the calendar controls', 'widgets-event-card--in-person-launch', async (say) => {
    const lines = [];
    for (let i = 0; i < 12 && !lines.some((l) => /^access heading/i.test(l)); i++)
      lines.push(...(await say('Down', ['Down'], /./)));
    heard(
      lines,
      'date',
      'description term',
      'format',
      'in person',
      'where',
      'type',
      'price',
      'places',
      'access heading level 3',
    );
    // Defect 5: the date is one phrase, not "…from 6pm. / to description value. / 8:30pm."
    check(
      lines.some((l) => /\d{4} from \S+ to \S+ description value/i.test(l)),
      'the date is said as one phrase',
      lines,
    );
    notHeard(lines, 'to description value');
    const cal = await pressUntil(say, 'Tab', 'Tab', /add to calendar/i, 8);
    heard(cal, 'add to calendar', 'launch event', 'collapsed');
    await say('Enter: open "Add to calendar"', ['Return'], /expanded/i);
    const link = await say('Tab to the first calendar link', ['Tab'], /link/i);
    heard(link, 'calendar', 'link');
  });

  // Four events a page, so "Show more" is there.
  flow('event list: filters, count announcement, Show more', 'widgets-event-list--from-property', async (say) => {
    const filter = await pressUntil(say, 'Tab', 'Tab', /combo box/i, 6);
    heard(filter, 'when', 'combo box', 'upcoming');
    const past = await say('Down: past events', ['Down'], /found/i);
    // The count is announced politely after a filter changes, once.
    heard(past, 'past', 'found');
    heardOnce(past, 'found');
    const back = await say('Up: upcoming events again', ['Up'], /found/i);
    heard(back, 'upcoming', 'events found');
    heardOnce(back, 'found');
    const more = await pressUntil(say, 'Tab', 'Tab', /show \d+ more/i, 30);
    heard(more, 'show', 'more events', 'button');
    const after = await say('Enter: Show more', ['Return'], /./);
    check(after.length > 0, 'something is said after "Show more"', after);
  });

  flow('map: tabs, markers, clusters, details, Escape', 'widgets-community-map--map-view', async (say) => {
    const tab = await pressUntil(say, 'Tab', 'Tab', /page tab/i, 10);
    heard(tab, 'map', 'page tab');
    const next = await say('Tab into the map panel', ['Tab'], /./);
    // Defect 8: no unnamed "scroll pane" stop on the way.
    notHeard(next, 'scroll pane');
    heard(next, 'zoom in');
    const marker = await pressUntil(say, 'Tab', 'Tab', /opens dialog/i, 5);
    // Defect 3: tabbing into the map, how many members and how to move between them are heard.
    heard(
      marker,
      'map of members',
      'push button',
      'members on it',
      'arrow keys move between markers',
      'enter opens details',
    );
    const arrow = await say('Right arrow: next marker', ['Right'], /push button/i);
    heard(arrow, 'push button');
    // Defect 8: each arrow press says the marker, not "collapsed …" nor the instructions again.
    notHeard(arrow, 'collapsed');
    notHeard(arrow, 'arrow keys move');
    // Which marker is next depends on how the markers cluster at this width: take its name from what was said.
    const name = (arrow.find((l) => /push button/i.test(l)) ?? '').split(',')[0].trim();
    check(name.length > 0, 'the arrow says the next marker’s name', arrow);
    const details = await say('Enter: open details', ['Return'], /close|type/i);
    heard(details, name);
    // Defect 4: term and value heard apart ("practitionerPlace", "LondonWorks" before).
    rawDoesNotMatch(details, /\p{Ll}\p{Lu}\p{Ll}/u, 'terms and values are not run together');
    const escape = await say('Escape: close details', ['Escape'], /push button/i);
    heard(escape, name, 'push button');
    // Back on the marker whose details just closed: not "expanded".
    notHeard(escape, 'expanded');
    notHeard(escape, 'arrow keys move');
    const cluster = await pressUntil(say, 'Right arrow', 'Right', /members in|members around/i, 8);
    heard(cluster, 'members');
    const list = await say('Enter: open the cluster', ['Return'], /./);
    heard(list, 'members');
    await say('Escape', ['Escape'], /push button/i);
  });
});
