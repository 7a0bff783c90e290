import { getLibrary } from '@/lib/content/load';
import { buildBank } from '@/lib/quiz/bank';
import { splitBank, textFileName } from '@/lib/quiz/bank-files';
import type { SourceText } from '@/lib/quiz/item';

// Written once at export time as out/quiz/bank/<kind>-<slug>.json, one file per source page:
// the texts of its items, which a practice or review session loads for the items it shows.
export const dynamic = 'force-static';
export const dynamicParams = false;

let byFile: Map<string, SourceText> | undefined;
const textsByFile = () =>
  (byFile ??= new Map([...splitBank(buildBank(getLibrary())).texts].map(([source, text]) => [textFileName(source), text])));

export function generateStaticParams() {
  return [...textsByFile().keys()].map((file) => ({ file }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const text = textsByFile().get(file);
  if (!text) return new Response(`No quiz texts named ${file}`, { status: 404 });
  return Response.json(text);
}
