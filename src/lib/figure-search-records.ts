/** Build time: the records search finds figures by (written in shards by src/data/figure-shards.ts), aliases resolved. */
import type { SearchAlias } from '../../content/search-aliases';
import { figureAnchor, type Bilingual, type Figure } from './figures';
import { namingTexts, termsSaidBy, type FigureSearchRecord } from './figure-search';

export interface SectionInfo {
  id: string;
  title: Bilingual;
  pillars: string[];
}

export function figureSearchRecords(
  figures: readonly Figure[],
  sections: readonly SectionInfo[],
  aliases: readonly SearchAlias[],
): FigureSearchRecord[] {
  return figures.map((figure, order) => {
    const section = sections.find((s) => s.id === figure.section);
    if (!section) throw new Error(`figure "${figure.id}" names unknown section "${figure.section}"`);
    const says = termsSaidBy(namingTexts(figure));
    const named = aliases.filter((alias) => alias.says.some(says));
    return {
      id: figure.id,
      order,
      anchor: figureAnchor(figure.id),
      section: figure.section,
      pillars: section.pillars,
      label: figure.label,
      unit: figure.unit,
      phrase: figure.phrase,
      period: figure.period,
      value: figure.value,
      aliases: [...new Set(named.flatMap((alias) => [...alias.says, ...alias.alsoCalled]))],
    };
  });
}
