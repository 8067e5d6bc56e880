/**
 * The usage guidance at the top of each widget's Storybook docs page: when to use it, what to do and not
 * do, and the snippet to start from. The API tables below it come from custom-elements.json (the JSDoc).
 */
const page = (summary: string, when: string, whenNot: string, dos: string[], donts: string[]) =>
  `${summary}

### When to use it
${when}

### When not to use it
${whenNot}

### Do
${dos.map((d) => `- ${d}`).join('\n')}

### Don't
${donts.map((d) => `- ${d}`).join('\n')}

Start from the **Playground** below: change the attributes with the controls, then "Show code" gives the
snippet to paste (the script tag once per page, then the element, with its fallback content).`;

export const usage = {
  signUpForm: page(
    'Join a mailing list, a community of practice or an event. GOV.UK validation and error summary, an unticked consent box that names the organisation, and delivery that survives network failures: a sign-up that cannot be sent is saved in the browser and retried.',
    'To let people join a mailing list or community (`list`), or register for one event (`event-id`, `event-name`). It posts to your receiver (`action`), or you deliver it yourself by cancelling `ct-submit`.',
    'For a form that is not a sign-up (feedback, contact, payments), or inside another form: it is a whole form of its own. To ask only about access needs inside your own form, use `ct-access-needs`.',
    [
      'Set `org-name` and `privacy-url`: the consent text names who will email the person and links to how their data is used.',
      'Ask only what you will use: `fields` adds optional questions one by one; email and consent are always there.',
      'Keep the fallback `<form>` from the snippet inside the element, so people without JavaScript can still sign up.',
      "Set `heading-level` to fit your page's headings.",
    ],
    [
      "Don't pre-tick or hide the consent box, or reword it outside the widget: the words are recorded with each sign-up.",
      "Don't add `equality` unless you report on it: it is optional for the person, and sensitive.",
      "Don't style it through its shadow DOM: use the documented parts and `--ct-*` custom properties.",
    ],
  ),
  accessNeeds: page(
    'A form control for saying what support would help someone take part in an event — never asking why. GOV.UK checkboxes, grouped; it takes part in your own `<form>` like a native control (one FormData entry per need).',
    'In a booking or registration form for an event, so people can ask for step-free access, captions, a quiet space and so on. Set `format` so only the options that apply are shown.',
    "To ask about health conditions or disability as such (it asks what helps, not why), or for equality monitoring (that is the sign-up form's `equality` step, kept apart).",
    [
      'Give it a `name`, or nothing is submitted.',
      'Set `respond-by` when you need time to arrange support, so people know the deadline.',
      'Keep the access answers apart from marketing data, and delete them after the event.',
      'Offer `remember` only where people come back to book again.',
    ],
    [
      "Don't make it required: answering is always optional.",
      'Don\'t ask people to explain or prove a need; the "Something else" box is enough.',
      "Don't use it outside a form or without a way to act on the answers.",
    ],
  ),
  eventCard: page(
    'One event that anyone can read, book and add to their calendar: dates in GOV.UK style and UK time, the format in words, access information on the card, status in the name, and "Add to calendar".',
    'To show one event on a page — an event page, or a featured event — from the same schema.org JSON-LD that search engines read (a `<script type="application/ld+json">` inside the element), from `src`, or from the `event` property.',
    'For a list of events: use `ct-event-list`, which renders the cards with filters and month headings.',
    [
      'Put the JSON-LD inside the element, with a plain-HTML summary next to it as the fallback.',
      'Fill in the access information (`ctkit.accessFeatures`, `ctkit.accessContact`): people decide whether they can come from it.',
      "Set `heading-level` so the event name fits your page's outline.",
      'Use `registration="inline"` with `booking-action` to book in place with the sign-up form.',
    ],
    [
      "Don't leave out the end time or the place (or the online link's kind): the card says plainly when something is missing.",
      "Don't put a cancelled or postponed event's status only in the description: use `eventStatus`.",
    ],
  ),
  eventList: page(
    'Events from a JSON or iCalendar feed, with filters and search before the list, month headings and "Show more". Each event is a `ct-event-card`.',
    'For a page of upcoming (and past) events from a feed you publish — JSON in the event shape, a schema.org ItemList, or an .ics file from your calendar.',
    'For a single event (use `ct-event-card`), or for a feed on another site that does not allow cross-origin requests.',
    [
      'Host the feed on your own site (`src="/events.json"`), and keep the link to your full events page inside the element as the fallback.',
      'Set `content-lang` when the feed is in another language than the page.',
      'Keep `page-size` small on slow connections; "Show more" adds the rest.',
    ],
    [
      "Don't point `src` at a very large feed: it is refused over `max-bytes`.",
      "Don't hide the filters with CSS: they come first so people can narrow the list before reading it.",
    ],
  ),
  communityMap: page(
    "Who is in the network, where, and which regions have no members yet: a list (the default, complete on its own), an offline map of the UK's 12 regions, and counts by region, with filters and search first. No tiles and no third-party requests.",
    'To show the members of a network from a JSON (or GeoJSON) feed you publish, and where the gaps are.',
    'For directions or street-level maps, or to show anything other than members by region.',
    [
      'Keep `view="list"` as the default: it is the complete, most accessible view; the map and regions views add to it.',
      'Give each member a `region` (or coordinates): members without one are listed but not on the map.',
      'Keep the link to your members page inside the element as the fallback.',
    ],
    [
      "Don't publish personal addresses or home locations in the feed: the map shows regions and places.",
      "Don't rely on colour alone when you theme the region shades (`--ct-map-shade-*`): keep their contrast.",
    ],
  ),
};
