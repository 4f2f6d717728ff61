import { mergeClasses } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useMessageBarStyles } from "./MessageBar.styles";

export type MessageIntent = "error" | "success" | "info";

/** Each intent's mark, drawn in 20 px: a cross, a tick or an "i" in a filled circle. */
const MARKS: Record<MessageIntent, string> = {
  error: "M7.5 7.5l5 5m0-5l-5 5",
  success: "M6.6 10.3l2.3 2.3 4.6-4.9",
  info: "M10 9.2v4.6M10 6.4v.1",
};

/**
 * Fluent's MessageBar, multiline layout, without its motion and icon packages: an icon by intent,
 * the text (with an optional bold title), a dismiss control and actions below. `role` is "alert"
 * for errors (read out at once) and "status" otherwise.
 */
export default function MessageBar({
  intent,
  title,
  children,
  dismiss,
  actions,
}: {
  intent: MessageIntent;
  title?: string;
  children: ReactNode;
  dismiss: ReactNode;
  actions?: ReactNode;
}) {
  const styles = useMessageBarStyles();
  return (
    <div className={mergeClasses(styles.root, styles[intent])} role={intent === "error" ? "alert" : "status"}>
      <span className={mergeClasses(styles.icon, intent === "error" && styles.iconError, intent === "success" && styles.iconSuccess)}>
        <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <circle cx="10" cy="10" r="8" fill="currentColor" />
          <path className={styles.mark} d={MARKS[intent]} />
        </svg>
      </span>
      <div className={mergeClasses(styles.body, !actions && styles.bodyAlone)}>
        {title ? <span className={styles.title}>{title} </span> : null}
        {children}
      </div>
      <div className={styles.dismiss}>{dismiss}</div>
      {actions ? <div className={styles.actions}>{actions}</div> : null}
    </div>
  );
}
