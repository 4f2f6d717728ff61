import type { Lang } from "../core/i18n/lang";

/** The pane's settings; unset fields take their defaults (language from Office, live validation on). */
export interface PaneSettings {
  readonly lang?: Lang;
  readonly liveValidation?: boolean;
}

/** Where settings are kept between sessions (index.tsx picks the storage; tests use memory). */
export interface SettingsStore {
  load(): PaneSettings;
  save(settings: PaneSettings): void;
}

export function memorySettings(initial: PaneSettings = {}): SettingsStore {
  let current = initial;
  return {
    load: () => current,
    save: (s) => {
      current = s;
    },
  };
}

const KEY = "plan-tracker.pane-settings";

/** Settings in the webview's localStorage (per user and machine); memory when it is unavailable. */
export function browserSettings(storage: Pick<Storage, "getItem" | "setItem"> | undefined): SettingsStore {
  if (!storage) return memorySettings();
  return {
    load() {
      try {
        const raw = JSON.parse(storage.getItem(KEY) ?? "{}") as Record<string, unknown>;
        return {
          lang: raw.lang === "vi" || raw.lang === "en" ? raw.lang : undefined,
          liveValidation: typeof raw.liveValidation === "boolean" ? raw.liveValidation : undefined,
        };
      } catch {
        return {};
      }
    },
    save(s) {
      try {
        storage.setItem(KEY, JSON.stringify(s));
      } catch {
        // Storage full or blocked: the setting lasts for this session only.
      }
    },
  };
}

/** The part of Office.context.document.settings the pane uses (the Settings API, Office 2013+). */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: unknown }) => void): void;
}

/**
 * Settings kept in the workbook itself (Office's per-document add-in settings, saved inside the
 * file), so a workbook passed to another office carries them; what the workbook does not say comes
 * from `fallback` (this machine's last choice). A change is saved to both.
 */
export function workbookSettings(document: DocumentSettings | undefined, fallback: SettingsStore): SettingsStore {
  if (!document) return fallback;
  const read = (): PaneSettings => {
    try {
      const raw = document.get(KEY) as Record<string, unknown> | null | undefined;
      if (!raw || typeof raw !== "object") return {};
      const out: { lang?: Lang; liveValidation?: boolean } = {};
      if (raw.lang === "vi" || raw.lang === "en") out.lang = raw.lang;
      if (typeof raw.liveValidation === "boolean") out.liveValidation = raw.liveValidation;
      return out;
    } catch {
      return {};
    }
  };
  return {
    load: () => ({ ...fallback.load(), ...read() }),
    save(s) {
      fallback.save(s);
      try {
        document.set(KEY, { ...s });
        // Saved with the workbook; a failure (read-only file) leaves this session's choice in place.
        document.saveAsync();
      } catch {
        // As above.
      }
    },
  };
}
