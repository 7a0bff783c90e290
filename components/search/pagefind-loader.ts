import type { PagefindApi } from '@/lib/search/pagefind-types';

const basePath = process.env.NEXT_PUBLIC_BASE_PATH ?? '';
let loading: Promise<PagefindApi> | null = null;

/** Loads Pagefind's browser module from the export (out/pagefind/) once; a failed load is retried on the next call. */
export function loadPagefind(): Promise<PagefindApi> {
  if (!loading) {
    const url = `${basePath}/pagefind/pagefind.js`;
    loading = (import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url) as Promise<PagefindApi>).then(async (pagefind) => {
      // Result URLs without the base path: the router adds it.
      await pagefind.options({ baseUrl: '/', excerptLength: 24 });
      await pagefind.init();
      return pagefind;
    });
    loading.catch(() => {
      loading = null;
    });
  }
  return loading;
}
