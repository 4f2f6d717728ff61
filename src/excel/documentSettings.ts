/**
 * One value kept in the workbook by Office's per-document add-in settings (the Settings API,
 * Office 2013 and later): saved inside the file, so it travels with the workbook.
 */
export interface DocumentValue {
  read(): unknown;
  /** Sets the value and saves the settings with the document. */
  write(value: unknown): void;
}

/** The part of Office.Settings (Office.context.document.settings) used here. */
export interface OfficeSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(): void;
}

export function documentValue(settings: OfficeSettings | undefined, name: string): DocumentValue | undefined {
  if (!settings) return undefined;
  return {
    read: () => settings.get(name),
    write(value) {
      settings.set(name, value);
      settings.saveAsync();
    },
  };
}
