"""The users' vocabularies, defined once, with display names in every language.

Every list of choices the KAM sees (stance, buying role, tier, key-account
type, ...) is a ``StrEnum`` here. The stored value is the stable English code;
``label(member, lang)`` gives the display name for the UI and the PDFs.
"""

from __future__ import annotations

from enum import StrEnum

from kam.i18n import pick


class Stance(StrEnum):
    SUPPORTER = "supporter"
    NEUTRAL = "neutral"
    OPPOSER = "opposer"
    UNKNOWN = "unknown"


class BuyingRole(StrEnum):
    DECISION_MAKER = "decision_maker"
    INFLUENCER = "influencer"
    EXECUTOR = "executor"
    NEGOTIATOR = "negotiator"


class KAType(StrEnum):
    ECONOMIC = "economic"
    IMPORTANT = "important"
    GROUP = "group"
    STRATEGIC = "strategic"


class Tier(StrEnum):
    PLATINUM = "platinum"
    GOLD = "gold"
    IRON = "iron"
    LEAD = "lead"


class UserRole(StrEnum):
    KAM = "kam"
    VP = "vp"
    ADMIN = "admin"


class DepartmentFunction(StrEnum):
    USER = "user"
    PURCHASING = "purchasing"
    SUPPORT = "support"
    MANAGEMENT = "management"
    OTHER = "other"


class GroupRelation(StrEnum):
    SUBSIDIARY = "subsidiary"
    SISTER = "sister"
    BRANCH = "branch"


class ProjectStatus(StrEnum):
    PLANNED = "planned"
    ACTIVE = "active"
    WON = "won"
    LOST = "lost"
    ON_HOLD = "on_hold"


class StepStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    SKIPPED = "skipped"
    BLOCKED = "blocked"


class IPKind(StrEnum):
    DRAWING = "drawing"
    SPECIFICATION = "specification"
    FORMULA = "formula"
    PROCESS = "process"
    SAMPLE = "sample"
    OTHER = "other"


class Classification(StrEnum):
    INTERNAL = "internal"
    CONFIDENTIAL = "confidential"
    SECRET = "secret"
    STRICTLY_SECRET = "strictly_secret"


class IPStatus(StrEnum):
    HELD = "held"
    RETURN_DUE = "return_due"
    RETURNED = "returned"
    DESTROYED = "destroyed"


class ContactKind(StrEnum):
    VISIT = "visit"
    EXECUTIVE_MEETING = "executive_meeting"
    CALL = "call"
    GREETING = "greeting"
    EVENT = "event"


class FeedbackKind(StrEnum):
    COMPLAINT = "complaint"
    SUGGESTION = "suggestion"
    PRODUCT_FEEDBACK = "product_feedback"


class FeedbackStatus(StrEnum):
    OPEN = "open"
    RESPONDED = "responded"
    RESOLVED = "resolved"
    CLOSED = "closed"


class RoutedTo(StrEnum):
    QUALITY = "quality"
    RD = "rd"
    MANUFACTURING = "manufacturing"
    LOGISTICS = "logistics"
    SALES = "sales"
    FINANCE = "finance"
    OTHER = "other"


class PlanStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"
    APPROVED = "approved"
    RETURNED = "returned"


class Metric(StrEnum):
    REVENUE = "revenue"
    VOLUME = "volume"
    GROSS_PROFIT = "gross_profit"
    PRICE = "price"
    SHARE_OF_WALLET = "share_of_wallet"
    REP_VISITS = "rep_visits"
    EXEC_VISITS = "exec_visits"
    TRAININGS = "trainings"
    NEW_PRODUCTS = "new_products"
    COMPLAINTS_RESOLVED = "complaints_resolved"
    CUSTOM = "custom"


class TaskStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class ResourceKind(StrEnum):
    EXECUTIVE = "executive"
    TECHNICAL = "technical"
    EXPERT = "expert"
    OTHER = "other"


class TeamRole(StrEnum):
    """What one of our people does on an account team (a team role may also be free text)."""

    KEY_ACCOUNT_MANAGER = "key_account_manager"
    SALES = "sales"
    TECHNICAL_SUPPORT = "technical_support"
    SERVICE = "service"
    QUALITY = "quality"
    EXECUTIVE_SPONSOR = "executive_sponsor"


