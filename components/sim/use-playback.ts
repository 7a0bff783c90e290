'use client';

import { useEffect, useRef, useState } from 'react';

export const SPEEDS = [0.5, 1, 2, 4, 10] as const;
/** Ticks per second at 1x: a 200-tick run plays in 10 s. */
const BASE_TICKS_PER_SECOND = 20;

/**
 * Play, pause and speed for a stepped run. While playing, each animation frame asks for the
 * ticks that the elapsed time is worth, but only when the previous step has been answered, so a
 * slow run plays slower instead of piling up requests.
 */
export function usePlayback({ step, busy, done }: { step: (ticks: number) => void; busy: boolean; done: boolean }) {
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<(typeof SPEEDS)[number]>(1);
  const live = useRef({ step, busy, done, speed });
  useEffect(() => {
    live.current = { step, busy, done, speed };
  });

  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    let owed = 0;
    let frame = requestAnimationFrame(function loop(now) {
      const { step, busy, done, speed } = live.current;
      if (done) {
        setPlaying(false);
        return;
      }
      owed += ((now - last) / 1000) * BASE_TICKS_PER_SECOND * speed;
      last = now;
      if (!busy && owed >= 1) {
        const ticks = Math.floor(owed);
        owed -= ticks;
        step(ticks);
      }
      frame = requestAnimationFrame(loop);
    });
    return () => cancelAnimationFrame(frame);
  }, [playing]);

  return { playing, setPlaying, speed, setSpeed };
}
