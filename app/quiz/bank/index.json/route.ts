import { getLibrary } from '@/lib/content/load';
import { buildBank } from '@/lib/quiz/bank';
import { splitBank } from '@/lib/quiz/bank-files';

// Written once at export time as out/quiz/bank/index.json: every quiz screen fetches it; the
// items' texts are in one file per source page beside it ([file]/route.ts).
export const dynamic = 'force-static';

export function GET() {
  return Response.json(splitBank(buildBank(getLibrary())).index);
}