class InfluenceKind(StrEnum):
    """Why one person at the customer sways another, outside the reporting lines."""

    MENTOR = "mentor"
    FORMER_COLLEAGUE = "former_colleague"
    CLASSMATE = "classmate"
    HOMETOWN = "hometown"
    FAMILY = "family"
    FRIEND = "friend"
    TRUSTED_ADVISER = "trusted_adviser"
    OTHER = "other"


class Rating(StrEnum):
    GREEN = "green"
    AMBER = "amber"
    RED = "red"


class UnitKind(StrEnum):
    """What a business unit of the customer is (whitespace map rows)."""

    PLANT = "plant"
    DIVISION = "division"
    SUBSIDIARY = "subsidiary"
    REGION = "region"


class Holder(StrEnum):
    """Who supplies a business unit with a product line today."""

    US = "us"
    COMPETITOR = "competitor"
    IN_HOUSE = "in_house"
    NOBODY = "nobody"


class CellStatus(StrEnum):
    """Where a whitespace cell stands for us."""

    OURS = "ours"
    TARGETED = "targeted"
    NOT_PURSUED = "not_pursued"
    LOST = "lost"


_LABELS: dict[StrEnum, tuple[str, str, str]] = {
    Stance.SUPPORTER: ("Supporter", "支持", "支持"),
    Stance.NEUTRAL: ("Neutral", "中立", "中立"),
    Stance.OPPOSER: ("Opposer", "反对", "反對"),
    Stance.UNKNOWN: ("Unknown", "未知", "未知"),
    BuyingRole.DECISION_MAKER: ("Decision-maker", "最终决策者", "最終決策者"),
    BuyingRole.INFLUENCER: ("Influencer", "影响者", "影響者"),
    BuyingRole.EXECUTOR: ("Executor / user", "执行者", "執行者"),
    BuyingRole.NEGOTIATOR: ("Negotiator", "谈判者", "談判者"),
    KAType.ECONOMIC: ("Economic key account", "经济型大客户", "經濟型大客戶"),
    KAType.IMPORTANT: ("Important account", "重要客户", "重要客戶"),
    KAType.GROUP: ("Group account", "集团客户", "集團客戶"),
    KAType.STRATEGIC: ("Strategic account", "战略客户", "戰略客戶"),
    Tier.PLATINUM: ("Platinum", "白金", "白金"),
    Tier.GOLD: ("Gold", "黄金", "黃金"),
    Tier.IRON: ("Iron", "铁质", "鐵質"),
    Tier.LEAD: ("Lead", "铅质", "鉛質"),
    UserRole.KAM: ("Key account manager", "大客户经理", "大客戶經理"),
    UserRole.VP: ("Sales VP", "销售副总", "銷售副總"),
    UserRole.ADMIN: ("Administrator", "管理员", "管理員"),
    DepartmentFunction.USER: ("User department", "使用部门", "使用部門"),
    DepartmentFunction.PURCHASING: ("Purchasing", "采购部门", "採購部門"),
    DepartmentFunction.SUPPORT: ("Support", "支持部门", "支援部門"),
    DepartmentFunction.MANAGEMENT: ("Management", "管理层", "管理層"),
    DepartmentFunction.OTHER: ("Other", "其他", "其他"),
    GroupRelation.SUBSIDIARY: ("Subsidiary", "子公司", "子公司"),
    GroupRelation.SISTER: ("Sister company", "兄弟公司", "兄弟公司"),
    GroupRelation.BRANCH: ("Branch", "分公司", "分公司"),
    ProjectStatus.PLANNED: ("Planned", "计划中", "計劃中"),
    ProjectStatus.ACTIVE: ("Active", "进行中", "進行中"),
    ProjectStatus.WON: ("Won", "赢单", "贏單"),
    ProjectStatus.LOST: ("Lost", "丢单", "丟單"),
    ProjectStatus.ON_HOLD: ("On hold", "暂停", "暫停"),
    StepStatus.PLANNED: ("Planned", "计划", "計劃"),
    StepStatus.IN_PROGRESS: ("In progress", "进行中", "進行中"),
    StepStatus.DONE: ("Done", "完成", "完成"),
    StepStatus.SKIPPED: ("Skipped", "跳过", "跳過"),
    StepStatus.BLOCKED: ("Blocked", "受阻", "受阻"),
    IPKind.DRAWING: ("Drawing", "图纸", "圖紙"),
    IPKind.SPECIFICATION: ("Specification", "规格书", "規格書"),
    IPKind.FORMULA: ("Formula", "配方", "配方"),
    IPKind.PROCESS: ("Process document", "工艺文件", "工藝文件"),
    IPKind.SAMPLE: ("Sample", "样品", "樣品"),
    IPKind.OTHER: ("Other", "其他", "其他"),
    Classification.INTERNAL: ("Internal", "内部", "內部"),
    Classification.CONFIDENTIAL: ("Confidential", "秘密", "秘密"),
    Classification.SECRET: ("Secret", "机密", "機密"),
    Classification.STRICTLY_SECRET: ("Strictly secret", "绝密", "絕密"),
    IPStatus.HELD: ("Held", "保管中", "保管中"),
    IPStatus.RETURN_DUE: ("Return due", "待归还", "待歸還"),
    IPStatus.RETURNED: ("Returned", "已归还", "已歸還"),
    IPStatus.DESTROYED: ("Destroyed", "已销毁", "已銷毀"),
    ContactKind.VISIT: ("Visit", "拜访", "拜訪"),
    ContactKind.EXECUTIVE_MEETING: ("Executive meeting", "高层会晤", "高層會晤"),
    ContactKind.CALL: ("Call", "电话", "電話"),
    ContactKind.GREETING: ("Greeting", "问候", "問候"),
    ContactKind.EVENT: ("Event", "活动", "活動"),
    FeedbackKind.COMPLAINT: ("Complaint", "投诉", "投訴"),
    FeedbackKind.SUGGESTION: ("Suggestion", "建议", "建議"),
    FeedbackKind.PRODUCT_FEEDBACK: ("Product feedback", "产品反馈", "產品回饋"),
    FeedbackStatus.OPEN: ("Open", "待处理", "待處理"),
    FeedbackStatus.RESPONDED: ("Responded", "已响应", "已回應"),
    FeedbackStatus.RESOLVED: ("Resolved", "已解决", "已解決"),
    FeedbackStatus.CLOSED: ("Closed", "已关闭", "已關閉"),
    RoutedTo.QUALITY: ("Quality", "质量部", "品質部"),
    RoutedTo.RD: ("R&D", "研发部", "研發部"),
    RoutedTo.MANUFACTURING: ("Manufacturing", "生产部", "生產部"),
    RoutedTo.LOGISTICS: ("Logistics", "物流部", "物流部"),
    RoutedTo.SALES: ("Sales", "销售部", "銷售部"),
    RoutedTo.FINANCE: ("Finance", "财务部", "財務部"),
    RoutedTo.OTHER: ("Other", "其他", "其他"),
    PlanStatus.DRAFT: ("Draft", "草稿", "草稿"),
    PlanStatus.SUBMITTED: ("Submitted", "已提交", "已提交"),
    PlanStatus.APPROVED: ("Approved", "已批准", "已核准"),
    PlanStatus.RETURNED: ("Returned", "已退回", "已退回"),
    Metric.REVENUE: ("Sales revenue", "销售额", "銷售額"),
    Metric.VOLUME: ("Sales volume", "销量", "銷量"),
    Metric.GROSS_PROFIT: ("Gross profit", "毛利", "毛利"),
    Metric.PRICE: ("Average price", "平均价格", "平均價格"),
    Metric.SHARE_OF_WALLET: ("Share of wallet", "钱包份额", "錢包份額"),
    Metric.REP_VISITS: ("Visits by our reps", "销售拜访次数", "銷售拜訪次數"),
    Metric.EXEC_VISITS: ("Visits by our executives", "高层拜访次数", "高層拜訪次數"),
    Metric.TRAININGS: ("Trainings", "培训次数", "培訓次數"),
    Metric.NEW_PRODUCTS: ("New products introduced", "新产品导入数", "新產品導入數"),
    Metric.COMPLAINTS_RESOLVED: ("Complaints resolved", "已解决投诉数", "已解決客訴數"),
    Metric.CUSTOM: ("Custom", "自定义", "自訂"),
    TaskStatus.OPEN: ("Open", "未开始", "未開始"),
    TaskStatus.IN_PROGRESS: ("In progress", "进行中", "進行中"),
    TaskStatus.DONE: ("Done", "完成", "完成"),
    TaskStatus.DROPPED: ("Dropped", "取消", "取消"),
    ResourceKind.EXECUTIVE: ("Executive", "高层", "高層"),
    ResourceKind.TECHNICAL: ("Technical department", "技术部门", "技術部門"),
    ResourceKind.EXPERT: ("Outside expert", "外部专家", "外部專家"),
    ResourceKind.OTHER: ("Other", "其他", "其他"),
    TeamRole.KEY_ACCOUNT_MANAGER: ("Key account manager", "大客户经理", "大客戶經理"),
    TeamRole.SALES: ("Sales", "销售", "業務"),
    TeamRole.TECHNICAL_SUPPORT: ("Technical support", "技术支持", "技術支援"),
    TeamRole.SERVICE: ("Service", "售后服务", "售後服務"),
    TeamRole.QUALITY: ("Quality", "质量", "品質"),
    TeamRole.EXECUTIVE_SPONSOR: ("Executive sponsor", "高层支持者", "高層支持者"),
    InfluenceKind.MENTOR: ("Mentor", "师徒", "師徒"),
    InfluenceKind.FORMER_COLLEAGUE: ("Former colleagues", "老同事", "老同事"),
    InfluenceKind.CLASSMATE: ("Classmates", "同学", "同學"),
    InfluenceKind.HOMETOWN: ("Same hometown", "同乡", "同鄉"),
    InfluenceKind.FAMILY: ("Family", "亲属", "親屬"),
    InfluenceKind.FRIEND: ("Friends", "朋友", "朋友"),
    InfluenceKind.TRUSTED_ADVISER: ("Trusted adviser", "信任的顾问", "信任的顧問"),
    InfluenceKind.OTHER: ("Other", "其他", "其他"),
    Rating.GREEN: ("Green", "绿", "綠"),
    Rating.AMBER: ("Amber", "黄", "黃"),
    Rating.RED: ("Red", "红", "紅"),
    UnitKind.PLANT: ("Plant", "工厂", "工廠"),
    UnitKind.DIVISION: ("Division", "事业部", "事業部"),
    UnitKind.SUBSIDIARY: ("Subsidiary", "子公司", "子公司"),
    UnitKind.REGION: ("Region", "区域", "區域"),
    Holder.US: ("Us", "我方", "我方"),
    Holder.COMPETITOR: ("A competitor", "竞争对手", "競爭對手"),
    Holder.IN_HOUSE: ("In-house", "客户自产", "客戶自產"),
    Holder.NOBODY: ("Nobody", "无人供应", "無人供應"),
    CellStatus.OURS: ("Ours", "已占有", "已佔有"),
    CellStatus.TARGETED: ("Targeted this year", "今年目标", "今年目標"),
    CellStatus.NOT_PURSUED: ("Not pursued", "暂不争取", "暫不爭取"),
    CellStatus.LOST: ("Lost", "已失去", "已失去"),
}

