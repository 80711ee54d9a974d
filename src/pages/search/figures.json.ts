import { figures } from '../../data/figures';
import { searchAliases } from '../../../content/search-aliases';
import { getSections } from '../../data/report';
import { figureSearchRecords } from '../../lib/figure-search-records';

/** What search needs to find each figure, fetched on the first search only. */
export async function GET(): Promise<Response> {
  const sections = (await getSections()).map((entry) => ({ id: entry.id, title: entry.data.title, pillars: entry.data.pillars }));
  return new Response(JSON.stringify(figureSearchRecords(figures, sections, searchAliases)), {
    headers: { 'Content-Type': 'application/json' },
  });
}
