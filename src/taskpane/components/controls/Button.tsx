import { mergeClasses } from "@fluentui/react-components";
import type { ButtonHTMLAttributes } from "react";
import { useButtonBaseClassName, useButtonStyles } from "./Button.styles";

export type ButtonAppearance = "secondary" | "primary" | "subtle" | "transparent";

/**
 * Fluent's Button as the pane uses it: a native <button type="button"> in the secondary, primary,
 * subtle or transparent appearance, medium or small; `disabled` is the native attribute (out of
 * the tab order, as Fluent's Button without disabledFocusable). Other props go to the <button>.
 */
export default function Button({
  appearance = "secondary",
  size = "medium",
  className,
  ...props
}: { appearance?: ButtonAppearance; size?: "small" | "medium" } & ButtonHTMLAttributes<HTMLButtonElement>) {
  const base = useButtonBaseClassName();
  const styles = useButtonStyles();
  const quiet = appearance === "subtle" || appearance === "transparent";
  return (
    <button
      type="button"
      {...props}
      className={mergeClasses(
        base,
        appearance !== "secondary" && styles[appearance],
        size === "small" && styles.small,
        props.disabled && styles.disabled,
        props.disabled && quiet && styles.disabledQuiet,
        className,
      )}
    />
  );
}
