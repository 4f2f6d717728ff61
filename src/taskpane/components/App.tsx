import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { UserFacingError } from "../../app/errors";
import type { Progress, WorkbookPort } from "../../app/port";
import type { CommandOptions } from "../../app/types";
import { formatDateVi, type CalendarDate } from "../../core/dates/calendarDate";
import { langFromLocale, type Lang } from "../../core/i18n/lang";
import type { IssueList } from "../issues";
import { loadEngine } from "../loadEngine";
import { officeStringsFor } from "../officeStrings";
import { parseTypedDate } from "../typedDate";
import { memorySettings, type PaneSettings, type SettingsStore } from "../settings";
import { stringsFor } from "../strings";
import type { StartLiveSync, StopLiveSync, TabId, ViewBase } from "../types";
import { useWork } from "../useWork";
import Badge from "./controls/Badge";
import Tabs from "./controls/Tabs";
import PlanView from "./PlanView";
import SettingsView from "./SettingsView";
import StatusArea from "./StatusArea";
import SummaryView from "./SummaryView";
import WarningsView from "./WarningsView";
import { useAppStyles } from "./App.styles";

export interface AppProps {
  /** The workbook, through the adapter index.tsx built (a fake one in tests). */
  readonly port: WorkbookPort;
  /** Office's display language ("vi-VN", "en-US", …): Vietnamese unless it is known and is not. */
  readonly displayLanguage?: string | null;
  /** Absent where the host cannot report edits: live validation is then unavailable. */
  readonly startLiveSync?: StartLiveSync;
  readonly settingsStore?: SettingsStore;
  /** The clock (tests fix it). */
  readonly now?: () => Date;
}

// Fetched when its tab is first opened: the first render draws only the plan.
const RemindView = lazy(() => import(/* webpackChunkName: "remind-view" */ "./RemindView"));

const TAB_IDS: readonly TabId[] = ["plan", "warnings", "summary", "remind", "settings"];
/** A workbook with no plan yet is not an error while checking in the background. */
const QUIET_WHEN_NO_PLAN = ["plan-table-missing"];

const todayOf = (d: Date): CalendarDate => ({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() });

