// Screenshot baselines for every story (tests/visual*.test.ts), with @web/test-runner-visual-regression:
// the test takes a screenshot of the story's canvas in Chromium and compares it with its baseline in
// tests/screenshots/. A screenshot that differs is written to .ctkit/screenshots/ (as taken), with an image
// of the difference beside it. CTKIT_UPDATE_SCREENSHOTS=1 writes the screenshots as the new baselines
// instead (CONTRIBUTING.md, "Screenshots").
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { deflateSync } from 'node:zlib';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

export const BASELINE_DIR = 'tests/screenshots';
export const FAILED_DIR = '.ctkit/screenshots';

/**
 * How different a screenshot may be and still pass. pixelmatch compares pixel by pixel: `threshold` is how
 * far apart two colours may be and count as the same (0–1 in YIQ space; 0.1 is its default), and pixels it
 * takes for anti-aliasing (text edges, which move with font hinting) are not counted (`includeAA: false`).
 * Then at most `failureThreshold` pixels may differ. A token's colour or a layout shift of one pixel changes
 * hundreds of pixels.
 */
export const TOLERANCE = { threshold: 0.03, includeAA: false, failureThreshold: 30 };

/**
 * Baselines are kept small: stored with a palette of 256 colours, a byte a pixel (about a quarter of
 * Chromium's PNG). The EXACT most frequent colours of the screenshot keep their exact values (the page, the
 * text, the tokens' colours: a token that changes colour changes them); every other colour (anti-aliased
 * edges, mostly) is rounded to one of the 216 colours whose channels are 0, 51, 102 … 255. A new screenshot
 * is reduced the same way before it is compared, so an unchanged story matches its baseline exactly.
 */
const EXACT = 40;
const LEVELS = 6;
const STEP = 255 / (LEVELS - 1);

/** A screenshot reduced to the palette: `{ width, height, index, palette }` (a palette index a pixel, RGB triples). */
function quantise(png) {
  const { width, height, data } = PNG.sync.read(png);
  const rgb = (i) => (data[i * 4] << 16) | (data[i * 4 + 1] << 8) | data[i * 4 + 2];
  const counts = new Map();
  for (let i = 0; i < width * height; i++) counts.set(rgb(i), (counts.get(rgb(i)) ?? 0) + 1);
  const exact = [...counts]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, EXACT)
    .map(([c]) => c);
  const slot = new Map(exact.map((c, i) => [c, i]));
  const palette = Buffer.alloc((EXACT + LEVELS ** 3) * 3);
  exact.forEach((c, i) => {
    palette.set([c >> 16, (c >> 8) & 255, c & 255], i * 3);
  });
  for (let p = 0; p < LEVELS ** 3; p++) {
    const levels = [Math.floor(p / (LEVELS * LEVELS)), Math.floor(p / LEVELS) % LEVELS, p % LEVELS];
    palette.set(
      levels.map((l) => Math.round(l * STEP)),
      (EXACT + p) * 3,
    );
  }
  const q = (v) => Math.round(v / STEP);
  const index = new Uint8Array(width * height);
  for (let i = 0; i < index.length; i++) {
    index[i] = slot.get(rgb(i)) ?? EXACT + (q(data[i * 4]) * LEVELS + q(data[i * 4 + 1])) * LEVELS + q(data[i * 4 + 2]);
  }
  return { width, height, index, palette };
}

/** RGBA pixels of a quantised image, for pixelmatch. */
function rgba({ width, height, index, palette }) {
  const data = Buffer.alloc(width * height * 4, 255);
  for (let i = 0; i < index.length; i++) palette.copy(data, i * 4, index[i] * 3, index[i] * 3 + 3);
  return data;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** An indexed-colour PNG (colour type 3, 8 bits) of a quantised image: pngjs writes no palettes. */
function palettePng({ width, height, index, palette }) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8);
  // Each row starts with its filter byte (0: none, the best filter for palette images).
  const rows = Buffer.alloc((width + 1) * height);
  for (let y = 0; y < height; y++) rows.set(index.subarray(y * width, (y + 1) * width), y * (width + 1) + 1);
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('PLTE', palette),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The plugin's getImageDiff: the new screenshot is quantised like its baseline, then pixelmatch. */
function imageDiff({ baselineImage, image, options }) {
  const base = PNG.sync.read(baselineImage);
  const shot = quantise(image);
  const { width, height } = shot;
  const diff = new PNG({ width: Math.max(width, base.width), height: Math.max(height, base.height) });
  if (base.width !== width || base.height !== height) {
    return {
      error: `The screenshot is ${String(width)}×${String(height)} px, its baseline ${String(base.width)}×${String(base.height)} px.`,
      diffImage: PNG.sync.write(diff),
      diffPercentage: 100,
      diffPixels: width * height,
    };
  }
  const diffPixels = pixelmatch(base.data, rgba(shot), diff.data, width, height, options);
  return {
    error: '',
    diffImage: PNG.sync.write(diff),
    diffPercentage: (diffPixels / (width * height)) * 100,
    diffPixels,
  };
}

function save({ filePath, content }) {
  mkdirSync(dirname(filePath), { recursive: true });
  writeFileSync(filePath, content);
}

/** The visual-regression plugin set up for this repository, and the check for baselines without a story. */
export function visualPlugins({ rootDir }) {
  const update = process.env.CTKIT_UPDATE_SCREENSHOTS === '1';
  const dir = `${rootDir}${BASELINE_DIR}`;
  return [
    visualRegressionPlugin({
      update,
      baseDir: rootDir,
      getBaselineName: ({ name }) => `${BASELINE_DIR}/${name}`,
      getFailedName: ({ name }) => `${FAILED_DIR}/${name}`,
      getDiffName: ({ name }) => `${FAILED_DIR}/${name}-diff`,
      saveBaseline: ({ filePath, content }) => {
        save({ filePath, content: palettePng(quantise(content)) });
      },
      getImageDiff: imageDiff,
      diffOptions: { threshold: TOLERANCE.threshold, includeAA: TOLERANCE.includeAA },
      failureThresholdType: 'pixel',
      failureThreshold: TOLERANCE.failureThreshold,
    }),
    {
      name: 'ctkit-visual-baselines',
      /**
       * `ctkit-visual-baselines` with `{ expected }` (every screenshot name the stories give): the baselines
       * no story takes any more. With CTKIT_UPDATE_SCREENSHOTS=1 they are deleted. With CTKIT_STORIES set
       * the tests see only some stories, so nothing can be said: `{ filtered: true }`.
       */
      executeCommand({ command, payload }) {
        if (command !== 'ctkit-visual-baselines') return undefined;
        if (process.env.CTKIT_STORIES) return { filtered: true, orphans: [] };
        const expected = new Set(payload.expected);
        const orphans = existsSync(dir)
          ? readdirSync(dir).filter((f) => f.endsWith('.png') && !expected.has(f.slice(0, -4)))
          : [];
        if (update) for (const f of orphans) rmSync(`${dir}/${f}`);
        return { filtered: false, orphans: update ? [] : orphans };
      },
    },
  ];
}
