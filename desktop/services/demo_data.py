"""Believable synthetic records for the home unit and every unit under it, 2016 to today.

It is the trial data set and the benchmark data set: Vietnamese names, plausible counts,
seasons, some violations and fines, officers and classes, targets. Records after the 2025
reorganisations use the units valid on their date. Written with Core executemany in one
transaction, so 100,000 records take seconds.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from desktop.db import models as m
from desktop.domain.catalogues import KIND_BY_KEY
from desktop.domain.record_types import TYPES, dependency_order
from desktop.domain.text import fold
from desktop.services import audit, policy
from desktop.services.context import AppContext
from desktop.services.units import UnitInfo

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
          "Dương", "Lý", "Đinh", "Mai", "Phan"]
MIDDLE_M = ["Văn", "Đức", "Minh", "Quang", "Thanh", "Hữu", "Công", "Xuân"]
MIDDLE_F = ["Thị", "Thu", "Ngọc", "Thanh", "Thùy", "Minh", "Hồng", "Phương"]
GIVEN_M = ["An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Long", "Nam", "Quân", "Sơn", "Thắng",
           "Tuấn", "Việt", "Khánh", "Phúc", "Đạt"]
GIVEN_F = ["Hà", "Hạnh", "Hương", "Lan", "Linh", "Mai", "Phương", "Thảo", "Trang", "Yến",
           "Nhung", "Huyền", "Ngân", "Oanh", "Thủy", "Vân"]
EST_WORDS = ["Hoa Hồng", "Biển Xanh", "Sao Mai", "Thiên Đường", "Hoàng Gia", "Ngọc Trai",
             "Phố Biển", "Hải Âu", "Bình Minh", "Ánh Dương", "Sen Vàng", "Hạ Long", "Đồ Sơn",
             "Cát Bà", "Tuổi Xanh", "Hương Cau", "Phượng Đỏ", "Hoa Sữa"]
EST_PREFIX = {"karaoke": "Karaoke", "xoa_bop": "Massage", "nha_nghi": "Nhà nghỉ",
              "xong_hoi": "Xông hơi", "cat_toc": "Salon tóc", "nha_hang_bar": "Nhà hàng",
              "vu_truong": "Vũ trường", "khac": "Cơ sở"}
TITLES = [
    "Tuyên truyền phòng, chống mại dâm tại cộng đồng",
    "Truyền thông “Khát vọng yêu thương”",
    "Đối thoại chính sách với người lao động tại cơ sở kinh doanh dịch vụ",
    "Hội nghị tuyên truyền Luật Phòng, chống mua bán người",
    "Tọa đàm phòng, chống tệ nạn xã hội trong thanh niên",
    "Tuyên truyền lưu động bằng loa truyền thanh",
    "Sân khấu hóa phòng, chống ma túy, mại dâm",
    "Tháng hành động phòng, chống ma túy",
]
CHANNELS = ["Báo Hải Phòng", "Đài Phát thanh và Truyền hình Hải Phòng", "Trang thông tin điện tử",
            "Bản tin Lao động - Xã hội", "Cổng thông tin thành phố"]
MONTH_WEIGHT = [0.5, 0.6, 1.0, 1.0, 1.1, 1.4, 1.0, 0.9, 1.0, 1.1, 1.2, 1.0]  # Tết low, June high
HOTSPOT_PLACES = {
    "duong_pho": ["Khu vực ngã ba đường {w}", "Vỉa hè đường {w}", "Khu vực chợ đêm {w}"],
    "cong_vien": ["Công viên {w}", "Vườn hoa {w}", "Khu vực bờ hồ {w}"],
    "ben_xe": ["Khu vực bến xe {w}", "Khu vực ga {w}", "Bến phà {w}"],
    "quanh_co_so": ["Dãy nhà nghỉ đường {w}", "Khu vực quanh các quán karaoke phố {w}"],
    "mang_xa_hoi": ["Nhóm Zalo “{w}”", "Trang Facebook “{w}”"],
    "khac": ["Khu vực bãi biển {w}", "Khu nhà trọ công nhân {w}"],
}
DETECTED_BY = ["Công an xã", "Công an phường", "Đội 178 thành phố",
               "Phòng Cảnh sát hình sự Công an thành phố", "Đội 178 xã, phường"]
DENUNCIATION_TEXTS = [
    "Phản ánh nghi có hoạt động mua bán dâm tại nhà nghỉ trên địa bàn",
    "Tin báo về hoạt động môi giới mại dâm qua mạng xã hội",
    "Phản ánh cơ sở karaoke có nhân viên ngồi tiếp khách, nghi có hoạt động mại dâm",
    "Tố giác đối tượng lôi kéo, dụ dỗ người lao động bán dâm",
    "Phản ánh tình trạng đứng đường mời chào khách vào ban đêm",
]
DENUNCIATION_RESULTS = ["Đã xác minh, xử lý vi phạm hành chính", "Đã xác minh, không có vi phạm",
                        "Chuyển cơ quan công an điều tra", "Đã nhắc nhở, yêu cầu cam kết"]
MODEL_NAMES = {
    "can_thiep": ["Mô hình can thiệp giảm hại dựa vào cộng đồng",
                  "Điểm tư vấn, hỗ trợ người bán dâm"],
    "tai_hoa_nhap": ["Mô hình hỗ trợ tái hòa nhập cộng đồng",
                     "Câu lạc bộ hỗ trợ sinh kế cho phụ nữ yếu thế"],
    "phong_ngua_xa": ["Mô hình xã, phường lành mạnh không có tệ nạn mại dâm",
                      "Câu lạc bộ phụ nữ phòng, chống mại dâm"],
    "khac": ["Tổ tự quản phòng, chống tệ nạn xã hội"],
}
# Each record type's share of the records: its declared typical volume.
SHARES = {k: t.volume for k, t in TYPES.items()}


@dataclass
class DemoResult:
    counts: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _codes(kind: str) -> list[str]:
    return [c for c, _, _ in KIND_BY_KEY[kind].values]


class _Gen:
    def __init__(self, ctx: AppContext, home: UnitInfo, seed: int, today: date) -> None:
        self.ctx, self.home, self.rng, self.today = ctx, home, random.Random(seed), today
        self.start = date(2016, 1, 1)
        self.span = (today - self.start).days
        self.now = audit.now_utc()
        self._scope: dict[date, list[UnitInfo]] = {}
        weights = []
        for offset in range(self.span + 1):
            d = self.start + timedelta(days=offset)
            weights.append(MONTH_WEIGHT[d.month - 1] * (0.35 if d.weekday() >= 5 else 1.0))
        self._cum = list(_accumulate(weights))

    def date(self) -> date:
        x = self.rng.random() * self._cum[-1]
        lo, hi = 0, len(self._cum) - 1
        while lo < hi:
            mid = (lo + hi) // 2
            if self._cum[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        return self.start + timedelta(days=lo)

    def communes(self, d: date) -> list[UnitInfo]:
        """The communes of the home unit on `d` (the same list within a unit generation)."""
        key = _generation(d)
        if key not in self._scope:
            self._scope[key] = self.ctx.units.scope(self.home, d) or [self.home]
        return self._scope[key]

    def commune(self, d: date) -> UnitInfo:
        return self.rng.choice(self.communes(d))

    def later(self, d: date, lo: int, hi: int) -> date | None:
        """A day `lo`..`hi` days after `d`, or None when that is after today."""
        out = d + timedelta(days=self.rng.randint(lo, hi))
        return out if out <= self.today else None

    def person(self) -> str:
        female = self.rng.random() < 0.45
        mid = self.rng.choice(MIDDLE_F if female else MIDDLE_M)
        given = self.rng.choice(GIVEN_F if female else GIVEN_M)
        return f"{self.rng.choice(FAMILY)} {mid} {given}"

    def base(self, d: date | None = None) -> dict[str, object]:
        stamp = self.now if d is None else min(self.now, _to_dt(d) + timedelta(hours=17))
        return {"id": m.new_uuid(), "owner_id": self.home.id, "created_at": stamp,
                "updated_at": stamp, "deleted_at": None, "note": ""}

    def multi(self, kind: str, k_max: int = 2) -> str:
        codes = _codes(kind)[:-1]
        return ";".join(self.rng.sample(codes, self.rng.randint(1, k_max)))


def _to_dt(d: date):
    from datetime import datetime

    return datetime(d.year, d.month, d.day)


def _accumulate(values: list[float]):
    total = 0.0
    for v in values:
        total += v
        yield total


def _generation(d: date) -> date:
    if d >= date(2025, 7, 1):
        return date(2025, 7, 1)
    if d >= date(2025, 1, 1):
        return date(2025, 1, 1)
    return date(2016, 1, 1)


def generate(
    ctx: AppContext,
    records: int,
    *,
    seed: int = 1,
    home: UnitInfo | None = None,
    today: date | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> DemoResult:
    home = home or ctx.home_unit()
    if home is None:
        raise ValueError("no home unit")
    g = _Gen(ctx, home, seed, today or date.today())
    n = {k: max(1, round(records * share)) for k, share in SHARES.items()}
    rows: dict[str, list[dict[str, object]]] = {k: [] for k in SHARES}
    rng = g.rng

    media_codes = _codes("media_kind")
    for _ in range(n["media"]):
        d = g.date()
        kind = rng.choices(media_codes, weights=[2, 10, 25, 3, 2])[0]
        qty = rng.randint(300, 4000) if kind == "luot_truy_cap" else 1
        title = rng.choice(TITLES)
        channel = rng.choice(CHANNELS)
        rows["media"].append({**g.base(d), "date": d, "kind": kind, "channel": channel,
                              "title": title, "quantity": qty,
                              "search": fold(f"{channel} {title}")})
    for i in range(n["training"]):
        d = g.date()
        unit = g.commune(d)
        name = f"Lớp tập huấn nghiệp vụ PCTNXH số {i + 1}"
        rows["training"].append({
            **g.base(d), "date_from": d, "date_to": d + timedelta(days=rng.choice([0, 1, 2])),
            "name": name, "level": rng.choice(_codes("training_level")),
            "organiser": rng.choice(_codes("organiser")), "trainee_groups": g.multi("trainee_group"),
            "trainees": rng.randint(20, 120), "documents": rng.randint(0, 150), "unit_id": unit.id,
            "search": fold(f"{name} {unit.name}"),
        })
    for i in range(n["officers"]):
        d = g.date()
        unit = g.commune(d)
        name = g.person()
        ended = d + timedelta(days=rng.randint(400, 3000)) if rng.random() < 0.2 else None
        if ended and ended > g.today:
            ended = None
        rows["officers"].append({
            **g.base(d), "officer_code": f"CB{i + 1:05d}", "full_name": name, "unit_id": unit.id,
            "position": rng.choice(["Cán bộ LĐTBXH", "Công an xã", "Cán bộ Hội Phụ nữ",
                                    "Cán bộ Đoàn", "Thành viên Đội 178"]),
            "team_178": rng.random() < 0.4, "active": ended is None, "started_on": d,
            "ended_on": ended, "search": fold(f"CB{i + 1:05d} {name} {unit.name}"),
        })
    pairs: set[tuple[int, int]] = set()
    classes, officers = rows["training"], rows["officers"]
    for _ in range(n["attendance"] * 3):
        if len(pairs) >= n["attendance"] or not officers:
            break
        ci, oi = rng.randrange(len(classes)), rng.randrange(len(officers))
        if (ci, oi) in pairs:
            continue
        pairs.add((ci, oi))
        rows["attendance"].append({**g.base(classes[ci]["date_from"]),  # type: ignore[arg-type]
                                   "class_id": classes[ci]["id"], "officer_id": officers[oi]["id"],
                                   "search": ""})
    est_types = _codes("establishment_type")
    used_codes: set[str] = set()  # an establishment code is unique (the natural key)
    for _ in range(n["establishments"]):
        d = g.date() if rng.random() < 0.4 else g.start
        unit = g.commune(d)
        etype = rng.choices(est_types, weights=[30, 20, 25, 5, 10, 6, 2, 2])[0]
        name = f"{EST_PREFIX[etype]} {rng.choice(EST_WORDS)}"
        closed = d + timedelta(days=rng.randint(200, 2500)) if rng.random() < 0.15 else None
        if closed and closed > g.today:
            closed = None
        owner = g.person()
        code = f"02{rng.randint(0, 99999999):08d}"
        while code in used_codes:
            code = f"02{rng.randint(0, 99999999):08d}"
        used_codes.add(code)
        rows["establishments"].append({
            **g.base(d), "est_code": code, "name": name,
            "type": etype, "address": f"Số {rng.randint(1, 300)} đường {rng.choice(EST_WORDS)}",
            "unit_id": unit.id, "business_reg_no": f"02{rng.randint(0, 99999999):08d}",
            "owner_name": owner, "phone": f"09{rng.randint(0, 99999999):08d}",
            "workers": rng.randint(2, 40), "status": "dong_cua" if closed else "hoat_dong",
            "opened_on": d, "closed_on": closed, "search": fold(f"{name} {owner} {unit.name}"),
        })
    ests = rows["establishments"]
    for _ in range(n["inspections"]):
        d = g.date()
        open_ = [e for e in rng.sample(ests, min(8, len(ests)))
                 if e["opened_on"] <= d and (e["closed_on"] is None or e["closed_on"] >= d)]  # type: ignore[operator]
        if not open_:
            continue
        est = open_[0]
        violation = rng.random() < 0.18
        sanctions = ""
        fine = buyers = sellers = cases = 0
        if violation:
            sanctions = rng.choice(["nhac_nho", "canh_cao", "phat_tien", "phat_tien;dinh_chi"])
            if "phat_tien" in sanctions:
                fine = rng.choice([2, 5, 10, 15, 20, 30, 40]) * 1_000_000
            buyers = rng.choice([0, 0, 1, 2])
            sellers = rng.choice([0, 0, 1, 2, 3])
            cases = 1 if rng.random() < 0.05 else 0
        rows["inspections"].append({
            **g.base(d), "date": d, "establishment_id": est["id"],
            "team": rng.choice(["Đội 178 thành phố", "Đội 178 quận", "Đội 178 xã, phường"]),
            "planned": rng.random() < 0.7, "violation": violation,
            "violation_text": "Không đăng ký lưu trú; để xảy ra hoạt động mua bán dâm"
            if violation else "",
            "sanctions": sanctions, "fine_vnd": fine, "buyers": buyers, "sellers": sellers,
            "criminal_cases": cases, "search": fold(str(est["name"])),
        })
    seen: set[tuple[date, int, str]] = set()
    activities = _codes("support_activity")
    for _ in range(n["support"] * 2):
        if len(rows["support"]) >= n["support"]:
            break
        d = g.date().replace(day=1)
        unit = g.commune(d)
        act = rng.choice(activities)
        if (d, unit.id, act) in seen:
            continue
        seen.add((d, unit.id, act))
        people = rng.randint(1, 25)
        rows["support"].append({**g.base(d), "month": d, "unit_id": unit.id, "activity": act,
                                "people": people, "reintegrated": rng.randint(0, people),
                                "search": fold(unit.name)})
    for year in range(2016, g.today.year + 1):
        targets = {
            "communes_reached_pct": 100 if year <= 2020 else 70,
            "officers_trained_pct": 100,
            "inspections_plan_pct": 100,
            "establishments_inspected_pct": 20,
            "inspections_plan_target": max(4, round(n["inspections"] * 0.7 / (g.span / 365))),
            "outreach_sessions": max(4, round(n["outreach"] / (g.span / 365))),
        }
        for key, value in targets.items():
            rows["plans"].append({**g.base(date(year, 1, 5)), "year": year, "indicator": key,
                                  "value": float(value), "unit_id": None, "search": ""})

    def make_outreach(count: int) -> None:
        for _ in range(count):
            d = g.date()
            unit = g.commune(d)
            participants = rng.randint(20, 450)
            title = rng.choice(TITLES)
            location = f"Nhà văn hóa {unit.name.split(' ', 1)[-1]}"
            audiences = g.multi("audience")
            workers = (int(participants * rng.uniform(0.3, 0.6)) if "cong_nhan" in audiences
                       else None)
            students = (int(participants * rng.uniform(0.2, 0.4)) if "thanh_nien" in audiences
                        else None)
            rows["outreach"].append({
                **g.base(d), "date": d, "unit_id": unit.id, "form": rng.choice(_codes("outreach_form")),
                "title": title, "location": location, "topics": g.multi("topic"),
                "organiser": rng.choice(_codes("organiser")), "audiences": audiences,
                "participants": participants, "women": int(participants * rng.uniform(0.35, 0.7)),
                "workers": workers, "students": students,
                "documents": rng.randint(0, participants), "leaflets": rng.randint(0, 2 * participants),
                "search": fold(f"{title} {location} {unit.name}"),
            })

    _national(g, n, rows)
    others = sum(len(v) for k, v in rows.items() if k != "outreach")
    make_outreach(max(n["outreach"], records - others))
    rows["plans"].extend(_population_plans(g, rows["outreach"]))

    order = dependency_order()
    total = sum(len(rows[k]) for k in order)
    done = 0
    marker = json.dumps({"seed": [None, seed]})
    with ctx.db.session() as session:  # the change policy: administrators, no locked month
        who = policy.check_demo_data(ctx, session, home)
        for key in order:
            batch = rows[key]
            for start in range(0, len(batch), 10_000):
                part = batch[start:start + 10_000]
                audit.insert_records(session, user=who.name, action="demo-data",
                                     record_type=key, rows=part, unit_code=home.code,
                                     changes=marker, at=g.now)
                done += len(part)
                if progress:
                    progress(done, total)
    return DemoResult({k: len(rows[k]) for k in order})


def _national(g: _Gen, n: dict[str, int], rows: dict[str, list[dict[str, object]]]) -> None:
    """Hotspots, cases, denunciations, people figures and models (counts only, no names)."""
    rng = g.rng
    for _ in range(n["hotspots"]):
        d = g.date()
        unit = g.commune(d)
        kind = rng.choices(list(HOTSPOT_PLACES), weights=[30, 15, 10, 30, 10, 5])[0]
        place = rng.choice(HOTSPOT_PLACES[kind]).format(w=rng.choice(EST_WORDS))
        rows["hotspots"].append({
            **g.base(d), "unit_id": unit.id, "location": place, "kind": kind, "detected_on": d,
            "cleared_on": g.later(d, 30, 700) if rng.random() < 0.65 else None,
            "people": rng.randint(2, 15), "search": fold(f"{place} {unit.name}")})
    for _ in range(n["cases"]):
        d = g.date()
        unit = g.commune(d)
        kind = rng.choices(_codes("case_kind"), weights=[10, 50, 20, 20])[0]
        people = rng.randint(2, 12)
        brokers = 0 if kind == "mua_ban_dam" else rng.randint(1, min(3, people))
        suspects = rng.randint(1, min(5, people)) if kind != "mua_ban_dam" else 0
        by = rng.choice(DETECTED_BY)
        rows["cases"].append({
            **g.base(d), "date": d, "unit_id": unit.id, "kind": kind, "detected_by": by,
            "people": people, "brokers": brokers, "suspects": suspects,
            "to_procuracy": suspects > 0,
            "trial_date": g.later(d, 60, 300) if suspects and rng.random() < 0.7 else None,
            "search": fold(f"{by} {unit.name}")})
    for _ in range(n["denunciations"]):
        d = g.date()
        unit = g.commune(d) if rng.random() < 0.85 else None
        handled = g.later(d, 1, 30) if rng.random() < 0.92 else None
        text = rng.choice(DENUNCIATION_TEXTS)
        result = rng.choice(DENUNCIATION_RESULTS) if handled else ""
        rows["denunciations"].append({
            **g.base(d), "received_on": d, "unit_id": unit.id if unit else None,
            "source": rng.choices(_codes("denunciation_source"), weights=[60, 5, 30, 5])[0],
            "content": text, "handled_on": handled, "result": result,
            "search": fold(" ".join(p for p in (text, result, unit.name if unit else "") if p))})
    _people(g, n["people"], rows["people"])
    for _ in range(n["models"]):
        d = g.date()
        unit = g.commune(d)
        kind = rng.choices(list(MODEL_NAMES), weights=[25, 30, 40, 5])[0]
        name = rng.choice(MODEL_NAMES[kind])
        rows["models"].append({
            **g.base(d), "name": name, "unit_id": unit.id, "kind": kind, "date_from": d,
            "date_to": g.later(d, 365, 1500) if rng.random() < 0.3 else None,
            "people": rng.randint(10, 80), "search": fold(f"{name} {unit.name}")})


def _people(g: _Gen, count: int, out: list[dict[str, object]]) -> None:
    """Monthly people figures: a steady series per commune, from last month back."""
    rng = g.rng
    month = (g.today.replace(day=1) - timedelta(days=1)).replace(day=1)
    level: dict[str, int] = {}  # per commune code: the current number on record
    while len(out) < count and month >= g.start:
        communes = g.communes(month)
        for unit in communes[:max(1, len(communes) // 3)]:  # the communes that keep records
            if len(out) >= count:
                break
            base = level.setdefault(unit.code, rng.randint(2, 30))
            recorded = max(0, base + rng.randint(-2, 2))
            level[unit.code] = recorded
            out.append({
                **g.base(month), "month": month, "unit_id": unit.id, "recorded": recorded,
                "women": recorded - rng.randint(0, min(2, recorded)),
                "minors": rng.choice([0, 0, 0, 1]) if recorded else 0,
                "estimated": recorded + rng.randint(recorded // 2, recorded * 2 + 3),
                "search": fold(unit.name)})
        month = (month - timedelta(days=1)).replace(day=1)


def _population_plans(g: _Gen, outreach: list[dict[str, object]]) -> list[dict[str, object]]:
    """Each year's population figures (Kế hoạch), so that the reach ratios are believable."""
    reached: dict[tuple[int, str], int] = {}
    for r in outreach:
        year = r["date"].year  # type: ignore[attr-defined]
        for key, name in (("workers_population", "workers"), ("students_population",
                                                               "students")):
            reached[(year, key)] = reached.get((year, key), 0) + int(r[name] or 0)  # type: ignore[call-overload]
    out = []
    for (year, key), total in sorted(reached.items()):
        population = max(100, round(total / g.rng.uniform(0.5, 0.9), -1))
        out.append({**g.base(date(year, 1, 5)), "year": year, "indicator": key,
                    "value": float(population), "unit_id": None, "search": ""})
    return out
