import { mergeClasses } from "@fluentui/react-components";
import type { InputHTMLAttributes } from "react";
import { useFieldControlClassName, useFieldFrameClassName, useFieldStyles } from "./field.styles";

/**
 * The browser's own date picker (type="date": the value is YYYY-MM-DD whatever the display
 * format) in a frame like Fluent's Input. className goes to the frame; other props to the <input>.
 */
export default function DateInput({ className, ...props }: Omit<InputHTMLAttributes<HTMLInputElement>, "type">) {
  const frame = useFieldFrameClassName();
  const control = useFieldControlClassName();
  const field = useFieldStyles();
  const invalid = props["aria-invalid"] === true || props["aria-invalid"] === "true";
  return (
    <span className={mergeClasses(frame, invalid && field.invalid, props.disabled && field.disabled, className)}>
      <input {...props} type="date" className={mergeClasses(control, field.line)} />
    </span>
  );
}
