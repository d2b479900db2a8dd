/// The style sheet inlined in every HTML notebook: system fonts only, no external resources.
enum NotebookStyle {
    static let css = """
    :root { --ink: #1d1d1b; --muted: #5b616b; --rule: #d5d8dc; --code: #f4f5f6; --accent: #1d5f8a; --bad: #a4262c; }
    * { box-sizing: border-box; }
    body { margin: 0 auto; max-width: 60rem; padding: 2rem 1.5rem 3rem; color: var(--ink); background: #fff;
      font: 16px/1.5 -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Liberation Sans", sans-serif; }
    h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .25rem; }
    h2 { font-size: 1.4rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--rule); padding-bottom: .2rem; }
    h3 { font-size: 1.15rem; margin: 1.5rem 0 .4rem; }
    h4, h5, h6 { font-size: 1rem; margin: 1.2rem 0 .3rem; }
    p, ul, ol { margin: .5rem 0; }
    a { color: var(--accent); }
    .asat { color: var(--muted); margin: 0 0 1rem; }
    .notice { border-left: 4px solid var(--accent); background: #eef4f8; padding: .5rem .75rem; }
    code, pre, .sha { font-family: "SFMono-Regular", Menlo, Consolas, "Liberation Mono", "DejaVu Sans Mono", monospace; font-size: .88em; }
    :not(pre) > code { background: var(--code); padding: 0 .2em; border-radius: 3px; }
    pre { margin: .5rem 0; padding: .5rem .75rem; white-space: pre-wrap; overflow-wrap: anywhere; }
    pre.code { background: var(--code); border-left: 3px solid var(--accent); margin-top: 1rem; }
    pre.output { background: #fff; border-left: 3px solid var(--rule); }
    pre.error { background: #fbeeee; border-left: 3px solid var(--bad); color: var(--bad); }
    pre.error.refused { background: #fdf6e7; border-left-color: #b26b00; color: #6b4100; }
    .value { font-size: 1.35rem; font-weight: 600; margin: .25rem 0 .5rem .75rem; font-variant-numeric: tabular-nums; }
    .table-wrap { overflow-x: auto; margin: .5rem 0 0; }
    .table-wrap.long { max-height: 32rem; overflow-y: auto; border: 1px solid var(--rule); }
    table { border-collapse: collapse; font-size: .9rem; font-variant-numeric: tabular-nums; }
    th, td { padding: .25rem .6rem; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
    thead th { background: #f7f8f9; border-bottom: 2px solid #9aa1a9; position: sticky; top: 0; }
    th.num, td.num { text-align: right; }
    tbody tr:nth-child(even) td { background: #fafbfb; }
    .table-note { color: var(--muted); font-size: .8rem; margin: .2rem 0 .8rem; }
    .record { margin: .5rem 0; }
    .record-title, .field-name { font-weight: 600; margin: .5rem 0 .2rem; }
    table.fields th { font-weight: normal; color: var(--muted); }
    figure.chart { margin: .75rem 0; }
    figure.chart svg { width: 100%; height: auto; max-width: 46rem; display: block; }
    figure.chart figcaption { color: var(--muted); font-size: .8rem; }
    td.num, td.date, td.short, th.word, .asat { white-space: nowrap; }
    ul.lines { margin: .25rem 0 .75rem; padding-left: 1.25rem; }
    ul.lines ul { margin: .1rem 0; }
    section.data { margin-top: 2.5rem; font-size: .85rem; }
    section.data h2 { font-size: 1.15rem; }
    section.data table { margin: .5rem 0 .75rem; }
    td.path { overflow-wrap: anywhere; }
    ul.issues { color: var(--muted); padding-left: 1.25rem; }
    footer { margin-top: 3rem; border-top: 1px solid var(--rule); padding-top: .75rem; color: var(--muted); font-size: .8rem; }
    section.data table { font-size: .75rem; }
    .sha { overflow-wrap: anywhere; }
    @page { size: A4; margin: 16mm 14mm 18mm; }
    @media print {
      body { max-width: none; padding: 0; font-size: 10.5pt; }
      h1, h2, h3 { break-after: avoid; }
      pre, figure.chart, tr { break-inside: avoid; }
      pre.code { break-after: avoid; }
      .table-wrap, .table-wrap.long { max-height: none; overflow: visible; border: 0; }
      thead { display: table-header-group; }
      thead th { position: static; }
      a { color: inherit; }
    }
    """
}
