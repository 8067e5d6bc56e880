import { html, nothing, type TemplateResult } from 'lit';
import { vocabularyIn, type Locale, type Member, type UkRegion } from '@ctkit/core';
import type { MapMessages } from './messages.js';

/** A member's name, linked to its website when it has one. Shared by the list and the map's details. */
export function memberName(member: Member): TemplateResult | string {
  return member.primary_url ? html`<a href=${member.primary_url}>${member.name}</a>` : member.name;
}

/**
 * A member's type, place, scope, description and tags. Shared by the list and the map's details.
 * `contentLang` is the language the feed's own words are in (the widget's `content-lang`), marked on them
 * so an English description on a Welsh page is read out as English.
 */
export function memberFacts(
  member: Member,
  region: UkRegion | undefined,
  m: MapMessages,
  locale: Locale,
  contentLang = '',
): TemplateResult {
  const own = contentLang.trim() || nothing;
  const labels = vocabularyIn(locale);
  // A region name the map could not place ("Île-de-France") is still the member's own words about where it is.
  const place = [member.locality, region ? labels.region[region] : member.region_text].filter(Boolean).join(', ');
  const u = member.uncategorised;
  const type = [
    member.member_type ? labels.memberType[member.member_type] : u?.member_type ? m.uncategorised : undefined,
    member.community_type
      ? labels.communityType[member.community_type]
      : u?.community_type && !u.member_type
        ? m.uncategorised
        : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
  const scope = member.geographic_scope ? m[`scope_${member.geographic_scope}`] : undefined;
  // Each value ends with a hidden full stop (.ct-map-facts dd::after): Orca reads the open details as one text,
  // where the term and value of each row otherwise run into the next ("Place-basedPlace:Leeds").
  const fact = (term: string, value: string) => (value ? html`<div><dt>${term}</dt><dd>${value}</dd></div>` : nothing);
  return html`<dl class="ct-map-facts">${fact(m.type, type)}${fact(m.place, place)}${fact(m.scope, scope ?? '')}</dl>
    ${member.description ? html`<p class="ct-map-description" lang=${own}>${member.description}</p>` : nothing}
    ${
      member.tags.length
        ? html`<ul class="ct-map-tags" aria-label=${m.tags} lang=${own}>${member.tags.map((t) => html`<li class="ct-tag ct-tag--grey">${t}</li>`)}</ul>`
        : nothing
    }`;
}
