/**
 * The page's estimates as the reader has changed them in the calculator, for the small parts of
 * the page that show them elsewhere (numeric quiz answers and prompts, simulator presets). The
 * calculator, loaded on demand, does all the work and publishes finished values and text here,
 * so those parts need no formula engine or unit formatter of their own: until it publishes, they
 * show the server-rendered numbers.
 *
 * Framework-free (React binds it with useSyncExternalStore). One page at a time: the state names
 * its page, and the calculator clears it when it unmounts, so nothing carries over to another
 * page and nothing is persisted.
 */

export type LivePreset = {
  /** The parameters the simulator runs with: defaults, the preset's values, estimates fitted into range. */
  params: Record<string, number | string>;
  /** Each parameter as the preset table writes it ("60,000 keys"). */
  text: Record<string, string>;
  /** Why parameters differ from what the estimates give (clamped to a range, capped for work). */
  notices: string[];
  /** The query string of the full simulator for these parameters. */
  query: string;
};

export type LiveEstimates = {
  page: string;
  /** Whether any input differs from the page's own number. */
  changed: boolean;
  values: Record<string, number>;
  /** Each estimate with its unit ("38.6 req/s", "3 TB"). */
  text: Record<string, string>;
  /** Each estimate as prose quotes it, without a counted noun ("100 million", "500 B"). */
  inline: Record<string, string>;
  presets: Record<string, LivePreset>;
};

type Listener = () => void;

export function createLiveEstimatesStore() {
  let state: LiveEstimates | null = null;
  const listeners = new Set<Listener>();
  const emit = () => listeners.forEach((l) => l());
  return {
    get: () => state,
    publish(next: LiveEstimates) {
      state = next;
      emit();
    },
    /** Forgets the page's state (the calculator closed or the reader left the page). */
    clear(page: string) {
      if (state?.page !== page) return;
      state = null;
      emit();
    },
    subscribe(listener: Listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/** The one store of the running page. */
export const liveEstimates = createLiveEstimatesStore();
