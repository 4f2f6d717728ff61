import { makeStyles, tokens } from "@fluentui/react-components";

export const useSummaryViewStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  p: { margin: 0 },
  // A native date picker in a frame like Fluent's Input.
  date: { maxWidth: "220px" },
  small: { fontSize: tokens.fontSizeBase200, marginBottom: 0 },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    "& th, & td": {
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    },
    "& td": { textAlign: "right" },
    "& th[scope=row]": { textAlign: "left", fontWeight: tokens.fontWeightRegular },
    "& thead th": { textAlign: "right", fontWeight: tokens.fontWeightSemibold },
    "& thead th:first-child": { textAlign: "left" },
  },
  // A period's name on one line ("Quý III"); a unit's name left-aligned under its heading.
  periods: { "& th[scope=row]": { whiteSpace: "nowrap" } },
  units: { "& thead th:nth-child(2)": { textAlign: "left" } },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  paragraph: { margin: 0, padding: tokens.spacingVerticalS, backgroundColor: tokens.colorNeutralBackground2, borderRadius: tokens.borderRadiusMedium, lineHeight: tokens.lineHeightBase300 },
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, paddingBlock: tokens.spacingVerticalS, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  letter: { margin: 0, whiteSpace: "pre-wrap", fontFamily: tokens.fontFamilyBase, fontSize: tokens.fontSizeBase200, maxHeight: "14em", overflowY: "auto", padding: tokens.spacingVerticalS, backgroundColor: tokens.colorNeutralBackground2 },
  caption: { textAlign: "left", fontWeight: tokens.fontWeightSemibold, paddingBottom: tokens.spacingVerticalXS },
});
