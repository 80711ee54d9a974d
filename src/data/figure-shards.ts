/** Build time: the figure search's records, aliases resolved, as shards by key (see figureShards). */
import { searchAliases } from '../../content/search-aliases';
import { getFigures, getSections } from './report';
import { figureSearchRecords } from '../lib/figure-search-records';
import { figureShards, shardName, type FigureSearchRecord } from '../lib/figure-search';

let shards: Promise<Map<string, FigureSearchRecord[]>> | undefined;

/** The shards by file name, computed once per build. */
export function figureShardFiles(): Promise<Map<string, FigureSearchRecord[]>> {
  shards ??= Promise.all([getSections(), getFigures()]).then(([entries, figures]) => {
    const sections = entries.map((entry) => ({ id: entry.id, title: entry.data.title, pillars: entry.data.pillars }));
    const byKey = figureShards(figureSearchRecords(figures, sections, searchAliases));
    return new Map([...byKey].map(([key, records]) => [shardName(key), records]));
  });
  return shards;
}
