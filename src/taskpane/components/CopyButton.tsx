import { useState } from "react";
import Button from "./controls/Button";

/** Puts text on the clipboard: the async Clipboard API where the webview has it, else a selection. */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Some webviews refuse the async API outside a secure context: fall back to a selection.
  }
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  try {
    return typeof document.execCommand === "function" && document.execCommand("copy");
  } catch {
    return false;
  } finally {
    document.body.removeChild(area);
  }
}

/** A small button that copies `text` and then says whether it did. */
export default function CopyButton(props: { text: string; label: string; accessibleName?: string; copied: string; failed: string }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <span>
      <Button size="small" aria-label={props.accessibleName} onClick={() => void copyText(props.text).then((ok) => setState(ok ? "copied" : "failed"))}>
        {props.label}
      </Button>
      <span role="status" style={{ marginLeft: 6 }}>
        {state === "copied" ? props.copied : state === "failed" ? props.failed : ""}
      </span>
    </span>
  );
}