# The short form of a buying role on an org-chart card's badge.
_BADGES: dict[StrEnum, tuple[str, str, str]] = {
    BuyingRole.DECISION_MAKER: ("DM", "决策", "決策"),
    BuyingRole.INFLUENCER: ("INF", "影响", "影響"),
    BuyingRole.EXECUTOR: ("EXE", "执行", "執行"),
    BuyingRole.NEGOTIATOR: ("NEG", "谈判", "談判"),
}
# Stance as a mark beside its colour (never colour alone).
STANCE_MARK = {Stance.SUPPORTER: "+", Stance.NEUTRAL: "○", Stance.OPPOSER: "−", Stance.UNKNOWN: "?"}

TIER_NUMERAL = {Tier.PLATINUM: "IV", Tier.GOLD: "III", Tier.IRON: "II", Tier.LEAD: "I"}


def label(member: StrEnum, lang: str = "en") -> str:
    """Display name of a vocabulary member in ``lang`` (en, zh_CN, zh_TW)."""
    return pick(_LABELS[member], lang)


def team_role_label(role: str | None, lang: str = "en") -> str:
    """A team role as shown: a known role (``TeamRole``) in ``lang``, else as the account wrote it."""
    if role is None:
        return ""
    try:
        return label(TeamRole(role), lang)
    except ValueError:
        return role


