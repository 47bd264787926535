/**
 * The briefing's text, built from what one side may know (a View, never the whole game): the situation and the
 * meetings, that side's own groups with their weight at home, and the other side's groups and public red lines
 * without their weights. Text only (textContent): the words come from the scenario file.
 */

import { type MessageKey, t } from '../../i18n/catalog.ts';
import { dateFormat } from '../../i18n/numbers.ts';
import type { CompiledGroup, CompiledRedLine, PartyIndex } from '../../model/scenario.ts';
import { other } from '../../model/scenario.ts';
import type { View } from '../../model/view.ts';
import { el } from '../dom.ts';
import { linkedElement } from '../glossary/linked-text.ts';

/** 'YYYY-MM-DD' as the catalog's locale writes it, e.g. "16 April 2025"; the text itself if it is not a date. */
export function formatDate(iso: string, style: 'long' | 'short' = 'long'): string {
  const ms = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(ms)) return iso;
  return dateFormat({
    day: 'numeric',
    month: style === 'long' ? 'long' : 'short',
    ...(style === 'long' ? { year: 'numeric' } : {}),
  }).format(new Date(ms));
}

/** A red line in words: "the United States must go at least as far as “15% in total”". */
export function redLineRule(view: View, line: Pick<CompiledRedLine, 'issue' | 'level' | 'bound'>): string {
  const issue = view.scenario.issues[line.issue];
  return t(`briefing.redLine.${line.bound}` as MessageKey, {
    owner: view.scenario.parties[issue.owner].name,
    level: issue.levels[line.level]?.label ?? String(line.level),
  });
}

/** What a group cares about, in words, each named once. */
export function concernLabels(view: View, party: PartyIndex, group: number): string[] {
  const compiled = view.scenario.parties[party].groups[group];
  const labels = compiled.concerns.map((c) => {
    if (c.metric === 'issue') return c.label;
    const about = c.party === null ? null : view.scenario.parties[c.party];
    return about
      ? t(`briefing.metric.${c.metric}Of` as MessageKey, { party: about.name })
      : t(`briefing.metric.${c.metric}` as MessageKey);
  });
  return [...new Set(labels)];
}

function section(title: string, id: string, children: readonly Node[], className = ''): HTMLElement {
  return el('section', {
    className: `tt-brief-column ${className}`.trim(),
    attrs: { 'aria-labelledby': id, tabindex: '0' },
    children: [el('h2', { attrs: { id }, text: title }), ...children],
  });
}

export function situationColumn(view: View): HTMLElement {
  const { scenario } = view;
  const party = scenario.parties[view.side];
  const deadline = scenario.deadline;
  const meetings = scenario.meetings.map((m, i) =>
    el('li', {
      className: i === view.meeting ? 'tt-meeting tt-meeting-now' : 'tt-meeting',
      children: [
        el('span', { className: 'tt-meeting-date', text: formatDate(m.date) }),
        el('span', { className: 'tt-meeting-title', text: m.title }),
      ],
    }),
  );
  return section(
    t('briefing.situation'),
    'tt-brief-situation',
    [
      linkedElement('p', scenario.summary),
      el('h3', { text: t('briefing.yourGovernment') }),
      el('p', { text: party.description }),
      el('p', { className: 'tt-muted', text: t('briefing.leader', { leader: party.leader }) }),
      el('p', { className: 'tt-muted', text: t('briefing.negotiator', { negotiator: party.negotiator }) }),
      el('h3', { text: t('briefing.noDeal') }),
      linkedElement('p', scenario.noDealDescription),
      el('h3', { text: t('briefing.meetings', { count: scenario.meetings.length }) }),
      el('ol', { className: 'tt-meetings', children: meetings }),
      ...(deadline
        ? [
            el('p', {
              className: 'tt-meeting tt-deadline',
              children: [
                el('span', { className: 'tt-meeting-date', text: formatDate(deadline.date) }),
                el('span', {
                  className: 'tt-meeting-title',
                  text: t('briefing.deadlineItem', { description: deadline.description }),
                }),
              ],
            }),
          ]
        : []),
    ],
    'tt-brief-situation',
  );
}

