"""The demo portfolio's data: accounts, tier shapes, our people, names, titles, places, wording."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

# (simplified, traditional, pinyin)
SURNAMES = [
    ("王", "王", "Wang"), ("李", "李", "Li"), ("张", "張", "Zhang"), ("刘", "劉", "Liu"),
    ("陈", "陳", "Chen"), ("杨", "楊", "Yang"), ("赵", "趙", "Zhao"), ("黄", "黃", "Huang"),
    ("周", "周", "Zhou"), ("吴", "吳", "Wu"), ("徐", "徐", "Xu"), ("孙", "孫", "Sun"),
    ("胡", "胡", "Hu"), ("朱", "朱", "Zhu"), ("高", "高", "Gao"), ("林", "林", "Lin"),
    ("何", "何", "He"), ("郭", "郭", "Guo"), ("马", "馬", "Ma"), ("罗", "羅", "Luo"),
    ("梁", "梁", "Liang"), ("宋", "宋", "Song"), ("郑", "鄭", "Zheng"), ("谢", "謝", "Xie"),
    ("韩", "韓", "Han"), ("唐", "唐", "Tang"), ("冯", "馮", "Feng"), ("许", "許", "Xu"),
    ("邓", "鄧", "Deng"), ("曹", "曹", "Cao"), ("彭", "彭", "Peng"), ("曾", "曾", "Zeng"),
]
GIVEN = [
    ("伟", "偉", "wei"), ("强", "強", "qiang"), ("娜", "娜", "na"), ("敏", "敏", "min"),
    ("静", "靜", "jing"), ("丽", "麗", "li"), ("军", "軍", "jun"), ("磊", "磊", "lei"),
    ("洋", "洋", "yang"), ("勇", "勇", "yong"), ("艳", "艷", "yan"), ("杰", "傑", "jie"),
    ("涛", "濤", "tao"), ("明", "明", "ming"), ("超", "超", "chao"), ("霞", "霞", "xia"),
    ("平", "平", "ping"), ("刚", "剛", "gang"), ("桂", "桂", "gui"), ("芳", "芳", "fang"),
    ("建", "建", "jian"), ("华", "華", "hua"), ("志", "志", "zhi"), ("国", "國", "guo"),
    ("文", "文", "wen"), ("海", "海", "hai"), ("玲", "玲", "ling"), ("鹏", "鵬", "peng"),
    ("宇", "宇", "yu"), ("欣", "欣", "xin"), ("婷", "婷", "ting"), ("浩", "浩", "hao"),
    ("晨", "晨", "chen"), ("雪", "雪", "xue"), ("峰", "峰", "feng"), ("琳", "琳", "lin"),
]
WESTERN_FIRST = ["Anna", "Markus", "Julia", "Thomas", "Sophie", "Lukas", "Laura", "Daniel",
                 "Emma", "Felix", "Clara", "Jonas", "Maria", "Stefan", "Nina", "Peter",
                 "Sarah", "David", "Eva", "Michael", "Lisa", "Andreas", "Hanna", "Tobias"]
WESTERN_LAST = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
                "Becker", "Hoffmann", "Keller", "Brown", "Miller", "Davis", "Wilson",
                "Taylor", "Anderson", "Moreau", "Laurent", "Rossi", "Bianchi", "Novak", "Larsen"]

# Department templates: (key, zh_CN, zh_TW, en, function)
DEPARTMENTS = [
    ("mgmt", "总经理办公室", "總經理辦公室", "Executive Office", "management"),
    ("purch", "采购部", "採購部", "Purchasing", "purchasing"),
    ("rd", "研发中心", "研發中心", "R&D Center", "user"),
    ("prod", "生产制造部", "生產製造部", "Manufacturing", "user"),
    ("qa", "质量管理部", "品質管理部", "Quality Management", "support"),
    ("fin", "财务部", "財務部", "Finance", "support"),
]
# Titles per level: (zh_CN, zh_TW, en)
TOP_TITLE = ("总经理", "總經理", "Managing Director")
HEAD_TITLES = {
    "purch": ("采购总监", "採購總監", "Head of Purchasing"),
    "rd": ("技术副总 / CTO", "技術副總 / CTO", "CTO"),
    "prod": ("生产副总", "生產副總", "VP Manufacturing"),
    "qa": ("质量总监", "品質總監", "Head of Quality"),
    "fin": ("财务总监 / CFO", "財務總監 / CFO", "CFO"),
    "mgmt": ("总经理助理", "總經理助理", "Assistant to the MD"),
}
MANAGER_TITLE = ("经理", "經理", "Manager")
STAFF_TITLES = [("工程师", "工程師", "Engineer"), ("高级工程师", "高級工程師", "Senior Engineer"),
                ("采购专员", "採購專員", "Buyer"), ("主管", "主管", "Supervisor"),
                ("专员", "專員", "Specialist"), ("技术员", "技術員", "Technician")]

HOMETOWNS = [("湖南长沙", "湖南長沙", "Changsha, Hunan"), ("山东青岛", "山東青島", "Qingdao, Shandong"),
             ("浙江宁波", "浙江寧波", "Ningbo, Zhejiang"), ("四川成都", "四川成都", "Chengdu, Sichuan"),
             ("江苏苏州", "江蘇蘇州", "Suzhou, Jiangsu"), ("广东潮州", "廣東潮州", "Chaozhou, Guangdong"),
             ("台湾新竹", "台灣新竹", "Hsinchu, Taiwan"), ("湖北武汉", "湖北武漢", "Wuhan, Hubei")]
SCHOOLS = [("清华大学", "清華大學", "Tsinghua University"), ("上海交通大学", "上海交通大學", "Shanghai Jiao Tong University"),
           ("浙江大学", "浙江大學", "Zhejiang University"), ("哈尔滨工业大学", "哈爾濱工業大學", "Harbin Institute of Technology"),
           ("台湾大学", "台灣大學", "National Taiwan University"), ("华中科技大学", "華中科技大學", "HUST"),
           ("RWTH Aachen", "RWTH Aachen", "RWTH Aachen"), ("TU München", "TU München", "TU Munich")]
HOBBIES = [("高尔夫", "高爾夫", "golf"), ("钓鱼", "釣魚", "fishing"), ("马拉松", "馬拉松", "marathon running"),
           ("书法", "書法", "calligraphy"), ("品茶", "品茶", "tea"), ("摄影", "攝影", "photography"),
           ("羽毛球", "羽毛球", "badminton"), ("围棋", "圍棋", "Go"), ("登山", "登山", "hiking"),
           ("红酒", "紅酒", "wine")]
CAREER = [("希望升任集团副总裁", "希望升任集團副總裁", "aims for group vice-president"),
          ("关注降本指标，年底考核", "關注降本指標，年底考核", "measured on cost-down at year end"),
          ("计划两年内退休", "計劃兩年內退休", "plans to retire within two years"),
          ("正在读EMBA", "正在讀EMBA", "studying for an EMBA"),
          ("想主导新工厂建设", "想主導新工廠建設", "wants to lead the new plant project")]

PRODUCTS = [("精密轴承 P4", "套"), ("伺服电机 S200", "台"), ("工业传感器 K7", "个"),
            ("液压阀组 HV-30", "套"), ("特种钢材 T9", "吨"), ("控制器 PLC-X", "台"),
            ("密封件 FKM", "件"), ("减速机 R90", "台")]

COMPETITORS = [("德森精工", "Dessen Precision"), ("Nordwerk AG", "Nordwerk AG"),
               ("东方机电", "Dongfang Mechatronics"), ("Kaitech Inc.", "Kaitech Inc."),
               ("日盛工业", "Nissei Industries")]

DECISION_STEPS = [("需求提出", "需求提出", "Need"), ("技术规格", "技術規格", "Specification"),
                  ("供应商资格认证", "供應商資格認證", "Supplier qualification"),
                  ("询价 RFQ", "詢價 RFQ", "RFQ"), ("送样测试", "送樣測試", "Samples"),
                  ("综合评估", "綜合評估", "Evaluation"), ("商务谈判", "商務談判", "Negotiation"),
                  ("审批", "審批", "Approval"), ("下达订单", "下達訂單", "Purchase order")]
CRITERIA = [("价格", "價格", "Price", 30), ("质量稳定性", "品質穩定性", "Quality consistency", 30),
            ("交期", "交期", "Delivery time", 20), ("技术支持", "技術支援", "Technical support", 20)]


@dataclass(frozen=True)
class AccountSpec:
    name_zh: str | None
    name_en: str
    script: str  # zh_CN, zh_TW or en: the language the customer's people write in
    ka_type: str
    industry: str
    region: str
    country: str
    tier: str  # the tier the numbers are shaped for
    people: int
    parent: int | None = None  # index of the group parent in CURATED
    relation: str | None = None


CURATED = [
    AccountSpec("华东精密机械集团有限公司", "East China Precision Machinery Group", "zh_CN", "group",
                "装备制造", "华东", "CN", "platinum", 60),
    AccountSpec("华东精密（苏州）传动有限公司", "East China Precision (Suzhou) Drives", "zh_CN", "group",
                "装备制造", "华东", "CN", "gold", 24, parent=0, relation="subsidiary"),
    AccountSpec("华东精密（合肥）机器人有限公司", "East China Precision (Hefei) Robotics", "zh_CN", "group",
                "机器人", "华东", "CN", "iron", 14, parent=0, relation="subsidiary"),
    AccountSpec("国家电网华北检修公司", "State Grid North China Maintenance", "zh_CN", "important",
                "电力", "华北", "CN", "gold", 36),
    AccountSpec("鼎新電子股份有限公司", "Dingxin Electronics Co., Ltd.", "zh_TW", "strategic",
                "半導體", "台灣", "TW", "platinum", 42),
    AccountSpec("港灣航運工程有限公司", "Harbour Marine Engineering Ltd.", "zh_TW", "economic",
                "船舶工程", "香港", "HK", "lead", 10),
    AccountSpec(None, "Nordhafen Automotive GmbH", "en", "strategic", "Automotive", "Europe", "DE",
                "platinum", 48),
    AccountSpec(None, "Brightwater Medical Devices Inc.", "en", "economic", "Medical devices",
                "North America", "US", "iron", 18),
    AccountSpec("西部新能源汽车股份有限公司", "Western New Energy Vehicles", "zh_CN", "strategic",
                "新能源汽车", "西南", "CN", "iron", 30),
    AccountSpec("长江重工集团", "Changjiang Heavy Industries", "zh_CN", "economic", "重型机械",
                "华中", "CN", "gold", 28),
    AccountSpec("华南理工大学实验中心", "SCUT Laboratory Center", "zh_CN", "important", "教育",
                "华南", "CN", "lead", 8),
    AccountSpec("北方军工装备研究所", "Northern Defence Equipment Institute", "zh_CN", "important",
                "军工", "华北", "CN", "iron", 16),
    AccountSpec("臺灣精機工業股份有限公司", "Taiwan Precision Machine Industries", "zh_TW", "economic",
                "工具機", "台灣", "TW", "lead", 12),
    AccountSpec(None, "Lumen Optics S.A.", "en", "economic", "Optics", "Europe", "FR", "gold", 20),
]

# Shapes per tier: annual revenue (CNY), gross margin, marketing cost ratio, potential inputs.
TIER_SHAPE: dict[str, dict[str, tuple[Any, Any]]] = {  # (low, high) of each figure by tier
    "platinum": dict(revenue=(60e6, 120e6), margin=(0.20, 0.28), mcr=(0.015, 0.03), pos=(4, 5), years=(6, 14), sat=(4, 5)),
    "gold": dict(revenue=(25e6, 50e6), margin=(0.16, 0.22), mcr=(0.02, 0.035), pos=(2, 3), years=(1, 3), sat=(2, 3)),
    "iron": dict(revenue=(2e6, 8e6), margin=(0.08, 0.14), mcr=(0.05, 0.08), pos=(4, 5), years=(5, 12), sat=(4, 5)),
    "lead": dict(revenue=(0.5e6, 2e6), margin=(0.05, 0.10), mcr=(0.07, 0.12), pos=(1, 2), years=(0, 2), sat=(2, 3)),
}

OUR_USERS = [
    ("chen.vp", "陈志远", "vp", None, True),
    ("li.na", "李娜", "kam", "chen.vp", False),
    ("zhou.jie", "周杰", "kam", "chen.vp", False),
    ("anna.weber", "Anna Weber", "kam", "chen.vp", False),
    ("lin.yating", "林雅婷", "kam", "chen.vp", False),
    ("wang.ceo", "王建国", "admin", None, True),
    ("sun.tech", "孙海涛", "kam", "chen.vp", False),
]


PURPOSES = [("季度业务回顾", "季度業務回顧", "quarterly business review"),
            ("新产品技术交流", "新產品技術交流", "technical briefing on the new product"),
            ("处理质量投诉", "處理品質投訴", "follow up the quality complaint"),
            ("年度框架协议谈判", "年度框架協議談判", "annual framework negotiation")]
OUTCOMES = [("客户同意送样测试", "客戶同意送樣測試", "customer agreed to test samples"),
            ("价格仍有分歧", "價格仍有分歧", "price still apart"),
            ("确认明年产能需求", "確認明年產能需求", "confirmed next year's capacity need")]
NEXT_STEPS = [("两周内提交报价", "兩週內提交報價", "send the quotation within two weeks"),
              ("安排技术团队驻厂", "安排技術團隊駐廠", "send the technical team on site"),
              ("邀请客户参观工厂", "邀請客戶參觀工廠", "invite the customer to our plant")]
BEST = [("签订 2027 年框架协议，份额提升至 40%", "簽訂 2027 年框架協議，份額提升至 40%",
         "sign the 2027 framework agreement with a 40 % share"),
        ("客户总经理同意成立联合技术小组", "客戶總經理同意成立聯合技術小組",
         "the MD agrees to a joint engineering team")]
MINIMUM = [("确认送样测试时间表", "確認送樣測試時間表", "a dated sample-test schedule"),
           ("获得新产线的技术需求清单", "取得新產線的技術需求清單", "the technical requirements of the new line")]
COMPLAINTS = [("批次 2207 轴承异响", "批次 2207 軸承異響", "batch 2207 bearings noisy"),
              ("交货延迟三天", "交貨延遲三天", "delivery three days late"),
              ("建议增加中文操作手册", "建議增加中文操作手冊", "asks for a Chinese operating manual"),
              ("包装破损", "包裝破損", "damaged packaging")]
QUAL_OBJECTIVES = [("为客户新产线提供一次现场培训", "為客戶新產線提供一次現場培訓", "one on-site training for the customer's new line"),
                   ("建立 24 小时质量响应机制", "建立 24 小時品質回應機制", "a 24-hour quality response channel")]


def account_texts(spec: AccountSpec, li: int) -> dict[str, Any]:
    def t(zh: str, tw: str, en: str) -> str:
        return (zh, tw, en)[li]

    return dict(
        address=t("上海市浦东新区张江路 88 号", "台北市內湖區瑞光路 188 號", f"1 Harbour Street, {spec.country}"),
        product_structure=t("数控机床、传动部件、工业机器人", "晶圓測試設備、精密零組件", "drivetrains, chassis modules, e-axles"),
        market_and_sales=t("国内市场占有率约 18%，出口东南亚", "國內市佔率約 25%，外銷日韓", "EU market share about 12%, growing in China"),
        financial_standing=t("现金流稳定，账期 90 天", "現金流穩定，帳期 60 天", "solid cash flow, 60-day terms"),
        credit_rating="AA",
        their_competitors=t("德森精工、东方机电", "日盛工業", "Kaitech, Nordwerk"),
        strategy=t("三年内国产替代 50% 进口部件", "擴建新竹二廠", "electrification of all platforms by 2028"),
        production_of_our_category=None,
        consumption_of_our_category=t("年采购精密轴承约 12 万套", "年採購感測器約 30 萬個", "about 80,000 servo units per year"),
        downstream_products=t("汽车零部件、3C 电子", "消費電子", "passenger cars"),
        downstream_customers=None, usage_habits=t("按季度下单，偏好框架协议", "按月下單", "quarterly call-offs under a framework"),
        corporate_culture=t("国企背景，决策流程长，重视关系", "重視效率與數據", "engineering-led, consensus decisions"),
        ways_of_working=t("技术部门先行认证，采购最后议价", "技術部門先行認證", "technical release before commercial talks"),
        strengths=t("行业龙头，订单稳定", "技術領先", "brand and scale"),
        weaknesses=t("付款审批慢", "決策集中於董事長", "slow decisions"),
        opportunities=t("新工厂 2027 年投产", "新廠擴產", "new e-axle plant"),
        threats=t("竞品低价渗透", "競品低價", "a low-cost competitor"),
        cultural_notes=t("重视面子，先建立私人关系再谈生意", "重視長期關係與信任", "punctuality; written agenda expected before meetings"),
        topics_to_avoid=t("不要提及去年的批次质量事故", "避免談論政治話題", "do not mention last year's recall"),
        notes=None,
    )
