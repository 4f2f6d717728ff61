import { useMemo, useState } from "react";
import { formatDateVi, type CalendarDate } from "../../core/dates/calendarDate";
import type { Lang } from "../../core/i18n/lang";
import { issueMessage } from "../../core/i18n/messages";
import type { Issue, IssueCode, Severity } from "../../core/validate/issue";
import {
  canJump,
  cellRef,
  filterChoices,
  groupBySeverity,
  matchesFilter,
  NO_FILTER,
  SEVERITIES,
  type IssueFilter,
  type IssueList,
} from "../issues";
import type { Strings } from "../strings";
import type { ViewBase } from "../types";
import Button from "./controls/Button";
import Badge from "./controls/Badge";
import Select from "./controls/Select";
import Labeled from "./Labeled";
import { useWarningsViewStyles } from "./WarningsView.styles";

/** Rows shown per severity before "Show more" (a big plan can have thousands). */
const PAGE = 100;
const ROMAN = ["", "I", "II", "III", "IV"];

const BADGE_COLOR: Record<Severity, "danger" | "warning" | "informative"> = { error: "danger", warning: "warning", info: "informative" };

export interface WarningsViewProps extends ViewBase {
  /** null: not checked yet. */
  list: IssueList | null;
  noPlan: boolean;
  asOf: CalendarDate | null;
  liveValidation: boolean;
  onRefresh: () => void;
}

/** Issues grouped by severity, filterable; each one selects its cell in the sheet. */
export default function WarningsView({ t, lang, port, busy, run, list, noPlan, asOf, liveValidation, onRefresh }: WarningsViewProps) {
  const styles = useWarningsViewStyles();
  const [filter, setFilter] = useState<IssueFilter>(NO_FILTER);
  const [shown, setShown] = useState<Record<Severity, number>>({ error: PAGE, warning: PAGE, info: PAGE });

  const choices = useMemo(() => (list ? filterChoices(list, lang) : null), [list, lang]);
  const all = useMemo(() => groupBySeverity(list?.issues ?? []), [list]);
  const filtered = useMemo(
    () => groupBySeverity(list ? list.issues.filter((i) => matchesFilter(list, i, filter)) : []),
    [list, filter],
  );
  // A filter value that no longer occurs (after a refresh) would hide everything: drop it.
  const effective = list && choices ? sanitize(filter, choices) : filter;
  if (effective !== filter) setFilter(effective);

  const severityLabel = (s: Severity) => (s === "error" ? t.severityError : s === "warning" ? t.severityWarning : t.severityInfo);

  const jump = (issue: Issue) =>
    run(t.stepSelect, async () => {
      await port.apply([{ kind: "select", sheet: issue.sheet as string, row: issue.row as number, column: issue.columnIndex ?? 1 }]);
    });

  const total = list?.issues.length ?? 0;
  const matching = SEVERITIES.reduce((n, s) => n + filtered[s].length, 0);

  return (
    <div className={styles.root}>
      <ul className={styles.counts} aria-label={t.countsLabel}>
        {SEVERITIES.map((s) => (
          <li key={s}>
            <Badge appearance={all[s].length > 0 ? "filled" : "outline"} color={BADGE_COLOR[s]} size="large" data-testid={`count-${s}`}>
              {severityLabel(s)}: {all[s].length}
            </Badge>
          </li>
        ))}
      </ul>

      <div className={styles.toolbar}>
        <Button onClick={onRefresh} disabled={busy}>
          {t.refreshButton}
        </Button>
        {asOf ? <p className={styles.small}>{t.asOfNote(formatDateVi(asOf))}</p> : null}
      </div>
      {liveValidation ? (
        <p className={styles.muted}>
          {t.liveOnNote}
        </p>
      ) : null}

      {list === null ? (
        <p className={styles.p}>{t.noWarningsYet}</p>
      ) : noPlan ? (
        <p className={styles.p}>{t.noPlanYet}</p>
      ) : total === 0 ? (
        <p className={styles.p}>{t.noWarnings}</p>
      ) : (
        <>
          <div className={styles.filters} role="group" aria-label={`${t.filterKind}, ${t.filterQuarter}, ${t.filterUnit}`}>
            <Labeled label={t.filterKind}>
              <Select value={filter.code} onChange={(e) => setFilter({ ...filter, code: e.target.value as IssueCode | "" })}>
                <option value="">{t.allKinds}</option>
                {choices?.codes.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.label} ({c.count})
                  </option>
                ))}
              </Select>
            </Labeled>
            <Labeled label={t.filterQuarter}>
              <Select value={filter.quarter} onChange={(e) => setFilter({ ...filter, quarter: e.target.value as IssueFilter["quarter"] })}>
                <option value="">{t.allQuarters}</option>
                {choices?.quarters.map((q) => (
                  <option key={q.quarter} value={q.quarter}>
                    {q.quarter === "none" ? t.noQuarter : t.quarterShort(ROMAN[Number(q.quarter)])} ({q.count})
                  </option>
                ))}
              </Select>
            </Labeled>
            <Labeled label={t.filterUnit}>
              <Select value={filter.unit} onChange={(e) => setFilter({ ...filter, unit: e.target.value })}>
                <option value="">{t.allUnits}</option>
                {choices?.units.map((u) => (
                  <option key={u.unit} value={u.unit}>
                    {u.unit} ({u.count})
                  </option>
                ))}
              </Select>
            </Labeled>
          </div>
          {matching < total ? (
            <p className={styles.small} role="status">
              {matching === 0 ? t.noMatch : t.showing(matching, total)}
            </p>
          ) : null}

          {SEVERITIES.map((s) => {
            const items = filtered[s];
            const headingId = `warnings-${s}-heading`;
            return (
              <section key={s} className={styles.group} aria-labelledby={headingId} data-testid={`group-${s}`}>
                <h2 id={headingId} className={styles.groupHeading}>
                  {severityLabel(s)}
                  <Badge appearance="tint" color={BADGE_COLOR[s]} aria-hidden>
                    {items.length}
                  </Badge>
                </h2>
                {items.length === 0 ? (
                  <p className={styles.muted}>
                    {t.noneInGroup}
                  </p>
                ) : (
                  <ul className={styles.list}>
                    {items.slice(0, shown[s]).map((issue, i) => (
                      <li key={`${issue.code}:${issue.sheet}:${issue.row}:${issue.columnIndex}:${i}`}>
                        <IssueItem issue={issue} t={t} lang={lang} disabled={busy} onJump={() => void jump(issue)} />
                      </li>
                    ))}
                  </ul>
                )}
                {items.length > shown[s] ? (
                  <Button appearance="subtle" size="small" onClick={() => setShown({ ...shown, [s]: shown[s] + PAGE })}>
                    {t.showMore} ({items.length - shown[s]})
                  </Button>
                ) : null}
              </section>
            );
          })}
        </>
      )}
    </div>
  );
}