def tier_label(tier: Tier | None, lang: str = "en") -> str:
    """A tier with its numeral, as lists and documents show it ("IV Platinum", "IV 白金"); "—" for none."""
    return f"{TIER_NUMERAL[tier]} {label(tier, lang)}" if tier else "—"


def badge(role: BuyingRole, lang: str = "en") -> str:
    """The short form of a buying role for a card's badge (DM, 决策 …)."""
    return pick(_BADGES[role], lang)


def parse(enum: type[StrEnum], text: str, field: str) -> StrEnum:
    """Accept a stored code or a display name in any language; raise ValueError naming the field."""
    t = text.strip()
    for member in enum:
        if t.lower() == member.value or t.lower() == member.name.lower():
            return member
        if t in _LABELS.get(member, ()) or t.lower() == _LABELS.get(member, ("",))[0].lower():
            return member
    allowed = ", ".join(m.value for m in enum)
    raise ValueError(f"{field}: {text!r} is not one of {allowed}")


TIER_STRATEGY: dict[Tier, tuple[str, str, str]] = {
    Tier.PLATINUM: (
        "Strategic alliance: a dedicated cross-functional team, executive sponsorship on both sides, "
        "joint development and long-term agreements.",
        "战略联盟：组建专属跨部门团队，双方高层挂帅，联合开发，签订长期协议。",
        "戰略聯盟：組建專屬跨部門團隊，雙方高層掛帥，聯合開發，簽訂長期協議。"),
    Tier.GOLD: (
        "Loyalty and share of wallet: a loyalty programme, bundled offers and service levels that win "
        "a larger share of what the customer already buys.",
        "忠诚度与钱包份额：推行客户忠诚计划、组合方案和服务水平，提升在其采购中的份额。",
        "忠誠度與錢包份額：推行客戶忠誠計劃、組合方案和服務水準，提升在其採購中的份額。"),
    Tier.IRON: (
        "Development: a development plan with milestones, and conversion tracking toward Gold.",
        "培育发展：制定有里程碑的发展计划，跟踪向黄金客户的转化。",
        "培育發展：制定有里程碑的發展計劃，追蹤向黃金客戶的轉化。"),
    Tier.LEAD: (
        "Keep or drop: review the cost to serve against the margin; serve efficiently or exit.",
        "保留或放弃：对比服务成本与利润，高效服务或逐步退出。",
        "保留或放棄：對比服務成本與利潤，高效服務或逐步退出。"),
}


