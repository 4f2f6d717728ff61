import { mergeClasses } from "@fluentui/react-components";
import type { SelectHTMLAttributes } from "react";
import { useFieldControlClassName, useFieldFrameClassName, useFieldStyles } from "./field.styles";
import { useSelectStyles } from "./Select.styles";

/**
 * A native <select> drawn like Fluent's Select (the same element underneath: the options list is
 * the browser's own, so it works with every keyboard and screen reader). Props other than
 * className go to the <select>, so a label's id and aria-* reach it.
 */
export default function Select({ className, children, ...props }: SelectHTMLAttributes<HTMLSelectElement>) {
  const frame = useFieldFrameClassName();
  const control = useFieldControlClassName();
  const field = useFieldStyles();
  const styles = useSelectStyles();
  const invalid = props["aria-invalid"] === true || props["aria-invalid"] === "true";
  return (
    <span className={mergeClasses(frame, invalid && field.invalid, props.disabled && field.disabled, className)}>
      <select {...props} className={mergeClasses(control, field.line, styles.select)}>
        {children}
      </select>
      <svg className={styles.chevron} width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M3.5 6 8 10.5 12.5 6" fill="none" stroke="currentColor" strokeWidth="1.2" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
    </span>
  );
}
