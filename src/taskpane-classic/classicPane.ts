/**
 * The classic task pane: the modern pane's core work (set up, import, warnings with
 * click-to-jump, summary, language) for the webviews that cannot run it — Internet Explorer 11 and
 * the old Edge (EdgeHTML) that Office 2016 and 2019 use. Plain DOM, built once per language; each
 * piece of state has one function that redraws its part. It calls the same use cases (src/app) over
 * the same WorkbookPort as the modern pane; index.ts gives it the Office.js one, tests a fake.
 *
 * Compiled to ES5 with polyfills (webpack "es5" config). Keep to the DOM IE 11 has (see dom.ts).
 */
import { generateSummary, type SummaryResult } from "../app/buildSummary";
import { UserFacingError } from "../app/errors";
import { importPlanText, previewImport, type PlanSource } from "../app/importPlan";
import type { Progress, WorkbookPort } from "../app/port";
import { syncWorkbook } from "../app/syncPlan";
import type { CommandOptions } from "../app/types";
import { validateWorkbook } from "../app/validate";
import { formatDateVi, type CalendarDate } from "../core/dates/calendarDate";
import type { PlanDocument } from "../core/document/model";
import { langFromLocale, type Lang } from "../core/i18n/lang";
import { CODE_LABELS, issueMessage } from "../core/i18n/messages";
import { PERIOD_LABELS, PERIODS, type PeriodId } from "../core/summary/figures";
import type { Issue, IssueCode, Severity } from "../core/validate/issue";
import { readDocx } from "../readers/docx";
import { issueList, recordingPort } from "../taskpane/issueContext";
import { canJump, cellRef, filterChoices, groupBySeverity, SEVERITIES, type IssueList } from "../taskpane/issues";
import { memorySettings, type PaneSettings, type SettingsStore } from "../taskpane/settings";
import { parseDayMonthYear, todayOf } from "./dates";
import { fill, h, keyOf, show, type Child } from "./dom";
import { classicStrings, type ClassicStrings } from "./strings";

export interface ClassicPaneOptions {
  /** Where the pane is drawn (taskpane.html's #container). */
  readonly root: HTMLElement;
  readonly port: WorkbookPort;
  /** Office's display language ("vi-VN", "en-US", …). */
  readonly displayLanguage?: string | null;
  readonly settingsStore?: SettingsStore;
  /** The clock (tests fix it). */
  readonly now?: () => Date;
}

type TabId = "plan" | "warnings" | "summary" | "settings";
const TAB_IDS: TabId[] = ["plan", "warnings", "summary", "settings"];
/** Rows shown per severity before "Show more" (a big plan can have thousands). */
const PAGE = 100;
const ROMAN = ["", "I", "II", "III", "IV"];
const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

interface Notice {
  readonly intent: "error" | "success";
  readonly text: (t: ClassicStrings, lang: Lang) => string;
  readonly action?: { readonly label: (t: ClassicStrings) => string; readonly run: () => void };
}

type Preview = ReturnType<typeof previewImport>;

interface State {
  lang: Lang;
  tab: TabId;
  text: string;
  fileName: string | null;
  /** A Word file picked (its document is imported instead of the text box). */
  document: PlanDocument | null;
  preview: { source: PlanSource; result: Preview } | null;
  warnings: IssueList | null;
  noPlan: boolean;
  /** The kind of issue shown ("" for all). */
  kind: IssueCode | "";
  /** The date the listed warnings were measured against. */
  warningsAsOf: CalendarDate | null;
  shown: Record<Severity, number>;
  /** As typed (dd/mm/yyyy); shared by validation and the summary. */
  asOfText: string;
  period: PeriodId;
  quarterSheets: boolean;
  summary: SummaryResult | null;
  work: { label: string; fraction?: number } | null;
  notice: Notice | null;
}

/** The parts of the pane redrawn after it is built. */
interface Parts {
  tabs: Record<TabId, HTMLButtonElement>;
  panels: Record<TabId, HTMLElement>;
  badge: HTMLElement;
  progress: HTMLElement;
  notice: HTMLElement;
  textarea: HTMLTextAreaElement;
  fileName: HTMLElement;
  importButton: HTMLButtonElement;
  previewButton: HTMLButtonElement;
  preview: HTMLElement;
  warnings: HTMLElement;
  asOfNote: HTMLElement;
  kindField: HTMLElement;
  kind: HTMLSelectElement;
  asOfInput: HTMLInputElement;
  asOfError: HTMLElement;
  summaryResult: HTMLElement;
  language: HTMLSelectElement;
  /** Every action button: marked aria-disabled while work runs (focus stays where it is). */
  actions: HTMLButtonElement[];
  /** The warnings list's buttons, replaced each time it is drawn. */
  listActions: HTMLButtonElement[];
}

