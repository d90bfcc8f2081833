export const USAGE = `Usage: npm run -s parley -- <command>

  pack validate FILE          check a pack against the schema
  pack test FILE              run every rule's examples (bad must be flagged, good must not)
  pack import-vale DIR        convert a Vale style folder (or a StylesPath) into a pack (stdout);
                              [--vocab NAME] adds a vocabulary from <StylesPath>/config/vocabularies/NAME
  lint [--pack FILE] [--vale-config FILE] [--platform P] [--intent I] [--locale L]
       [--format text|json|line] [--min-alert-level L] [--ext .md] [FILE…|-]
                              check Markdown or plain text files (- or nothing: stdin)
  classify [--pack FILE] [FILE…|-]
                              one comment per line → one JSON line each (language, intents, sentiment,
                              urgency, escalations, evidence)
  analyze [--pack FILE] --comment TEXT [--platform P] [FILE|-]
                              findings (rules + reply checks), tone, guidance and readiness as JSON
  templates [--pack FILE] --comment TEXT [--query Q] [--platform P] [--locale L] [--author NAME]
                              the pack's templates ranked for the comment, rendered, as JSON
  (without --pack, classify, analyze and templates use the built-in starter pack)
  pack keygen [--id KEYID] [--out NAME]
                              make an ECDSA P-256 key pair for signing packs
  pack sign FILE --key KEY    write FILE.sig, a detached signature over the file's exact bytes
  pack verify FILE --pub KEY  check FILE.sig against a public key (exit 1 when it does not match)
  pack serve DIR [--port N]   serve packs with ETag and CORS on 127.0.0.1 for testing and demos

Exit codes: 0 clean, 1 error-level findings / invalid pack / failed examples, 2 usage error.
Formats: docs/cli.md`;
