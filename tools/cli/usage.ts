export const USAGE = `Usage: npm run -s parley -- <command>

  pack validate FILE          check a pack against the schema
  pack test FILE              run every rule's examples (bad must be flagged, good must not)
  pack import-vale DIR        convert a Vale style folder (or a StylesPath) into a pack (stdout);
                              [--vocab NAME] adds a vocabulary from <StylesPath>/config/vocabularies/NAME
  lint [--pack FILE] [--vale-config FILE] [--platform P] [--intent I] [--locale L]
       [--format text|json|line] [--min-alert-level L] [--ext .md] [FILE…|-]
                              check Markdown or plain text files (- or nothing: stdin)

Exit codes: 0 clean, 1 error-level findings / invalid pack / failed examples, 2 usage error.
Formats: docs/cli.md`;
