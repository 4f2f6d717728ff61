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
