import { makeStyles, tokens } from "@fluentui/react-components";

export const useCheckboxStyles = makeStyles({
  // 32 px high, as Fluent's Checkbox; only as wide as its label.
  root: {
    display: "inline-flex",
    alignSelf: "flex-start",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalS}`,
  },
  input: {
    flexShrink: 0,
    width: "16px",
    height: "16px",
    margin: "2px 0 0",
    accentColor: tokens.colorCompoundBrandBackground,
    cursor: "pointer",
    ":disabled": { cursor: "not-allowed" },
  },
  label: {
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground1,
    cursor: "pointer",
  },
  labelDisabled: { color: tokens.colorNeutralForegroundDisabled, cursor: "not-allowed" },
});
