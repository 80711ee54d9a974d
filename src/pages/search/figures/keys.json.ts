import { figureShardFiles } from '../../../data/figure-shards';

/** The names of the figure search's shards: a query fetches only those of its keys that exist. */
export async function GET(): Promise<Response> {
  return new Response(JSON.stringify([...(await figureShardFiles()).keys()]), { headers: { 'Content-Type': 'application/json' } });
}
