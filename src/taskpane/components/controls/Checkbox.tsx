import { mergeClasses } from "@fluentui/react-components";
import { useId, type InputHTMLAttributes } from "react";
import { useCheckboxStyles } from "./Checkbox.styles";

/** A native checkbox in the brand colour, with its label; other props go to the <input>. */
export default function Checkbox({ label, ...props }: { label: string } & Omit<InputHTMLAttributes<HTMLInputElement>, "type">) {
  const styles = useCheckboxStyles();
  const fallbackId = useId();
  const id = props.id ?? fallbackId;
  return (
    <span className={styles.root}>
      <input {...props} id={id} type="checkbox" className={styles.input} />
      <label htmlFor={id} className={mergeClasses(styles.label, props.disabled && styles.labelDisabled)}>
        {label}
      </label>
    </span>
  );
}
