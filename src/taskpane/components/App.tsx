import { Badge, makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { UserFacingError } from "../../app/errors";
import type { Progress, WorkbookPort } from "../../app/port";
import type { CommandOptions } from "../../app/types";
import { parseIsoDate, toIsoDate, type CalendarDate } from "../../core/dates/calendarDate";
import { langFromLocale, type Lang } from "../../core/i18n/lang";
import type { IssueList } from "../issues";
import { loadEngine } from "../loadEngine";
import { memorySettings, type PaneSettings, type SettingsStore } from "../settings";
import { stringsFor } from "../strings";
import type { StartLiveSync, StopLiveSync, TabId } from "../types";
import { useWork } from "../useWork";
import PlanView from "./PlanView";
import SettingsView from "./SettingsView";
import StatusArea from "./StatusArea";
import SummaryView from "./SummaryView";
import WarningsView from "./WarningsView";

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

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
    minWidth: "280px",
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  tabs: { flexWrap: "wrap" },
  tabBadge: { marginLeft: tokens.spacingHorizontalXS },
});

const TAB_IDS: readonly TabId[] = ["plan", "warnings", "summary", "settings"];
/** A workbook with no plan yet is not an error while checking in the background. */
const QUIET_WHEN_NO_PLAN = ["plan-table-missing"];

const todayOf = (d: Date): CalendarDate => ({ year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() });

export default function App({ port, displayLanguage, startLiveSync, settingsStore, now = () => new Date() }: AppProps) {
  const styles = useStyles();
  const store = useMemo(() => settingsStore ?? memorySettings(), [settingsStore]);
  const [settings, setSettings] = useState<PaneSettings>(() => store.load());
  const lang: Lang = settings.lang ?? langFromLocale(displayLanguage);
  const t = stringsFor(lang);
  const liveValidation = (settings.liveValidation ?? true) && startLiveSync !== undefined;

  const [tab, setTab] = useState<TabId>("plan");
  const [asOfText, setAsOfText] = useState(() => toIsoDate(todayOf(now())));
  const asOf = parseIsoDate(asOfText);
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
      return { asOf: parseIsoDate(asOfText) ?? todayOf(current), lang, now: current, progress };
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

  // Fetch the engine while the user reads the pane.
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

  return (
    <div className={styles.root} lang={lang}>
      <h1 className={styles.title}>{t.appTitle}</h1>
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_, data) => setTab(data.value as TabId)}
        aria-label={t.tabsLabel}
        size="small"
      >
        {TAB_IDS.map((id) => (
          <Tab key={id} id={`tab-${id}`} value={id} aria-controls={`panel-${id}`}>
            {tabLabel(id, t)}
            {id === "warnings" && issueCount > 0 ? (
              <Badge className={styles.tabBadge} size="small" color={hasErrors ? "danger" : "warning"} aria-hidden>
                {issueCount > 999 ? "999+" : issueCount}
              </Badge>
            ) : null}
          </Tab>
        ))}
      </TabList>

      <StatusArea t={t} lang={lang} work={work} notice={notice} onDismiss={() => setNotice(null)} />

      <Panel id="plan" active={tab === "plan"}>
        <PlanView
          t={t}
          lang={lang}
          port={port}
          busy={busy}
          run={run}
          optionsFor={optionsFor}
          onIssues={showIssues}
          setNotice={setNotice}
          goToWarnings={() => setTab("warnings")}
        />
      </Panel>
      <Panel id="warnings" active={tab === "warnings"}>
        <WarningsView
          t={t}
          lang={lang}
          port={port}
          busy={busy}
          run={run}
          list={warnings}
          noPlan={noPlan}
          asOf={asOf}
          liveValidation={liveValidation}
          onRefresh={() => void refresh(false)}
        />
      </Panel>
      <Panel id="summary" active={tab === "summary"}>
        <SummaryView
          t={t}
          lang={lang}
          port={port}
          busy={busy}
          run={run}
          optionsFor={optionsFor}
          asOfText={asOfText}
          asOfValid={asOf !== null}
          onAsOfChange={setAsOfText}
          setNotice={setNotice}
          onIssues={showIssues}
        />
      </Panel>
      <Panel id="settings" active={tab === "settings"}>
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

function tabLabel(id: TabId, t: ReturnType<typeof stringsFor>): string {
  switch (id) {
    case "plan":
      return t.tabPlan;
    case "warnings":
      return t.tabWarnings;
    case "summary":
      return t.tabSummary;
    case "settings":
      return t.tabSettings;
  }
}

/** A tab's panel: every panel stays mounted (a half-typed plan survives a look at the warnings). */
function Panel({ id, active, children }: { id: TabId; active: boolean; children: React.ReactNode }) {
  return (
    <div role="tabpanel" id={`panel-${id}`} aria-labelledby={`tab-${id}`} hidden={!active}>
      {children}
    </div>
  );
}
