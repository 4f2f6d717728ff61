import { useState } from "react";
import type { SummaryResult } from "../../app/buildSummary";
import { formatDateVi } from "../../core/dates/calendarDate";
import { PERIOD_LABELS, PERIODS, type PeriodId } from "../../core/summary/figures";
import type { IssueList } from "../issues";
import { loadEngine } from "../loadEngine";
import type { OptionsFor, ViewBase } from "../types";
import type { Notice } from "../useWork";
import Button from "./controls/Button";
import Checkbox from "./controls/Checkbox";
import DateInput from "./controls/DateInput";
import Select from "./controls/Select";
import Labeled from "./Labeled";
import { useSummaryViewStyles } from "./SummaryView.styles";

export interface SummaryViewProps extends ViewBase {
  optionsFor: OptionsFor;
  /** The as-of date as the date input holds it (YYYY-MM-DD); shared with validation. */
  asOfText: string;
  asOfValid: boolean;
  onAsOfChange: (iso: string) => void;
  setNotice: (n: Notice | null) => void;
  onIssues: (list: IssueList) => void;
}

/** Options for the summary sheet, the Generate button, and the figures it wrote. */
export default function SummaryView(props: SummaryViewProps) {
  const { t, lang, port, busy, run, optionsFor, asOfText, asOfValid, onAsOfChange, setNotice, onIssues } = props;
  const styles = useSummaryViewStyles();
  const [period, setPeriod] = useState<PeriodId>("year");
  const [quarterSheets, setQuarterSheets] = useState(false);
  const [result, setResult] = useState<SummaryResult | null>(null);

  const generate = () =>
    run(t.working, async (progress) => {
      const opts = optionsFor(progress);
      const engine = await loadEngine();
      const recorder = engine.recordingPort(port);
      const outcome = await engine.generateSummary(recorder, { ...opts, period, quarterSheets });
      setResult(outcome);
      onIssues(engine.issueList(outcome.issues, outcome.taskCount, recorder.after(), opts.asOf.year));
      setNotice({ intent: "success", text: (s) => s.summaryDone(outcome.sheetName) });
    });

  return (
    <div className={styles.root}>
      <p className={styles.p}>{t.summaryHint}</p>
      <Labeled label={t.asOfLabel} error={asOfValid ? undefined : t.asOfInvalid} required>
        <DateInput className={styles.date} value={asOfText} onChange={(e) => onAsOfChange(e.target.value)} />
      </Labeled>
      <Labeled label={t.periodLabel}>
        <Select value={period} onChange={(e) => setPeriod(e.target.value as PeriodId)}>
          {PERIODS.map((p) => (
            <option key={p} value={p}>
              {PERIOD_LABELS[p][lang]}
            </option>
          ))}
        </Select>
      </Labeled>
      <Checkbox label={t.quarterSheetsLabel} checked={quarterSheets} onChange={(e) => setQuarterSheets(e.target.checked)} />
      <div className={styles.row}>
        <Button appearance="primary" onClick={() => void generate()} disabled={busy || !asOfValid}>
          {t.generateButton}
        </Button>
      </div>

      {result ? (
        <section aria-labelledby="summary-result-heading" data-testid="summary-result">
          <h2 id="summary-result-heading" className={styles.heading}>
            {t.resultHeading}: {result.sheetName}
          </h2>
          <table className={styles.table}>
            <caption className={styles.caption}>{t.figuresCaption(formatDateVi(result.figures.asOf))}</caption>
            <thead>
              <tr>
                <th scope="col">{t.colPeriod}</th>
                <th scope="col">{t.colTotal}</th>
                <th scope="col">{t.colDone}</th>
                <th scope="col">{t.colOverdue}</th>
                <th scope="col">{t.colPercent}</th>
              </tr>
            </thead>
            <tbody>
              {result.figures.periods.map((p) => (
                <tr key={p.period} data-period={p.period}>
                  <th scope="row">{PERIOD_LABELS[p.period][lang]}</th>
                  <td>{p.total}</td>
                  <td>{p.done}</td>
                  <td>{p.overdue}</td>
                  <td>{Math.round(p.percentDone * 100)}%</td>
                </tr>
              ))}
            </tbody>
          </table>
          {result.figures.ineligibleUnits.length > 0 ? (
            <p className={styles.small}>{t.ineligible(result.figures.ineligibleUnits.join("; "))}</p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
