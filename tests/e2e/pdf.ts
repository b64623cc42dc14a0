/** Pages in a PDF that Chromium printed: its page objects (the /Pages tree node is not one). */
export const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length
