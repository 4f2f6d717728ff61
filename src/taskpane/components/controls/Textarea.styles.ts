import { makeStyles, tokens } from "@fluentui/react-components";

export const useTextareaStyles = makeStyles({
  // Room under the resize handle for the focus underline, as Fluent's Textarea has.
  frame: { paddingBottom: tokens.strokeWidthThick },
  textarea: {
    padding: `${tokens.spacingVerticalSNudge} calc(${tokens.spacingHorizontalMNudge} + ${tokens.spacingHorizontalXXS})`,
    resize: "vertical",
    "::placeholder": { color: tokens.colorNeutralForeground4, opacity: 1 },
  },
});
