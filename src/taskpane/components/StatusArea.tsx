import type { Lang } from "../../core/i18n/lang";
import type { Strings } from "../strings";
import type { Notice, WorkState } from "../useWork";
import Button from "./controls/Button";
import MessageBar from "./controls/MessageBar";
import ProgressBar from "./controls/ProgressBar";
import { useStatusAreaStyles } from "./StatusArea.styles";

/** Progress of the running work, and the latest message (an error says what to do). */
export default function StatusArea({
  t,
  lang,
  work,
  notice,
  onDismiss,
}: {
  t: Strings;
  lang: Lang;
  work: WorkState | null;
  notice: Notice | null;
  onDismiss: () => void;
}) {
  const styles = useStatusAreaStyles();
  return (
    <div className={styles.root}>
      <div role="status" aria-live="polite" className={styles.progress}>
        {work ? (
          <>
            <span className={styles.label}>{work.label}</span>
            <ProgressBar value={work.fraction} label={work.label} />
          </>
        ) : null}
      </div>
      {notice ? (
        <MessageBar
          intent={notice.intent}
          title={notice.intent === "error" ? t.errorTitle : undefined}
          dismiss={
            <Button appearance="transparent" size="small" aria-label={t.dismiss} onClick={onDismiss}>
              ✕
            </Button>
          }
          actions={
            notice.action ? (
              <Button size="small" onClick={notice.action.onClick}>
                {notice.action.label(t)}
              </Button>
            ) : undefined
          }
        >
          {notice.text(t, lang)}
        </MessageBar>
      ) : null}
    </div>
  );
}
