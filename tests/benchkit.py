"""Helpers shared by the benchmark scripts ``tests/bench_*.py``.

A plain module, not a test (pytest collects only ``test_*.py``). The scripts put the
repository root on ``sys.path`` and import it as ``tests.benchkit``. It imports only the
standard library at module level, so that importing it costs a measuring process nothing;
the record dataclasses are imported where a record is built.

- statistics and timing: ``median``, ``time_calls``, ``sample_stats``, ``maxrss_mib``;
- the report: ``machine_info``, ``fmt_ms``, ``verdict``, ``summary_row``, ``table``,
  ``report``, ``write_json``;
- command-line options: ``add_repeat_option``, ``add_json_option``, ``add_timeout_option``;
- child processes: ``root_on_path``, ``print_result``, ``run_child``;
- generated records: the Vietnamese vocabulary, ``department_names``, ``Phrasebook``,
  ``agency_header``, ``agency_closing`` and the editor benchmark's ``build_big_record``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from gui.core import record as rec

ROOT = Path(__file__).resolve().parents[1]


class BenchError(RuntimeError):
    """A measurement could not be taken (child failed, timed out, wrong state)."""


# --- statistics and timing ------------------------------------------------------------------------


def median(values: Sequence[float]) -> float:
    """The median, or NaN for no values."""
    return statistics.median(values) if values else float("nan")


def maxrss_mib() -> float:
    """Peak resident set size (``ru_maxrss``) of this process, in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def time_calls(
    fn: Callable[[], Any], repeat: int, before: Callable[[], None] | None = None
) -> tuple[list[float], Any]:
    """Call ``fn`` ``repeat`` times (``before`` runs untimed ahead of each call); return the
    time of each call in ms and the last call's result."""
    samples: list[float] = []
    result = None
    for _ in range(repeat):
        if before:
            before()
        t = time.perf_counter()
        result = fn()
        samples.append((time.perf_counter() - t) * 1000)
    return samples, result


def sample_stats(samples: list[float]) -> dict[str, Any]:
    """Median, min, max and the samples themselves (ms), as the reports' JSON holds them."""
    return {
        "median_ms": median(samples),
        "min_ms": min(samples),
        "max_ms": max(samples),
        "samples_ms": samples,
    }


# --- the report -----------------------------------------------------------------------------------


def machine_info(load_start: float | None = None, **extra: Any) -> dict[str, Any]:
    """CPU count and model, OS, Python, then ``extra`` and the load average (now and, with
    ``load_start``, at the start)."""
    cpu = ""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            cpu = next((ln.split(":", 1)[1].strip() for ln in f if ln.startswith("model name")), "")
    except OSError:
        pass
    try:
        usable: int | None = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = None
    info = {
        "cpu_count": os.cpu_count(),
        "cpus_usable": usable,
        "cpu_model": cpu or None,
        "os": platform.platform(),
        "python": platform.python_version(),
        **extra,
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }
    if load_start is not None:
        info["load_average_start"] = round(load_start, 2)
    return info


def machine_line(info: dict[str, Any]) -> str:
    """CPUs, OS and load average of :func:`machine_info`, for the report's first line."""
    cpu = f"{info['cpu_count']} CPUs" + (f" ({info['cpu_model']})" if info["cpu_model"] else "")
    if info["cpus_usable"] not in (None, info["cpu_count"]):
        cpu += f", {info['cpus_usable']} usable"
    return (
        f"{cpu}; {info['os']}; 1-min load average {info['load_average_start']:.2f} "
        f"at the start, {info['load_average'][0]:.2f} at the end"
    )


def fmt_ms(v: float | None) -> str:
    """A time in ms for a table: ``1,234 ms``, ``12 ms``, ``1.2 ms``; ``error`` for none."""
    if v is None or v != v:
        return "error"
    return f"{v:,.0f} ms" if v >= 10 else f"{v:.1f} ms"


def goal_ms(goal: float) -> str:
    """An upper bound in ms for the goal column: ``≤ 1,000 ms``."""
    return f"≤ {goal:,.0f} ms"


def pass_miss(ok: bool) -> str:
    return "PASS" if ok else "MISS"


