import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render } from "@testing-library/react";
import { readFileSync } from "fs";
import path from "path";
import App, { type AppProps } from "../../src/taskpane/components/App";
import { MemoryPort } from "./memoryPort";

export const FIXTURE = readFileSync(path.join(__dirname, "../fixtures/ke-hoach-217-KH-LDLD-2021.txt"), "utf8");

/** 15/07/2021, 09:30 local: the as-of date defaults to this day. */
export const NOW = new Date(2021, 6, 15, 9, 30);

export function renderApp(props: Partial<AppProps> = {}) {
  const port = (props.port as MemoryPort | undefined) ?? new MemoryPort();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <App displayLanguage="vi-VN" now={() => NOW} {...props} port={port} />
    </FluentProvider>,
  );
  return { ...view, port };
}
