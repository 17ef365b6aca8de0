/** A file the Lead chose, as the page holds it: its name and its bytes, nothing else. */
export interface InputFile {
  name: string;
  bytes: Uint8Array;
}
