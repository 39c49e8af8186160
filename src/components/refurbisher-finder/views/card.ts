/** A refurbisher's card: where it is, its essential facts and contacts, everything else behind a disclosure, and the compare and choose buttons. */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '../../../i18n/localize.js';
import { button } from '../../../primitives/button.js';
import { checkbox } from '../../../primitives/choice-group.js';
import { card } from '../../../primitives/card.js';
import { disclosure } from '../../../primitives/disclosure.js';
import { levelBelow } from '../../../primitives/heading.js';
import { icon } from '../../../primitives/icons.js';
import { questionTerm, type Fact } from '../details.js';
import { maxCompared, type Refurbisher } from '../model.js';
import type { FinderView } from './view.js';

/** A link target only for http(s) addresses: never `javascript:` or `data:`, whatever the data says. */
const safeHref = (url: string | undefined): string | undefined => (url && /^https?:\/\//i.test(url) ? url : undefined);

const factList = (facts: readonly Fact[], essential: boolean) =>
  html`<dl class="facts">
    ${facts.filter((fact) => fact.essential === essential).map((fact) => html`<div><dt>${fact.label}</dt><dd>${fact.value}</dd></div>`)}
  </dl>`;

function contacts(r: Refurbisher): TemplateResult {
  const website = safeHref(r.website);
  return html`<ul class="contact">
    ${website
      ? html`<li>
          <a href=${website} rel="noopener noreferrer" target="_blank"
            >${msg('Website')}<span class="visually-hidden"> ${msg('(opent in een nieuw venster)')}</span>${icon('external-link')}</a
          >
        </li>`
      : nothing}
    ${r.contact.email ? html`<li><a href=${`mailto:${r.contact.email}`}>${r.contact.email}</a></li>` : nothing}
    ${r.contact.phone ? html`<li><a href=${`tel:${r.contact.phone.replace(/[^\d+]/g, '')}`}>${r.contact.phone}</a></li>` : nothing}
    ${r.contact.person ? html`<li>${msg(str`Contactpersoon: ${r.contact.person}`)}</li>` : nothing}
  </ul>`;
}

export function resultCard(view: FinderView, r: Refurbisher): TemplateResult {
  const feed = view.feed!;
  const distance = view.distanceText(r);
  const answers = Object.entries(r.answers);
  const compared = view.state.compare.includes(r.id);
  const chosen = view.state.selected === r.id;
  const open = view.state.open.has(r.id);
  const facts = view.facts(r);
  return card({
    id: `r-${r.id}`,
    part: 'result',
    headingLevel: levelBelow(view.level, 2),
    eyebrow: html`${r.address.city}${distance ? ` · ${distance}` : ''}`,
    title: r.name,
    body: html`${factList(facts, true)} ${contacts(r)}
    ${disclosure({
      summary: answers.length ? msg(str`Alle gegevens en ${view.format.number(answers.length)} antwoorden`) : msg('Alle gegevens'),
      open,
      onToggle: (next) => view.toggleOpen(r, next),
      content: open
        ? html`${factList(facts, false)}
          ${answers.length
            ? html`<dl class="answers" lang=${feed.lang}>
                ${answers.map(([id, answer]) => html`<dt>${questionTerm(feed.questions[id], id, feed.lang)}</dt><dd>${answer}</dd>`)}
              </dl>`
            : nothing}`
        : nothing,
    })}`,
    footer: html`${checkbox({
      id: `compare-${r.id}`,
      label: msg('Vergelijk'),
      labelForScreenReaders: r.name,
      // How full the comparison is, on every card once it has one.
      hint: view.state.compare.length
        ? msg(str`${view.format.number(view.state.compare.length)} van max. ${view.format.number(maxCompared)} gekozen`)
        : undefined,
      checked: compared,
      onChange: () => view.toggleCompare(r),
    })}
    ${compared && view.state.compare.length > 1
      ? button({ label: msg('Naar de vergelijking'), variant: 'tertiary', onClick: () => view.goToComparison() })
      : nothing}
    ${view.chooseLabel
      ? button({
          label: view.chooseLabel,
          accessibleLabel: `${view.chooseLabel}: ${r.name}`,
          pressed: chosen,
          variant: chosen ? 'primary' : 'secondary',
          icon: chosen ? 'success' : undefined,
          onClick: () => view.choose(r),
        })
      : nothing}`,
  });
}