function IssueItem({ issue, t, lang, disabled, onJump }: { issue: Issue; t: Strings; lang: Lang; disabled: boolean; onJump: () => void }) {
  const styles = useWarningsViewStyles();
  const subject = issue.taskId ? t.taskRef(issue.taskId) : (issue.unit ?? "");
  const ref = cellRef(issue);
  const where = [subject, ref].filter(Boolean).join(" · ");
  const body = (
    <>
      {where ? <span className={styles.where}>{where}</span> : null}
      <span className={styles.message}>{issueMessage(issue, lang)}</span>
    </>
  );
  if (!canJump(issue)) return <div className={styles.plain}>{body}</div>;
  return (
    <Button appearance="subtle" className={styles.item} onClick={onJump} disabled={disabled} title={t.jumpHint} data-cell={ref}>
      <span className={styles.itemText}>{body}</span>
    </Button>
  );
}

function sanitize(f: IssueFilter, choices: ReturnType<typeof filterChoices>): IssueFilter {
  const code = f.code && !choices.codes.some((c) => c.code === f.code) ? "" : f.code;
  const quarter = f.quarter && !choices.quarters.some((q) => q.quarter === f.quarter) ? "" : f.quarter;
  const unit = f.unit && !choices.units.some((u) => u.unit === f.unit) ? "" : f.unit;
  return code === f.code && quarter === f.quarter && unit === f.unit ? f : { code, quarter, unit };
}
