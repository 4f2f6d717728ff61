import { makeStyles, tokens } from "@fluentui/react-components";

export const usePlanViewStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  p: { margin: 0 },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "stretch" },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  textarea: { minHeight: "140px" },
  hiddenInput: { display: "none" },
  preview: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  facts: { margin: 0, display: "grid", gridTemplateColumns: "auto 1fr", columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXXS },
  term: { fontWeight: tokens.fontWeightSemibold },
  definition: { margin: 0 },
  table: {
    alignSelf: "flex-start",
    borderCollapse: "collapse",
    "& th, & td": { textAlign: "left", padding: `2px ${tokens.spacingHorizontalS}` },
    "& td": { textAlign: "right" },
    "& caption": { textAlign: "left", whiteSpace: "nowrap", fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXXS },
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});
