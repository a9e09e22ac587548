package dev.phaseshift.dryrun.report;

/**
 * The style sheet of the HTML report, inlined so the page needs nothing else: system fonts, light colours that
 * print well, a dark variant when the reader's system asks for one, and tables that stay whole on paper.
 */
final class DryRunStyle {
    static final String CSS = """
            :root {
              --ink: #1d2433; --muted: #5b6576; --faint: #98a1b0; --line: #dde2ea; --soft: #f5f7fa;
              --paper: #ffffff; --accent: #2f5bd3;
              --good: #11703f; --good-bg: #e3f4ea; --bad: #b42318; --bad-bg: #fdeceb;
              --warn: #8a5300; --warn-bg: #fff3d9; --info: #1f5fa8; --info-bg: #e6f0fb;
              --idle: #eef0f3; --bar-ok: #3a7bd5; --bar-failed: #d1453b; --lock-blocks: #c0392b;
              --lock-passes: #e2a53a; --band: #f3f6fb; --band-odd: #eaeff7;
            }
            @media (prefers-color-scheme: dark) {
              :root {
                --ink: #e4e8ef; --muted: #a3adbd; --faint: #6c7686; --line: #323a48; --soft: #1c222c;
                --paper: #12161d; --accent: #8fb0ff;
                --good: #7fd7a3; --good-bg: #163526; --bad: #ff9d94; --bad-bg: #3e1c1a;
                --warn: #f3c46b; --warn-bg: #3a2c10; --info: #9cc4f5; --info-bg: #172a42;
                --idle: #222834; --bar-ok: #5b93e6; --band: #181d26; --band-odd: #1d2330;
              }
            }
            * { box-sizing: border-box; }
            html { -webkit-text-size-adjust: 100%; }
            body { margin: 0; background: var(--paper); color: var(--ink);
              font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            main { max-width: 1280px; margin: 0 auto; padding: 28px 32px 48px; }
            code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
              font-size: 12.5px; }
            pre { background: var(--soft); border: 1px solid var(--line); border-radius: 4px; padding: 8px 10px;
              margin: 4px 0 8px; white-space: pre-wrap; word-break: break-word; }
            a { color: var(--accent); text-decoration: none; }
            a:hover { text-decoration: underline; }
            h1 { font-size: 26px; line-height: 1.25; margin: 2px 0 12px; font-weight: 650; }
            h2 { font-size: 18px; margin: 0 0 4px; font-weight: 650; }
            h3 { font-size: 15px; margin: 22px 0 8px; font-weight: 600; }
            section { margin-top: 34px; }
            .intro { color: var(--muted); margin: 0 0 14px; max-width: 900px; }
            .muted { color: var(--muted); }
            .faint { color: var(--faint); }
            .empty { color: var(--muted); font-style: italic; }
            .top { display: flex; justify-content: space-between; align-items: flex-start; gap: 24px;
              border-bottom: 2px solid var(--ink); padding-bottom: 18px; }
            .eyebrow { text-transform: uppercase; letter-spacing: .08em; font-size: 12px; color: var(--muted);
              margin: 0; font-weight: 600; }
            .meta { display: grid; grid-template-columns: repeat(4, auto); gap: 4px 28px; margin: 0; }
            .meta dt { font-size: 11.5px; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
            .meta dd { margin: 0; }
            .verdict { min-width: 170px; text-align: center; border-radius: 8px; padding: 14px 20px;
              border: 2px solid currentColor; }
            .verdict.passed { color: var(--good); background: var(--good-bg); }
            .verdict.failed { color: var(--bad); background: var(--bad-bg); }
            .verdict-word { display: block; font-size: 26px; font-weight: 750; letter-spacing: .06em; }
            .verdict-note { display: block; font-size: 12px; }
            .simulated-banner { margin-top: 16px; padding: 12px 16px; border: 2px dashed var(--warn);
              background: var(--warn-bg); color: var(--ink); border-radius: 6px; }
            .simulated-banner strong { color: var(--warn); letter-spacing: .02em; }
            .cards { display: grid; grid-template-columns: repeat(6, 1fr); gap: 12px; margin-top: 20px; }
            .card { border: 1px solid var(--line); border-top: 4px solid var(--faint); border-radius: 6px;
              padding: 10px 12px; background: var(--paper); }
            .card.good { border-top-color: var(--good); }
            .card.bad { border-top-color: var(--bad); }
            .card.warn { border-top-color: var(--warn); }
            .card-value { font-size: 22px; font-weight: 700; }
            .card.bad .card-value { color: var(--bad); }
            .card-label { font-weight: 600; }
            .card-note { font-size: 12px; color: var(--muted); }
            nav { margin-top: 22px; display: flex; flex-wrap: wrap; gap: 6px; }
            nav a { border: 1px solid var(--line); border-radius: 999px; padding: 3px 12px; font-size: 13px;
              background: var(--soft); }
            .scroll { overflow-x: auto; }
            table { border-collapse: collapse; width: 100%; font-size: 13px; }
            th, td { text-align: left; vertical-align: top; padding: 7px 10px; border-bottom: 1px solid var(--line); }
            thead th { font-size: 11.5px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted);
              border-bottom: 2px solid var(--line); background: var(--soft); white-space: nowrap; }
            tr { break-inside: avoid; page-break-inside: avoid; }
            .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
            .bad-text { color: var(--bad); font-weight: 600; }
            .kind { display: inline-block; font-size: 11px; text-transform: uppercase; letter-spacing: .05em;
              color: var(--muted); border: 1px solid var(--line); border-radius: 3px; padding: 0 5px;
              margin-left: 4px; vertical-align: 1px; font-weight: 500; }
            .badge { display: inline-block; font-size: 11px; font-weight: 700; letter-spacing: .04em;
              border-radius: 3px; padding: 1px 7px; white-space: nowrap; }
            .badge.passed { color: var(--good); background: var(--good-bg); }
            .badge.failed { color: var(--bad); background: var(--bad-bg); }
            .badge.skipped { color: var(--muted); background: var(--idle); }
            .badge.warn { color: var(--warn); background: var(--warn-bg); }
            .badge.info { color: var(--info); background: var(--info-bg); }
            code.id { font-weight: 600; }
            table.steps.observed { table-layout: fixed; min-width: 1000px; }
            table.steps.observed td { overflow-wrap: anywhere; }
            .nowrap { white-space: nowrap; }
            code.wrap { overflow-wrap: anywhere; }
            table.checks td:first-child { width: 14%; }
            table.checks td { width: 43%; }
            .op { font-size: 12px; color: var(--muted); }
            tr.step.failed td { background: var(--bad-bg); }
            tr.step.not-run td, tr.step.skipped td { color: var(--muted); }
            tr.detail td { border-top: none; padding-top: 0; }
            td details { margin-top: 2px; }
            tr.step:has(+ tr.detail) td { border-bottom: none; }
            ul.locks, ul.differences, ul.gates, ol.statements, ul.reasons { margin: 0; padding-left: 0;
              list-style: none; }
            ul.differences { margin-top: 4px; }
            ul.differences li::before { content: "– "; color: var(--faint); }
            ul.gates li { margin-bottom: 4px; }
            ul.reasons li { padding: 3px 0 3px 12px; border-left: 3px solid var(--line); margin-bottom: 4px; }
            ul.reasons.bad li { border-left-color: var(--bad); }
            ol.statements li { margin-top: 6px; }
            .lock-mode { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px;
              border-radius: 3px; padding: 0 4px; }
            .lock-mode.blocks { background: var(--bad-bg); color: var(--bad); }
            .lock-mode.passes { background: var(--warn-bg); color: var(--warn); }
            .mismatch { color: var(--bad); font-weight: 700; }
            div.mismatch { font-size: 12px; margin-bottom: 3px; }
            .error { color: var(--bad); margin: 4px 0; }
            .label { font-size: 11.5px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted);
              margin-top: 6px; }
            .backfill { margin: 4px 0; padding: 6px 10px; background: var(--info-bg); border-radius: 4px; }
            details summary { cursor: pointer; color: var(--muted); font-size: 12.5px; margin: 4px 0; }
            .reversible { padding: 10px 14px; border: 1px solid var(--line); border-radius: 6px; margin-bottom: 12px;
              background: var(--soft); }
            table.matrix td.cell { text-align: center; white-space: nowrap; }
            table.matrix th[scope=row] { white-space: nowrap; }
            td.cell.ok { color: var(--good); background: var(--good-bg); font-weight: 700; }
            td.cell.break { color: var(--bad); background: var(--bad-bg); font-weight: 700; }
            td.cell.idle { color: var(--muted); background: var(--idle); font-size: 12px; }
            td.cell.none { color: var(--faint); }
            .timeline-figure { margin: 0; border: 1px solid var(--line); border-radius: 6px; padding: 10px 10px 6px; }
            svg.timeline { display: block; font-size: 11px; }
            svg.timeline .lane { stroke: var(--line); }
            svg.timeline .lane-label { fill: var(--ink); font-size: 12px; font-weight: 600; }
            svg.timeline .axis { stroke: var(--muted); }
            svg.timeline .axis-break { stroke: var(--muted); stroke-width: 1.5; fill: none; }
            svg.timeline .grid { stroke: var(--line); stroke-dasharray: 2 3; }
            svg.timeline .tick { fill: var(--muted); font-size: 11px; }
            svg.timeline .phase-band { fill: var(--band); }
            svg.timeline .phase-band.odd { fill: var(--band-odd); }
            svg.timeline .phase-label { fill: var(--muted); font-size: 11px; font-weight: 600;
              text-transform: uppercase; letter-spacing: .05em; }
            svg.timeline .bar.ok { fill: var(--bar-ok); }
            svg.timeline .bar.failed { fill: var(--bar-failed); }
            svg.timeline .bar-label { fill: #ffffff; font-size: 11px; pointer-events: none; }
            svg.timeline .lock.blocks { fill: var(--lock-blocks); }
            svg.timeline .lock.passes { fill: var(--lock-passes); }
            svg.timeline .lock.waited { fill-opacity: .45; stroke: var(--lock-blocks); stroke-dasharray: 2 1; }
            svg.timeline .step:hover .bar { stroke: var(--ink); stroke-width: 1.5; }
            .legend { display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: center; font-size: 12px;
              color: var(--muted); margin-top: 6px; }
            .key { display: inline-block; width: 18px; height: 10px; border-radius: 2px; margin-left: 10px; }
            .key.ok { background: var(--bar-ok); }
            .key.failed { background: var(--bar-failed); }
            .key.blocks { background: var(--lock-blocks); height: 6px; }
            .key.passes { background: var(--lock-passes); height: 6px; }
            .key.waited { background: var(--bad-bg); border: 1px dashed var(--lock-blocks); height: 6px; }
            .key.band { background: var(--band-odd); border: 1px solid var(--line); }
            footer { margin-top: 40px; padding-top: 12px; border-top: 1px solid var(--line); color: var(--muted);
              font-size: 12px; }
            @media (max-width: 900px) {
              .cards { grid-template-columns: repeat(2, 1fr); }
              .meta { grid-template-columns: repeat(2, auto); }
              .top { flex-direction: column; }
            }
            @media print {
              body { font-size: 11px; background: #ffffff; color: #000000; }
              main { max-width: none; padding: 0; }
              nav { display: none; }
              section { break-inside: auto; }
              h2, h3 { break-after: avoid; page-break-after: avoid; }
              .timeline-figure, .cards, .top { break-inside: avoid; }
              details { display: none; }
              a { color: inherit; }
            }
            """;

    private DryRunStyle() {
    }
}
