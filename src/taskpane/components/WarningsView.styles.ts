import { makeStyles, tokens } from "@fluentui/react-components";

export const useWarningsViewStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center", margin: 0, padding: 0, listStyleType: "none" },
  toolbar: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  filters: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(120px, 1fr))", gap: tokens.spacingHorizontalS },
  group: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  groupHeading: {
    margin: 0,
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: { margin: 0, padding: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  item: {
    width: "100%",
    maxWidth: "none",
    minHeight: "auto",
    justifyContent: "flex-start",
    textAlign: "left",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    fontWeight: tokens.fontWeightRegular,
  },
  itemText: { display: "block", width: "100%" },
  where: { display: "block", fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  message: { display: "block" },
  plain: { display: "block", padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
  p: { margin: 0 },
  small: { margin: 0, fontSize: tokens.fontSizeBase200 },
  muted: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});