def verdict(value: float | None, goal: float, strict: bool = False) -> str:
    """PASS when ``value`` is at most (``strict``: below) ``goal``; MISS too when missing."""
    if value is None or value != value:
        return "MISS"
    return pass_miss(value < goal if strict else value <= goal)


def summary_row(
    item: str, measurement: str, result: str, goal: str, verdict: str, **extra: Any
) -> dict[str, Any]:
    """A row of the summary table (and of the JSON's ``summary``)."""
    return {
        "item": item,
        "measurement": measurement,
        "result": result,
        "goal": goal,
        "verdict": verdict,
        **extra,
    }


def ms_row(item: str, measurement: str, value: float | None, goal: float) -> dict[str, Any]:
    """A summary row for a time in ms whose goal is an upper bound; keeps the ``value``."""
    return summary_row(
        item, measurement, fmt_ms(value), goal_ms(goal), verdict(value, goal), value=value
    )


def table(header: Sequence[str], align: str, rows: Iterable[Sequence[Any]]) -> list[str]:
    """The lines of a Markdown table; ``align`` has an ``l`` or ``r`` for each column."""
    return [
        "| " + " | ".join(header) + " |",
        "|" + "|".join("---:" if a == "r" else "---" for a in align) + "|",
        *("| " + " | ".join(str(c) for c in row) + " |" for row in rows),
    ]


def summary_cells(rows: list[dict[str, Any]]) -> list[list[str]]:
    """The cells of :func:`summary_row` rows, in the summary table's order."""
    return [[r["item"], r["measurement"], r["result"], r["goal"], r["verdict"]] for r in rows]


def report(
    title: str,
    info: dict[str, Any],
    notes: list[str],
    rows: list[dict[str, Any]],
    details: list[list[str]],
    errors: list[str],
) -> str:
    """The Markdown report: title, machine and ``notes`` as a list, the summary table, the
    detail table and the errors."""
    lines = [f"## {title}", "", f"- Machine: {machine_line(info)}"]
    lines += [f"- {note}" for note in notes]
    header = ("#", "Measurement", "Result", "Goal", "Verdict")
    lines += ["", *table(header, "llrll", summary_cells(rows))]
    if details:
        lines += ["", *table(("Detail", "Value"), "ll", details)]
    for e in errors:
        lines += ["", "**Error:**", "", "```", e, "```"]
    return "\n".join(lines)


def write_json(path: str | Path, data: dict[str, Any]) -> None:
    """Write the results as indented UTF-8 JSON (``--json OUT``)."""
    Path(path).write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


# --- command-line options ----------------------------------------------------------------------


def add_repeat_option(parser: argparse.ArgumentParser, what: str) -> None:
    """``--repeat N`` (default 5): how many runs ``what`` describes."""
    parser.add_argument("--repeat", type=int, default=5, help=f"{what} (default: 5)")


def add_json_option(parser: argparse.ArgumentParser) -> None:
    """``--json OUT``: the results also as JSON (see :func:`write_json`)."""
    parser.add_argument("--json", metavar="OUT", help="also write the results as JSON to OUT")


def add_timeout_option(
    parser: argparse.ArgumentParser, default: float, child: str = "a child process"
) -> None:
    """``--timeout S``: seconds before ``child`` counts as hung."""
    parser.add_argument(
        "--timeout",
        type=float,
        default=default,
        help=f"seconds before {child} counts as hung (default: {default:g})",
    )


# --- child processes ------------------------------------------------------------------------------

RESULT = "RESULT "


INSTALLED = "BIENBAN_BENCH_INSTALLED"  # set for children measuring the installed package
_child_python: str | None = None  # the interpreter of the installed package, when one is used


def use_installed(python: str) -> None:
    """Run every child from now on with ``python`` (a virtual environment with the wheel
    installed): its ``gui`` is the installed package; the benchmark scripts still come from
    ``tests/`` of this repository (put on ``sys.path`` after the installed packages)."""
    global _child_python
    _child_python = python


def root_on_path(env: dict[str, str]) -> dict[str, str]:
    """``env`` with the repository root ahead on ``PYTHONPATH`` (none for a child of
    ``use_installed``: it puts the root behind the installed packages itself)."""
    if _child_python is not None:
        env[INSTALLED] = "1"
        return env
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH")) if p)
    return env