export function mountClassicPane(opts: ClassicPaneOptions): void {
  const { root, port } = opts;
  const now = opts.now ?? (() => new Date());
  const store = opts.settingsStore ?? memorySettings();
  let settings: PaneSettings = store.load();
  const state: State = {
    lang: settings.lang ?? langFromLocale(opts.displayLanguage),
    tab: "plan",
    text: "",
    fileName: null,
    document: null,
    preview: null,
    warnings: null,
    noPlan: false,
    warningsAsOf: null,
    kind: "",
    shown: { error: PAGE, warning: PAGE, info: PAGE },
    asOfText: formatDateVi(todayOf(now())),
    period: "year",
    quarterSheets: false,
    summary: null,
    work: null,
    notice: null,
  };
  let t = classicStrings(state.lang);
  let parts: Parts;

  const busy = (): boolean => state.work !== null;
  const asOf = (): CalendarDate | null => parseDayMonthYear(state.asOfText);

  function optionsFor(progress?: Progress): CommandOptions {
    const current = now();
    return { asOf: asOf() ?? todayOf(current), lang: state.lang, now: current, progress };
  }

  // ---- work: one piece at a time, with progress and a message when it fails ------------------

  /** `quietCodes`: background work, which keeps the current message and says nothing on these. */
  function run(label: string, work: (progress: Progress) => Promise<void>, quietCodes?: string[]): Promise<void> {
    if (busy()) return Promise.resolve();
    state.work = { label };
    if (!quietCodes) state.notice = null;
    drawWork();
    drawNotice();
    const progress: Progress = (done, total) => {
      state.work = { label, fraction: total > 0 ? Math.min(1, done / total) : undefined };
      drawWork();
    };
    return work(progress).then(
      () => finish(),
      (err: unknown) => {
        const quiet = err instanceof UserFacingError && quietCodes !== undefined && quietCodes.indexOf(err.code) >= 0;
        if (!quiet) state.notice = { intent: "error", text: (s, lang) => errorText(err, s, lang) };
        finish();
      },
    );
  }

  function finish(): void {
    state.work = null;
    drawWork();
    drawNotice();
  }

  function showIssues(list: IssueList, checkedAsOf: CalendarDate): void {
    state.warnings = list;
    state.warningsAsOf = checkedAsOf;
    state.noPlan = false;
    state.shown = { error: PAGE, warning: PAGE, info: PAGE };
    drawWarnings();
    drawBadge();
  }

  // ---- the use cases ---------------------------------------------------------------------------

  function doSetup(): Promise<void> {
    return run(t.stepWrite, (progress) => {
      const o = optionsFor(progress);
      const recorder = recordingPort(port);
      return syncWorkbook(recorder, o).then((outcome) => {
        showIssues(issueList(outcome.issues, outcome.taskCount, recorder.after(), o.asOf.year), o.asOf);
        state.notice = {
          intent: "success",
          text: (s) => s.setupDone(outcome.taskCount),
          action: { label: (s) => s.seeWarnings, run: () => selectTab("warnings", true) },
        };
      });
    });
  }

  /** What Import reads: the Word file picked, or else the text box. */
  function source(): PlanSource {
    return state.document !== null ? state.document : state.text;
  }

  function previewOf(from: PlanSource): Promise<void> {
    return port.read().then((snapshot) => {
      // Against the workbook as it is, so the preview says which tasks are new.
      state.preview = { source: from, result: previewImport(from, optionsFor(), snapshot) };
      drawPreview();
    });
  }

  function doPreview(): Promise<void> {
    const from = source();
    return run(t.stepPreview, () => previewOf(from));
  }

  function doImport(): Promise<void> {
    const from = source();
    return run(t.stepWrite, (progress) => {
      const o = optionsFor(progress);
      const recorder = recordingPort(port);
      return importPlanText(recorder, from, o).then((outcome) => {
        showIssues(issueList(outcome.issues, outcome.taskCount, recorder.after(), o.asOf.year), o.asOf);
        state.preview = null;
        drawPreview();
        state.notice = {
          intent: "success",
          text: (s) => s.importDone(outcome.tasksAdded, outcome.taskCount),
          action: { label: (s) => s.seeWarnings, run: () => selectTab("warnings", true) },
        };
      });
    });
  }

  function doValidate(quiet: boolean): Promise<void> {
    return run(
      t.working,
      (progress) => {
        const o = optionsFor(progress);
        const recorder = recordingPort(port);
        return validateWorkbook(recorder, o).then(
          (outcome) => showIssues(issueList(outcome.issues, outcome.taskCount, recorder.after(), o.asOf.year), o.asOf),
          (err: unknown) => {
            if (err instanceof UserFacingError && err.code === "plan-table-missing") {
              showIssues({ issues: [], context: new Map(), taskCount: 0 }, o.asOf);
              state.noPlan = true;
              drawWarnings();
            }
            throw err;
          },
        );
      },
      quiet ? ["plan-table-missing"] : undefined,
    );
  }

  function doJump(issue: Issue): Promise<void> {
    return run(t.stepSelect, () =>
      port.apply([{ kind: "select", sheet: issue.sheet as string, row: issue.row as number, column: issue.columnIndex || 1 }]).then(() => undefined),
    );
  }

  function doSummary(): Promise<void> {
    if (asOf() === null) {
      drawAsOfError(true);
      parts.asOfInput.focus();
      return Promise.resolve();
    }
    return run(t.working, (progress) => {
      const o = optionsFor(progress);
      const recorder = recordingPort(port);
      return generateSummary(recorder, { asOf: o.asOf, lang: o.lang, now: o.now, progress: o.progress, period: state.period, quarterSheets: state.quarterSheets }).then(
        (outcome) => {
          state.summary = outcome;
          drawSummaryResult();
          showIssues(issueList(outcome.issues, outcome.taskCount, recorder.after(), o.asOf.year), o.asOf);
          state.notice = { intent: "success", text: (s) => s.summaryDone(outcome.sheetName) };
        },
      );
    });
  }

  /**
   * A picked file, read here (nothing is uploaded): a .docx through the Word reader, then previewed;
   * text into the box, then previewed; other Word formats refused with the way to a .docx.
   */
  function readFile(input: HTMLInputElement): void {
    const file = input.files && input.files[0];
    if (!file) return;
    const name = file.name;
    const failed = (): void => {
      state.notice = { intent: "error", text: (s) => s.fileReadFailed };
      drawNotice();
    };
    if (/\.(doc|docm|dot|dotm|rtf|odt|pdf)$/i.test(name)) {
      state.notice = { intent: "error", text: (s) => s.otherFormatChosen };
      drawNotice();
      return;
    }
    const reader = new FileReader();
    reader.onerror = failed;
    if (/\.docx$/i.test(name)) {
      reader.onload = () => {
        const bytes = new Uint8Array(reader.result as ArrayBuffer);
        void run(t.stepPreview, () =>
          readDocx(bytes).then((document) => {
            state.document = document;
            state.text = "";
            state.fileName = name;
            parts.textarea.value = "";
            drawFileName();
            return previewOf(document);
          }),
        );
      };
      reader.readAsArrayBuffer(file);
      return;
    }
    reader.onload = () => {
      state.text = typeof reader.result === "string" ? reader.result : "";
      state.document = null;
      state.fileName = name;
      parts.textarea.value = state.text;
      drawFileName();
      drawImportButtons();
      void doPreview();
    };
    reader.readAsText(file, "utf-8");
  }

  // ---- building the pane (once per language) ---------------------------------------------------

  /** A button that does workbook work; `inList`: drawn with the warnings list (redrawn with it). */
  function action(label: string, onClick: () => void, primary?: boolean, inList?: boolean): HTMLButtonElement {
    const b = h("button", { type: "button", className: primary ? "pt-button pt-primary" : "pt-button" }, label);
    b.addEventListener("click", () => {
      if (busy() || b.getAttribute("aria-disabled") === "true") return;
      onClick();
    });
    (inList ? parts.listActions : parts.actions).push(b);
    return b;
  }

  function build(): void {
    t = classicStrings(state.lang);
    parts = { actions: [], listActions: [] } as unknown as Parts;
    const tabs = {} as Record<TabId, HTMLButtonElement>;
    const panels = {} as Record<TabId, HTMLElement>;
    const tablist = h("div", { role: "tablist", "aria-label": t.tabsLabel, className: "pt-tabs" });
    for (let i = 0; i < TAB_IDS.length; i++) {
      const id = TAB_IDS[i];
      const tab = h(
        "button",
        { type: "button", role: "tab", id: `tab-${id}`, "aria-controls": `panel-${id}`, className: "pt-tab" },
        tabLabel(id, t),
      );
      tab.addEventListener("click", () => selectTab(id, false));
      tab.addEventListener("keydown", onTabKey);
      tabs[id] = tab;
      tablist.appendChild(tab);
    }
    parts.badge = h("span", { className: "pt-badge", "aria-hidden": "true" });
    tabs.warnings.appendChild(parts.badge);
    parts.tabs = tabs;

    parts.progress = h("div", { role: "status", "aria-live": "polite", className: "pt-progress" });
    parts.notice = h("div", { className: "pt-notice-area" });

    panels.plan = panel("plan", planPanel());
    panels.warnings = panel("warnings", warningsPanel());
    panels.summary = panel("summary", summaryPanel());
    panels.settings = panel("settings", settingsPanel());
    parts.panels = panels;

    const pane = h("div", { className: "pt-pane", lang: state.lang }, [
      h("h1", { className: "pt-title" }, t.appTitle),
      tablist,
      parts.progress,
      parts.notice,
      panels.plan,
      panels.warnings,
      panels.summary,
      panels.settings,
    ]);
    fill(root, pane);
    drawTabs();
    drawBadge();
    drawWork();
    drawNotice();
    drawFileName();
    drawImportButtons();
    drawPreview();
    drawWarnings();
    drawSummaryResult();
  }

  function panel(id: TabId, content: Node[]): HTMLElement {
    return h("div", { role: "tabpanel", id: `panel-${id}`, "aria-labelledby": `tab-${id}`, className: "pt-panel" }, content);
  }

  function planPanel(): Node[] {
    parts.textarea = h("textarea", {
      id: "pt-plan-text",
      className: "pt-textarea",
      rows: 8,
      spellcheck: "false",
      "aria-describedby": "pt-plan-hint",
      placeholder: t.planTextPlaceholder,
    });
    parts.textarea.value = state.text;
    const onInput = (): void => {
      if (parts.textarea.value === state.text) return;
      state.text = parts.textarea.value;
      state.document = null;
      state.fileName = null;
      drawFileName();
      drawImportButtons();
    };
    parts.textarea.addEventListener("input", onInput);
    parts.textarea.addEventListener("change", onInput);
    parts.textarea.addEventListener("keyup", onInput);

    const file = h("input", {
      type: "file",
      id: "pt-plan-file",
      className: "pt-file",
      accept: ".docx,.txt,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    });
    file.addEventListener("change", () => {
      readFile(file);
      file.value = "";
    });

    parts.previewButton = action(t.previewButton, () => void doPreview());
    parts.importButton = action(t.importButton, () => void doImport(), true);
    parts.fileName = h("p", { className: "pt-p" });
    parts.preview = h("div", { className: "pt-preview-area" });

    return [
      h("section", { className: "pt-section", "aria-labelledby": "pt-setup-heading" }, [
        h("h2", { id: "pt-setup-heading", className: "pt-heading" }, t.setupHeading),
        h("p", { className: "pt-p" }, t.setupHint),
        h("div", { className: "pt-row" }, action(t.setupButton, () => void doSetup())),
      ]),
      h("section", { className: "pt-section", "aria-labelledby": "pt-import-heading" }, [
        h("h2", { id: "pt-import-heading", className: "pt-heading" }, t.importHeading),
        h("label", { for: "pt-plan-text", className: "pt-label" }, t.planTextLabel),
        parts.textarea,
        h("p", { id: "pt-plan-hint", className: "pt-hint" }, t.importHint),
        h("label", { for: "pt-plan-file", className: "pt-label" }, t.fileLabel),
        file,
        parts.fileName,
        h("p", { className: "pt-hint" }, t.fromWord),
        h("div", { className: "pt-row" }, [parts.previewButton, parts.importButton]),
        parts.preview,
      ]),
    ];
  }

  function warningsPanel(): Node[] {
    parts.asOfNote = h("p", { className: "pt-hint" });
    parts.warnings = h("div", { className: "pt-warnings" });
    // One filter, by kind: a plan's forty "overdue" lines would otherwise bury the one task with no unit.
    parts.kind = h("select", { id: "pt-kind", className: "pt-select" });
    parts.kind.addEventListener("change", () => {
      state.kind = parts.kind.value as IssueCode | "";
      state.shown = { error: PAGE, warning: PAGE, info: PAGE };
      drawWarnings();
    });
    parts.kindField = h("div", { className: "pt-field" }, [h("label", { for: "pt-kind", className: "pt-label" }, t.filterKind), parts.kind]);
    return [
      h("div", { className: "pt-row" }, [action(t.refreshButton, () => void doValidate(false)), parts.asOfNote]),
      parts.kindField,
      parts.warnings,
    ];
  }

  function summaryPanel(): Node[] {
    parts.asOfInput = h("input", {
      type: "text",
      id: "pt-as-of",
      className: "pt-input pt-date",
      inputmode: "numeric",
      autocomplete: "off",
      placeholder: "dd/mm/yyyy",
      "aria-describedby": "pt-as-of-hint",
      "aria-required": "true",
    });
    parts.asOfInput.value = state.asOfText;
    const onDate = (): void => {
      state.asOfText = parts.asOfInput.value;
      if (asOf() !== null) drawAsOfError(false);
    };
    parts.asOfInput.addEventListener("input", onDate);
    parts.asOfInput.addEventListener("change", onDate);
    parts.asOfInput.addEventListener("keyup", onDate);
    parts.asOfInput.addEventListener("blur", () => drawAsOfError(asOf() === null));
    parts.asOfError = h("p", { id: "pt-as-of-error", className: "pt-error-text", hidden: true }, t.asOfInvalidDmy);

    const period = h("select", { id: "pt-period", className: "pt-select" });
    for (let i = 0; i < PERIODS.length; i++) {
      const p = PERIODS[i];
      const option = h("option", { value: p }, PERIOD_LABELS[p][state.lang]);
      if (p === state.period) option.selected = true;
      period.appendChild(option);
    }
    period.addEventListener("change", () => {
      state.period = period.value as PeriodId;
    });

    const quarterSheets = h("input", { type: "checkbox", id: "pt-quarter-sheets", className: "pt-checkbox" });
    quarterSheets.checked = state.quarterSheets;
    quarterSheets.addEventListener("click", () => {
      state.quarterSheets = quarterSheets.checked;
    });

    parts.summaryResult = h("div", { className: "pt-summary-result" });
    return [
      h("p", { className: "pt-p" }, t.summaryHint),
      h("div", { className: "pt-field" }, [
        h("label", { for: "pt-as-of", className: "pt-label" }, t.asOfLabel),
        parts.asOfInput,
        h("p", { id: "pt-as-of-hint", className: "pt-hint" }, t.asOfHint),
        parts.asOfError,
      ]),
      h("div", { className: "pt-field" }, [h("label", { for: "pt-period", className: "pt-label" }, t.periodLabel), period]),
      h("div", { className: "pt-field pt-check" }, [quarterSheets, h("label", { for: "pt-quarter-sheets" }, t.quarterSheetsLabel)]),
      h("div", { className: "pt-row" }, action(t.generateButton, () => void doSummary(), true)),
      parts.summaryResult,
    ];
  }

  function settingsPanel(): Node[] {
    parts.language = h("select", { id: "pt-language", className: "pt-select" }, [
      h("option", { value: "vi", lang: "vi" }, t.languageVi),
      h("option", { value: "en", lang: "en" }, t.languageEn),
    ]);
    parts.language.value = state.lang;
    parts.language.addEventListener("change", () => {
      const lang: Lang = parts.language.value === "en" ? "en" : "vi";
      if (lang === state.lang) return;
      state.lang = lang;
      settings = { lang: lang, liveValidation: settings.liveValidation };
      store.save(settings);
      build();
      parts.language.focus();
    });
    return [
      h("div", { className: "pt-field" }, [h("label", { for: "pt-language", className: "pt-label" }, t.languageLabel), parts.language]),
      h("p", { className: "pt-hint" }, t.classicNote),
    ];
  }

  // ---- tabs --------------------------------------------------------------------------------------

  function selectTab(id: TabId, focus: boolean): void {
    state.tab = id;
    drawTabs();
    if (focus) parts.tabs[id].focus();
    // The first visit to the warnings checks the workbook once (quietly when it has no plan yet).
    if (id === "warnings" && state.warnings === null && !busy()) void doValidate(true);
  }

  function onTabKey(e: KeyboardEvent): void {
    const at = TAB_IDS.indexOf(state.tab);
    let next = -1;
    switch (keyOf(e)) {
      case "ArrowRight":
      case "ArrowDown":
        next = (at + 1) % TAB_IDS.length;
        break;
      case "ArrowLeft":
      case "ArrowUp":
        next = (at + TAB_IDS.length - 1) % TAB_IDS.length;
        break;
      case "Home":
        next = 0;
        break;
      case "End":
        next = TAB_IDS.length - 1;
        break;
    }
    if (next < 0) return;
    e.preventDefault();
    selectTab(TAB_IDS[next], true);
  }

  // ---- drawing -----------------------------------------------------------------------------------

  function drawTabs(): void {
    for (let i = 0; i < TAB_IDS.length; i++) {
      const id = TAB_IDS[i];
      const selected = id === state.tab;
      parts.tabs[id].setAttribute("aria-selected", selected ? "true" : "false");
      parts.tabs[id].setAttribute("tabindex", selected ? "0" : "-1");
      parts.tabs[id].className = selected ? "pt-tab pt-tab-selected" : "pt-tab";
      show(parts.panels[id], selected);
    }
  }

  function drawBadge(): void {
    const list = state.warnings;
    let count = 0;
    let errors = false;
    if (list) {
      for (let i = 0; i < list.issues.length; i++) {
        if (list.issues[i].severity !== "info") count++;
        if (list.issues[i].severity === "error") errors = true;
      }
    }
    fill(parts.badge, count > 0 ? (count > 999 ? "999+" : String(count)) : "");
    parts.badge.className = count === 0 ? "pt-badge pt-badge-none" : errors ? "pt-badge pt-badge-error" : "pt-badge pt-badge-warning";
  }

  function drawWork(): void {
    const work = state.work;
    if (!work) fill(parts.progress, null);
    else {
      const pct = work.fraction === undefined ? "" : ` ${t.percent(Math.round(work.fraction * 100))}`;
      fill(parts.progress, h("p", { className: "pt-working" }, work.label + pct));
    }
    const all = parts.actions.concat(parts.listActions);
    for (let i = 0; i < all.length; i++) {
      const b = all[i];
      const off = busy() || (b === parts.importButton && !previewIsCurrent()) || (b === parts.previewButton && state.document === null && isBlank(state.text));
      b.setAttribute("aria-disabled", off ? "true" : "false");
    }
  }

  function drawNotice(): void {
    const n = state.notice;
    if (!n) {
      fill(parts.notice, null);
      return;
    }
    const close = h("button", { type: "button", className: "pt-link", "aria-label": t.dismiss }, t.closeNotice);
    close.addEventListener("click", () => {
      state.notice = null;
      drawNotice();
    });
    let act: HTMLButtonElement | null = null;
    if (n.action) {
      const a = n.action;
      act = h("button", { type: "button", className: "pt-button" }, a.label(t));
      act.addEventListener("click", () => a.run());
    }
    fill(
      parts.notice,
      h("div", { className: n.intent === "error" ? "pt-notice pt-notice-error" : "pt-notice pt-notice-success", role: n.intent === "error" ? "alert" : "status" }, [
        n.intent === "error" ? h("p", { className: "pt-notice-title" }, t.errorTitle) : null,
        h("p", { className: "pt-notice-text" }, n.text(t, state.lang)),
        h("div", { className: "pt-row" }, [act, close]),
      ]),
    );
  }

  function drawFileName(): void {
    fill(parts.fileName, state.fileName ? t.fileLoaded(state.fileName) : null);
  }

  function previewIsCurrent(): boolean {
    return state.preview !== null && state.preview.source === source();
  }

  function drawImportButtons(): void {
    drawWork(); // the buttons' enabled state depends on the text and the preview
    if (state.preview && !previewIsCurrent()) {
      state.preview = null;
      drawPreview();
    }
  }

  function drawPreview(): void {
    const p = state.preview;
    if (!p) {
      fill(parts.preview, null);
      drawWork();
      return;
    }
    const { imported, issues, tasksAdded, tasksKept } = p.result;
    const perQuarter: Record<string, number> = {};
    for (let i = 0; i < imported.tasks.length; i++) {
      const q = imported.tasks[i].quarter;
      const key = q === null ? "none" : String(q);
      perQuarter[key] = (perQuarter[key] || 0) + 1;
    }
    const rows: Node[] = [];
    for (let q = 1; q <= 4; q++) {
      rows.push(h("tr", null, [h("th", { scope: "row" }, t.quarterShort(ROMAN[q])), h("td", null, String(perQuarter[String(q)] || 0))]));
    }
    if (perQuarter.none) rows.push(h("tr", null, [h("th", { scope: "row" }, t.noQuarter), h("td", null, String(perQuarter.none))]));

    const counts = { error: 0, warning: 0, info: 0 };
    const byCode: { code: Issue["code"]; count: number; example: Issue }[] = [];
    for (let i = 0; i < issues.length; i++) {
      const issue = issues[i];
      counts[issue.severity]++;
      let entry = null as (typeof byCode)[number] | null;
      for (let k = 0; k < byCode.length; k++) if (byCode[k].code === issue.code) entry = byCode[k];
      if (entry) entry.count++;
      else byCode.push({ code: issue.code, count: 1, example: issue });
    }
    // One line per kind of issue, most severe first: forty "overdue" lines would bury the one task with no unit.
    byCode.sort((a, b) => SEVERITY_RANK[a.example.severity] - SEVERITY_RANK[b.example.severity] || a.count - b.count);
    const lang = state.lang;

    fill(
      parts.preview,
      h("section", { className: "pt-preview", "aria-labelledby": "pt-preview-heading", "data-testid": "import-preview" }, [
        h("h3", { id: "pt-preview-heading", className: "pt-subheading" }, t.previewHeading),
        h("p", { className: "pt-p" }, `${t.planNumber}: ${imported.info.number || "—"}`),
        h("p", { className: "pt-p" }, `${t.planTitle}: ${imported.info.title || "—"}`),
        h("p", { className: "pt-p" }, `${t.planDate}: ${imported.info.issuedOn ? formatDateVi(imported.info.issuedOn) : "—"}`),
        h("table", { className: "pt-table" }, [h("caption", null, t.tasksPerQuarter), h("tbody", null, rows)]),
        h("p", { className: "pt-p" }, t.tasksTotal(imported.tasks.length)),
        h("p", { className: "pt-p" }, t.tasksNewKept(tasksAdded, tasksKept.length)),
        imported.newUnits.length > 0 ? h("p", { className: "pt-p" }, t.unitsNew(imported.newUnits.map((u) => u.name).join("; "))) : null,
        h("h4", { className: "pt-subheading" }, t.issuesHeading),
        issues.length === 0
          ? h("p", { className: "pt-p" }, t.noIssues)
          : h("p", { className: "pt-p" }, `${t.severityError}: ${counts.error} · ${t.severityWarning}: ${counts.warning} · ${t.severityInfo}: ${counts.info}`),
        issues.length === 0
          ? null
          : h(
              "ul",
              { className: "pt-list" },
              byCode.map((c) =>
                h(
                  "li",
                  null,
                  `${CODE_LABELS[c.code][lang]}: ${c.count}` +
                    (c.count === 1 && c.example.taskId ? ` (${t.taskRef(c.example.taskId)}: ${issueMessage(c.example, lang)})` : ""),
                ),
              ),
            ),
      ]),
    );
    drawWork();
  }

  function severityLabel(s: Severity): string {
    return s === "error" ? t.severityError : s === "warning" ? t.severityWarning : t.severityInfo;
  }

  function drawAsOfNote(): void {
    const d = state.warningsAsOf;
    fill(parts.asOfNote, d ? t.asOfNote(formatDateVi(d)) : null);
  }

  function drawAsOfError(invalid: boolean): void {
    show(parts.asOfError, invalid);
    if (invalid) {
      parts.asOfInput.setAttribute("aria-invalid", "true");
      parts.asOfInput.setAttribute("aria-describedby", "pt-as-of-hint pt-as-of-error");
    } else {
      parts.asOfInput.removeAttribute("aria-invalid");
      parts.asOfInput.setAttribute("aria-describedby", "pt-as-of-hint");
    }
  }

  function drawKinds(list: IssueList | null): void {
    const codes = list && !state.noPlan ? filterChoices(list, state.lang).codes : [];
    // A kind that no longer occurs (after a new check) would hide everything: drop it.
    if (state.kind && !codes.some((c) => c.code === state.kind)) state.kind = "";
    fill(parts.kind, [h("option", { value: "" }, t.allKinds)].concat(codes.map((c) => h("option", { value: c.code }, `${c.label} (${c.count})`))));
    parts.kind.value = state.kind;
    show(parts.kindField, codes.length > 1);
  }

  function drawWarnings(): void {
    drawAsOfNote();
    parts.listActions = [];
    const list = state.warnings;
    drawKinds(list);
    if (list === null) return fill(parts.warnings, h("p", { className: "pt-p" }, t.noWarningsYet));
    if (state.noPlan) return fill(parts.warnings, h("p", { className: "pt-p" }, t.noPlanYet));
    if (list.issues.length === 0) return fill(parts.warnings, h("p", { className: "pt-p" }, t.noWarnings));
    const all = groupBySeverity(list.issues);
    const kind = state.kind;
    const groups = kind ? groupBySeverity(list.issues.filter((i) => i.code === kind)) : all;
    const matching = groups.error.length + groups.warning.length + groups.info.length;
    const sections: Child[] = [
      h(
        "ul",
        { className: "pt-counts", "aria-label": t.countsLabel },
        SEVERITIES.map((s) =>
          h("li", { className: `pt-count pt-count-${s}`, "data-testid": `count-${s}` }, `${severityLabel(s)}: ${all[s].length}`),
        ),
      ),
      kind ? h("p", { className: "pt-hint", role: "status" }, t.showing(matching, list.issues.length)) : null,
    ];
    for (let g = 0; g < SEVERITIES.length; g++) sections.push(group(SEVERITIES[g], groups[SEVERITIES[g]]));
    fill(parts.warnings, sections);
    drawWork();
  }

  function group(s: Severity, items: Issue[]): HTMLElement {
    const headingId = `pt-warnings-${s}`;
    const list = h("ul", { className: "pt-issues" });
    const limit = Math.min(items.length, state.shown[s]);
    for (let i = 0; i < limit; i++) list.appendChild(h("li", null, issueItem(items[i])));
    let more: HTMLButtonElement | null = null;
    if (items.length > limit) {
      const first = limit;
      more = action(
        `${t.showMore} (${items.length - limit})`,
        () => {
        state.shown[s] += PAGE;
        drawWarnings();
        // Keyboard users carry on from the first row just shown.
        const rows = document.getElementById(headingId);
        const next = rows && rows.parentNode ? (rows.parentNode as HTMLElement).getElementsByTagName("li")[first] : null;
        const target = next ? (next.firstChild as HTMLElement | null) : null;
        if (target && target.tagName === "BUTTON") target.focus();
        },
        false,
        true,
      );
    }
    return h("section", { className: `pt-group pt-group-${s}`, "aria-labelledby": headingId, "data-testid": `group-${s}` }, [
      h("h2", { id: headingId, className: "pt-group-heading" }, `${severityLabel(s)} (${items.length})`),
      items.length === 0 ? h("p", { className: "pt-muted" }, t.noneInGroup) : list,
      more,
    ]);
  }

  function issueItem(issue: Issue): HTMLElement {
    const subject = issue.taskId ? t.taskRef(issue.taskId) : issue.unit || "";
    const ref = cellRef(issue);
    const where = [subject, ref].filter((x) => x !== "").join(" · ");
    const body = [where ? h("span", { className: "pt-where" }, where) : null, h("span", { className: "pt-message" }, issueMessage(issue, state.lang))];
    if (!canJump(issue)) return h("div", { className: "pt-issue" }, body);
    const b = action("", () => void doJump(issue), false, true);
    b.className = "pt-issue pt-issue-button";
    b.setAttribute("title", t.jumpHint);
    b.setAttribute("data-cell", ref);
    fill(b, body);
    return b;
  }

  function drawSummaryResult(): void {
    const r = state.summary;
    if (!r) return fill(parts.summaryResult, null);
    const lang = state.lang;
    fill(
      parts.summaryResult,
      h("section", { "aria-labelledby": "pt-summary-heading", "data-testid": "summary-result" }, [
        h("h2", { id: "pt-summary-heading", className: "pt-heading" }, `${t.resultHeading}: ${r.sheetName}`),
        h("table", { className: "pt-table pt-figures" }, [
          h("caption", null, t.figuresCaption(formatDateVi(r.figures.asOf))),
          h(
            "thead",
            null,
            h("tr", null, [t.colPeriod, t.colTotal, t.colDone, t.colOverdue, t.colPercent].map((c) => h("th", { scope: "col" }, c))),
          ),
          h(
            "tbody",
            null,
            r.figures.periods.map((p) =>
              h("tr", { "data-period": p.period }, [
                h("th", { scope: "row" }, PERIOD_LABELS[p.period][lang]),
                h("td", null, String(p.total)),
                h("td", null, String(p.done)),
                h("td", null, String(p.overdue)),
                h("td", null, `${Math.round(p.percentDone * 100)}%`),
              ]),
            ),
          ),
        ]),
        r.figures.ineligibleUnits.length > 0 ? h("p", { className: "pt-hint" }, t.ineligible(r.figures.ineligibleUnits.join("; "))) : null,
      ]),
    );
  }

  build();
}

function isBlank(text: string): boolean {
  return /^\s*$/.test(text);
}

function tabLabel(id: TabId, t: ClassicStrings): string {
  return id === "plan" ? t.tabPlan : id === "warnings" ? t.tabWarnings : id === "summary" ? t.tabSummary : t.tabSettings;
}

/** What the user reads when work fails: what went wrong and what to do. */
function errorText(err: unknown, t: ClassicStrings, lang: Lang): string {
  if (err instanceof UserFacingError) return err.text(lang);
  const message = err !== null && typeof err === "object" ? (err as { message?: unknown }).message : undefined;
  return t.unexpected(typeof message === "string" && message !== "" ? message : String(err));
}
