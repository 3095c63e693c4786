"""Section I of the narrative report: full sentences made from the figures, in the style of
the city's own reports ("Tổ chức 117 buổi tuyên truyền với 34.805 lượt người tham gia; cấp
phát 5.000 tài liệu…"), each task with its comparison to the same period last year and to
the plan's targets; and the prompts of section II (figures short of target).

A clause is written only when the report has all of its indicator keys, so figures that a
definition set lacks are left out rather than printed as zero by mistake."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.i18n import translate
from desktop.reports.indicator_view import IndicatorView, number
from desktop.reports.model import Report, ReportRow


def tr(text: str) -> str:
    return translate("YearEndReport", text)


@dataclass(frozen=True)
class Task:
    title: str  # translated
    clauses: list[tuple[tuple[str, ...], str]]  # (keys needed, translated template)
    compare: tuple[str, ...]  # counts compared with last year
    needs_any: tuple[str, ...] = ()  # a clause is written only if one of these is not 0


def tasks() -> list[Task]:
    """The five tasks of the ministry's outline (translated at call time)."""
    return [
        Task(tr("Outreach, education and media"), [
            (("outreach_sessions", "outreach_participants", "outreach_women"),
             tr("held {outreach_sessions} outreach sessions with {outreach_participants} "
                "participants, of whom {outreach_women} women")),
            (("outreach_sessions", "outreach_participants"),
             tr("held {outreach_sessions} outreach sessions with {outreach_participants} "
                "participants")),
            (("documents_distributed", "leaflets_distributed"),
             tr("handed out {documents_distributed} documents and {leaflets_distributed} "
                "leaflets")),
            (("documents_distributed",),
             tr("handed out {documents_distributed} documents")),
            (("leaflets_distributed",),
             tr("handed out {leaflets_distributed} leaflets")),
            (("workers_reached", "students_reached"),
             tr("reached {workers_reached} industrial-zone workers and {students_reached} "
                "pupils and students")),
            (("media_special_pages", "media_articles", "media_news"),
             tr("published {media_special_pages} special pages and series, "
                "{media_articles} articles and {media_news} news items in the media and on "
                "the website")),
            (("media_articles", "media_news"),
             tr("published {media_articles} articles and {media_news} news items in the media "
                "and on the website")),
            (("website_visits",), tr("the website had {website_visits} visits")),
            (("communes_reached", "communes_total", "communes_reached_pct"),
             tr("{communes_reached} of {communes_total} communes and wards were reached by "
                "outreach ({communes_reached_pct}%)")),
        ], ("outreach_sessions", "outreach_participants", "media_articles", "media_news")),
        Task(tr("Training and capacity building"), [
            (("training_classes", "trainees"),
             tr("organised {training_classes} training classes with {trainees} trainees")),
            (("officers_trained", "officers_total", "officers_trained_pct"),
             tr("{officers_trained} of {officers_total} officers working on social-evils "
                "prevention have been trained in the programme period "
                "({officers_trained_pct}%)")),
        ], ("training_classes", "trainees")),
        Task(tr("Inspections, sanctions and the fight against crime"), [
            (("inspections", "inspections_planned", "inspections_unannounced"),
             tr("carried out {inspections} inspections ({inspections_planned} planned, "
                "{inspections_unannounced} unannounced)")),
            (("establishments_inspected", "establishments_total",
              "establishments_inspected_pct"),
             tr("{establishments_inspected} of the {establishments_total} at-risk "
                "establishments were inspected ({establishments_inspected_pct}%)")),
            (("establishments_violating", "fines_vnd"),
             tr("{establishments_violating} establishments were found in violation and "
                "fined {fines_vnd} dong in all")),
            (("buyers_sanctioned", "sellers_sanctioned"),
             tr("{buyers_sanctioned} buyers and {sellers_sanctioned} sellers of sex were "
                "sanctioned")),
            (("cases_detected", "rings_dismantled"),
             tr("{cases_detected} cases were detected and {rings_dismantled} rings "
                "dismantled")),
            (("cases_detected",), tr("{cases_detected} cases were detected")),
            (("brokers_sanctioned",),
             tr("{brokers_sanctioned} brothel-keepers and brokers were dealt with")),
            (("suspects_prosecuted", "criminal_cases"),
             tr("{suspects_prosecuted} suspects were prosecuted and {criminal_cases} criminal "
                "cases sent to the procuracy")),
            (("suspects_prosecuted",),
             tr("{suspects_prosecuted} suspects were prosecuted")),
            (("criminal_cases",),
             tr("{criminal_cases} criminal cases were sent to the procuracy")),
            (("cases_tried",), tr("{cases_tried} cases were brought to trial")),
        ], ("inspections", "establishments_violating", "fines_vnd", "criminal_cases",
            "cases_detected")),
        Task(tr("Hotspots, reports and denunciations, people on record"), [
            (("hotspots_detected", "hotspots_cleared", "hotspots_active"),
             tr("{hotspots_detected} new hotspots were found and {hotspots_cleared} cleared; "
                "{hotspots_active} were still active at the end of the period")),
            (("hotspots_detected", "hotspots_active"),
             tr("{hotspots_detected} new hotspots were found; {hotspots_active} were still "
                "active at the end of the period")),
            (("hotspots_cleared", "hotspots_active"),
             tr("{hotspots_cleared} hotspots were cleared; {hotspots_active} were still active "
                "at the end of the period")),
            (("hotspots_active",),
             tr("{hotspots_active} hotspots were still active at the end of the period")),
            (("denunciations_received", "denunciations_handled", "denunciations_handled_pct"),
             tr("{denunciations_received} reports and denunciations were received and "
                "{denunciations_handled} handled ({denunciations_handled_pct}%)")),
            (("sex_workers_recorded", "sex_workers_recorded_women",
              "sex_workers_recorded_minors"),
             tr("{sex_workers_recorded} sex workers are on record, of whom "
                "{sex_workers_recorded_women} women and {sex_workers_recorded_minors} under "
                "18")),
            (("sex_workers_recorded", "sex_workers_recorded_women"),
             tr("{sex_workers_recorded} sex workers are on record, of whom "
                "{sex_workers_recorded_women} women")),
            (("sex_workers_recorded",),
             tr("{sex_workers_recorded} sex workers are on record")),
            (("sex_workers_estimated",),
             tr("the number of sex workers is estimated at {sex_workers_estimated}")),
        ], ("hotspots_detected", "denunciations_received")),
        Task(tr("Support, reintegration and models"), [
            (("people_supported", "people_reintegrated"),
             tr("supported {people_supported} people, of whom {people_reintegrated} with "
                "reintegration into the community")),
            (("people_supported",), tr("supported {people_supported} people")),
            (("models_active", "communes_with_model", "communes_with_model_pct"),
             tr("{models_active} prevention models are running in {communes_with_model} "
                "communes and wards ({communes_with_model_pct}%)")),
            (("models_active",), tr("{models_active} prevention models are running")),
        ], ("people_supported", "models_active")),
    ]


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


