import { useCallback, useRef, useState } from "react";
import type { PlanSource, previewImport } from "../../app/importPlan";
import type { PlanDocument } from "../../core/document/model";
import { formatDateVi } from "../../core/dates/calendarDate";
import type { Lang } from "../../core/i18n/lang";
import { CODE_LABELS, issueMessage } from "../../core/i18n/messages";
import type { Issue, IssueCode, Severity } from "../../core/validate/issue";
import type { IssueList } from "../issues";
import { loadEngine, loadImportEngine } from "../loadEngine";
import type { Strings } from "../strings";
import type { OptionsFor, ViewBase } from "../types";
import type { Notice } from "../useWork";
import Button from "./controls/Button";
import Textarea from "./controls/Textarea";
import Labeled from "./Labeled";
import { usePlanViewStyles } from "./PlanView.styles";

type Preview = ReturnType<typeof previewImport>;

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface PlanViewProps extends ViewBase {
  optionsFor: OptionsFor;
  onIssues: (list: IssueList) => void;
  setNotice: (n: Notice | null) => void;
  goToWarnings: () => void;
}

/** What a picked file is read with: its own chunk, loaded on the first pick (see readPlanFile.ts). */
const planFileReader = () => import(/* webpackChunkName: "plan-file" */ "../readPlanFile");

/** The file picker's choices: Word and text files, and the Word formats it explains how to convert. */
const ACCEPT = [
  ".docx",
  ".txt",
  ".htm",
  ".html",
  ".doc",
  ".odt",
  ".rtf",
  ".pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "text/plain",
  "text/html",
].join(",");

/**
 * Set up the workbook; import a plan from pasted text or a picked file (.docx, .txt, .html), read
 * on this computer and previewed before anything is written.
 */
export default function PlanView({ t, lang, port, busy, run, optionsFor, onIssues, setNotice, goToWarnings }: PlanViewProps) {
  const styles = usePlanViewStyles();
  const [text, setText] = useState("");
  // A Word file picked: the plan is its document (the text box stays empty until the user types).
  const [word, setWord] = useState<{ name: string; document: PlanDocument } | null>(null);
  const [preview, setPreview] = useState<{ source: PlanSource; result: Preview } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const [fileName, setFileName] = useState<string | null>(null);
  const source: PlanSource = word ? word.document : text;

  // Against the workbook as it is, so the preview says which tasks are new.
  const previewOf = useCallback(
    async (planSource: PlanSource) => {
      const reader = await loadImportEngine();
      const snapshot = await port.read();
      const result = reader.previewImport(planSource, optionsFor(), snapshot);
      setPreview({ source: planSource, result });
    },
    [port, optionsFor],
  );

  const doPreview = useCallback(
    (planSource: PlanSource) =>
      run(t.stepPreview, async () => {
        setPreview(null);
        await previewOf(planSource);
      }),
    [run, t, previewOf],
  );

  const doImport = () =>
    run(t.stepWrite, async (progress) => {
      const opts = optionsFor(progress);
      const [engine, reader] = await Promise.all([loadEngine(), loadImportEngine()]);
      const recorder = engine.recordingPort(port);
      const outcome = await reader.importPlanText(recorder, source, opts);
      onIssues(engine.issueList(outcome.issues, outcome.taskCount, recorder.after(), opts.asOf.year));
      setPreview(null);
      setNotice({
        intent: "success",
        text: (s) => s.importDone(outcome.tasksAdded, outcome.taskCount),
        action: { label: (s) => s.seeWarnings, onClick: goToWarnings },
      });
    });

  const doSetup = () =>
    run(t.stepWrite, async (progress) => {
      const opts = optionsFor(progress);
      const engine = await loadEngine();
      const recorder = engine.recordingPort(port);
      const outcome = await engine.syncWorkbook(recorder, opts);
      onIssues(engine.issueList(outcome.issues, outcome.taskCount, recorder.after(), opts.asOf.year));
      setNotice({
        intent: "success",
        text: (s) => s.setupDone(outcome.taskCount),
        action: { label: (s) => s.seeWarnings, onClick: goToWarnings },
      });
    });

  // Read here, in the pane (FileReader): nothing is uploaded. A file refused or failing to read
  // leaves the box, the file named and the workbook as they were.
  const onFile = (file: File | undefined) => {
    if (!file) return;
    void run(t.stepReadFile(file.name), async (progress) => {
      const step = (fraction: number) => progress(Math.round(fraction * 80), 100);
      const { readPickedPlan } = await planFileReader();
      const picked = await readPickedPlan(file, step);
      setPreview(null);
      if (picked.kind === "docx") {
        setText("");
        setWord({ name: picked.name, document: picked.document });
      } else {
        setText(picked.text);
        setWord(null);
      }
      setFileName(picked.name);
      step(1);
      // Let the bar show the file read before the preview's work (long for a large plan) begins.
      await new Promise((resolve) => setTimeout(resolve, 0));
      await previewOf(picked.kind === "docx" ? picked.document : picked.text);
    });
  };

  const current = preview && preview.source === source ? preview.result : null;

  return (
    <div className={styles.root}>
      <section className={styles.section} aria-labelledby="plan-setup-heading">
        <h2 id="plan-setup-heading" className={styles.heading}>
          {t.setupHeading}
        </h2>
        <p className={styles.p}>{t.setupHint}</p>
        <div className={styles.row}>
          <Button onClick={() => void doSetup()} disabled={busy}>
            {t.setupButton}
          </Button>
        </div>
      </section>

      <section className={styles.section} aria-labelledby="plan-import-heading">
        <h2 id="plan-import-heading" className={styles.heading}>
          {t.importHeading}
        </h2>
        <Labeled label={t.planTextLabel} hint={t.importHintFiles}>
          <Textarea
            className={styles.textarea}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setWord(null);
              setFileName(null);
            }}
            placeholder={t.planTextPlaceholder}
            spellCheck={false}
          />
        </Labeled>
        <div className={styles.row}>
          <Button onClick={() => fileInput.current?.click()} disabled={busy}>
            {t.chooseFileAny}
          </Button>
          <input
            ref={fileInput}
            className={styles.hiddenInput}
            type="file"
            accept={ACCEPT}
            tabIndex={-1}
            aria-hidden
            data-testid="plan-file"
            onChange={(e) => {
              onFile(e.target.files?.[0]);
              e.target.value = "";
            }}
          />
          <Button onClick={() => void doPreview(source)} disabled={busy || (word === null && text.trim() === "")}>
            {t.previewButton}
          </Button>
          <Button appearance="primary" onClick={() => void doImport()} disabled={busy || current === null}>
            {t.importButton}
          </Button>
        </div>
        {fileName ? <p className={styles.p}>{word ? t.docxLoaded(fileName) : t.fileLoaded(fileName)}</p> : null}
        {current ? <PreviewPanel t={t} lang={lang} preview={current} /> : null}
      </section>
    </div>
  );
}

