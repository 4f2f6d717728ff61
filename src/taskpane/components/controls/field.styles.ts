import { makeResetStyles, makeStyles, shorthands, tokens } from "@fluentui/react-components";

/**
 * The look of Fluent's outline fields (Input, Select, Textarea), for native controls: a frame with
 * a darker bottom edge, and a brand underline that grows in while the control has focus. The frame
 * is a wrapper so that the underline can be drawn under a <select> or <textarea>, which have no
 * pseudo-elements of their own.
 */
export const useFieldFrameClassName = makeResetStyles({
  position: "relative",
  display: "flex",
  boxSizing: "border-box",
  backgroundColor: tokens.colorNeutralBackground1,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  borderBottomColor: tokens.colorNeutralStrokeAccessible,
  borderRadius: tokens.borderRadiusMedium,
  ":hover": { ...shorthands.borderColor(tokens.colorNeutralStroke1Hover), borderBottomColor: tokens.colorNeutralStrokeAccessibleHover },
  "::after": {
    content: '""',
    position: "absolute",
    left: "-1px",
    right: "-1px",
    bottom: "-1px",
    height: `max(${tokens.strokeWidthThick}, ${tokens.borderRadiusMedium})`,
    boxSizing: "border-box",
    borderBottomLeftRadius: tokens.borderRadiusMedium,
    borderBottomRightRadius: tokens.borderRadiusMedium,
    borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorCompoundBrandStroke}`,
    clipPath: `inset(calc(100% - ${tokens.strokeWidthThick}) 0 0 0)`,
    pointerEvents: "none",
    transform: "scaleX(0)",
    transitionProperty: "transform",
    transitionDuration: tokens.durationUltraFast,
    "@media (prefers-reduced-motion: reduce)": { transitionDuration: "0.01ms" },
  },
  ":focus-within::after": { transform: "scaleX(1)", transitionDuration: tokens.durationNormal },
  ":focus-within": { ...shorthands.borderColor(tokens.colorNeutralStroke1Pressed), borderBottomColor: tokens.colorCompoundBrandStroke },
});

/** The native control inside the frame: no border or background of its own. */
export const useFieldControlClassName = makeResetStyles({
  flexGrow: 1,
  minWidth: 0,
  boxSizing: "border-box",
  margin: 0,
  border: "none",
  borderRadius: tokens.borderRadiusMedium,
  backgroundColor: "transparent",
  color: tokens.colorNeutralForeground1,
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase300,
  lineHeight: tokens.lineHeightBase300,
  outlineStyle: "none",
  ":disabled": { color: tokens.colorNeutralForegroundDisabled, cursor: "not-allowed" },
});

/** Variations of the frame, and the one-line control. */
export const useFieldStyles = makeStyles({
  invalid: {
    ":not(:focus-within)": { ...shorthands.borderColor(tokens.colorPaletteRedBorder2) },
  },
  disabled: {
    ...shorthands.borderColor(tokens.colorNeutralStrokeDisabled),
    backgroundColor: tokens.colorTransparentBackground,
    "::after": { display: "none" },
  },
  /** One line high, as Fluent's medium Input and Select (32 px with the frame). */
  line: { height: "30px", padding: `0 calc(${tokens.spacingHorizontalMNudge} + ${tokens.spacingHorizontalXXS})` },
});
