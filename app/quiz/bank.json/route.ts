import { getLibrary } from '@/lib/content/load';
import { buildBank } from '@/lib/quiz/bank';

// Written once at export time as out/quiz/bank.json; the quiz screens fetch it on demand.
export const dynamic = 'force-static';

export function GET() {
  return Response.json(buildBank(getLibrary()));
}
