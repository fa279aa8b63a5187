"""HTML rendering of a composed document (for e-mail or the agency's website).

Every piece of text is escaped: what a user typed ("<b>", "&", "<script>") shows literally and
is never interpreted. The page mirrors the NĐ 30 layout with a small stylesheet.
"""

from __future__ import annotations

from html import escape

from gui.core.compose import Composed, Kind, Role, Table

CSS = """
body { font-family: "Times New Roman", "Liberation Serif", Tinos, serif; font-size: 14pt;
       color: #000; max-width: 16.5cm; margin: 2cm auto; line-height: 1.2; }
table.cols { width: 100%; border-collapse: collapse; }
table.cols td { vertical-align: top; text-align: center; padding: 0; }
table.grid { width: 100%; border-collapse: collapse; margin-top: 6pt; font-size: 13pt; }
table.grid th, table.grid td { border: 0.5pt solid #000; padding: 2pt 4pt; vertical-align: top; }
table.grid th { font-weight: bold; text-align: center; }
table.sign { break-inside: avoid; page-break-inside: avoid; }
h2, h3, .topic { break-after: avoid; page-break-after: avoid; }
.parent, .number { font-size: 13pt; }
.agency, .nation { font-size: 13pt; font-weight: bold; }
.motto { font-size: 14pt; font-weight: bold; }
.place-date { font-style: italic; }
.rule { margin: 0 auto 4pt; border-top: 1px solid #000; height: 0; }
.type, .summary { text-align: center; font-weight: bold; margin: 0; }
.type { margin-top: 18pt; }
p.body, p.bullet, h2, h3 { text-align: justify; text-indent: 1.27cm; margin: 6pt 0 0; }
h2, h3 { font-size: 14pt; font-weight: bold; }
.label { font-weight: bold; }
.recipients { text-align: left; font-size: 11pt; }
.recipients .title { font-size: 12pt; font-weight: bold; font-style: italic; }
.signer { font-weight: bold; }
.signer .name { margin-top: 5em; }
.dateline { font-style: italic; font-size: 12pt; }
.author { text-align: right; font-weight: bold; }
"""


def _e(text: str) -> str:
    return escape(text, quote=True)


def _div(cls: str, text: str) -> str:
    return f'<div class="{cls}">{_e(text)}</div>' if text else ""


def render_html(doc: Composed) -> str:
    """The composed document as a standalone HTML page (UTF-8)."""
    title = " ".join(x for x in (doc.type_name, doc.summary) if x)
    out = [
        "<!DOCTYPE html>",
        '<html lang="vi">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{_e(title)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
    ]
    if doc.header:
        h = doc.header
        out.append('<table class="cols header"><tr>')
        out.append(
            '<td style="width:40%">'
            + _div("parent", h.parent_agency)
            + _div("agency", h.agency)
            + '<div class="rule" style="width:35%"></div>'
            + "</td>"
        )
        out.append(
            '<td style="width:60%">'
            + _div("nation", h.nation)
            + _div("motto", h.motto)
            + '<div class="rule" style="width:62%"></div></td>'
        )
        out.append("</tr><tr>")
        out.append(
            f"<td>{_div('number', h.number)}</td><td>{_div('place-date', h.place_date)}</td>"
        )
        out.append("</tr></table>")
    if doc.kind is Kind.NEWS:
        out.append(f'<h1 class="type">{_e(doc.type_name)}</h1>' if doc.type_name else "")
        out.append(_div("dateline", doc.dateline))
    else:
        out.append(f'<p class="type">{_e(doc.type_name)}</p>')
        for line in doc.summary.splitlines():
            if line.strip():
                out.append(f'<p class="summary">{_e(line.strip())}</p>')
        out.append('<div class="rule" style="width:25%;margin-top:4pt"></div>')
    for p in doc.body:
        if isinstance(p, Table):
            out.append(_table(p))
        elif p.role is Role.HEADING:
            out.append(f"<h2>{_e(p.text)}</h2>")
        elif p.role is Role.SUBHEADING:
            out.append(f"<h3>{_e(p.text)}</h3>")
        elif p.role is Role.TOPIC:
            out.append(f'<p class="body topic"><em>{_e(p.text)}</em></p>')
        elif p.label:
            out.append(f'<p class="body"><span class="label">{_e(p.label)}</span> {_e(p.text)}</p>')
        else:
            text = f"<em>{_e(p.text)}</em>" if p.italic else _e(p.text)
            out.append(f'<p class="{"bullet" if p.role is Role.BULLET else "body"}">{text}</p>')
    if doc.author:
        out.append(_div("author", doc.author))
    if doc.signatures or doc.recipients:
        out.append(_signatures(doc))
    out += ["</body>", "</html>", ""]
    return "\n".join(x for x in out if x is not None)


def _signer_html(lines: list[str], name: str) -> str:
    inner = "".join(_div("", line) for line in lines)
    return f'<div class="signer">{inner}<div class="name">{_e(name) or "&nbsp;"}</div></div>'


def _recipients_html(doc: Composed) -> str:
    if not doc.recipients:
        return ""
    lines = "".join(f"<div>{_e(r)}</div>" for r in doc.recipients)
    return f'<div class="recipients"><div class="title">Nơi nhận:</div>{lines}</div>'


def _table(t: Table) -> str:
    """A bordered table; header rows in ``thead``; a short row's last cell spans the rest."""
    cols = t.columns
    rows = []
    for n, row in enumerate(t.rows):
        tag = "th" if n < t.header_rows else "td"
        cells = []
        for c, text in enumerate(row):
            span = cols - len(row) + 1 if c == len(row) - 1 and len(row) < cols else 1
            attr = f' colspan="{span}"' if span > 1 else ""
            cells.append(f"<{tag}{attr}>{_e(text)}</{tag}>")
        rows.append(f"<tr>{''.join(cells)}</tr>")
    head = "".join(rows[: t.header_rows])
    body = "".join(rows[t.header_rows :])
    return f'<table class="grid"><thead>{head}</thead><tbody>{body}</tbody></table>'


def _signatures(doc: Composed) -> str:
    out = []
    rows = doc.signature_rows()
    beside = bool(rows) and doc.recipients_beside
    for n, row in enumerate(rows):
        if len(row) == 1:
            left = _recipients_html(doc) if n == 0 and beside else ""
            s = row[0]
            out.append(
                '<table class="cols sign"><tr>'
                f'<td style="width:40%">{left}</td>'
                f'<td style="width:60%">{_signer_html(s.lines, s.name)}</td></tr></table>'
            )
        else:
            width = 100 // len(row)
            cells = "".join(
                f'<td style="width:{width}%">{_signer_html(s.lines, s.name)}</td>' for s in row
            )
            out.append(f'<table class="cols sign"><tr>{cells}</tr></table>')
    if doc.recipients and not beside:
        out.append(_recipients_html(doc))
    return "".join(out)
