import { mergeClasses } from "@fluentui/react-components";
import type { HTMLAttributes } from "react";
import { useBadgeStyles } from "./Badge.styles";

export type BadgeColor = "danger" | "warning" | "informative";
export type BadgeAppearance = "filled" | "outline" | "tint";

/** A count or a short status in a pill, in Fluent's Badge colours. */
export default function Badge({
  appearance = "filled",
  color,
  size = "medium",
  className,
  ...props
}: { appearance?: BadgeAppearance; color: BadgeColor; size?: "small" | "medium" | "large" } & HTMLAttributes<HTMLSpanElement>) {
  const styles = useBadgeStyles();
  return (
    <span
      {...props}
      className={mergeClasses(styles.root, size === "small" && styles.small, size === "large" && styles.large, styles[`${appearance}-${color}`], className)}
    />
  );
}
