import { makeStyles, tokens } from "@fluentui/react-components";

export const useProgressBarStyles = makeStyles({
  root: { display: "block", width: "100%", height: "4px", overflow: "hidden", borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground6 },
  bar: {
    height: "100%",
    borderRadius: "inherit",
    backgroundColor: tokens.colorCompoundBrandBackground,
    transitionProperty: "width",
    transitionDuration: "0.3s",
    transitionTimingFunction: "ease",
    "@media (forced-colors: active)": { backgroundColor: "Highlight" },
  },
  // While the amount of work is unknown, a third of the bar sweeps across, as Fluent's does.
  indeterminate: {
    position: "relative",
    width: "33%",
    animationName: { from: { left: "-33%" }, to: { left: "100%" } },
    animationDuration: "3s",
    animationTimingFunction: "linear",
    animationIterationCount: "infinite",
    "@media (prefers-reduced-motion: reduce)": {
      width: "100%",
      animationName: { from: { opacity: 1 }, "50%": { opacity: 0.4 }, to: { opacity: 1 } },
    },
  },
});