#: units written in a label's brackets that go after the figures inside a sentence
#: ("tiền phạt tăng 33,1% (từ 631.000.000 đồng lên 840.000.000 đồng)")
MONEY = {" (đồng)": " đồng", " (VND)": " VND"}
#: figures counted among the communes: meaningless for the report of one commune
COMMUNE_KEYS = ("communes_reached", "communes_total", "communes_reached_pct",
                "communes_with_model", "communes_with_model_pct")
#: "x of y" clauses: written only when x is not 0 (the form shows the 0)
RATIO_FIRST = ("communes_reached", "officers_trained", "establishments_inspected")


def _bare_label(text: str) -> str:
    """A label without its "(%)" (the figure carries its % sign) or its money unit."""
    text = text.removesuffix(" (%)")
    for suffix in MONEY:
        text = text.removesuffix(suffix)
    return text


def _lower_first(text: str) -> str:
    """A label inside a sentence: "số buổi tuyên truyền"."""
    text = _bare_label(text)
    return text[:1].lower() + text[1:] if text[1:2].islower() or len(text) == 1 else text


class Writer:
    """Sentences for one report, from its total row."""

    def __init__(self, report: Report, views: list[IndicatorView]) -> None:
        self.report = report
        self.row: ReportRow = report.total
        self.views = {v.key: v for v in views if not v.part}
        self.compare = report.period.kind != "programme"
        total = self.value("communes_total") if "communes_total" in self.views else None
        self.one_commune = isinstance(total, int | float) and total <= 1

    def has(self, *keys: str) -> bool:
        return all(k in self.views for k in keys)

    def value(self, key: str, window: str = "period") -> object:
        v = self.row.values[key][window]
        return None if isinstance(v, dict) else v

    def fmt(self, key: str, window: str = "period") -> str:
        """A figure inside a sentence: "34.805"; a percentage "16,7" or "100" (no ",0")."""
        text = number(self.value(key, window), self.views[key].percent)
        return text[:-2] if self.views[key].percent and text.endswith((",0", ".0")) else text

    def money(self, key: str, window: str = "period") -> str:
        """A figure with the money unit its label carries: "840.000.000 đồng"."""
        label = self.views[key].label()
        unit = next((u for suffix, u in MONEY.items() if label.endswith(suffix)), "")
        return self.fmt(key, window) + unit

    def skipped(self, keys: tuple[str, ...] | list[str]) -> bool:
        """Commune counts in the report of one commune ("1/1 xã, phường")."""
        return self.one_commune and any(k in COMMUNE_KEYS for k in keys)

    def clauses(self, task: Task) -> list[str]:
        """The task's clauses whose keys the report has; of two clauses sharing a key the
        first that fits wins, except that a clause with a 0 among its figures gives way to a
        later one that says the others without it ("khởi tố 17 bị can" rather than "…,
        chuyển Viện kiểm sát 0 vụ án hình sự")."""
        out: list[str] = []
        used: set[str] = set()
        for n, (keys, template) in enumerate(task.clauses):
            if not self.has(*keys) or used.intersection(keys) or self.skipped(keys):
                continue
            values = [self.value(k) for k in keys]
            if any(v is None for v in values) or not any(values):
                continue  # a percentage without denominator, or nothing done at all
            if keys[0] in RATIO_FIRST and not values[0]:
                continue  # "0/114 xã, phường": the form shows it, the sentence would not help
            if self._gives_way(task, n, keys):
                continue
            out.append(template.format(**{k: self.fmt(k) for k in keys}))
            used.update(keys)
        return out

    def _gives_way(self, task: Task, n: int, keys: tuple[str, ...]) -> bool:
        figures = [k for k in keys if not self.views[k].percent]
        if all(self.value(k) for k in figures):
            return False
        said = {k for k in figures if self.value(k)}
        return any(set(later) < set(keys) and said <= set(later) and self.has(*later)
                   for later, _ in task.clauses[n + 1:])

    def results(self, task: Task) -> str:
        parts = self.clauses(task)
        return _capital("; ".join(parts)) + "." if parts else ""

    def comparison(self, task: Task, last_label: str) -> str:
        if not self.compare:
            return ""
        items = []
        for key in task.compare:
            if not self.has(key):
                continue
            now, before = self.value(key), self.value(key, "last_year")
            if not now and not before:
                continue
            label = _lower_first(self.views[key].label())
            if not before:
                items.append(tr("{label}: {now}, none in the same period").format(
                    label=label, now=self.money(key)))
                continue
            change = self.row.change_pct(key)
            if change is None or change == 0:
                items.append(tr("{label} unchanged ({now})").format(label=label,
                                                                    now=self.money(key)))
            elif change > 0:
                items.append(tr("{label} up {pct}% ({before} to {now})").format(
                    label=label, pct=number(change, True),
                    before=self.money(key, "last_year"), now=self.money(key)))
            else:
                items.append(tr("{label} down {pct}% ({before} to {now})").format(
                    label=label, pct=number(-change, True),
                    before=self.money(key, "last_year"), now=self.money(key)))
        if not items:
            return ""
        return tr("Compared with {last}: {items}.").format(last=last_label,
                                                           items="; ".join(items))

    def targets(self, keys: list[str]) -> str:
        items = []
        for key in keys:
            goal = self.row.targets.get(key)
            if goal is None or key not in self.views or self.value(key) is None \
                    or self.skipped([key]):
                continue
            value = self.value(key)
            v = self.views[key]
            label = _lower_first(v.label())
            if key in self.row.below_target:
                items.append(tr("{label} {value}, below the target of {target}").format(
                    label=label, value=self._unit(key, value), target=self._unit(key, goal)))
            else:
                items.append(tr("{label} {value}, meeting the target of {target}").format(
                    label=label, value=self._unit(key, value), target=self._unit(key, goal)))
        if not items:
            return ""
        return tr("Against the plan: {items}.").format(items="; ".join(items))

    def _unit(self, key: str, value: object) -> str:
        """A figure in a sentence: "16,7%", "100%" (no ",0"), "1.250"."""
        if not self.views[key].percent:
            return number(value)
        text = number(value, True)
        return (text[:-2] if text.endswith((",0", ".0")) else text) + "%"

    def shortfalls(self) -> list[str]:
        """One line per figure under its target: the prompts of the assessment."""
        out = []
        for key, v in self.views.items():
            if key not in self.row.below_target or self.skipped([key]):
                continue
            goal = self.row.targets.get(key)
            out.append(tr("{label}: {value} against a target of {target}").format(
                label=_bare_label(v.label()), value=self._unit(key, self.value(key)),
                target=self._unit(key, goal)))
        return out

    def task_keys(self, task: Task) -> list[str]:
        keys: list[str] = []
        for needed, _ in task.clauses:
            keys.extend(k for k in needed if k not in keys)
        return keys
