import { mergeClasses } from "@fluentui/react-components";
import type { TextareaHTMLAttributes } from "react";
import { useFieldControlClassName, useFieldFrameClassName, useFieldStyles } from "./field.styles";
import { useTextareaStyles } from "./Textarea.styles";

/** A native <textarea> drawn like Fluent's Textarea; props other than className go to the textarea. */
export default function Textarea({ className, ...props }: TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const frame = useFieldFrameClassName();
  const control = useFieldControlClassName();
  const field = useFieldStyles();
  const styles = useTextareaStyles();
  const invalid = props["aria-invalid"] === true || props["aria-invalid"] === "true";
  return (
    <span className={mergeClasses(frame, styles.frame, invalid && field.invalid, props.disabled && field.disabled)}>
      <textarea {...props} className={mergeClasses(control, styles.textarea, className)} />
    </span>
  );
}
