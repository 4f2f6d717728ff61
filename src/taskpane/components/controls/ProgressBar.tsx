import { mergeClasses } from "@fluentui/react-components";
import { useProgressBarStyles } from "./ProgressBar.styles";

/** Fluent's thick ProgressBar: `value` from 0 to 1, or undefined while the amount is unknown. */
export default function ProgressBar({ value, label }: { value?: number; label: string }) {
  const styles = useProgressBarStyles();
  const determinate = value !== undefined;
  return (
    <div
      className={styles.root}
      role="progressbar"
      aria-label={label}
      aria-valuemin={determinate ? 0 : undefined}
      aria-valuemax={determinate ? 1 : undefined}
      aria-valuenow={determinate ? value : undefined}
    >
      <div
        className={mergeClasses(styles.bar, !determinate && styles.indeterminate)}
        style={determinate ? { width: `${Math.round(Math.min(1, Math.max(0, value)) * 100)}%` } : undefined}
      />
    </div>
  );
}
