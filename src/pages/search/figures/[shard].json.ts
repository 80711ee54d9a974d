import type { GetStaticPaths } from 'astro';
import { figureShardFiles } from '../../../data/figure-shards';

/** One shard of the figure search: the records filed under one key, fetched when a query has that key. */
export const getStaticPaths = (async () => [...(await figureShardFiles()).keys()].map((shard) => ({ params: { shard } }))) satisfies GetStaticPaths;

export async function GET({ params }: { params: { shard: string } }): Promise<Response> {
  return new Response(JSON.stringify((await figureShardFiles()).get(params.shard)), { headers: { 'Content-Type': 'application/json' } });
}
