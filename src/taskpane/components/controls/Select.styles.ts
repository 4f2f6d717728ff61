import { makeStyles, tokens } from "@fluentui/react-components";

export const useSelectStyles = makeStyles({
  select: { appearance: "none", cursor: "pointer", paddingRight: "32px" },
  chevron: {
    position: "absolute",
    right: tokens.spacingHorizontalMNudge,
    top: "50%",
    marginTop: "-8px",
    color: tokens.colorNeutralStrokeAccessible,
    pointerEvents: "none",
  },
});
