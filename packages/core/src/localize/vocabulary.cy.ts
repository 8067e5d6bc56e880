import type { Translation } from './catalogue.js';
import type { VocabularyLabels } from './core-messages.js';
import { WELSH_REGION_NAMES } from './welsh-regions.js';

/** Welsh names of the shared vocabulary, fetched only when a widget that shows them speaks Welsh. */
const cy: Translation<VocabularyLabels> = {
  region: WELSH_REGION_NAMES,
  memberType: {
    individual: 'Unigolyn',
    'community-group': 'Grŵp cymunedol',
    'not-for-profit-business': 'Busnes nid-er-elw',
    'partner-organisation': 'Sefydliad partner',
    researcher: 'Ymchwilydd',
    'freelance-practitioner': 'Ymarferydd llawrydd',
    other: 'Arall',
  },
  communityType: {
    'place-based': 'Yn seiliedig ar le',
    'shared-experience': 'Profiad, diddordeb neu angen a rennir',
    both: 'Y ddau',
  },
  experience: {
    new: 'Newydd i dechnoleg gymunedol',
    some: 'Rhywfaint o brofiad',
    experienced: 'Profiadol',
    'very-experienced': 'Profiadol iawn',
  },
  interest: {
    'action-learning-sets': 'Setiau dysgu gweithredol',
    'deep-dives': 'Sesiynau manwl ar bynciau',
    'peer-drop-ins': 'Sesiynau galw heibio gyda chymheiriaid',
    'one-to-one-sessions': 'Sesiynau un-i-un gydag arbenigwyr',
    events: 'Digwyddiadau',
    'funding-news': 'Newyddion am gyllid',
  },
};

export default cy;
