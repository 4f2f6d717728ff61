import { mergeClasses } from "@fluentui/react-components";
import type { InputHTMLAttributes } from "react";
import { useFieldControlClassName, useFieldFrameClassName, useFieldStyles } from "./field.styles";

/**
 * A date typed as dd/mm/yyyy in a frame like Fluent's Input. Not the browser's date picker: that
 * one shows the webview's locale (07/15/2021 in an English-US webview of a Vietnamese Office).
 * className goes to the frame; other props to the <input>.
 */
export default function DateText({ className, ...props }: Omit<InputHTMLAttributes<HTMLInputElement>, "type">) {
  const frame = useFieldFrameClassName();
  const control = useFieldControlClassName();
  const field = useFieldStyles();
  const invalid = props["aria-invalid"] === true || props["aria-invalid"] === "true";
  return (
    <span className={mergeClasses(frame, invalid && field.invalid, props.disabled && field.disabled, className)}>
      <input placeholder="dd/mm/yyyy" inputMode="numeric" autoComplete="off" spellCheck={false} maxLength={10} {...props} type="text" className={mergeClasses(control, field.line)} />
    </span>
  );
}
