import { useId } from "react";
import type { Lang } from "../../core/i18n/lang";
import type { PaneSettings } from "../settings";
import type { Strings } from "../strings";
import Checkbox from "./controls/Checkbox";
import Select from "./controls/Select";
import Labeled from "./Labeled";
import { useSettingsViewStyles } from "./SettingsView.styles";

export interface SettingsViewProps {
  t: Strings;
  lang: Lang;
  liveValidation: boolean;
  /** False where the host cannot report edits (below ExcelApi 1.7). */
  liveAvailable: boolean;
  onChange: (change: PaneSettings) => void;
}

/** Language (overrides Office's display language) and live validation. */
export default function SettingsView({ t, lang, liveValidation, liveAvailable, onChange }: SettingsViewProps) {
  const styles = useSettingsViewStyles();
  const hintId = useId();
  return (
    <div className={styles.root}>
      <Labeled label={t.languageLabel}>
        <Select value={lang} onChange={(e) => onChange({ lang: e.target.value as Lang })}>
          {/* Each language's name in itself. */}
          <option value="vi" lang="vi">
            {t.languageVi}
          </option>
          <option value="en" lang="en">
            {t.languageEn}
          </option>
        </Select>
      </Labeled>
      <div className={styles.live}>
        <Checkbox
          label={t.liveLabel}
          checked={liveValidation}
          disabled={!liveAvailable}
          aria-describedby={hintId}
          onChange={(e) => onChange({ liveValidation: e.target.checked })}
        />
        <span id={hintId} className={styles.hint}>
          {liveAvailable ? t.liveHint : t.liveUnsupported}
        </span>
      </div>
    </div>
  );
}