export default function App({ port, displayLanguage, startLiveSync, settingsStore, now = () => new Date() }: AppProps) {
  const styles = useAppStyles();
  const store = useMemo(() => settingsStore ?? memorySettings(), [settingsStore]);
  const [settings, setSettings] = useState<PaneSettings>(() => store.load());
  const lang: Lang = settings.lang ?? langFromLocale(displayLanguage);
  const t = stringsFor(lang);
  const liveValidation = (settings.liveValidation ?? true) && startLiveSync !== undefined;

  const [tab, setTab] = useState<TabId>("plan");
  // A panel is first rendered when its tab is first shown (the first paint draws only the plan),
  // and then stays mounted (a half-typed plan survives a look at the warnings).
  const [opened, setOpened] = useState<ReadonlySet<TabId>>(() => new Set<TabId>(["plan"]));
  const showTab = useCallback((id: TabId) => {
    setTab(id);
    setOpened((s) => (s.has(id) ? s : new Set(s).add(id)));
  }, []);
  // As the user types it: dd/mm/yyyy, whatever the webview's locale.
  const [asOfText, setAsOfText] = useState(() => formatDateVi(todayOf(now())));
  const asOf = parseTypedDate(asOfText);
  const [warnings, setWarnings] = useState<IssueList | null>(null);
  const [noPlan, setNoPlan] = useState(false);

  // An edit that arrived while other work ran is validated as soon as that work ends.
  const pendingEdit = useRef(false);
  const onIdle = useCallback(() => {
    if (!pendingEdit.current) return;
    pendingEdit.current = false;
    setTimeout(() => void liveRefreshRef.current(), 0);
  }, []);
  const { work, busy, busyRef, run, notice, setNotice } = useWork(onIdle);

  const nowRef = useRef(now);
  nowRef.current = now;
  const optionsFor = useCallback(
    (progress?: Progress): CommandOptions => {
      const current = nowRef.current();
      return { asOf: parseTypedDate(asOfText) ?? todayOf(current), lang, now: current, progress };
    },
    [asOfText, lang],
  );

  const showIssues = useCallback((list: IssueList) => {
    setWarnings(list);
    setNoPlan(false);
  }, []);

  /** Validate the workbook (writes the Cảnh báo columns) and show its issues. */
  const refresh = useCallback(
    (quiet: boolean) =>
      run(
        stringsFor(lang).working,
        async (progress) => {
          const opts = optionsFor(progress);
          const engine = await loadEngine();
          const recorder = engine.recordingPort(port);
          try {
            const outcome = await engine.validateWorkbook(recorder, opts);
            showIssues(engine.issueList(outcome.issues, outcome.taskCount, recorder.after(), opts.asOf.year));
            return outcome;
          } catch (err) {
            if (err instanceof UserFacingError && err.code === "plan-table-missing") {
              setWarnings({ issues: [], context: new Map(), taskCount: 0 });
              setNoPlan(true);
            }
            throw err;
          }
        },
        quiet ? { quiet: true, quietCodes: QUIET_WHEN_NO_PLAN } : {},
      ),
    [run, lang, optionsFor, port, showIssues],
  );

  const liveRefreshRef = useRef<() => Promise<void>>(async () => undefined);
  liveRefreshRef.current = async () => {
    if (busyRef.current) pendingEdit.current = true;
    else await refresh(true);
  };

  // Fetch the engine while the user reads the pane (the plan reader comes with the first preview).
  useEffect(() => {
    void loadEngine();
  }, []);

  // The first visit to the warnings tab checks the workbook once (quietly when it has no plan yet).
  useEffect(() => {
    if (tab === "warnings" && warnings === null && !busy) void refresh(true);
  }, [tab, warnings, busy, refresh]);

  // Live validation: watch the tables while it is on; every edit re-validates.
  useEffect(() => {
    if (!liveValidation || !startLiveSync) return undefined;
    let stop: StopLiveSync | undefined;
    let ended = false;
    startLiveSync(() => liveRefreshRef.current()).then(
      (s) => {
        if (ended) void s();
        else stop = s;
      },
      (err: unknown) => {
        if (!ended) setNotice({ intent: "error", text: (_t, l) => `${stringsFor(l).liveUnsupported} (${String((err as Error)?.message ?? err)})` });
      },
    );
    return () => {
      ended = true;
      if (stop) void stop();
    };
  }, [liveValidation, startLiveSync, setNotice]);

  const changeSettings = useCallback(
    (change: PaneSettings) => {
      setSettings((s) => {
        const next = { ...s, ...change };
        store.save(next);
        return next;
      });
    },
    [store],
  );

  const issueCount = warnings ? warnings.issues.filter((i) => i.severity !== "info").length : 0;
  const hasErrors = warnings ? warnings.issues.some((i) => i.severity === "error") : false;
  const view: ViewBase = { t, lang, port, busy, run };

  return (
    <div className={styles.root} lang={lang}>
      <h1 className={styles.title}>{t.appTitle}</h1>
      <Tabs
        label={t.tabsLabel}
        selected={tab}
        onSelect={showTab}
        items={TAB_IDS.map((id) => ({
          value: id,
          label: tabLabel(id, t, lang),
          after:
            id === "warnings" && issueCount > 0 ? (
              <Badge className={styles.tabBadge} size="small" color={hasErrors ? "danger" : "warning"} aria-hidden>
                {issueCount > 999 ? "999+" : issueCount}
              </Badge>
            ) : null,
        }))}
      />

      <StatusArea t={t} lang={lang} work={work} notice={notice} onDismiss={() => setNotice(null)} />

      <Panel id="plan" active={tab === "plan"} opened={opened.has("plan")}>
        <PlanView
          {...view}
          optionsFor={optionsFor}
          onIssues={showIssues}
          setNotice={setNotice}
          goToWarnings={() => showTab("warnings")}
        />
      </Panel>
      <Panel id="warnings" active={tab === "warnings"} opened={opened.has("warnings")}>
        <WarningsView
          {...view}
          list={warnings}
          noPlan={noPlan}
          asOf={asOf}
          liveValidation={liveValidation}
          onRefresh={() => void refresh(false)}
        />
      </Panel>
      <Panel id="summary" active={tab === "summary"} opened={opened.has("summary")}>
        <SummaryView
          {...view}
          optionsFor={optionsFor}
          asOfText={asOfText}
          asOfValid={asOf !== null}
          onAsOfChange={setAsOfText}
          setNotice={setNotice}
          onIssues={showIssues}
        />
      </Panel>
      <Panel id="remind" active={tab === "remind"} opened={opened.has("remind")}>
        <Suspense fallback={<p>{t.working}</p>}>
          <RemindView {...view} optionsFor={optionsFor} asOfText={asOfText} asOfValid={asOf !== null} onAsOfChange={setAsOfText} setNotice={setNotice} />
        </Suspense>
      </Panel>
      <Panel id="settings" active={tab === "settings"} opened={opened.has("settings")}>
        <SettingsView
          t={t}
          lang={lang}
          liveValidation={liveValidation}
          liveAvailable={startLiveSync !== undefined}
          onChange={changeSettings}
        />
      </Panel>
    </div>
  );
}

function tabLabel(id: TabId, t: ReturnType<typeof stringsFor>, lang: Lang): string {
  switch (id) {
    case "plan":
      return t.tabPlan;
    case "warnings":
      return t.tabWarnings;
    case "summary":
      return t.tabSummary;
    case "remind":
      return officeStringsFor(lang).tabRemind;
    case "settings":
      return t.tabSettings;
  }
}

/** A tab's panel: its content is rendered once the tab has been opened, and kept from then on. */
function Panel({ id, active, opened, children }: { id: TabId; active: boolean; opened: boolean; children: React.ReactNode }) {
  return (
    <div role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`} hidden={!active}>
      {opened ? children : null}
    </div>
  );
}
