import { UK_REGIONS, type UkRegion } from './vocabulary.js';

/**
 * Names people give a UK region in free text (Murmurations' `region` is "the region (state, county,
 * province, etc.)", up to 100 characters), by ITL1 region: the ITL1 names and codes are matched
 * separately (see {@link regionFromName}); here are English and Welsh names, ceremonial and historic
 * counties, council areas, city regions and the largest cities, as normalised by `key()` (lower case,
 * no accents, punctuation as spaces). Kept compact on purpose: it ships to partner pages (in the map's
 * on-demand outlines chunk), so it lists what feeds say, not every place.
 */
const NAMES: Record<UkRegion, string> = {
  'north-east':
    'northeast|tyne and wear|tyneside|northumberland|durham|teesside|tees valley|newcastle|newcastle upon tyne|sunderland|middlesbrough|gateshead|gogledd ddwyrain lloegr',
  'north-west':
    'northwest|greater manchester|manchester|salford|merseyside|liverpool|liverpool city region|lancashire|lancs|cheshire|cumbria|cumberland|westmorland|gogledd orllewin lloegr',
  'yorkshire-and-the-humber':
    'yorkshire|yorkshire and humber|yorkshire humber|yorkshire and humberside|west yorkshire|south yorkshire|north yorkshire|east yorkshire|east riding|east riding of yorkshire|humber|humberside|leeds|sheffield|bradford|hull|york|swydd efrog|swydd efrog a r humber',
  'east-midlands':
    'derbyshire|nottinghamshire|notts|leicestershire|lincolnshire|northamptonshire|rutland|nottingham|leicester|derby|lincoln|northampton|dwyrain canolbarth lloegr',
  'west-midlands':
    'birmingham|coventry|wolverhampton|black country|staffordshire|shropshire|warwickshire|worcestershire|herefordshire|stoke on trent|gorllewin canolbarth lloegr',
  'east-of-england':
    'east|eastern|east anglia|norfolk|suffolk|cambridgeshire|cambridge|peterborough|norwich|essex|hertfordshire|herts|bedfordshire|beds|luton|dwyrain lloegr',
  london: 'greater london|inner london|outer london|llundain',
  'south-east':
    'southeast|kent|surrey|sussex|east sussex|west sussex|hampshire|hants|isle of wight|berkshire|buckinghamshire|bucks|oxfordshire|oxford|brighton|brighton and hove|southampton|portsmouth|reading|milton keynes|de ddwyrain lloegr',
  'south-west':
    'southwest|west country|cornwall|kernow|isles of scilly|devon|somerset|dorset|wiltshire|gloucestershire|bristol|bath|plymouth|exeter|de orllewin lloegr',
  scotland:
    'alba|yr alban|highland|highlands|scottish highlands|highlands and islands|glasgow|edinburgh|aberdeen|aberdeenshire|dundee|inverness|fife|lothian|lothians|strathclyde|grampian|tayside|lanarkshire|ayrshire|argyll|argyll and bute|dumfries and galloway|scottish borders|orkney|shetland|western isles|na h eileanan siar|perth and kinross|stirling|moray|angus',
  wales:
    'cymru|north wales|south wales|west wales|mid wales|gogledd cymru|de cymru|canolbarth cymru|gorllewin cymru|cardiff|caerdydd|swansea|abertawe|newport|casnewydd|gwynedd|powys|ceredigion|pembrokeshire|sir benfro|carmarthenshire|sir gaerfyrddin|anglesey|ynys mon|conwy|denbighshire|sir ddinbych|flintshire|sir y fflint|wrexham|wrecsam|monmouthshire|sir fynwy|glamorgan|vale of glamorgan|bro morgannwg|rhondda cynon taf|caerphilly|caerffili|bridgend|pen y bont ar ogwr|neath port talbot|merthyr tydfil|merthyr tudful|blaenau gwent|torfaen|cardiff capital region|swansea bay',
  'northern-ireland':
    'ni|gogledd iwerddon|belfast|antrim|armagh|down|fermanagh|londonderry|derry|derry londonderry|tyrone',
};

/** Lower case, without accents or punctuation: "Gogledd-orllewin Lloegr" → "gogledd orllewin lloegr". */
function key(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[’']/g, ' ')
    .replace(/[^a-z0-9,]+/g, ' ')
    .replace(/ *, */g, ',')
    .trim();
}

let table: Map<string, UkRegion> | undefined;
function lookup(): Map<string, UkRegion> {
  if (!table) {
    table = new Map();
    for (const region of UK_REGIONS) {
      // The id itself ("north-west" → "north west") and every listed name.
      table.set(region.replace(/-/g, ' '), region);
      for (const name of NAMES[region].split('|')) table.set(name, region);
    }
  }
  return table;
}

/** ITL1 (and the older NUTS1) codes: TLC / UKC North East … TLN / UKN Northern Ireland, in UK_REGIONS order. */
const CODE = /^(?:tl|uk)([c-n])$/;

/** Affixes that do not change the region: "The", "County", ", UK", " England", " region" and the like. */
const AFFIXES =
  /^(?:the|county|co|city of|city and county of) | (?:uk|gb|united kingdom|great britain|britain|england|lloegr|region|city region|county|shire)$/;

function fromKey(k: string): UkRegion | undefined {
  for (
    let name = k, previous = '';
    name && name !== previous;
    previous = name, name = name.replace(AFFIXES, '').trim()
  ) {
    const found = lookup().get(name);
    if (found) return found;
    const code = CODE.exec(name)?.[1];
    if (code) return UK_REGIONS[code.charCodeAt(0) - 99];
  }
  return undefined;
}

/**
 * The ITL1 region a free-text region name means, if it is one this table knows: "Greater Manchester",
 * "North West England", "London, UK", "Cymru", "Yorkshire", "Highland", "TLD". A text with commas is
 * tried whole, then part by part from the last ("Salford, Greater Manchester, UK"). Case, accents,
 * punctuation and affixes such as "The", "County", ", UK", " England" and " region" do not matter.
 */
export function regionFromName(text: string): UkRegion | undefined {
  const k = key(text);
  const parts = k.split(',').filter(Boolean);
  for (const candidate of [parts.join(' '), ...parts.reverse()]) {
    const found = fromKey(candidate);
    if (found) return found;
  }
  return undefined;
}
