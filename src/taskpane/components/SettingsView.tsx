import { Checkbox, makeStyles, Select, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { Lang } from "../../core/i18n/lang";
import type { PaneSettings } from "../settings";
import type { Strings } from "../strings";
import Labeled from "./Labeled";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  live: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  hint: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200, paddingLeft: tokens.spacingHorizontalS },
});

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
  const styles = useStyles();
  const hintId = useId();
  return (
    <div className={styles.root}>
      <Labeled label={t.languageLabel}>
        <Select value={lang} onChange={(_, d) => onChange({ lang: d.value as Lang })}>
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
          onChange={(_, d) => onChange({ liveValidation: d.checked === true })}
        />
        <span id={hintId} className={styles.hint}>
          {liveAvailable ? t.liveHint : t.liveUnsupported}
        </span>
      </div>
    </div>
  );
}
