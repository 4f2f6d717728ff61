import { mergeClasses } from "@fluentui/react-components";
import type { KeyboardEvent, ReactNode } from "react";
import { useTabClassName, useTabsStyles } from "./Tabs.styles";

export interface TabItem<T extends string> {
  readonly value: T;
  readonly label: string;
  /** Shown after the label (a count badge); not part of the tab's name if aria-hidden. */
  readonly after?: ReactNode;
}

const NEXT: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * Tabs as the WAI-ARIA tabs pattern has them, drawn like Fluent's small TabList: one tab stop (the
 * selected tab), arrow keys move focus round the tabs (Home, End to the ends), Enter or Space
 * selects. The tab of `value` is `tab-<value>` and controls the panel `panel-<value>`.
 */
export default function Tabs<T extends string>({
  items,
  selected,
  onSelect,
  label,
  className,
}: {
  items: readonly TabItem<T>[];
  selected: T;
  onSelect: (value: T) => void;
  label: string;
  className?: string;
}) {
  const tab = useTabClassName();
  const styles = useTabsStyles();
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const tabs = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>('[role="tab"]'));
    const at = tabs.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    let to: number;
    if (event.key === "Home") to = 0;
    else if (event.key === "End") to = tabs.length - 1;
    else if (event.key in NEXT) to = (at + NEXT[event.key] + tabs.length) % tabs.length;
    else return;
    event.preventDefault();
    tabs[to].focus();
  };
  return (
    <div role="tablist" aria-label={label} className={mergeClasses(styles.list, className)} onKeyDown={onKeyDown}>
      {items.map((item) => {
        const isSelected = item.value === selected;
        return (
          <button
            key={item.value}
            type="button"
            role="tab"
            id={`tab-${item.value}`}
            aria-controls={`panel-${item.value}`}
            aria-selected={isSelected}
            tabIndex={isSelected ? 0 : -1}
            className={mergeClasses(tab, isSelected && styles.selected)}
            onClick={() => onSelect(item.value)}
          >
            <span className={styles.content}>
              <span className={isSelected ? styles.strong : undefined} data-tab-label="">
                {item.label}
              </span>
              <span className={styles.reserve} aria-hidden="true">
                {item.label}
              </span>
            </span>
            {item.after}
          </button>
        );
      })}
    </div>
  );
}