function groupCard(view: View, party: PartyIndex, g: number, share: number | null): HTMLElement {
  const group: CompiledGroup = view.scenario.parties[party].groups[g];
  const raw = view.scenario.parties[party].groups[g];
  const children: Node[] = [el('h3', { text: group.name }), el('p', { text: raw?.description ?? '' })];
  if (share !== null) {
    const percent = Math.round(share * 100);
    const fill = el('span', { className: 'tt-weight-fill' });
    fill.style.width = `${Math.max(2, percent)}%`;
    children.push(
      el('div', {
        className: 'tt-weight',
        children: [
          el('span', { className: 'tt-weight-text', text: t('briefing.weight', { share: percent }) }),
          el('span', { className: 'tt-weight-bar', attrs: { 'aria-hidden': 'true' }, children: [fill] }),
        ],
      }),
    );
  }
  const concerns = concernLabels(view, party, g);
  children.push(
    el('p', {
      className: 'tt-concerns',
      text: t('briefing.caresAbout', { concerns: concerns.join(t('briefing.listSeparator')) }),
    }),
  );
  for (const line of group.redLines) {
    const parts: Node[] = [
      linkedElement(
        'p',
        t('briefing.redLine', {
          issue: view.scenario.issues[line.issue].name,
          rule: redLineRule(view, line),
        }),
        'tt-red-line-rule',
      ),
    ];
    if (line.quote) {
      parts.push(el('blockquote', { text: line.quote }));
      if (line.quoteBy)
        parts.push(el('p', { className: 'tt-quote-by', text: t('briefing.quoteBy', { by: line.quoteBy }) }));
    }
    children.push(el('div', { className: 'tt-red-line', children: parts }));
  }
  return el('article', { className: 'tt-group', children });
}

/**
 * A party's public red lines: those it announced before the talks (schema version 2, with their quote) and, when
 * `drawn`, those it drew at the table.
 */
function publicLines(view: View, party: PartyIndex, drawn: boolean): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const l of view.state.redLines) {
    if (l.by !== party || (!drawn && !l.announced)) continue;
    const vars = { issue: view.scenario.issues[l.issue].name, rule: redLineRule(view, l) };
    const rule = linkedElement(
      'p',
      t(l.announced ? 'briefing.announcedLine' : 'briefing.publicLine', vars),
      'tt-red-line tt-red-line-rule',
    );
    out.push(rule);
    const said = view.scenario.announcedLines.find(
      (a) => l.announced && a.by === party && a.issue === l.issue && a.level === l.level,
    );
    if (said?.quote) {
      out.push(el('blockquote', { text: said.quote }));
      if (said.quoteBy)
        out.push(el('p', { className: 'tt-quote-by', text: t('briefing.quoteBy', { by: said.quoteBy }) }));
    }
  }
  return out;
}

export function ownGroupsColumn(view: View): HTMLElement {
  const side = view.side;
  const influence = view.state.params.influence[side];
  const total = influence.reduce((a, b) => a + b, 0) || 1;
  const threshold = Math.round(view.state.params.threshold[side] * 100);
  const cards = view.scenario.parties[side].groups.map((_, g) =>
    groupCard(view, side, g, influence[g] / total),
  );
  return section(
    t('briefing.yourGroups'),
    'tt-brief-own',
    [
      linkedElement('p', t('briefing.yourGroupsNote', { threshold }), 'tt-muted'),
      ...publicLines(view, side, false),
      ...cards,
    ],
    'tt-brief-own',
  );
}

export function otherSideColumn(view: View): HTMLElement {
  const them = other(view.side);
  const name = view.scenario.parties[them].name;
  const cards = view.scenario.parties[them].groups.map((_, g) => groupCard(view, them, g, null));
  const drawn = publicLines(view, them, true);
  return section(
    t('briefing.otherSide', { party: name }),
    'tt-brief-other',
    [linkedElement('p', t('briefing.otherSideNote'), 'tt-muted'), ...drawn, ...cards],
    'tt-brief-other',
  );
}
