import { useState } from "react";
import type { RemindResult } from "../../app/remind";
import { formatDateVi } from "../../core/dates/calendarDate";
import { loadEngine } from "../loadEngine";
import { dateError, officeStringsFor } from "../officeStrings";
import { parseTypedDate } from "../typedDate";
import type { OptionsFor, ViewBase } from "../types";
import type { Notice } from "../useWork";
import Button from "./controls/Button";
import DateText from "./controls/DateText";
import CopyButton from "./CopyButton";
import Labeled from "./Labeled";
import { useSummaryViewStyles } from "./SummaryView.styles";

export interface RemindViewProps extends ViewBase {
  optionsFor: OptionsFor;
  /** The as-of date as typed (dd/mm/yyyy); shared with the summary and validation. */
  asOfText: string;
  asOfValid: boolean;
  onAsOfChange: (text: string) => void;
  setNotice: (n: Notice | null) => void;
}

/** Who owes what as of the date: one card per unit with its ready-to-send text and a copy button. */
export default function RemindView(props: RemindViewProps) {
  const { t, lang, port, busy, run, optionsFor, asOfText, asOfValid, onAsOfChange, setNotice } = props;
  const styles = useSummaryViewStyles();
  const o = officeStringsFor(lang);
  const [withinText, setWithinText] = useState("7");
  const within = /^\d{1,3}$/.test(withinText.trim()) && Number(withinText) <= 366 ? Number(withinText) : null;
  const [result, setResult] = useState<RemindResult | null>(null);

  const generate = () =>
    run(t.working, async (progress) => {
      const engine = await loadEngine();
      const outcome = await engine.generateReminders(port, { ...optionsFor(progress), within: within ?? 7 });
      setResult(outcome);
      setNotice({ intent: "success", text: (_s, l) => (outcome.reminders.units.length ? officeStringsFor(l).remindDone(outcome.sheetName ?? "", outcome.reminders.units.length) : officeStringsFor(l).remindNone) });
    });

  return (
    <div className={styles.root}>
      <p className={styles.p}>{o.remindHint}</p>
      <Labeled label={t.asOfLabel} hint={o.dateFormatHint} error={dateError(asOfText, asOfValid && parseTypedDate(asOfText) !== null, o)} required>
        <DateText className={styles.date} value={asOfText} onChange={(e) => onAsOfChange(e.target.value)} />
      </Labeled>
      <Labeled label={o.withinLabel} error={within === null ? o.withinInvalid : undefined}>
        <DateText className={styles.date} placeholder="7" maxLength={3} value={withinText} onChange={(e) => setWithinText(e.target.value)} />
      </Labeled>
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void generate()} disabled={busy || !asOfValid || within === null}>
          {o.remindButton}
        </Button>
      </div>
      {result ? (
        <section aria-labelledby="remind-result-heading" data-testid="remind-result">
          <h2 id="remind-result-heading" className={styles.heading}>
            {o.remindResult(formatDateVi(result.reminders.asOf))}
          </h2>
          {result.reminders.units.length === 0 ? <p className={styles.p}>{o.remindNone}</p> : null}
          {result.reminders.units.map((u, i) => (
            <article key={u.unit} className={styles.card} data-unit={u.unit}>
              <h3 className={styles.subheading}>{u.unit}</h3>
              <p className={styles.small}>
                {[
                  u.overdue.length ? `${o.colNotDoneOverdue}: ${u.overdue.length}` : "",
                  u.dueSoon.length ? `${o.withinLabel.replace(/\s*\(.*\)$/, "")}: ${u.dueSoon.length}` : "",
                  u.reports.length ? `${lang === "vi" ? "Báo cáo chưa gửi" : "Reports not sent"}: ${u.reports.length}` : "",
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
              <pre className={styles.letter}>{result.texts[i]}</pre>
              <CopyButton text={result.texts[i]} label={o.copy} accessibleName={o.copyNamed(u.unit)} copied={o.copied} failed={o.copyFailed} />
            </article>
          ))}
        </section>
      ) : null}
    </div>
  );
}
