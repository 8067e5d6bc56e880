import type { SignUpRegion } from '../schemas/vocabulary.js';

/**
 * The regions' Welsh names, always at hand: the community map's search finds "Cymru" on an English page.
 * A module of its own, kept out of the chunk every page loads (vite.config.ts): only the map and the
 * Welsh vocabulary read it.
 */
export const WELSH_REGION_NAMES: Record<SignUpRegion, string> = {
  'north-east': 'Gogledd-ddwyrain Lloegr',
  'north-west': 'Gogledd-orllewin Lloegr',
  'yorkshire-and-the-humber': 'Swydd Efrog a’r Humber',
  'east-midlands': 'Dwyrain Canolbarth Lloegr',
  'west-midlands': 'Gorllewin Canolbarth Lloegr',
  'east-of-england': 'Dwyrain Lloegr',
  london: 'Llundain',
  'south-east': 'De-ddwyrain Lloegr',
  'south-west': 'De-orllewin Lloegr',
  scotland: 'Yr Alban',
  wales: 'Cymru',
  'northern-ireland': 'Gogledd Iwerddon',
  'outside-uk': 'Y tu allan i’r DU',
};
