import { html, type TemplateResult } from 'lit';

/** A file field that also takes a file dropped on it: the data panel's dataset and document alike. */
export function fileDrop(label: string, hint: string, accept: string, onFile: (file: File) => void): TemplateResult {
  const onDrag = (event: DragEvent, on: boolean) => {
    event.preventDefault();
    (event.currentTarget as HTMLElement).classList.toggle('dragging', on);
  };
  const onDrop = (event: DragEvent) => {
    onDrag(event, false);
    const file = event.dataTransfer?.files[0];
    if (file) onFile(file);
  };
  return html`<label class="dropzone" @dragover=${(e: DragEvent) => onDrag(e, true)} @dragleave=${(e: DragEvent) => onDrag(e, false)} @drop=${onDrop}>
    <span>${label}</span>
    <input type="file" accept=${accept} @change=${(e: Event) => {
      const input = e.target as HTMLInputElement;
      const file = input.files?.[0];
      if (file) onFile(file);
    }} />
    <span class="hint">${hint}</span>
  </label>`;
}
