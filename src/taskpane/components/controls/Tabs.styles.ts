import { createCustomFocusIndicatorStyle, makeResetStyles, makeStyles, tokens } from "@fluentui/react-components";

/** A tab, unselected (the selected one adds useTabsStyles().selected). */
export const useTabClassName = makeResetStyles({
  position: "relative",
  display: "inline-flex",
  alignItems: "center",
  columnGap: tokens.spacingHorizontalXXS,
  flexShrink: 0,
  padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalSNudge}`,
  border: "none",
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: tokens.colorTransparentBackground,
  color: tokens.colorNeutralForeground2,
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase300,
  lineHeight: tokens.lineHeightBase300,
  cursor: "pointer",
  outlineStyle: "none",
  ":hover": { backgroundColor: tokens.colorTransparentBackgroundHover, color: tokens.colorNeutralForeground2Hover },
  ":active": { backgroundColor: tokens.colorTransparentBackgroundPressed, color: tokens.colorNeutralForeground2Pressed },
  // The line under a tab: grey while hovered, brand when selected.
  "::before": {
    content: '""',
    position: "absolute",
    bottom: 0,
    left: tokens.spacingHorizontalSNudge,
    right: tokens.spacingHorizontalSNudge,
    height: tokens.strokeWidthThick,
    borderRadius: tokens.borderRadiusCircular,
  },
  ":hover::before": { backgroundColor: tokens.colorNeutralStroke1Hover },
  ":active::before": { backgroundColor: tokens.colorNeutralStroke1Pressed },
  "@media (forced-colors: active)": { ":hover::before": { backgroundColor: "Highlight" } },
  ...createCustomFocusIndicatorStyle({
    boxShadow: `${tokens.shadow4}, 0 0 0 ${tokens.strokeWidthThick} ${tokens.colorStrokeFocus2}`,
    outlineWidth: tokens.strokeWidthThick,
    outlineStyle: "solid",
    outlineColor: "transparent",
    zIndex: 1,
  }),
});

export const useTabsStyles = makeStyles({
  list: { display: "flex", flexWrap: "wrap", alignItems: "center" },
  selected: {
    color: tokens.colorNeutralForeground1,
    ":hover": { color: tokens.colorNeutralForeground1Hover },
    ":active": { color: tokens.colorNeutralForeground1Pressed },
    "::before": { backgroundColor: tokens.colorCompoundBrandStroke },
    ":hover::before": { backgroundColor: tokens.colorCompoundBrandStrokeHover },
    ":active::before": { backgroundColor: tokens.colorCompoundBrandStrokePressed },
    "@media (forced-colors: active)": { "::before": { backgroundColor: "ButtonText" }, ":hover::before": { backgroundColor: "ButtonText" } },
  },
  // The label and, stacked under it with no height, a hidden semibold copy: a tab is as wide as
  // its selected (bold) label, so selecting one does not shift its neighbours.
  content: { display: "inline-flex", flexDirection: "column", padding: `0 ${tokens.spacingHorizontalXXS}` },
  strong: { fontWeight: tokens.fontWeightSemibold },
  reserve: { height: 0, overflow: "hidden", visibility: "hidden", fontWeight: tokens.fontWeightSemibold },
});
