import { useCallback, useRef, useState } from "react";
import { UserFacingError } from "../app/errors";
import type { Progress } from "../app/port";
import type { Lang } from "../core/i18n/lang";
import { stringsFor, type Strings } from "./strings";

export interface WorkState {
  /** What is being done, shown next to the progress bar. */
  readonly label: string;
  /** 0..1 when the use case reports its steps; undefined while unknown. */
  readonly fraction?: number;
}

/** A message under the tabs; its words are looked up when shown, so a language switch retranslates it. */
export interface Notice {
  readonly intent: "error" | "success" | "info";
  readonly text: (t: Strings, lang: Lang) => string;
  readonly action?: { readonly label: (t: Strings) => string; readonly onClick: () => void };
}

export interface RunOptions {
  /** Background work (live validation): keep the current message and stay silent on `quietCodes`. */
  readonly quiet?: boolean;
  readonly quietCodes?: readonly string[];
}

export type Run = <T>(label: string, work: (progress: Progress) => Promise<T>, opts?: RunOptions) => Promise<T | undefined>;

/** What the user should read when a piece of work fails: what went wrong and what to do. */
export function errorText(err: unknown, lang: Lang): string {
  if (err instanceof UserFacingError) return err.text(lang);
  const detail = err instanceof Error ? err.message : String(err);
  return stringsFor(lang).unexpected(detail);
}

/**
 * One piece of workbook work at a time: while it runs every action button is disabled and progress
 * is shown; a failure becomes an error message. Work asked for while busy is refused (buttons are
 * disabled, so only background work can ask; it retries via `onIdle`).
 */
export function useWork(onIdle?: () => void) {
  const [work, setWork] = useState<WorkState | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const busyRef = useRef(false);
  const onIdleRef = useRef(onIdle);
  onIdleRef.current = onIdle;

  const run: Run = useCallback(async (label, work, opts = {}) => {
    if (busyRef.current) return undefined;
    busyRef.current = true;
    if (!opts.quiet) setNotice(null);
    setWork({ label });
    const progress: Progress = (done, total) => {
      setWork({ label, fraction: total > 0 ? Math.min(1, done / total) : undefined });
    };
    try {
      return await work(progress);
    } catch (err) {
      const quietCode = err instanceof UserFacingError && opts.quietCodes?.includes(err.code);
      if (!quietCode) {
        setNotice({ intent: "error", text: (_t, lang) => errorText(err, lang) });
      }
      return undefined;
    } finally {
      busyRef.current = false;
      setWork(null);
      onIdleRef.current?.();
    }
  }, []);

  return { work, busy: work !== null, busyRef, run, notice, setNotice };
}
