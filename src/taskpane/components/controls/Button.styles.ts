import { createCustomFocusIndicatorStyle, makeResetStyles, makeStyles, shorthands, tokens } from "@fluentui/react-components";

/**
 * Fluent's Button, in the appearances and sizes the pane uses (rounded, no icons): the secondary
 * medium button as one class (a reset style, as Fluent's own), the variations as atomic classes
 * that override it.
 */
export const useButtonBaseClassName = makeResetStyles({
  display: "inline-flex",
  alignItems: "center",
  justifyContent: "center",
  boxSizing: "border-box",
  verticalAlign: "middle",
  minWidth: "96px",
  margin: 0,
  padding: `5px ${tokens.spacingHorizontalM}`,
  overflow: "hidden",
  backgroundColor: tokens.colorNeutralBackground1,
  color: tokens.colorNeutralForeground1,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  borderRadius: tokens.borderRadiusMedium,
  fontFamily: tokens.fontFamilyBase,
  fontSize: tokens.fontSizeBase300,
  fontWeight: tokens.fontWeightSemibold,
  lineHeight: tokens.lineHeightBase300,
  textDecorationLine: "none",
  cursor: "pointer",
  outlineStyle: "none",
  transitionProperty: "background, border, color",
  transitionDuration: tokens.durationFaster,
  transitionTimingFunction: tokens.curveEasyEase,
  "@media screen and (prefers-reduced-motion: reduce)": { transitionDuration: "0.01ms" },
  ":hover": {
    backgroundColor: tokens.colorNeutralBackground1Hover,
    ...shorthands.borderColor(tokens.colorNeutralStroke1Hover),
    color: tokens.colorNeutralForeground1Hover,
  },
  ":hover:active": {
    backgroundColor: tokens.colorNeutralBackground1Pressed,
    ...shorthands.borderColor(tokens.colorNeutralStroke1Pressed),
    color: tokens.colorNeutralForeground1Pressed,
  },
  ...createCustomFocusIndicatorStyle({
    ...shorthands.borderColor(tokens.colorStrokeFocus2),
    outlineWidth: tokens.strokeWidthThick,
    outlineStyle: "solid",
    outlineColor: tokens.colorTransparentStroke,
    boxShadow: `0 0 0 ${tokens.strokeWidthThin} ${tokens.colorStrokeFocus2} inset`,
    zIndex: 1,
  }),
  "@media (forced-colors: active)": {
    ":focus": { ...shorthands.borderColor("ButtonText") },
    ":hover": { backgroundColor: "HighlightText", ...shorthands.borderColor("Highlight"), color: "Highlight", forcedColorAdjust: "none" },
  },
});

export const useButtonStyles = makeStyles({
  primary: {
    backgroundColor: tokens.colorBrandBackground,
    ...shorthands.borderColor("transparent"),
    color: tokens.colorNeutralForegroundOnBrand,
    ":hover": { backgroundColor: tokens.colorBrandBackgroundHover, ...shorthands.borderColor("transparent"), color: tokens.colorNeutralForegroundOnBrand },
    ":hover:active": { backgroundColor: tokens.colorBrandBackgroundPressed, ...shorthands.borderColor("transparent"), color: tokens.colorNeutralForegroundOnBrand },
    "@media (forced-colors: active)": {
      backgroundColor: "Highlight",
      ...shorthands.borderColor("HighlightText"),
      color: "HighlightText",
      forcedColorAdjust: "none",
    },
  },
  subtle: {
    backgroundColor: tokens.colorSubtleBackground,
    ...shorthands.borderColor("transparent"),
    color: tokens.colorNeutralForeground2,
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover, ...shorthands.borderColor("transparent"), color: tokens.colorNeutralForeground2Hover },
    ":hover:active": { backgroundColor: tokens.colorSubtleBackgroundPressed, ...shorthands.borderColor("transparent"), color: tokens.colorNeutralForeground2Pressed },
  },
  transparent: {
    backgroundColor: tokens.colorTransparentBackground,
    ...shorthands.borderColor("transparent"),
    color: tokens.colorNeutralForeground2,
    ":hover": { backgroundColor: tokens.colorTransparentBackgroundHover, ...shorthands.borderColor("transparent"), color: tokens.colorNeutralForeground2BrandHover },
    ":hover:active": {
      backgroundColor: tokens.colorTransparentBackgroundPressed,
      ...shorthands.borderColor("transparent"),
      color: tokens.colorNeutralForeground2BrandPressed,
    },
  },
  small: {
    minWidth: "64px",
    padding: `3px ${tokens.spacingHorizontalS}`,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    lineHeight: tokens.lineHeightBase200,
  },
  disabled: {
    cursor: "not-allowed",
    backgroundColor: tokens.colorNeutralBackgroundDisabled,
    ...shorthands.borderColor(tokens.colorNeutralStrokeDisabled),
    color: tokens.colorNeutralForegroundDisabled,
    ":hover": {
      backgroundColor: tokens.colorNeutralBackgroundDisabled,
      ...shorthands.borderColor(tokens.colorNeutralStrokeDisabled),
      color: tokens.colorNeutralForegroundDisabled,
    },
    ":hover:active": {
      backgroundColor: tokens.colorNeutralBackgroundDisabled,
      ...shorthands.borderColor(tokens.colorNeutralStrokeDisabled),
      color: tokens.colorNeutralForegroundDisabled,
    },
    "@media (forced-colors: active)": {
      backgroundColor: "ButtonFace",
      ...shorthands.borderColor("GrayText"),
      color: "GrayText",
      ":hover": { backgroundColor: "ButtonFace", ...shorthands.borderColor("GrayText"), color: "GrayText" },
    },
  },
  // Fluent's subtle and transparent buttons have no fill or border even when disabled.
  disabledQuiet: {
    backgroundColor: tokens.colorTransparentBackground,
    ...shorthands.borderColor("transparent"),
    ":hover": { backgroundColor: tokens.colorTransparentBackground, ...shorthands.borderColor("transparent") },
    ":hover:active": { backgroundColor: tokens.colorTransparentBackground, ...shorthands.borderColor("transparent") },
  },
});
