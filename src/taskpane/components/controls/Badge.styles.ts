import { makeStyles, shorthands, tokens } from "@fluentui/react-components";

export const useBadgeStyles = makeStyles({
  root: {
    display: "inline-flex",
    boxSizing: "border-box",
    alignItems: "center",
    justifyContent: "center",
    height: "20px",
    minWidth: "20px",
    padding: `0 calc(${tokens.spacingHorizontalXS} + ${tokens.spacingHorizontalXXS})`,
    position: "relative",
    borderRadius: tokens.borderRadiusCircular,
    // The border is drawn over the badge, as Fluent's: it takes no room (the colour variants
    // set the root's border colour, which the outline inherits).
    ...shorthands.borderColor(tokens.colorTransparentStroke),
    "::after": {
      content: '""',
      position: "absolute",
      top: 0,
      right: 0,
      bottom: 0,
      left: 0,
      ...shorthands.borderStyle("solid"),
      ...shorthands.borderWidth(tokens.strokeWidthThin),
      ...shorthands.borderColor("inherit"),
      ...shorthands.borderRadius("inherit"),
    },
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: "nowrap",
  },
  small: {
    height: "16px",
    minWidth: "16px",
    padding: `0 calc(${tokens.spacingHorizontalXXS} + ${tokens.spacingHorizontalXXS})`,
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
  },
  large: { height: "24px", minWidth: "24px" },
  // Fluent's Badge colours, appearance by colour.
  "filled-danger": { backgroundColor: tokens.colorPaletteRedBackground3, color: tokens.colorNeutralForegroundOnBrand },
  "filled-warning": { backgroundColor: tokens.colorPaletteYellowBackground3, color: tokens.colorNeutralForeground1Static },
  "filled-informative": { backgroundColor: tokens.colorNeutralBackground5, color: tokens.colorNeutralForeground3 },
  "outline-danger": { color: tokens.colorPaletteRedForeground3, ...shorthands.borderColor(tokens.colorPaletteRedBorder2) },
  "outline-warning": { color: tokens.colorPaletteYellowForeground2, ...shorthands.borderColor("currentColor") },
  "outline-informative": { color: tokens.colorNeutralForeground3, ...shorthands.borderColor(tokens.colorNeutralStroke2) },
  "tint-danger": { backgroundColor: tokens.colorPaletteRedBackground1, color: tokens.colorPaletteRedForeground1, ...shorthands.borderColor(tokens.colorPaletteRedBorder1) },
  "tint-warning": { backgroundColor: tokens.colorPaletteYellowBackground1, color: tokens.colorPaletteYellowForeground1, ...shorthands.borderColor(tokens.colorPaletteYellowBorder1) },
  "tint-informative": { backgroundColor: tokens.colorNeutralBackground4, color: tokens.colorNeutralForeground3, ...shorthands.borderColor(tokens.colorNeutralStroke2) },
});