function PreviewPanel({ t, lang, preview }: { t: Strings; lang: Lang; preview: Preview }) {
  const styles = usePlanViewStyles();
  const { imported, issues, tasksAdded, tasksKept } = preview;
  const perQuarter = new Map<string, number>();
  for (const task of imported.tasks) {
    const key = task.quarter === null ? "none" : String(task.quarter);
    perQuarter.set(key, (perQuarter.get(key) ?? 0) + 1);
  }
  const quarterRows: [string, string][] = [
    ["1", "I"],
    ["2", "II"],
    ["3", "III"],
    ["4", "IV"],
  ];
  const units = new Set(imported.tasks.flatMap((task) => [...task.leadUnits, ...task.partnerUnits]));
  const severityCount = (s: string) => issues.filter((i) => i.severity === s).length;
  // One line per kind of issue, most severe first: a plan's 40 "overdue" lines would bury the one
  // task with no unit.
  const codes = new Map<IssueCode, { code: IssueCode; count: number; example: Issue; rank: number }>();
  for (const issue of issues) {
    const entry = codes.get(issue.code);
    if (entry) entry.count++;
    else codes.set(issue.code, { code: issue.code, count: 1, example: issue, rank: SEVERITY_RANK[issue.severity] });
  }
  const byCode = [...codes.values()].sort((a, b) => a.rank - b.rank || a.count - b.count);

  return (
    <section className={styles.preview} aria-labelledby="plan-preview-heading" data-testid="import-preview">
      <h3 id="plan-preview-heading" className={styles.subheading}>
        {t.previewHeading}
      </h3>
      <dl className={styles.facts}>
        <dt className={styles.term}>{t.planNumber}</dt>
        <dd className={styles.definition}>{imported.info.number || "—"}</dd>
        <dt className={styles.term}>{t.planTitle}</dt>
        <dd className={styles.definition}>{imported.info.title || "—"}</dd>
        <dt className={styles.term}>{t.planDate}</dt>
        <dd className={styles.definition}>{imported.info.issuedOn ? formatDateVi(imported.info.issuedOn) : "—"}</dd>
      </dl>

      <table className={styles.table}>
        <caption>{t.tasksPerQuarter}</caption>
        <tbody>
          {quarterRows.map(([key, roman]) => (
            <tr key={key}>
              <th scope="row">{t.quarterShort(roman)}</th>
              <td>{perQuarter.get(key) ?? 0}</td>
            </tr>
          ))}
          {perQuarter.has("none") ? (
            <tr>
              <th scope="row">{t.noQuarter}</th>
              <td>{perQuarter.get("none")}</td>
            </tr>
          ) : null}
        </tbody>
      </table>
      <p className={styles.p}>{t.tasksTotal(imported.tasks.length)}</p>
      <p className={styles.p}>{t.tasksNewKept(tasksAdded, tasksKept.length)}</p>

      <h4 className={styles.subheading}>{t.unitsHeading}</h4>
      <p className={styles.p}>{t.unitsNamed(units.size)}</p>
      {imported.newUnits.length > 0 ? <p className={styles.p}>{t.unitsNew(imported.newUnits.map((u) => u.name).join("; "))}</p> : null}

      <h4 className={styles.subheading}>{t.requirementsHeading}</h4>
      {imported.requirements.length === 0 ? (
        <p className={styles.p}>{t.noRequirements}</p>
      ) : (
        <ul className={styles.list}>
          {imported.requirements.map((r) => (
            <li key={r.id}>
              {r.title} ({r.due ? t.requirementDue(formatDateVi(r.due)) : t.requirementNoDue}
              {r.requiredForEligibility ? `; ${t.requiredForCommendation}` : ""})
            </li>
          ))}
        </ul>
      )}

      <h4 className={styles.subheading}>{t.issuesHeading}</h4>
      {issues.length === 0 ? (
        <p className={styles.p}>{t.noIssues}</p>
      ) : (
        <>
          <p className={styles.p}>
            {t.severityError}: {severityCount("error")} · {t.severityWarning}: {severityCount("warning")} · {t.severityInfo}:{" "}
            {severityCount("info")}
          </p>
          <ul className={styles.list}>
            {byCode.map(({ code, count, example }) => (
              <li key={code}>
                {CODE_LABELS[code][lang]}: {count}
                {count === 1 && example.taskId ? ` (${t.taskRef(example.taskId)}: ${issueMessage(example, lang)})` : ""}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
