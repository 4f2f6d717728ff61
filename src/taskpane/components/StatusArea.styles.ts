import { makeStyles, tokens } from "@fluentui/react-components";

export const useStatusAreaStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  progress: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  label: { fontSize: tokens.fontSizeBase200 },
});
