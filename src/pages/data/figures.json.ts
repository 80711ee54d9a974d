import { getFigures } from '../../data/report';
import { figuresJson } from '../../lib/figures-export';

export async function GET(): Promise<Response> {
  return new Response(figuresJson(await getFigures(), import.meta.env.BASE_URL), { headers: { 'Content-Type': 'application/json' } });
}