def tier_strategy(tier: Tier, lang: str = "en") -> str:
    return pick(TIER_STRATEGY[tier], lang)

# The dossier's sections, in the window's order (``kam gui --section`` names one of them; ui.main_window.SECTIONS
# keeps them without importing this module before the first paint, and a test holds the two equal).
DOSSIER_SECTIONS = ("overview", "people", "orgchart", "visits", "feedback", "transactions", "competitors",
                    "register", "plan", "whitespace")
# What ``kam gui --show`` opens over the window (and ``--screenshot`` then captures): the portfolio window on one
# of its tabs, the print dialog with a document previewed, the import wizard, the person dialog (ui.views).
GUI_VIEWS = ("window", "portfolio", "portfolio:accounts", "portfolio:matrix", "portfolio:pareto",
             "portfolio:whitespace", "portfolio:scorecards", "portfolio:tiers", "print:brief", "print:plan",
             "print:review", "import", "person", "visit", "scoring", "preferences")

# The units the demo and the plan templates write, and where an objective's actual comes from: printed in the
# reader's language (a unit a user typed otherwise is printed as typed).
_OBJECTIVE_WORDS: dict[str, tuple[str, str, str]] = {
    "visits": ("visits", "次", "次"),
    "sessions": ("sessions", "场", "場"),
    "transactions": ("transactions", "交易", "交易"),
    "units": ("units", "件", "件"),
    "products": ("products", "个产品", "項產品"),
    "complaints": ("complaints", "件", "件"),
    "feedback": ("complaints log", "投诉记录", "客訴紀錄"),
    "manual": ("entered by hand", "手工录入", "手動輸入"),
    "none": ("none", "无", "無"),
}


def objective_word(text: str | None, lang: str) -> str:
    """An objective's unit or actual-source in ``lang`` (``visits`` → 次); other text as it is."""
    if not text:
        return ""
    words = _OBJECTIVE_WORDS.get(text.strip().lower())
    return pick(words, lang) if words else text
