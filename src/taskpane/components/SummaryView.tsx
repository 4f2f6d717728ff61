import { mergeClasses } from "@fluentui/react-components";
import { useState } from "react";
import type { SummaryResult } from "../../app/buildSummary";
import { formatDateVi } from "../../core/dates/calendarDate";
// The periods' names only: the figures themselves come from the engine chunk.
import { PERIOD_LABELS, PERIODS, type PeriodId } from "../../core/summary/periods";
import { dateError, officeStringsFor } from "../officeStrings";
import CopyButton from "./CopyButton";
import type { IssueList } from "../issues";
import { loadEngine } from "../loadEngine";
import type { OptionsFor, ViewBase } from "../types";
import type { Notice } from "../useWork";
import Button from "./controls/Button";
import Checkbox from "./controls/Checkbox";
import DateText from "./controls/DateText";
import Select from "./controls/Select";
import Labeled from "./Labeled";
import { useSummaryViewStyles } from "./SummaryView.styles";

export interface SummaryViewProps extends ViewBase {
  optionsFor: OptionsFor;
  /** The as-of date as typed (dd/mm/yyyy); shared with validation and the reminders. */
  asOfText: string;
  asOfValid: boolean;
  onAsOfChange: (iso: string) => void;
  setNotice: (n: Notice | null) => void;
  onIssues: (list: IssueList) => void;
}

/** A rate as the official paragraph writes it ("71,4%"; "—" when nothing is due), without the figures' module. */
function formatRate(rate: number | null, lang: "vi" | "en"): string {
  if (rate === null) return "—";
  const text = (Math.round(rate * 1000) / 10).toFixed(1);
  return `${lang === "vi" ? text.replace(".", ",") : text}%`;
}

/** Hands a file to the browser's download (Excel on the web, and the desktop's webview, ask where to save it). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.rel = "noopener";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Options for the summary sheet, the Generate button, and the figures it wrote. */
export default function SummaryView(props: SummaryViewProps) {
  const { t, lang, port, busy, run, optionsFor, asOfText, asOfValid, onAsOfChange, setNotice, onIssues } = props;
  const styles = useSummaryViewStyles();
  const o = officeStringsFor(lang);
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

  // The same figures as the sheet, as a Word report in the layout of Nghị định 30, offered as a download.
  const saveReport = () =>
    run(t.working, async (progress) => {
      const opts = optionsFor(progress);
      const engine = await loadEngine();
      const { blob, fileName } = await engine.reportFile(port, { ...opts, period });
      downloadBlob(blob, fileName);
      setNotice({ intent: "success", text: (_s, l) => officeStringsFor(l).reportSaved(fileName) });
    });

  return (
    <div className={styles.root}>
      <p className={styles.p}>{t.summaryHint}</p>
      <Labeled label={t.asOfLabel} hint={o.dateFormatHint} error={dateError(asOfText, asOfValid, o)} required>
        <DateText className={styles.date} value={asOfText} onChange={(e) => onAsOfChange(e.target.value)} />
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
        <Button onClick={() => void saveReport()} disabled={busy || !asOfValid}>
          {o.reportButton}
        </Button>
      </div>

      {result ? (
        <section aria-labelledby="summary-result-heading" data-testid="summary-result">
          <h2 id="summary-result-heading" className={styles.heading}>
            {t.resultHeading}: {result.sheetName}
          </h2>
          <h3 className={styles.subheading}>{o.paragraphHeading}</h3>
          <p className={styles.paragraph} data-testid="summary-paragraph">
            {result.paragraph}
          </p>
          <CopyButton text={result.paragraph} label={o.copy} accessibleName={o.copyNamed(o.paragraphHeading)} copied={o.copied} failed={o.copyFailed} />
          <table className={mergeClasses(styles.table, styles.periods)}>
            <caption className={styles.caption}>{o.figuresCaption(formatDateVi(result.figures.asOf))}</caption>
            <thead>
              <tr>
                <th scope="col">{t.colPeriod}</th>
                <th scope="col">{o.colTotal}</th>
                <th scope="col">{o.colDue}</th>
                <th scope="col">{o.colOnTime}</th>
                <th scope="col">{o.colLate}</th>
                <th scope="col">{o.colNotDoneOverdue}</th>
                <th scope="col">{o.colOnTimeRate}</th>
              </tr>
            </thead>
            <tbody>
              {result.figures.periods.map((p) => (
                <tr key={p.period} data-period={p.period}>
                  <th scope="row">{PERIOD_LABELS[p.period][lang]}</th>
                  <td>{p.total}</td>
                  <td>{p.due}</td>
                  <td>{p.doneOnTime}</td>
                  <td>{p.doneLate}</td>
                  <td>{p.notDoneOverdue}</td>
                  <td>{formatRate(p.onTimeRate, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {result.figures.units.length > 0 ? (
            <table className={mergeClasses(styles.table, styles.units)} data-testid="summary-units">
              <caption className={styles.caption}>{o.unitsCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{o.colRank}</th>
                  <th scope="col">{o.colUnit}</th>
                  <th scope="col">{o.colDue}</th>
                  <th scope="col">{o.colOnTime}</th>
                  <th scope="col">{o.colOnTimeRate}</th>
                </tr>
              </thead>
              <tbody>
                {result.figures.units.map((u) => (
                  <tr key={u.unit}>
                    <td>{u.rank ?? "—"}</td>
                    <th scope="row">{u.unit}</th>
                    <td>{u.due}</td>
                    <td>{u.doneOnTime}</td>
                    <td>{formatRate(u.onTimeRate, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {result.figures.ineligibleUnits.length > 0 ? (
            <p className={styles.small}>{t.ineligible(result.figures.ineligibleUnits.join("; "))}</p>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
