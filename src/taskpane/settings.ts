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

/** Where the settings are kept, under this name, in the browser's storage and in the workbook. */
export const SETTINGS_KEY = "plan-tracker.pane-settings";

/** The settings in a stored value; anything else in it is ignored. */
function settingsIn(raw: unknown): PaneSettings {
  if (!raw || typeof raw !== "object") return {};
  const { lang, liveValidation } = raw as Record<string, unknown>;
  const out: { lang?: Lang; liveValidation?: boolean } = {};
  if (lang === "vi" || lang === "en") out.lang = lang;
  if (typeof liveValidation === "boolean") out.liveValidation = liveValidation;
  return out;
}

/** Settings in the webview's localStorage (per user and machine); memory when it is unavailable. */
export function browserSettings(storage: Pick<Storage, "getItem" | "setItem"> | undefined): SettingsStore {
  if (!storage) return memorySettings();
  return {
    load() {
      try {
        return settingsIn(JSON.parse(storage.getItem(SETTINGS_KEY) ?? "{}"));
      } catch {
        return {};
      }
    },
    save(s) {
      try {
        storage.setItem(SETTINGS_KEY, JSON.stringify(s));
      } catch {
        // Storage full or blocked: the setting lasts for this session only.
      }
    },
  };
}

/** One value kept in the workbook (index.tsx gives the Office.js one: src/excel/documentSettings.ts). */
export interface StoredValue {
  read(): unknown;
  write(value: unknown): void;
}

/**
 * Settings kept in the workbook itself (Office's per-document add-in settings, saved inside the
 * file), so a workbook passed to another office carries them; what the workbook does not say comes
 * from `fallback` (this machine's last choice). A change is saved to both.
 */
export function workbookSettings(stored: StoredValue | undefined, fallback: SettingsStore): SettingsStore {
  if (!stored) return fallback;
  const read = (): PaneSettings => {
    try {
      return settingsIn(stored.read());
    } catch {
      return {};
    }
  };
  return {
    load: () => ({ ...fallback.load(), ...read() }),
    save(s) {
      fallback.save(s);
      try {
        stored.write({ ...s });
      } catch {
        // A workbook that cannot keep it (read-only): this session's choice stays in place.
      }
    },
  };
}