def add_installed_options(parser: argparse.ArgumentParser) -> None:
    """``--wheel`` and ``--python``: measure the installed package, not the source tree."""
    parser.add_argument(
        "--wheel",
        action="store_true",
        help="build the wheel, install it into a fresh venv and run the children from it",
    )
    parser.add_argument(
        "--python", help="run the children with this interpreter (a venv with the wheel installed)"
    )


def apply_installed_options(args: argparse.Namespace) -> str | None:
    """After ``add_installed_options``: the interpreter the children run with, if not ours."""
    python = args.python
    if args.wheel:
        python = install_wheel(Path(tempfile.mkdtemp(prefix="bienban-wheel-")))
    if python:
        use_installed(python)
    return python


def install_wheel(scratch: Path) -> str:
    """Build the wheel, install it into a fresh virtual environment; return its Python."""
    out, venv = scratch / "wheel", scratch / "venv"
    steps = [
        [sys.executable, "-m", "build", "--wheel", "--outdir", str(out), str(ROOT)],
        [sys.executable, "-m", "venv", str(venv)],
    ]
    for step in steps:
        done = subprocess.run(step, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise BenchError(f"{' '.join(step[:4])} failed:\n{done.stderr[-2000:]}")
    python = venv / "bin" / "python"
    wheels = [str(w) for w in out.glob("bienban-*.whl")]
    done = subprocess.run(
        [str(python), "-m", "pip", "install", "-q", *wheels], capture_output=True, text=True
    )
    if done.returncode != 0:
        raise BenchError(f"pip install of the wheel failed:\n{done.stderr[-2000:]}")
    return str(python)


def print_result(result: dict[str, Any], ensure_ascii: bool = True) -> None:
    """What a child reports to :func:`run_child`: one ``RESULT {json}`` line on stdout."""
    print(RESULT + json.dumps(result, ensure_ascii=ensure_ascii), flush=True)


def tail(data: bytes, lines: int = 25) -> str:
    """The last ``lines`` lines of a child's output."""
    return "\n".join(data.decode("utf-8", "replace").splitlines()[-lines:])


def run_child(
    script: str | Path,
    args: list[str],
    env: dict[str, str],
    timeout: float,
    name: str,
    explain: Callable[[bytes], str] | None = None,
) -> dict[str, Any]:
    """Run ``python script args`` in the repository root; return its :func:`print_result`.

    Raises :class:`BenchError` (starting with ``name``) when it runs over ``timeout`` seconds,
    fails or reports nothing; ``explain`` may add a reason drawn from its stderr.
    """
    cmd = [_child_python or sys.executable, str(Path(script).resolve()), *args]
    with tempfile.TemporaryFile() as err:
        try:
            proc = subprocess.run(
                cmd, stdout=subprocess.PIPE, stderr=err, cwd=ROOT, env=env, timeout=timeout
            )
        except subprocess.TimeoutExpired:
            raise BenchError(f"{name} ran over {timeout:.0f} s") from None
        err.seek(0)
        stderr = err.read()
    result = None
    for line in proc.stdout.decode("utf-8", "replace").splitlines():
        if line.startswith(RESULT):
            result = json.loads(line[len(RESULT) :])
    if proc.returncode != 0 or result is None:
        why = explain(stderr) if explain else ""
        raise BenchError(f"{name} exited with {proc.returncode}{why}:\n{tail(stderr)}")
    return result


# --- generated records: vocabulary ----------------------------------------------------------------

SURNAMES = (
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Vũ",
    "Đặng",
    "Bùi",
    "Đỗ",
    "Hồ",
    "Ngô",
    "Dương",
    "Lý",
    "Phan",
    "Võ",
    "Đinh",
    "Trịnh",
    "Lương",
    "Mai",
    "Tạ",
    "Cao",
    "Đoàn",
)
MIDDLES = (
    "Văn",
    "Thị",
    "Đức",
    "Minh",
    "Thanh",
    "Quang",
    "Hữu",
    "Ngọc",
    "Thu",
    "Xuân",
    "Mạnh",
    "Hồng",
    "Thành",
    "Anh",
    "Kim",
    "Việt",
    "Trọng",
    "Bích",
    "Công",
    "Hải",
)
GIVEN = (
    "Tuấn",
    "Hùng",
    "Lan",
    "Hương",
    "Dũng",
    "Hải",
    "Hà",
    "Nam",
    "Long",
    "Phương",
    "Thảo",
    "Trang",
    "Quân",
    "Sơn",
    "Bình",
    "Cường",
    "Giang",
    "Hiền",
    "Khánh",
    "Linh",
    "Minh",
    "Nga",
    "Oanh",
    "Phúc",
    "Quyết",
    "Thắng",
    "Tùng",
    "Vinh",
    "Yến",
    "Đạt",
    "Huệ",
    "Luận",
)

KCN = (
    "Cái Lân",
    "Việt Hưng",
    "Hải Yên",
    "Đông Mai",
    "Texhong Hải Hà",
    "Sông Khoai",
    "Bắc Tiền Phong",
    "Nam Tiền Phong",
    "Đầm Nhà Mạc",
    "Hoành Bồ",
    "Bạch Đằng",
    "Cảng biển Hải Hà",
    "Phương Nam",
    "Kim Sơn",
)
LOCALITIES = (
    "thành phố Hạ Long",
    "thành phố Cẩm Phả",
    "thành phố Uông Bí",
    "thành phố Móng Cái",
    "thị xã Quảng Yên",
    "thị xã Đông Triều",
    "huyện Vân Đồn",
    "huyện Hải Hà",
    "huyện Đầm Hà",
    "huyện Tiên Yên",
    "huyện Bình Liêu",
    "huyện Ba Chẽ",
    "huyện Cô Tô",
    "huyện Hoành Bồ",
)
OFFICES = (
    "Văn phòng",
    "Phòng Kế hoạch - Tổng hợp",
    "Phòng Quản lý đầu tư",
    "Phòng Quản lý quy hoạch và xây dựng",
    "Phòng Quản lý tài nguyên và môi trường",
    "Phòng Quản lý doanh nghiệp và lao động",
    "Phòng Xúc tiến đầu tư",
    "Phòng Tài chính - Kế toán",
    "Phòng Tổ chức cán bộ",
    "Thanh tra Ban",
    "Trung tâm Xúc tiến đầu tư và Hỗ trợ doanh nghiệp",
    "Trung tâm Dịch vụ hạ tầng",
    "Ban Quản lý dự án đầu tư xây dựng các công trình",
    "Sở Kế hoạch và Đầu tư",
    "Sở Tài chính",
    "Sở Xây dựng",
    "Sở Tài nguyên và Môi trường",
    "Sở Giao thông vận tải",
    "Sở Công Thương",
    "Sở Lao động - Thương binh và Xã hội",
    "Sở Nông nghiệp và Phát triển nông thôn",
    "Sở Khoa học và Công nghệ",
    "Sở Thông tin và Truyền thông",
    "Sở Tư pháp",
    "Sở Nội vụ",
    "Sở Y tế",
    "Sở Giáo dục và Đào tạo",
    "Sở Văn hóa và Thể thao",
    "Sở Du lịch",
    "Công an tỉnh",
    "Bộ Chỉ huy Quân sự tỉnh",
    "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
    "Cục Thuế tỉnh",
    "Cục Hải quan tỉnh",
    "Kho bạc Nhà nước tỉnh",
    "Công ty Điện lực Quảng Ninh",
    "Ngân hàng Nhà nước chi nhánh tỉnh",
    "Liên đoàn Lao động tỉnh",
    "Cảng vụ Hàng hải Quảng Ninh",
    "Đài Phát thanh và Truyền hình tỉnh",
    "Báo Quảng Ninh",
    "Trung tâm Phục vụ hành chính công tỉnh",
)
ZONES = (
    "Khu kinh tế Vân Đồn",
    "Khu kinh tế cửa khẩu Móng Cái",
    "Khu kinh tế ven biển Quảng Yên",
    "khu vực cửa khẩu Hoành Mô - Đồng Văn",
    "khu vực cửa khẩu Bắc Phong Sinh",
)
RANKS = (
    "Giám đốc",
    "Phó Giám đốc",
    "Trưởng phòng",
    "Phó Trưởng phòng",
    "Chủ tịch",
    "Phó Chủ tịch",
    "Chuyên viên",
    "Chánh Văn phòng",
    "Phó Chánh Văn phòng",
)

OPENERS = (
    "Chủ trì, phối hợp với {other} rà soát {obj} tại {place}",
    "Khẩn trương hoàn thiện {obj} tại {place}, trình Trưởng ban xem xét",
    "Tham mưu UBND tỉnh ban hành {obj} áp dụng cho {place}",
    "Đôn đốc các nhà đầu tư đẩy nhanh {obj} tại {place}",
    "Phối hợp chặt chẽ với {other} giải quyết dứt điểm vướng mắc về {obj} tại {place}",
    "Tổ chức kiểm tra, đánh giá {obj} tại {place}",
    "Tổng hợp, báo cáo kết quả {obj} tại {place} theo đúng yêu cầu của Tỉnh ủy",
    "Xây dựng kế hoạch triển khai {obj} giai đoạn 2018 - 2020 tại {place}",
)
OBJECTS = (
    "hồ sơ điều chỉnh quy hoạch phân khu",
    "thủ tục cấp Giấy chứng nhận đăng ký đầu tư",
    "kế hoạch giải ngân vốn đầu tư công năm 2018",
    "công tác giải phóng mặt bằng",
    "phương án bồi thường, hỗ trợ, tái định cư",
    "hệ thống xử lý nước thải tập trung",
    "báo cáo đánh giá tác động môi trường",
    "chương trình xúc tiến đầu tư",
    "danh mục dự án kêu gọi đầu tư",
    "cơ chế, chính sách đặc thù",
    "hồ sơ mời thầu gói thầu tư vấn giám sát",
    "công tác phòng cháy, chữa cháy",
    "việc chấp hành pháp luật về lao động",
    "tình hình sản xuất, kinh doanh của doanh nghiệp",
    "việc thu hồi các dự án chậm triển khai",
    "đề án vị trí việc làm",
    "quy chế phối hợp quản lý nhà nước",
    "hạ tầng kỹ thuật khu tái định cư",
    "nhà ở cho công nhân",
    "tuyến đường trục chính và cầu cảng",
    "việc cải cách thủ tục hành chính và chỉ số PCI",
    "quyết toán vốn các dự án hoàn thành",
)
FOLLOW_UPS = (
    "Báo cáo kết quả về Ban trước ngày {date}.",
    "Trường hợp vượt thẩm quyền, kịp thời tham mưu, đề xuất Trưởng ban xem xét, chỉ đạo.",
    "Định kỳ hằng tháng tổng hợp, báo cáo tiến độ thực hiện qua Văn phòng.",
    "Làm rõ trách nhiệm của tổ chức, cá nhân liên quan đến việc chậm trễ.",
    "Phấn đấu hoàn thành {pct}% khối lượng công việc trong Quý {quarter}.",
    "Tổng mức đầu tư dự kiến khoảng {money} tỷ đồng, từ nguồn ngân sách tỉnh.",
    "Lưu ý bảo đảm an toàn lao động, vệ sinh môi trường trong quá trình thi công.",
    "Chủ động làm việc với {other} để thống nhất phương án trước khi trình.",
    "Công khai kết quả trên Cổng thông tin điện tử của Ban.",
    "Không để phát sinh đơn thư khiếu nại, tố cáo kéo dài.",
)
WORDED_DEADLINES = ("thường xuyên", "trong Quý IV/2017", "hằng tháng", "trước Tết Nguyên đán")
NOTES = (
    "Đã có văn bản đôn đốc lần 2.",
    "Chờ ý kiến của Bộ Kế hoạch và Đầu tư.",
    "Vướng mắc về mặt bằng, đề nghị tỉnh hỗ trợ.",
    "",
)
REASONS = ("đi công tác", "nghỉ ốm", "dự hội nghị tại Hà Nội", "học tập trung", "")


def department_names(n: int) -> list[str]:
    """``n`` distinct department names."""
    names = [*OFFICES]
    names += [f"Ban Quản lý KCN {k}" for k in KCN]
    names += [f"UBND {loc}" for loc in LOCALITIES]
    names += [f"Ban Quản lý dự án {z}" for z in ZONES]
    names += [f"Phòng Kinh tế - Hạ tầng {loc}" for loc in LOCALITIES]
    names += [f"Phòng Tài nguyên và Môi trường {loc}" for loc in LOCALITIES]
    names += [f"Tổ công tác liên ngành số {i}" for i in range(1, n + 1)]
    return names[:n]


# --- generated records: builders ------------------------------------------------------------------

N_DEPARTMENTS = 100
N_TASKS = 20
N_ATTENDEES = 300

CLOSING_SENTENCE = "Ban Quản lý Khu kinh tế thông báo để các phòng, đơn vị biết, thực hiện."


class Phrasebook:
    """Names, places and task wording drawn from one random generator.

    Each method draws from ``rnd`` in a fixed order, so that a seeded generator gives the same
    records from one run to the next.
    """

    def __init__(self, rnd: random.Random, depts: list[str]) -> None:
        self.rnd = rnd
        self.depts = depts

    def person(self) -> str:
        rnd = self.rnd
        return f"{rnd.choice(SURNAMES)} {rnd.choice(MIDDLES)} {rnd.choice(GIVEN)}"

    def place(self) -> str:
        rnd = self.rnd
        return rnd.choice((f"KCN {rnd.choice(KCN)}", rnd.choice(ZONES), rnd.choice(LOCALITIES)))

    def lead(self) -> str:
        """``đồng chí <name> - <rank>``, as a task's lead or a speaker."""
        return f"đồng chí {self.person()} - {self.rnd.choice(RANKS)}"

    def others(self, d: int, most: int) -> list[str]:
        """Up to ``most`` departments other than department ``d``."""
        return self.rnd.sample(
            [x for i, x in enumerate(self.depts) if i != d], self.rnd.randint(0, most)
        )

    def task_content(self, date: Callable[[], str], quarter: Callable[[], str]) -> str:
        """An opening sentence and one to three follow-ups; ``date`` and ``quarter`` give
        the dates some of them name."""
        rnd = self.rnd
        fmt = {
            "other": rnd.choice(self.depts),
            "obj": rnd.choice(OBJECTS),
            "place": self.place(),
            "date": date(),
            "pct": rnd.choice((50, 70, 80, 100)),
            "quarter": quarter(),
            "money": rnd.randint(12, 4800),
        }
        sentences = [rnd.choice(OPENERS).format(**fmt) + "."]
        sentences += [s.format(**fmt) for s in rnd.sample(FOLLOW_UPS, rnd.randint(1, 3))]
        return " ".join(sentences)


def agency_header(number: int, issue_date: dt.date, summary: str) -> rec.Header:
    """The header of a notice of the Ban Quản lý Khu kinh tế Quảng Ninh."""
    from gui.core import record as rec

    return rec.Header(
        parent_agency="UBND tỉnh Quảng Ninh",
        agency="Ban Quản lý Khu kinh tế Quảng Ninh",
        agency_code="BQLKKT",
        number=number,
        place="Quảng Ninh",
        issue_date=issue_date,
        summary=summary,
    )


def agency_closing(recipients: list[str], signer: str, **extra: Any) -> rec.Closing:
    """The closing of such a notice, signed by ``signer`` for the Trưởng ban."""
    from gui.core import record as rec

    return rec.Closing(
        sentence=CLOSING_SENTENCE,
        recipients=recipients,
        signer=rec.Signer(rec.Authority.KT, "TRƯỞNG BAN", "", "PHÓ TRƯỞNG BAN", signer),
        **extra,
    )


def build_big_record(seed: int = 20171004) -> rec.Record:
    """The editor benchmark's big record: ``N_DEPARTMENTS`` × ``N_TASKS`` tasks and
    ``N_ATTENDEES`` attendees (the exports benchmark renders it too)."""
    from gui.core import record as rec

    rnd = random.Random(seed)
    meeting_day = dt.date(2017, 10, 4)
    depts = department_names(N_DEPARTMENTS)
    book = Phrasebook(rnd, depts)
    person, place = book.person, book.place

    def day_after(lo: int, hi: int) -> dt.date:
        return meeting_day + dt.timedelta(days=rnd.randint(lo, hi))

    def task(d: int) -> rec.Task:
        others = book.others(d, 3)
        content = book.task_content(
            lambda: day_after(7, 60).strftime("%d/%m/%Y"),
            lambda: rnd.choice(("IV/2017", "I/2018", "II/2018")),
        )
        status = rnd.choices(list(rec.TaskStatus), weights=(5, 4, 1))[0]
        worded = rnd.random() < 0.08
        return rec.Task(
            content=content,
            lead=book.lead(),
            coordinating=", ".join(others),
            deadline=None if worded else day_after(10, 450),
            deadline_text=rnd.choice(WORDED_DEADLINES) if worded else "",
            status=status,
            completed_on=day_after(1, 80) if status is rec.TaskStatus.DONE else None,
            note=rnd.choice(NOTES),
        )

    attendees = []
    for i in range(N_ATTENDEES):
        if i % 25 == 0:
            attendees.append(
                rec.Attendee(name=f"Đại diện lãnh đạo {rnd.choice(depts)}", is_group=True)
            )
            continue
        attendance = rnd.choices(list(rec.Attendance), weights=(92, 3, 5))[0]
        attendees.append(
            rec.Attendee(
                name=person(),
                position=f"{rnd.choice(RANKS)} {rnd.choice(depts)}",
                is_guest=rnd.random() < 0.1,
                attendance=attendance,
                reason=rnd.choice(REASONS) if attendance is not rec.Attendance.PRESENT else "",
            )
        )

    chair = rec.Person("Nguyễn Mạnh Tuấn", "Trưởng ban Quản lý Khu kinh tế Quảng Ninh")
    return rec.Record(
        header=agency_header(
            125,
            dt.date(2017, 10, 5),
            "Kết luận của Trưởng ban tại cuộc họp giao ban mở rộng Quý III/2017",
        ),
        meeting=rec.Meeting(
            name="giao ban mở rộng Quý III/2017",
            date=meeting_day,
            start_time=dt.time(8, 0),
            end_time=dt.time(11, 30),
            location="Hội trường tầng 3, trụ sở Ban Quản lý Khu kinh tế Quảng Ninh",
            chair=chair,
            secretary=rec.Person(person(), "Chuyên viên Văn phòng"),
            attendees=attendees,
        ),
        content=rec.Content(
            opening=[
                "Trên cơ sở rà soát kết quả thực hiện Chương trình công tác năm, sau khi "
                "nghe báo cáo của Trưởng các phòng, đơn vị và ý kiến phát biểu của các "
                "thành viên dự họp, đồng chí Trưởng ban kết luận như sau:"
            ],
            discussion=[
                rec.Speech(
                    f"{book.lead()} {rnd.choice(depts)}",
                    " ".join(rnd.sample(FOLLOW_UPS, 2)).format(
                        other=rnd.choice(depts),
                        date="30/11/2017",
                        pct=80,
                        quarter="IV/2017",
                        money=350,
                    ),
                )
                for _ in range(30)
            ],
            results=[
                f"Công tác {rnd.choice(OBJECTS)} tại {place()} đạt nhiều kết quả tích cực, "
                f"hoàn thành {rnd.randint(60, 100)}% kế hoạch năm."
                for _ in range(6)
            ],
            limitations=[
                f"Việc {rnd.choice(OBJECTS)} tại {place()} còn chậm so với yêu cầu."
                for _ in range(4)
            ],
        ),
        directives=rec.Directives(
            general=[
                "Các phòng, đơn vị tập trung cao độ hoàn thành các nhiệm vụ trọng tâm "
                "Quý IV/2017, bám sát Chương trình công tác của Tỉnh ủy, UBND tỉnh."
            ],
            departments=[
                rec.Department(name, [task(d) for _ in range(N_TASKS)])
                for d, name in enumerate(depts)
            ],
        ),
        closing=agency_closing(
            [
                "Như trên",
                "UBND tỉnh (b/c)",
                "Trưởng ban, các Phó Trưởng ban",
                *[f"{x} (p/h)" for x in depts[13:25]],
                "Lưu: VT, VP",
            ],
            person(),
            drafter="VP",
            copies=120,
        ),
        news=rec.News(
            title="Giao ban mở rộng Quý III/2017",
            posted_on=dt.date(2017, 10, 6),
            author="Trung tâm Xúc tiến đầu tư",
        ),
    )
