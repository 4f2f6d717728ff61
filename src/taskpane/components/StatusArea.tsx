import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  tokens,
} from "@fluentui/react-components";
import type { Lang } from "../../core/i18n/lang";
import type { Strings } from "../strings";
import type { Notice, WorkState } from "../useWork";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  progress: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  label: { fontSize: tokens.fontSizeBase200 },
  body: { whiteSpace: "normal" },
});

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
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <div role="status" aria-live="polite" className={styles.progress}>
        {work ? (
          <>
            <span className={styles.label}>{work.label}</span>
            <ProgressBar value={work.fraction} thickness="large" aria-label={work.label} />
          </>
        ) : null}
      </div>
      {notice ? (
        <MessageBar intent={notice.intent} layout="multiline" role={notice.intent === "error" ? "alert" : "status"}>
          <MessageBarBody className={styles.body}>
            {notice.intent === "error" ? <MessageBarTitle>{t.errorTitle}</MessageBarTitle> : null}
            {notice.text(t, lang)}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" size="small" aria-label={t.dismiss} onClick={onDismiss}>
                ✕
              </Button>
            }
          >
            {notice.action ? (
              <Button size="small" onClick={notice.action.onClick}>
                {notice.action.label(t)}
              </Button>
            ) : null}
          </MessageBarActions>
        </MessageBar>
      ) : null}
    </div>
  );
}
